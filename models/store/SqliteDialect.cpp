#include "SqliteDialect.h"

#include "PostgresDialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

std::unique_ptr<SqlDialect> SqlDialect::create(DatabaseLocation::Backend backend)
{
    if (backend == DatabaseLocation::Backend::Postgres)
        return std::make_unique<PostgresDialect>();
    return std::make_unique<SqliteDialect>();
}

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::driverPackage() const
{
    return QStringLiteral("libqt6sql6-sqlite");
}

int SqliteDialect::schemaVersion(const QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList SqliteDialect::recordSchemaVersion(int version) const
{
    return { QStringLiteral("PRAGMA user_version = %1").arg(version) };
}

QStringList SqliteDialect::beginWrite() const
{
    // IMMEDIATE takes the write lock at once, before the duplicate check, so two processes
    // importing the same file cannot both find it absent.
    // The journal of a savepoint (each document's, and each statement's: the pages it changed, kept
    // to take them back should it fail) is kept in memory. SQLite writes it to a temporary file
    // once it passes 64 KiB: importing the England corpus wrote 140 MB to such files, as much as
    // it wrote to the database.
    return { QStringLiteral("PRAGMA temp_store = MEMORY"), QStringLiteral("BEGIN IMMEDIATE") };
}

QStringList SqliteDialect::afterWrite() const
{
    // Reads sort in temporary files again: in memory, a sort's size would grow with the database.
    return { QStringLiteral("PRAGMA temp_store = DEFAULT") };
}

QString SqliteDialect::indexPassagesAfter() const
{
    return QStringLiteral(
        "INSERT INTO passage_fts (rowid, heading, text) SELECT id, heading, text FROM passage WHERE id > ?");
}

QString SqliteDialect::unindexDocument() const
{
    // The index holds its own copy of the terms (external content): they are removed while the
    // passages are still there to name them.
    return QStringLiteral("INSERT INTO passage_fts (passage_fts, rowid, heading, text) "
                          "SELECT 'delete', id, heading, text FROM passage WHERE document_id = ?");
}

QString SqliteDialect::reindexAll() const
{
    return QStringLiteral("INSERT INTO passage_fts (passage_fts) VALUES ('rebuild')");
}

QString SqliteDialect::search() const
{
    return QStringLiteral(
        "SELECT p.id, p.document_id, p.ordinal, p.heading, p.text, p.span_start, p.span_end, d.title, "
        "snippet(passage_fts, 1, '[', ']', '\u2026', 16) "
        "FROM passage_fts JOIN passage p ON p.id = passage_fts.rowid JOIN document d ON d.id = p.document_id "
        "WHERE passage_fts MATCH ? ORDER BY rank LIMIT ?");
}

qint64 SqliteDialect::externalChangeCount(const QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString SqliteDialect::integrityProblem(const QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return q.lastError().text();
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    return problems.join(QLatin1Char('\n'));
}
