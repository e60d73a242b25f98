#pragma once

#include "Store.h"

#include <QCoreApplication>
#include <QSqlDatabase>

struct ImportResult;
class SqlDialect;

// Writes one ImportResult (its document, authorities, grades, findings, indicators, values and
// passages) inside a transaction its caller holds, so that the caller decides how far a failure
// reaches: a transaction of its own (Store::save) or a savepoint in a longer one (Store::saveAll).
// The search index is brought up to date by indexPassagesAfter(), once for everything written.
class DocumentWriter
{
    // The store's messages are all in one translation context, whichever part words them.
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    // user: who is recorded as having imported what is written (empty: nobody known).
    DocumentWriter(const QSqlDatabase &db, const SqlDialect &dialect, const QString &user)
        : m_db(db)
        , m_dialect(dialect)
        , m_user(user)
    {
    }

    // Imported, AlreadyPresent (nothing written), Cancelled or Failed (the caller rolls back).
    Store::SaveOutcome write(const ImportResult &result, const Store::Progress &progress) const;
    // The largest passage id so far; the passages written afterwards have larger ones while the
    // caller holds the write lock.
    bool lastPassageId(qint64 *id, QString *error) const;
    // Adds the passages written since lastPassageId() to the full-text index in one statement:
    // the index writes its pending terms once rather than once a document.
    bool indexPassagesAfter(qint64 passageId, QString *error) const;

private:
    QSqlDatabase m_db;
    const SqlDialect &m_dialect;
    QString m_user;
};
