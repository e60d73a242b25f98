#pragma once

#include <QCoreApplication>

#include "StoreQueries.h"

#include "Store.h"

#include "domain/Document.h"
#include "domain/Passage.h"

#include <QList>
#include <QString>
#include <functional>

// Documents and their passages: listing, reading, searching, counting and removing them.
class DocumentQueries : public StoreQueries
{
    // The store's messages are all in one translation context, whichever part words them.
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    using StoreQueries::StoreQueries;

    QList<Document> documents() const;
    // The same documents in the same order, handed over one at a time; false when the read failed.
    bool forEachDocument(const std::function<void(Document &&)> &visit) const;
    Document document(qint64 id) const;
    QList<Passage> passages(qint64 documentId) const;
    QList<Passage> search(const QString &query, QString *error, int limit) const;
    Store::DocumentCounts counts(qint64 documentId) const;
    bool isEmpty() const;
    bool removeDocument(qint64 documentId, QString *error) const;
};
