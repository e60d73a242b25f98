// libFuzzer targets, one per importer, chosen at compile time by CSDASH_FUZZ_TARGET:
//   1 decode+clean, 2 APA letters, 3 annual rating/assessment letters, 4 council reports,
//   5 plan reviews, 6 indicator tables, 7 the whole importer (classification included), 8 Excel
//   workbooks (every sheet of whatever ZIP the fuzzer makes, then the importer's sheet choice),
//   9 PDFs (the word-box reader, then the importer on what it read), 10 the grade-statement reader,
//   11 database addresses (DatabaseLocation), 12 the search wording as PostgreSQL's to_tsquery reads it.
// Each parser is handed any bytes as if the classifier had chosen it, so every path is reached.
#include "domain/ImportResult.h"
#include "ingest/AnnualLetterParser.h"
#include "ingest/ApaLetterParser.h"
#include "ingest/CouncilReportParser.h"
#include "ingest/DocumentImporter.h"
#include "ingest/GradeStatementReader.h"
#include "ingest/IndicatorTableParser.h"
#include "ingest/ParseContext.h"
#include "ingest/PlanReviewParser.h"
#include "reference/AuthorityRegister.h"
#include "reference/GradeVocabulary.h"
#include "reference/MeasureRegister.h"
#include "store/DatabaseLocation.h"
#include "store/PostgresDialect.h"
#include "text/CleanText.h"
#include "text/PdfText.h"
#include "text/SourceText.h"
#include "text/TextLayout.h"
#include "text/XlsxReader.h"

#include <QByteArray>
#include <QStringList>

#include <cstddef>
#include <cstdint>

namespace {

// Whether text is a to_tsquery expression of the form the translator promises: operands (a word,
// word:* or a bracketed phrase of words joined by <->) joined by &, | or "& !", in balanced
// brackets, with nothing that to_tsquery would read as its own syntax inside a word.
[[maybe_unused]] bool isTsQuery(const QString &text)
{
    const QStringList tokens = text.split(QLatin1Char(' '));
    const auto isWord = [](QStringView w) {
        if (w.endsWith(QLatin1String(":*")))
            w.chop(2);
        if (w.isEmpty())
            return false;
        for (const QChar c : w) {
            if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || c.unicode() > 0x7f))
                return false;
        }
        return true;
    };
    int depth = 0;
    bool wantOperand = true;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &t = tokens.at(i);
        if (wantOperand) {
            if (t == QLatin1String("(")) {
                ++depth;
            } else if (t == QLatin1String("!") && i > 0 && tokens.at(i - 1) == QLatin1String("&")) {
                // "& !": the negation of the next operand
            } else if (t.startsWith(QLatin1Char('(')) && t.size() > 1) {
                // A phrase: "(a", "<->", "b)" as separate tokens, or "(a)".
                QString phrase = t;
                while (!phrase.endsWith(QLatin1Char(')')) && i + 2 < tokens.size()
                    && tokens.at(i + 1) == QLatin1String("<->")) {
                    phrase += QStringLiteral(" <-> ") + tokens.at(i + 2);
                    i += 2;
                }
                if (!phrase.endsWith(QLatin1Char(')')))
                    return false;
                const QStringList words = phrase.mid(1, phrase.size() - 2).split(QStringLiteral(" <-> "));
                for (const QString &w : words) {
                    if (w.endsWith(QLatin1String(":*")) || !isWord(w))
                        return false;
                }
                wantOperand = false;
            } else if (isWord(t)) {
                wantOperand = false;
            } else {
                return false;
            }
        } else if (t == QLatin1String(")")) {
            if (--depth < 0)
                return false;
        } else if (t == QLatin1String("&") || t == QLatin1String("|")) {
            wantOperand = true;
        } else {
            return false;
        }
    }
    return depth == 0 && !wantOperand;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
#if CSDASH_FUZZ_TARGET == 11
    // Any text as a --database value: read or refused with a reason; a PostgreSQL address that is
    // read never keeps a password, and reads back as itself from the form it is shown and kept in.
    const QString text = QString::fromUtf8(bytes);
    QString error;
    const DatabaseLocation location = DatabaseLocation::parse(text, &error);
    if (location.isValid() == !error.isEmpty())
        __builtin_trap();
    if (location.isValid() && location.isPostgres()) {
        const QString shown = location.toString();
        QString again;
        const DatabaseLocation reread = DatabaseLocation::parse(shown, &again);
        if (!reread.isValid() || reread.host() != location.host() || reread.port() != location.port()
            || reread.userName() != location.userName() || reread.databaseName() != location.databaseName()
            || reread.sslMode() != location.sslMode() || reread.service() != location.service()
            || reread.toString() != shown)
            __builtin_trap();
    }
#elif CSDASH_FUZZ_TARGET == 12
    // Any search wording: either refused with a reason, or turned into a to_tsquery expression
    // that the server reads as the operands and operators meant (never as an error of syntax).
    static const PostgresDialect dialect;
    QString refusal;
    const QString terms = dialect.searchTerms(QString::fromUtf8(bytes), &refusal);
    if (terms.isEmpty() == refusal.isEmpty())
        __builtin_trap();
    if (!terms.isEmpty() && !isTsQuery(terms))
        __builtin_trap();
#elif CSDASH_FUZZ_TARGET == 7
    static const DocumentImporter importer;
    importer.read(bytes, QStringLiteral("fuzz"));
#elif CSDASH_FUZZ_TARGET == 9
    // Inputs that do not start as a PDF would be refused at once; make every input one.
    const QByteArray pdf = PdfText::isPdf(bytes) ? bytes : QByteArrayLiteral("%PDF-1.4\n") + bytes;
    PdfText::read(pdf);
    static const DocumentImporter importer;
    importer.read(pdf, QStringLiteral("fuzz.pdf"));
#elif CSDASH_FUZZ_TARGET == 8
    XlsxReader reader(bytes);
    if (reader.open()) {
        for (int i = 0; i < reader.sheetNames().size(); ++i) {
            QString text;
            reader.readSheetText(i, &text);
        }
    }
    static const DocumentImporter importer;
    importer.read(bytes, QStringLiteral("fuzz.xlsx"));
#else
    const SourceText source = SourceText::decode(bytes);
    if (!source.isValid())
        return 0;
#if CSDASH_FUZZ_TARGET == 1
    const TextLayout layout(source.text);
    for (const TextBlock &b : layout.blocks()) {
        const CleanText clean = CleanText::fromOriginal(source.text, b.span.start, b.span.end);
        int s = 0, e = 0;
        clean.cleanSpan(b.span.start, b.span.end, &s, &e);
        layout.sentences(b.span);
    }
#elif CSDASH_FUZZ_TARGET == 6
    static const IndicatorTableParser tables(AuthorityRegister::bundled(), MeasureRegister::bundled());
    ImportResult result;
    tables.parse(source.text, result);
#else
    const TextLayout layout(source.text);
    ImportResult result;
    result.document.originalText = source.text;
    result.document.authority = AuthorityRegister::bundled().byLaNumber(856);
    ParseContext context { layout, AuthorityRegister::bundled(), GradeVocabulary::bundled(), result,
        QString() };
#if CSDASH_FUZZ_TARGET == 2
    result.document.kind = DocumentKind::ApaLetter;
    ApaLetterParser::parse(context);
#elif CSDASH_FUZZ_TARGET == 3
    result.document.kind = (size % 2) ? DocumentKind::AnnualRatingLetter
                                      : DocumentKind::AnnualAssessmentLetter;
    AnnualLetterParser::parse(context);
#elif CSDASH_FUZZ_TARGET == 4
    result.document.kind = DocumentKind::CouncilReport;
    CouncilReportParser::parse(context);
#elif CSDASH_FUZZ_TARGET == 5
    result.document.kind = DocumentKind::PlanReview;
    PlanReviewParser::parse(context);
#elif CSDASH_FUZZ_TARGET == 10
    result.document.kind = DocumentKind::GradeStatements;
    result.document.published = QDate(2009, 1, 20);
    GradeStatementReader::addTo(context, (size % 2) ? SourceKind::CouncilPaper : SourceKind::Secondary);
    for (const Judgement &j : result.judgements) {
        if (j.grade < 1 || j.grade > 4 || j.confidence < 0 || j.confidence > 1 || !j.authority.isValid())
            __builtin_trap();
    }
#endif
    // Every span a parser reports must lie inside the text.
    for (const Judgement &j : result.judgements) {
        if (j.evidence.start < 0 || j.evidence.end > source.text.size() || j.evidence.start > j.evidence.end)
            __builtin_trap();
    }
    for (const Observation &o : result.observations) {
        if (o.evidence.start < 0 || o.evidence.end > source.text.size() || o.evidence.start > o.evidence.end)
            __builtin_trap();
    }
#endif
#endif
    return 0;
}
