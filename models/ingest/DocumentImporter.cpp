#include "DocumentImporter.h"

#include "AnnualLetterParser.h"
#include "ApaLetterParser.h"
#include "CouncilReportParser.h"
#include "DocumentClassifier.h"
#include "DocumentFacts.h"
#include "GradeStatementReader.h"
#include "IndicatorTableParser.h"
#include "ParseContext.h"
#include "PlanReviewParser.h"
#include "SubjectAuthority.h"
#include "WideTableParser.h"
#include "reference/AuthorityRegister.h"
#include "reference/GradeVocabulary.h"
#include "reference/MeasureRegister.h"
#include "reference/StatementVocabulary.h"
#include "text/CleanText.h"
#include "text/PdfText.h"
#include "text/SourceText.h"
#include "text/TextLayout.h"
#include "text/XlsxReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DocumentImporter", text);
}

QDate documentDate(const QString &text, const TextLayout &layout)
{
    const int headerEnd = layout.lines().value(qMin<int>(60, int(layout.lines().size()) - 1)).end;
    QList<DocumentFacts::DateMatch> dates = DocumentFacts::dates(text, 0, headerEnd);
    if (dates.isEmpty())
        dates = DocumentFacts::dates(text);
    return dates.isEmpty() ? QDate() : dates.first().date;
}

QString documentTitle(const QString &text, const TextLayout &layout, DocumentKind kind)
{
    const QList<TextSpan> &lines = layout.lines();
    auto cleanLine = [&](int i) {
        return CleanText::clean(text, lines.at(i).start, lines.at(i).end).simplified();
    };
    static const QRegularExpression dear(QStringLiteral("^\\s*Dear\\s"));
    static const QRegularExpression reportOf(
        QStringLiteral("^\\s*Report\\s+of\\b"), QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = layout.lineText(i);
        // A letter's subject follows its salutation; a report's title precedes "Report of ...".
        if (dear.match(line).hasMatch()) {
            for (int j = i + 1; j < lines.size(); ++j) {
                const QString t = cleanLine(j);
                if (!t.isEmpty())
                    return t.size() < 200 ? t : QString();
            }
        }
        if (kind == DocumentKind::CouncilReport && reportOf.match(line).hasMatch()) {
            for (int j = i - 1; j >= 0; --j) {
                const QString t = cleanLine(j);
                if (!t.isEmpty())
                    return t;
            }
        }
        if (kind == DocumentKind::PlanReview && i < 10 && line.contains(QLatin1String("Plan"))) {
            return cleanLine(i);
        }
    }
    for (int i = 0; i < lines.size(); ++i) {
        const QString t = cleanLine(i);
        if (!t.isEmpty())
            return t.left(160);
    }
    return QString();
}

QString issuer(const QString &text, DocumentKind kind, const Authority &authority)
{
    switch (kind) {
    case DocumentKind::ApaLetter:
    case DocumentKind::AnnualRatingLetter:
    case DocumentKind::AnnualAssessmentLetter:
        if (text.contains(QLatin1String("Commission for Social Care Inspection")))
            return QStringLiteral("Ofsted and CSCI");
        return QStringLiteral("Ofsted");
    case DocumentKind::CouncilReport:
    case DocumentKind::PlanReview:
        return authority.name;
    case DocumentKind::IndicatorTable:
    case DocumentKind::GradeStatements:
    case DocumentKind::Unknown:
        break;
    }
    return QString();
}

// The bytes of a file, or why they cannot be had: the checks every import makes before reading.
bool fileBytes(const QString &path, QByteArray *bytes, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = info.isSymLink() ? tr("it is a symbolic link that leads to no file (or to itself)")
                                  : tr("the file does not exist");
        return false;
    }
    if (info.isDir()) {
        *error = tr("it is a folder, not a file");
        return false;
    }
    if (info.size() > SourceText::MaximumBytes) {
        *error = tr("the file is %1 MB, larger than the %2 MB a letter or report can be")
                     .arg(info.size() / (1024 * 1024))
                     .arg(SourceText::MaximumBytes / (1024 * 1024));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("the file cannot be read: %1").arg(file.errorString());
        return false;
    }
    // Reading up to the limit would allocate (and the kernel map) 64 MB for every small letter:
    // ask for what the file holds, and one byte more to notice a file that grew past the limit.
    *bytes = file.read(std::min(info.size(), SourceText::MaximumBytes) + 1);
    if (!file.atEnd() && bytes->size() <= SourceText::MaximumBytes)
        bytes->append(file.read(SourceText::MaximumBytes + 1 - bytes->size()));
    if (file.error() != QFileDevice::NoError) {
        *error = tr("the file cannot be read: %1").arg(file.errorString());
        return false;
    }
    return true;
}

// Office files are ZIP archives (.xlsx, .docx) or, before 2007 and when encrypted, OLE compound files.
bool isOfficeContainer(const QByteArray &bytes)
{
    return XlsxReader::isZip(bytes) || XlsxReader::isOleCompoundFile(bytes);
}

QList<Passage> passages(const ParseContext &c)
{
    QList<Passage> out;
    QString heading;
    int ordinal = 0;
    for (const TextBlock &block : c.layout.blocks()) {
        const QString &text = block.clean;
        if (text.isEmpty())
            continue;
        if (block.heading) {
            heading = text.simplified();
            continue;
        }
        Passage p;
        p.ordinal = ordinal++;
        p.heading = heading;
        p.text = text;
        p.span = c.evidence(block.span);
        out.append(p);
    }
    return out;
}

} // namespace

DocumentImporter::DocumentImporter()
    : DocumentImporter(AuthorityRegister::bundled(), GradeVocabulary::bundled())
{
}

DocumentImporter::DocumentImporter(const AuthorityRegister &authorities, const GradeVocabulary &vocabulary)
    : m_authorities(authorities)
    , m_vocabulary(vocabulary)
{
}

DocumentImporter::Outcome DocumentImporter::readFile(
    const QString &path, const Progress &progress, const TableOptions &options) const
{
    Outcome outcome;
    QByteArray bytes;
    if (!fileBytes(path, &bytes, &outcome.error))
        return outcome;
    return read(bytes, QFileInfo(path).fileName(), progress, options);
}

bool DocumentImporter::isPdfFile(const QString &path)
{
    QFile head(path);
    return head.open(QIODevice::ReadOnly) && PdfText::isPdf(head.read(1024));
}

QStringList DocumentImporter::sheetsOf(const QString &path, QString *error)
{
    error->clear();
    // The window asks this of every file it imports: the signature decides before the whole
    // file is read.
    QFile head(path);
    if (!head.open(QIODevice::ReadOnly) || !isOfficeContainer(head.read(8)))
        return {};
    QByteArray bytes;
    if (!fileBytes(path, &bytes, error))
        return {};
    return sheetsOf(bytes, error);
}

QStringList DocumentImporter::sheetsOf(const QByteArray &bytes, QString *error)
{
    error->clear();
    if (!isOfficeContainer(bytes))
        return {};
    XlsxReader reader(bytes);
    if (!reader.open()) {
        *error = reader.error();
        return {};
    }
    return reader.sheetNames();
}

bool DocumentImporter::workbookText(const QByteArray &bytes, const TableOptions &options, QString *text,
    QString *sheetLabel, Outcome *outcome) const
{
    XlsxReader reader(bytes);
    if (!reader.open()) {
        outcome->error = reader.error();
        return false;
    }
    const QStringList sheets = reader.sheetNames();
    int index = 0;
    if (!options.sheet.isEmpty()) {
        index = reader.sheetIndex(options.sheet);
        if (index < 0) {
            outcome->error = tr("the workbook has no sheet \"%1\"; its sheets are: %2")
                                 .arg(options.sheet, sheets.join(QStringLiteral(", ")));
            return false;
        }
    } else if (sheets.size() > 1) {
        // A LAIT download often opens with a notes sheet; the data is on the sheet whose first
        // rows read as a table.
        const IndicatorTableParser tables(m_authorities, MeasureRegister::bundled());
        const WideTableParser wide(m_authorities, MeasureRegister::bundled());
        for (int i = 0; i < sheets.size(); ++i) {
            // Enough rows for the wide layout's sample to tell measures from breakdowns.
            QString head;
            if (!reader.readSheetText(i, &head, 200)) {
                outcome->error = reader.error();
                return false;
            }
            if (tables.recognise(head) != IndicatorTableParser::Layout::None
                || wide.describe(head).isValid()) {
                index = i;
                break;
            }
        }
    }
    if (!reader.readSheetText(index, text)) {
        outcome->error = reader.error();
        return false;
    }
    *sheetLabel = tr("sheet \"%1\", %2 of %3").arg(sheets.at(index)).arg(index + 1).arg(sheets.size());
    return true;
}

DocumentImporter::Outcome DocumentImporter::read(const QByteArray &bytes, const QString &sourceName,
    const Progress &progress, const TableOptions &options) const
{
    // The readers stop when progress says so and return what they had read; the outcome says it
    // was cut short, so that nobody saves part of a file.
    bool stopped = false;
    const Progress watched = !progress ? Progress() : [&](int done, int total) {
        const bool goOn = progress(done, total);
        stopped = stopped || !goOn;
        return goOn;
    };
    Outcome outcome = readContent(bytes, sourceName, watched, options);
    outcome.cancelled = stopped;
    return outcome;
}

DocumentImporter::Outcome DocumentImporter::readContent(const QByteArray &bytes, const QString &sourceName,
    const Progress &progress, const TableOptions &options) const
{
    Outcome outcome;
    // Decided by content: a workbook is a ZIP holding xl/workbook.xml whatever the file is called.
    const bool workbook = isOfficeContainer(bytes);
    QString sheetLabel;
    SourceText source;
    ImportResult &result = outcome.result;
    if (workbook) {
        if (!workbookText(bytes, options, &source.text, &sheetLabel, &outcome))
            return outcome;
        source.encoding = QStringLiteral("XLSX");
    } else if (PdfText::isPdf(bytes)) {
        // A PDF's words with their places on the page, laid out as a text file would be, so that
        // the same classifier and readers take it; the file is kept to show its pages.
        PdfText pdf = PdfText::read(bytes, progress);
        if (pdf.problem == PdfText::Problem::Cancelled)
            return outcome; // read() marks the outcome cancelled
        if (!pdf.isValid()) {
            outcome.error = pdf.error;
            return outcome;
        }
        source.text = std::move(pdf.text);
        source.encoding = QStringLiteral("PDF");
        result.pageBoxes = std::move(pdf.boxes);
        result.document.pageCount = pdf.pageCount;
        result.document.fileBytes = bytes;
    } else {
        source = SourceText::decode(bytes);
    }
    if (!source.isValid()) {
        outcome.error = source.error;
        return outcome;
    }
    Document &doc = result.document;
    doc.originalText = source.text;
    doc.encoding = source.encoding;
    doc.sourceName = sourceName;
    doc.sha256 = QCryptographicHash::hash(source.text.toUtf8(), QCryptographicHash::Sha256);

    // Spreadsheets of indicator values are recognised by their header row: one value a row (LAIT's
    // long layout, or a simple one), else one row per authority with measures as columns.
    const IndicatorTableParser tables(m_authorities, MeasureRegister::bundled());
    const WideTableParser wide(m_authorities, MeasureRegister::bundled());
    const bool longTable = tables.recognise(source.text) != IndicatorTableParser::Layout::None;
    if (longTable || wide.parse(source.text, options, result, progress)) {
        doc.kind = DocumentKind::IndicatorTable;
        if (longTable)
            tables.parse(source.text, result, progress);
        else
            doc.readingChoices = options.toJson();
        if (result.observations.isEmpty()) {
            outcome.error = result.rejections.isEmpty() ? tr("the table holds no rows")
                                                        : tr("no row could be read; row %1: %2")
                                                              .arg(result.rejections.first().row)
                                                              .arg(result.rejections.first().reason);
            return outcome;
        }
        QSet<int> authorities;
        int first = 9999, last = 0;
        for (const Observation &o : std::as_const(result.observations)) {
            authorities.insert(o.authority.laNumber);
            first = qMin(first, o.period.start.year());
            last = qMax(last, o.period.end.year());
        }
        doc.title = tr("Indicator data: %1 values of %2 indicators for %3 authorities, %4\u2013%5")
                        .arg(result.observations.size())
                        .arg(result.indicators.size())
                        .arg(authorities.size())
                        .arg(first)
                        .arg(last);
        if (workbook)
            doc.title = tr("%1 (%2)").arg(doc.title, sheetLabel);
        const bool dfe = result.columnMapping.value(0).contains(QLatin1String("LAIT"))
            || std::any_of(result.indicators.cbegin(), result.indicators.cend(),
                [](const Indicator &i) { return i.code.startsWith(QLatin1String("DfE ")); });
        doc.issuer = dfe ? tr("Department for Education") : QString();
        const int headerEnd = int(source.text.indexOf(QLatin1Char('\n')));
        Passage header;
        header.heading = tr("Header");
        header.text = source.text.left(headerEnd < 0 ? source.text.size() : headerEnd).trimmed();
        header.span = { 0, 0, headerEnd < 0 ? int(source.text.size()) : headerEnd };
        result.passages.append(header);
        if (!result.rejections.isEmpty())
            result.warnings.append(QCoreApplication::translate(
                "DocumentImporter", "%n row(s) were not imported", nullptr, int(result.rejections.size())));
        return outcome;
    }

    if (workbook) {
        const int headerEnd = int(source.text.indexOf(QLatin1Char('\n')));
        outcome.error = tr("the %1 is not a table of indicator values this program reads: its first row "
                           "(%2) is not the header of the DfE LAIT layout or the simple layout")
                            .arg(sheetLabel,
                                source.text.left(headerEnd < 0 ? 200 : qMin(headerEnd, 200))
                                    .replace(QLatin1Char('\t'), QStringLiteral(", ")));
        return outcome;
    }

    // Letters and reports are tens of kilobytes; only data tables are large.
    if (source.text.size() > MaximumLetterCharacters) {
        outcome.error = tr("the file holds %1 million characters and is not a data table this program reads; "
                           "no letter or report is that long")
                            .arg(source.text.size() / 1000000.0, 0, 'f', 1);
        return outcome;
    }
    static const QRegularExpression html(
        QStringLiteral("^\\s*(?:<!doctype\\s+html|<html[\\s>])"), QRegularExpression::CaseInsensitiveOption);
    if (html.match(source.text.left(1000)).hasMatch()) {
        outcome.error = tr("it is an HTML web page; save the letter or report as plain text and import that");
        return outcome;
    }

    const TextLayout layout(source.text);
    const Classification classification = DocumentClassifier::classify(source.text);
    doc.kind = classification.kind;
    doc.published = documentDate(source.text, layout);
    // A paper that speaks of an APA or an annual rating in a letter's words but is no letter (no
    // salutation) is read for the grades it quotes, like any other paper.
    static const QRegularExpression salutation(QStringLiteral("^\\s*dear\\s"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    if ((doc.kind == DocumentKind::ApaLetter || doc.kind == DocumentKind::AnnualRatingLetter
            || doc.kind == DocumentKind::AnnualAssessmentLetter)
        && !salutation.match(source.text).hasMatch())
        doc.kind = DocumentKind::Unknown;

    const bool isLetter = doc.kind == DocumentKind::ApaLetter || doc.kind == DocumentKind::AnnualRatingLetter
        || doc.kind == DocumentKind::AnnualAssessmentLetter;
    // Names are read as they were when the paper was written ("Dorset" of 2007 is not the Dorset of 2019).
    const int paperYear = doc.published.isValid() ? doc.published.year() : 0;
    const SubjectAuthority subject = SubjectAuthority::resolve(layout, m_authorities, isLetter, paperYear);
    const bool graded = doc.kind != DocumentKind::Unknown;
    if (!subject.error.isEmpty() && graded) {
        outcome.error = subject.error;
        return outcome;
    }
    doc.authority = subject.authority;
    if (graded && !doc.authority.isValid()) {
        outcome.error = tr(
            "it reads as a letter or report (%1) but names no English authority it is addressed to or about")
                            .arg(documentKindDisplayName(doc.kind));
        return outcome;
    }
    if (graded && doc.published.isValid() && doc.published.year() > DocumentFacts::LastSupportedYear + 1) {
        outcome.error = tr("it is dated %1, outside the years 2005-2011 the importers read")
                            .arg(doc.published.toString(Qt::ISODate));
        return outcome;
    }
    doc.title = documentTitle(source.text, layout, doc.kind);
    doc.issuer = issuer(source.text, doc.kind, doc.authority);

    ParseContext context { layout, m_authorities, m_vocabulary, result, QString() };
    bool parsed = true;
    switch (doc.kind) {
    case DocumentKind::ApaLetter:
        parsed = ApaLetterParser::parse(context);
        break;
    case DocumentKind::AnnualRatingLetter:
    case DocumentKind::AnnualAssessmentLetter:
        parsed = AnnualLetterParser::parse(context);
        break;
    case DocumentKind::CouncilReport:
        parsed = CouncilReportParser::parse(context);
        // The report's prose may quote grades its tables do not hold.
        if (parsed)
            GradeStatementReader::addTo(context, SourceKind::CouncilPaper);
        break;
    case DocumentKind::PlanReview:
        parsed = PlanReviewParser::parse(context);
        break;
    case DocumentKind::Unknown:
        // No letter or report family fits: the grades a paper, minutes or news item states in its
        // own words, for whichever councils it names.
        GradeStatementReader::addTo(
            context, GradeStatementReader::sourceKindOf(source.text, StatementVocabulary::bundled()));
        if (!result.judgements.isEmpty()) {
            doc.kind = DocumentKind::GradeStatements;
            doc.issuer = result.judgements.first().source == SourceKind::CouncilPaper ? doc.authority.name
                                                                                      : QString();
        }
        break;
    case DocumentKind::IndicatorTable:
    case DocumentKind::GradeStatements:
        break;
    }
    if (!parsed) {
        outcome.error = context.error;
        return outcome;
    }
    // A letter ends with its signature; one that stops before it was cut short, and what it would
    // give is not the whole letter.
    static const QRegularExpression signOff(
        QStringLiteral("yours\\s+(?:sincerely|faithfully)"), QRegularExpression::CaseInsensitiveOption);
    if (isLetter && !signOff.match(source.text).hasMatch()) {
        outcome.error = tr("the %1 stops before its signature (\"Yours sincerely\"); it looks cut short, so "
                           "nothing was imported")
                            .arg(documentKindDisplayName(doc.kind));
        return outcome;
    }
    result.passages = passages(context);
    if (result.passages.isEmpty()) {
        outcome.error = tr("the file holds no readable text");
        return outcome;
    }
    if (result.judgements.isEmpty() && result.observations.isEmpty())
        result.warnings.append(graded
                ? tr("no grades or indicator values were found; its text was kept for search")
                : tr("not a known kind of letter or report; no grades were found, its text was "
                     "kept for search"));
    return outcome;
}
