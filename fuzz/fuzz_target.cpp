// libFuzzer targets, one per importer, chosen at compile time by CSDASH_FUZZ_TARGET:
//   1 decode+clean, 2 APA letters, 3 annual rating/assessment letters, 4 council reports,
//   5 plan reviews, 6 indicator tables, 7 the whole importer (classification included), 8 Excel
//   workbooks (every sheet of whatever ZIP the fuzzer makes, then the importer's sheet choice),
//   9 PDFs (the word-box reader, then the importer on what it read), 10 the grade-statement reader.
// Each parser is handed any bytes as if the classifier had chosen it, so every path is reached.
#include "domain/ImportResult.h"
#include "ingest/AnnualLetterParser.h"
#include "ingest/ApaLetterParser.h"
#include "reference/AuthorityRegister.h"
#include "ingest/CouncilReportParser.h"
#include "ingest/DocumentImporter.h"
#include "ingest/GradeStatementReader.h"
#include "reference/GradeVocabulary.h"
#include "ingest/IndicatorTableParser.h"
#include "reference/MeasureRegister.h"
#include "ingest/ParseContext.h"
#include "ingest/PlanReviewParser.h"
#include "text/CleanText.h"
#include "text/PdfText.h"
#include "text/SourceText.h"
#include "text/TextLayout.h"
#include "text/XlsxReader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
#if CSDASH_FUZZ_TARGET == 7
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
    ParseContext context{layout, AuthorityRegister::bundled(), GradeVocabulary::bundled(), result, QString()};
#if CSDASH_FUZZ_TARGET == 2
    result.document.kind = DocumentKind::ApaLetter;
    ApaLetterParser::parse(context);
#elif CSDASH_FUZZ_TARGET == 3
    result.document.kind = (size % 2) ? DocumentKind::AnnualRatingLetter : DocumentKind::AnnualAssessmentLetter;
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
