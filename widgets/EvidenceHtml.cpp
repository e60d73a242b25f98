#include "EvidenceHtml.h"

#include "domain/Document.h"
#include "domain/Evidence.h"
#include "text/CleanText.h"
#include "text/TextLayout.h"

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

} // namespace

namespace EvidenceHtml {

QString paragraph(const Document &doc, const Evidence &evidence)
{
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
