#pragma once

#include "SqlDialect.h"

// The embedded default: FTS5 for search, BEGIN IMMEDIATE for the write lock, PRAGMA user_version.
class SqliteDialect : public SqlDialect
{
public:
    DatabaseLocation::Backend backend() const override { return DatabaseLocation::Backend::Sqlite; }
    QString driverName() const override;
    QString driverPackage() const override;
    QString definition(const QString &sql) const override { return sql; }
    int schemaVersion(const QSqlDatabase &db) const override;
    QStringList recordSchemaVersion(int version) const override;
    QStringList beginWrite() const override;
    QStringList afterWrite() const override;
    QString announceChange() const override { return QString(); }
    QString insertFromJson(const QString &) const override { return QString(); }
    QString indexPassagesAfter() const override;
    QString unindexDocument() const override;
    QStringList continueNumbering(const QString &) const override { return {}; }
    QString reindexAll() const override;
    QString search() const override;
    bool readsRowByRowBesideOtherQueries() const override { return true; }
    bool runsInProcess() const override { return true; }
    // The store's files are UTF-8 (SQLite's default encoding, which the schema never changes).
    QString textAsUtf8(const QString &column) const override
    {
        return QStringLiteral("CAST(") + column + QStringLiteral(" AS BLOB)");
    }
    // FTS5 reads the syntax itself, and refuses what it cannot read.
    QString searchTerms(const QString &query, QString *) const override { return query; }
    bool searchCanRefuseQueries() const override { return true; }
    qint64 externalChangeCount(const QSqlDatabase &db) const override;
    QString integrityProblem(const QSqlDatabase &db) const override;
    QString databaseUser(const QSqlDatabase &) const override { return QString(); }
    bool canWrite(const QSqlDatabase &) const override { return true; }
};
