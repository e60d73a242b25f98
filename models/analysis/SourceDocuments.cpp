#include "analysis/SourceDocuments.h"

#include <algorithm>

namespace SourceDocuments {

QList<Document> inOrderOfPublication(const QList<Document> &documents, const QSet<qint64> &ids)
{
    QList<Document> out;
    for (const Document &d : documents) {
        if (ids.contains(d.id))
            out.append(d);
    }
    std::stable_sort(out.begin(), out.end(),
        [](const Document &a, const Document &b) { return a.published < b.published; });
    return out;
}

} // namespace SourceDocuments
