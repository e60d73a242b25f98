#pragma once

#include "DatabaseLocation.h"

#include <QString>
#include <QStringList>
#include <memory>

class QSqlDatabase;

// What differs between the store's back ends, and nothing else: the store, its writer and its
// queries are written once, in the SQL both understand, and ask the dialect for the rest —
// full-text search, the write lock, the schema's version, types and connection set-up.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;
    static std::unique_ptr<SqlDialect> create(DatabaseLocation::Backend backend);

    virtual DatabaseLocation::Backend backend() const = 0;
    virtual QString driverName() const = 0; // the Qt SQL driver
    virtual QString driverPackage() const = 0; // the Debian package that installs it

    // A schema statement written as SQLite spells it (INTEGER PRIMARY KEY ids, REAL, BLOB), in
    // this back end's types.
    virtual QString definition(const QString &sql) const = 0;
    // The schema version the database records; 0 for a new database, -1 when it cannot be read.
    virtual int schemaVersion(const QSqlDatabase &db) const = 0;
    virtual QStringList recordSchemaVersion(int version) const = 0;

    // Starts a transaction that no other writer can interleave with, so that the check for a
    // document already saved and the saving are one step for every client.
    virtual QStringList beginWrite() const = 0;
    // What puts back the settings beginWrite() changed, once the transaction has ended; empty when
    // it changes none.
    virtual QStringList afterWrite() const = 0;
    // A statement that tells other clients, when the transaction commits, that the data changed;
    // empty where they find out otherwise (SQLite: they watch the file).
    virtual QString announceChange() const = 0;

    // An "INSERT INTO t (columns) VALUES (?, …) …" rewritten to insert every row of one bound JSON
    // array of objects keyed by column; empty where binding row by row costs no more (SQLite runs
    // in process: a server pays a round trip a row).
    virtual QString insertFromJson(const QString &insertSql) const = 0;

    // Adds the passages with an id above the bound one to the search index; empty when the back
    // end indexes rows as they are written.
    virtual QString indexPassagesAfter() const = 0;
    // Takes the passages of the bound document out of the search index; empty likewise.
    virtual QString unindexDocument() const = 0;
    // After rows were written with their ids (a copy): what makes new rows continue from the
    // largest id; empty where the back end does so itself (SQLite).
    virtual QStringList continueNumbering(const QString &table) const = 0;
    // Indexes every passage again (after a copy); empty likewise.
    virtual QString reindexAll() const = 0;
    // Binds the query and a limit; selects a passage's id, document, ordinal, heading, text, span
    // start and end, its document's title, and a snippet with the matches in [brackets].
    virtual QString search() const = 0;
    // The user's search (FTS5's syntax: words, "phrases", prefix*, AND, OR, NOT, brackets) as this
    // index reads it; empty with refusal set when the wording cannot be read.
    virtual QString searchTerms(const QString &query, QString *refusal) const = 0;
    // Whether a search the database refused is the user's wording (not the database failing).
    virtual bool searchCanRefuseQueries() const = 0;

    // Whether a query may be read row by row while other queries run on the connection (the
    // store looks up titles and pages as it reads values). PostgreSQL's driver streams a
    // forward-only query's rows and loses them when another query runs, so it reads them whole.
    virtual bool readsRowByRowBesideOtherQueries() const = 0;
    // A text column as a query reading many rows selects it; StoreSql::text() reads the value.
    // SQLite hands Qt text as UTF-16, converting it a character at a time (a third of listing a
    // thousand documents); selected as its UTF-8 bytes, Qt converts it in one pass.
    virtual QString textAsUtf8(const QString &column) const = 0;
    // Whether a query costs no round trip (the database runs in this process): many small
    // queries are then cheaper than one that reads what most of them would not need.
    virtual bool runsInProcess() const = 0;

    // A number that changes when another connection commits; -1 when the back end cannot say
    // (PostgreSQL tells by notification instead).
    virtual qint64 externalChangeCount(const QSqlDatabase &db) const = 0;
    // What the back end finds wrong in the database's own structures; empty when sound.
    virtual QString integrityProblem(const QSqlDatabase &db) const = 0;
    // The database user the connection works as; empty where there are no database users.
    virtual QString databaseUser(const QSqlDatabase &db) const = 0;
    // Whether this connection may write the store's tables (a read-only role may not).
    virtual bool canWrite(const QSqlDatabase &db) const = 0;
};
