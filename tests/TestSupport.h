#pragma once

#include "domain/ImportResult.h"
#include "ingest/DocumentImporter.h"

#include "store/DatabaseLocation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

// Helpers shared by the importer and store tests.
namespace TestSupport {

// The server the tests of the PostgreSQL back end use: postgresql://user@host:port, set by
// tests/postgres/with_server.sh for the tests labelled postgresql. Unset: SQLite.
inline QString postgresServer()
{
    return qEnvironmentVariable("CSDASH_TEST_POSTGRES");
}
inline bool onPostgres()
{
    return !postgresServer().isEmpty();
}

// Runs statements as the tests' own role (the server's superuser) on a database of the test
// server, by default its maintenance database.
inline bool runOnServer(const QStringList &statements, QString *error = nullptr,
    const QString &database = QStringLiteral("postgres"))
{
    QString parseError;
    const DatabaseLocation server = DatabaseLocation::parse(
        postgresServer() + QLatin1Char('/') + database, &parseError);
    bool ok = server.isValid();
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("test-admin"));
        admin.setHostName(server.host());
        admin.setPort(server.port());
        admin.setUserName(server.userName());
        admin.setDatabaseName(server.databaseName());
        ok = ok && admin.open();
        QSqlQuery q(admin);
        ok = ok
            && q.exec(QStringLiteral("SET client_min_messages = warning")); // no "does not exist, skipping"
        for (const QString &sql : statements) {
            if (ok && !q.exec(sql)) {
                ok = false;
                if (error)
                    *error = sql + QStringLiteral(": ") + q.lastError().text();
            }
        }
        if (!ok && error && error->isEmpty())
            *error = admin.lastError().text() + parseError;
        q.finish();
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-admin"));
    return ok;
}

// A new, empty database to open a store on: ":memory:" for SQLite; on the test server, a
// database made anew for this test program and name (test programs run side by side).
inline QString freshDatabase(const QString &name = QStringLiteral("a"))
{
    if (!onPostgres())
        return QStringLiteral(":memory:");
    const QString db = (QStringLiteral("t_") + QCoreApplication::applicationName() + QLatin1Char('_') + name)
                           .toLower()
                           .replace(QLatin1Char('-'), QLatin1Char('_'));
    QString error;
    if (!runOnServer({ QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(db),
                         QStringLiteral("CREATE DATABASE %1").arg(db) },
            &error))
        qWarning("cannot make the test database %s: %s", qPrintable(db), qPrintable(error));
    return postgresServer() + QLatin1Char('/') + db;
}

// Overwrites the first page of one table of a closed SQLite file, as a disk fault would: the schema
// still reads, so the file opens, but that table does not. False when the file could not be read.
inline bool damageTable(const QString &path, const QString &table)
{
    qint64 rootPage = 0;
    int pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
            q.addBindValue(table);
            if (q.exec() && q.next())
                rootPage = q.value(0).toLongLong();
            if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
                pageSize = q.value(0).toInt();
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    QFile f(path);
    if (rootPage < 2 || pageSize <= 0 || !f.open(QIODevice::ReadWrite) || !f.seek((rootPage - 1) * pageSize))
        return false;
    return f.write(QByteArray(pageSize, 'Z')) == pageSize;
}

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

inline QStringList corpusFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(CSDASH_CORPUS));
    for (const QString &name : dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

inline QString variant(const QString &name)
{
    return QStringLiteral(CSDASH_TEST_DATA "/variants/") + name;
}

// One line per judgement: "authority|year|framework|area|grade|label".
inline QStringList judgementDump(const QList<Judgement> &judgements)
{
    QStringList out;
    for (const Judgement &j : judgements)
        out.append(QStringList { j.authority.name, QString::number(j.year), frameworkKey(j.framework), j.area,
            QString::number(j.grade), j.label }
                       .join(QLatin1Char('|')));
    out.sort();
    return out;
}

// A news item quoting two grades for one authority and year, both waiting for review (as the
// grade-statement reader would leave statements it read with little confidence). Until that
// reader lands, tests build such results by hand.
inline ImportResult candidateResult(
    const Authority &authority, int year, const QString &area = QStringLiteral("overall"))
{
    ImportResult r;
    r.document.kind = DocumentKind::GradeStatements;
    r.document.title = QStringLiteral("Council news, %1").arg(year);
    r.document.sourceName = QStringLiteral("news-%1-%2.txt").arg(authority.laNumber).arg(year);
    r.document.published = QDate(year + 1, 1, 15);
    const QString first =
        QStringLiteral("Inspectors judged %1's services as good in %2.").arg(authority.name).arg(year);
    const QString second = QStringLiteral("A later bulletin says they were only adequate.");
    r.document.originalText = first + QLatin1Char(' ') + second + QLatin1Char('\n');
    r.document.sha256 = QCryptographicHash::hash(
        r.document.originalText.toUtf8(), QCryptographicHash::Sha256);
    Judgement good;
    good.authority = authority;
    good.year = year;
    good.framework = year <= 2008 ? Framework::Apa
        : year == 2009            ? Framework::AnnualRating2009
                                  : Framework::AnnualAssessment2010;
    good.area = area;
    good.grade = 3;
    good.label = QStringLiteral("good");
    good.evidence = { 0, 0, int(first.size()) };
    good.source = SourceKind::Secondary;
    good.confidence = 0.6;
    good.review = ReviewState::ToReview;
    good.note = QStringLiteral("year from the sentence");
    Judgement adequate = good;
    adequate.grade = 2;
    adequate.label = QStringLiteral("adequate");
    adequate.evidence = { 0, int(first.size()) + 1, int(first.size() + 1 + second.size()) };
    adequate.confidence = 0.4;
    adequate.note = QStringLiteral("authority and year from the sentence before");
    r.judgements = { good, adequate };
    return r;
}

} // namespace TestSupport
