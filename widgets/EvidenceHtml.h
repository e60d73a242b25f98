#pragma once

#include <QString>

struct Document;
struct Evidence;

// HTML for reading evidence: the paragraph that holds a span, cleaned of conversion artefacts,
// with the span highlighted through the clean-to-original map.
namespace EvidenceHtml {

// The paragraph around the evidence with the evidence marked; empty when the span is not in the text.
QString paragraph(const Document &document, const Evidence &evidence);
// The whole document as HTML, headings as <h3 id="hN">, paragraphs as <p id="pN">, the evidence marked
// and anchored as "evidence". headingsOut receives (anchor, heading text) pairs.
QString document(
    const Document &document, const Evidence &evidence, QList<QPair<QString, QString>> *headingsOut);

} // namespace EvidenceHtml
