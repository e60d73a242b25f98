#pragma once

#include "domain/Document.h"

#include <QList>
#include <QSet>

// The documents an export or report quotes, as its source list names them.
namespace SourceDocuments {

// Those of documents whose ids are in ids, oldest first (by publication date, else as given).
QList<Document> inOrderOfPublication(const QList<Document> &documents, const QSet<qint64> &ids);

} // namespace SourceDocuments
