#pragma once

#include "SqlDialect.h"

// A team's shared database: a generated tsvector column with a GIN index and
// websearch_to_tsquery for search, a transaction-scoped advisory lock for writers, and the
// schema's version in a table of its own.
class PostgresDialect : public SqlDialect
{
public:
    DatabaseLocation::Backend backend() const override { return DatabaseLocation::Backend::Postgres; }
    QString driverName() const override;
    QString driverPackage() const override;
    QString definition(const QString &sql) const override;
    int schemaVersion(const QSqlDatabase &db) const override;
    QStringList recordSchemaVersion(int version) const override;
    QStringList beginWrite() const override;
    QStringList afterWrite() const override { return {}; }
    QString announceChange() const override { return QStringLiteral("NOTIFY csdash_changed"); }
    QString insertFromJson(const QString &insertSql) const override;
    QString indexPassagesAfter() const override { return QString(); }
    QString unindexDocument() const override { return QString(); }
    QStringList continueNumbering(const QString &table) const override;
    QString reindexAll() const override { return QString(); }
    QString search() const override;
    bool readsRowByRowBesideOtherQueries() const override { return false; }
    QString textAsUtf8(const QString &column) const override { return column; } // libpq's text is UTF-8
    bool runsInProcess() const override { return false; }
    // Translated into to_tsquery's syntax, so that a search reads alike on both back ends.
    QString searchTerms(const QString &query, QString *refusal) const override;
    bool searchCanRefuseQueries() const override { return false; }
    qint64 externalChangeCount(const QSqlDatabase &) const override { return -1; }
    QString integrityProblem(const QSqlDatabase &db) const override;
    QString databaseUser(const QSqlDatabase &db) const override;
    bool canWrite(const QSqlDatabase &db) const override;

    // The channel writers notify at commit, and windows listen on.
    static QString changeChannel();
};
