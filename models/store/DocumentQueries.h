#pragma once

#include "Store.h"

#include "domain/Document.h"
#include "domain/Passage.h"

#include <QList>
#include <QString>

class Database;
class RowMapper;

// Documents and their passages: listing, reading, searching, counting and removing them.
class DocumentQueries
{
public:
    DocumentQueries(const Database &db, const RowMapper &rows, QString &error)
        : m_db(db)
        , m_rows(rows)
        , m_error(error)
    {
    }

    QList<Document> documents() const;
    Document document(qint64 id) const;
    QList<Passage> passages(qint64 documentId) const;
    QList<Passage> search(const QString &query, QString *error, int limit) const;
    Store::DocumentCounts counts(qint64 documentId) const;
    bool isEmpty() const;
    bool removeDocument(qint64 documentId, QString *error) const;

private:
    const Database &m_db;
    const RowMapper &m_rows;
    QString &m_error; // the store's last error, for the queries that return values only
};
