#include "EvidenceHtml.h"

#include "domain/Document.h"
#include "domain/Evidence.h"
#include "text/CleanText.h"
#include "text/CsvReader.h"
#include "text/TextLayout.h"

#include <QCoreApplication>
#include <QPalette>

namespace {

const QString markStart = QStringLiteral(
    "<span style=\"background-color:#ffe680; color:#000000; font-weight:600\">");
const QString markEnd = QStringLiteral("</span>");

QString escaped(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return out;
}

// The block's clean text as HTML, with the part of [start, end) that falls inside it highlighted.
QString blockHtml(const QString &original, TextSpan block, int start, int end, bool *marked)
{
    const CleanText clean = CleanText::fromOriginal(original, block.start, block.end);
    int cs = 0, ce = 0;
    if (end > start && clean.cleanSpan(start, end, &cs, &ce)) {
        *marked = true;
        const QString &t = clean.text();
        return escaped(t.left(cs)) + QStringLiteral("<a name=\"evidence\"></a>") + markStart
            + escaped(t.mid(cs, ce - cs)) + markEnd + escaped(t.mid(ce));
    }
    *marked = false;
    return escaped(clean.text());
}

// A data file's row shown under its header, as a two-row table.
QString tableRow(const QString &text, int start, int end)
{
    const int headerEnd = int(text.indexOf(QLatin1Char('\n')));
    if (headerEnd < 0 || start < headerEnd || end > text.size())
        return QString();
    const QString header = text.left(headerEnd);
    const QString row = text.mid(start, end - start);
    const QChar separator = CsvReader::separatorOf(header);
    const QStringList names = CsvReader::readAll(header, separator).value(0);
    const QStringList cells = CsvReader::readAll(row, separator).value(0);
    const int rowNumber = int(text.left(start).count(QLatin1Char('\n'))) + 1;
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
    for (int i = 0; i < qMax(names.size(), cells.size()); ++i)
        html += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2%3%4</td></tr>")
                    .arg(names.value(i).toHtmlEscaped(), markStart, cells.value(i).toHtmlEscaped(), markEnd);
    html += QStringLiteral("</table><p>")
        + QCoreApplication::translate("EvidenceHtml", "Row %1 of the file").arg(rowNumber)
        + QStringLiteral("</p>");
    return html;
}

} // namespace

namespace EvidenceHtml {

QString paragraph(const Document &doc, const Evidence &evidence)
{
    if (doc.kind == DocumentKind::IndicatorTable)
        return tableRow(doc.originalText, evidence.start, evidence.end);
    const TextLayout layout(doc.originalText);
    for (const TextBlock &block : layout.blocks()) {
        if (evidence.start >= block.span.start && evidence.start < block.span.end) {
            bool marked = false;
            const QString html = blockHtml(
                doc.originalText, block.span, evidence.start, evidence.end, &marked);
            return marked ? html : QString();
        }
    }
    return QString();
}

QString document(const Document &doc, const Evidence &evidence, QList<QPair<QString, QString>> *headings)
{
    if (doc.kind == DocumentKind::IndicatorTable) {
        // A data file can hold many thousands of rows: show the header and the rows around the evidence.
        const QString &text = doc.originalText;
        const int headerEnd = int(text.indexOf(QLatin1Char('\n')));
        int from = qMax(headerEnd + 1, evidence.start);
        for (int n = 0; n < 20 && from > headerEnd + 1; ++n)
            from = int(text.lastIndexOf(QLatin1Char('\n'), from - 2)) + 1;
        int to = qMax(evidence.end, from);
        for (int n = 0; n < 20 && to >= 0 && to < text.size(); ++n)
            to = int(text.indexOf(QLatin1Char('\n'), to + 1));
        if (to < 0)
            to = int(text.size());
        QString html = QStringLiteral("<pre>") + text.left(qMax(0, headerEnd)).toHtmlEscaped()
            + QStringLiteral("\n\u2026\n");
        const QString before = text.mid(from, qMax(0, evidence.start - from));
        const QString marked = text.mid(evidence.start, evidence.end - evidence.start);
        const QString after = text.mid(evidence.end, qMax(0, to - evidence.end));
        html += before.toHtmlEscaped() + QStringLiteral("<a name=\"evidence\"></a>") + markStart
            + marked.toHtmlEscaped() + markEnd + after.toHtmlEscaped() + QStringLiteral("\n\u2026</pre>");
        headings->append(
            { QStringLiteral("evidence"), QCoreApplication::translate("EvidenceHtml", "The value's row") });
        return html;
    }
    const TextLayout layout(doc.originalText);
    QString html;
    int n = 0;
    for (const TextBlock &block : layout.blocks()) {
        ++n;
        if (block.heading) {
            const QString text = CleanText::clean(doc.originalText, block.span.start, block.span.end);
            const QString anchor = QStringLiteral("h%1").arg(n);
            headings->append({ anchor, text });
            html += QStringLiteral("<h3><a name=\"%1\"></a>%2</h3>").arg(anchor, escaped(text));
            continue;
        }
        bool marked = false;
        const QString body = blockHtml(doc.originalText, block.span, evidence.start, evidence.end, &marked);
        if (!body.isEmpty())
            html += QStringLiteral("<p><a name=\"p%1\"></a>%2</p>").arg(n).arg(body);
    }
    return html;
}

} // namespace EvidenceHtml
