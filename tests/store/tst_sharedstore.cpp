// The store on a PostgreSQL server that several officers share: several clients at once, who did
// what, and the faults of a server (a refused login, a read-only role, a newer schema, a lost
// connection). Runs only against the test server (CSDASH_TEST_POSTGRES, label postgresql); the
// tests both back ends share are in tst_store.
#include "TestSupport.h"

#include "ingest/DocumentImporter.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace TestSupport;

class TestSharedStore : public QObject
{
    Q_OBJECT

private:
    DocumentImporter m_importer;

    ImportResult read(const QString &path) const { return m_importer.readFile(path).result; }
    static QString databaseName(const QString &location) { return location.section(QLatin1Char('/'), -1); }
    static int count(const Store &store, const QString &table)
    {
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
    }
    // A new database laid out by the tests' own role, which officer and reader may then use as granted.
    QString migratedDatabase(const QString &name, const QStringList &grants)
    {
        const QString location = freshDatabase(name);
        {
            Store owner;
            QString error;
            if (!owner.open(location, &error))
                qWarning("%s", qPrintable(error));
        }
        QString error;
        if (!runOnServer(grants, &error, databaseName(location)))
            qWarning("%s", qPrintable(error));
        return location;
    }
    static QString as(const QString &user, QString location)
    {
        return location.replace(QStringLiteral("//csdash@"), QStringLiteral("//") + user + QLatin1Char('@'));
    }

private slots:
    void initTestCase()
    {
        if (!onPostgres())
            QSKIP("no test server: these run with the label postgresql");
    }

    // Two officers importing the same letters at the same moment end with one copy of each, and
    // neither is told of an error: the one who came second finds them already there.
    void twoClientsImportingTheSameDocumentsKeepOneCopy()
    {
        const QString location = freshDatabase();
        {
            Store first; // the schema, before the race
            QString error;
            QVERIFY2(first.open(location, &error), qPrintable(error));
        }
        QList<ImportResult> results;
        for (const QString &file : corpusFiles())
            results.append(read(file));
        QList<const ImportResult *> batch;
        for (const ImportResult &r : std::as_const(results))
            batch.append(&r);
        std::atomic<int> imported { 0 };
        std::atomic<int> present { 0 };
        std::atomic<int> failed { 0 };
        QStringList errors;
        QMutex errorsLock;
        auto client = [&](bool oneByOne) {
            Store store;
            QString error;
            if (!store.open(location, &error)) {
                ++failed;
                return;
            }
            QList<Store::SaveOutcome> outcomes;
            if (oneByOne) {
                for (const ImportResult *r : std::as_const(batch))
                    outcomes.append(store.save(*r));
            } else {
                outcomes = store.saveAll(batch);
            }
            for (const Store::SaveOutcome &o : std::as_const(outcomes)) {
                if (o.status == Store::SaveStatus::Imported)
                    ++imported;
                else if (o.status == Store::SaveStatus::AlreadyPresent)
                    ++present;
                else {
                    ++failed;
                    QMutexLocker locked(&errorsLock);
                    errors.append(o.error);
                }
            }
        };
        QThread *a = QThread::create(client, false);
        QThread *b = QThread::create(client, true);
        a->start();
        b->start();
        QVERIFY(a->wait(120000));
        QVERIFY(b->wait(120000));
        delete a;
        delete b;
        QVERIFY2(failed == 0, qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(imported.load(), int(batch.size()));
        QCOMPARE(present.load(), int(batch.size()));
        Store check;
        QString error;
        QVERIFY(check.open(location, &error));
        QCOMPARE(count(check, QStringLiteral("document")), int(batch.size()));
        QCOMPARE(check.documents().size(), batch.size());
    }

    // A window sees another client's import without asking (PostgreSQL's notifications), and
    // not its own.
    void anotherClientsImportIsAnnounced()
    {
        const QString location = freshDatabase();
        Store window;
        Store terminal;
        QString error;
        QVERIFY2(window.open(location, &error), qPrintable(error));
        QVERIFY2(terminal.open(location, &error), qPrintable(error));
        int told = 0;
        QVERIFY(window.watchExternalChanges(this, [&told] { ++told; }));
        const qint64 before = window.externalChangeCount();
        QCOMPARE(window.save(read(corpusFiles().at(0))).status, Store::SaveStatus::Imported);
        QTest::qWait(200); // its own change would be told within this
        QCOMPARE(told, 0);
        QCOMPARE(terminal.save(read(corpusFiles().at(1))).status, Store::SaveStatus::Imported);
        QTRY_COMPARE(told, 1);
        QVERIFY(window.externalChangeCount() != before);
        QCOMPARE(window.documents().size(), 2);
    }

    // Imports and review decisions say who made them: the database user.
    void importsAndDecisionsRecordWhoMadeThem()
    {
        const QString location = migratedDatabase(QStringLiteral("who"),
            { QStringLiteral(
                  "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO officer"),
                QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO officer") });
        Store store;
        store.setPassword(QStringLiteral("officer-secret"));
        QString error;
        QVERIFY2(store.open(as(QStringLiteral("officer"), location), &error), qPrintable(error));
        QCOMPARE(store.userName(), QStringLiteral("officer"));
        const Store::SaveOutcome saved = store.save(
            candidateResult({ 856, QStringLiteral("Leicester"), QString(), QString(), {} }, 2008));
        QCOMPARE(saved.status, Store::SaveStatus::Imported);
        const Document document = store.document(saved.documentId);
        QCOMPARE(document.importedBy, QStringLiteral("officer"));
        QVERIFY(qAbs(document.importedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        const QList<Judgement> candidates = store.candidates();
        QVERIFY(!candidates.isEmpty());
        QVERIFY2(store.decide(candidates.first().id, ReviewState::Accepted, &error), qPrintable(error));
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        QVERIFY(q.exec(QStringLiteral("SELECT decided_by FROM review_decision")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("officer"));
    }

    // A login the server refuses is said so, and the window can ask for the password; the
    // password never appears in what is said.
    void refusedLoginIsSaidAndAPasswordAnswersIt()
    {
        const QString location = as(QStringLiteral("officer"),
            migratedDatabase(QStringLiteral("login"),
                { QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO officer") }));
        qunsetenv("PGPASSWORD");
        QString error;
        {
            Store store;
            QVERIFY(!store.open(location, &error));
            QVERIFY(store.needsPassword());
            QVERIFY2(error.contains(QLatin1String("officer")), qPrintable(error));
        }
        {
            Store store;
            store.setPassword(QStringLiteral("not-the-password"));
            QVERIFY(!store.open(location, &error));
            QVERIFY(store.needsPassword());
            QVERIFY2(!error.contains(QLatin1String("not-the-password")), qPrintable(error));
        }
        {
            Store store;
            store.setPassword(QStringLiteral("officer-secret"));
            QVERIFY2(store.open(location, &error), qPrintable(error));
            // Forgotten once used: opening again needs it again.
            store.close();
            QVERIFY(!store.open(location, &error));
        }
        // Commands take it from the environment, as libpq does.
        qputenv("PGPASSWORD", "officer-secret");
        Store fromEnvironment;
        const bool opened = fromEnvironment.open(location, &error);
        qunsetenv("PGPASSWORD");
        QVERIFY2(opened, qPrintable(error));
        // And an address with a password in it is refused before anything is sent.
        Store inAddress;
        QVERIFY(!inAddress.open(
            QString(location).replace(QStringLiteral("officer@"), QStringLiteral("officer:officer-secret@")),
            &error));
        QVERIFY2(!error.contains(QLatin1String("officer-secret")), qPrintable(error));
    }

    // The connection's security as the address asks (sslmode) and the credentials where libpq
    // keeps them for commands: a service named in the address or PGSERVICE (PGSERVICEFILE), a
    // password file (PGPASSFILE, as ~/.pgpass).
    void sslModeServicesAndPasswordFiles()
    {
        const QString location = migratedDatabase(QStringLiteral("tls"),
            { QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO officer") });
        QString error;
        auto usesTls = [](const Store &store) {
            QSqlQuery q(QSqlDatabase::database(store.connectionName()));
            return q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
                && q.next() && q.value(0).toBool();
        };
        {
            // The server lets "secure" in over TLS only.
            Store plain;
            QVERIFY(!plain.open(
                as(QStringLiteral("secure"), location) + QStringLiteral("?sslmode=disable"), &error));
            QVERIFY2(error.contains(databaseName(location)) && error.contains(QLatin1String("no encryption")),
                qPrintable(error));
            Store secure;
            QVERIFY2(secure.open(
                         as(QStringLiteral("secure"), location) + QStringLiteral("?sslmode=require"), &error),
                qPrintable(error));
            QVERIFY(usesTls(secure));
            QVERIFY(secure.databasePath().endsWith(QLatin1String("?sslmode=require")));
            Store unencrypted;
            QVERIFY2(
                unencrypted.open(location + QStringLiteral("?sslmode=disable"), &error), qPrintable(error));
            QVERIFY(!usesTls(unencrypted));
        }
        QString parseError;
        const DatabaseLocation server = DatabaseLocation::parse(location, &parseError);
        QTemporaryDir dir;
        const auto written = [&dir](const QString &name, const QString &text) {
            QFile f(dir.filePath(name));
            const QByteArray bytes = text.toUtf8();
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? f.fileName() : QString();
        };
        const QString servicesFile = written(QStringLiteral("pg_service.conf"),
            QStringLiteral("[team]\nhost=%1\nport=%2\ndbname=%3\nuser=officer\nsslmode=require\n")
                .arg(server.host())
                .arg(server.port())
                .arg(server.databaseName()));
        const QString passwordsFile = written(QStringLiteral("pgpass"),
            QStringLiteral("%1:%2:%3:officer:officer-secret\n")
                .arg(server.host())
                .arg(server.port())
                .arg(server.databaseName()));
        QVERIFY(!servicesFile.isEmpty() && !passwordsFile.isEmpty());
        QFile::setPermissions(
            passwordsFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // libpq ignores others
        qunsetenv("PGPASSWORD");
        qputenv("PGSERVICEFILE", servicesFile.toLocal8Bit());
        qputenv("PGPASSFILE", passwordsFile.toLocal8Bit());
        Store named;
        const bool openedNamed = named.open(QStringLiteral("postgresql://?service=team"), &error);
        QString namedUser = named.userName();
        const bool namedTls = openedNamed && usesTls(named);
        qputenv("PGSERVICE", "team");
        Store fromEnvironment;
        const bool openedFromEnvironment = fromEnvironment.open(QStringLiteral("postgresql://"), &error);
        qunsetenv("PGSERVICE");
        qunsetenv("PGSERVICEFILE");
        qunsetenv("PGPASSFILE");
        QVERIFY2(openedNamed, qPrintable(error));
        QCOMPARE(namedUser, QStringLiteral("officer"));
        QVERIFY(namedTls);
        QCOMPARE(named.documents().size(), 0);
        QVERIFY(named.isReadOnly());
        QVERIFY2(openedFromEnvironment, qPrintable(error));
        QCOMPARE(fromEnvironment.userName(), QStringLiteral("officer"));
        QVERIFY(!named.databasePath().contains(QLatin1String("secret")));
    }

    // A role that may only read reads everything and is refused imports, with the database named.
    void readOnlyRoleReadsButRefusesImports()
    {
        const QString owner = freshDatabase(QStringLiteral("reader"));
        {
            Store store;
            QString error;
            QVERIFY2(store.open(owner, &error), qPrintable(error));
            QCOMPARE(store.save(read(corpusFiles().at(0))).status, Store::SaveStatus::Imported);
        }
        QString error;
        QVERIFY2(runOnServer({ QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader") },
                     &error, databaseName(owner)),
            qPrintable(error));
        Store reader;
        QVERIFY2(reader.open(as(QStringLiteral("reader"), owner), &error), qPrintable(error));
        QVERIFY(reader.isReadOnly());
        QCOMPARE(reader.documents().size(), 1);
        QVERIFY(!reader.judgements().isEmpty());
        const Store::SaveOutcome refused = reader.save(read(corpusFiles().at(1)));
        QCOMPARE(refused.status, Store::SaveStatus::Failed);
        QVERIFY2(refused.error.contains(databaseName(owner)), qPrintable(refused.error));
        QCOMPARE(reader.documents().size(), 1);
    }

    // A database a newer csdash laid out is left as it is.
    void newerSchemaIsLeftUnchanged()
    {
        const QString location = freshDatabase(QStringLiteral("newer"));
        {
            Store store;
            QString error;
            QVERIFY2(store.open(location, &error), qPrintable(error));
            QCOMPARE(store.save(read(corpusFiles().at(0))).status, Store::SaveStatus::Imported);
        }
        QVERIFY(runOnServer(
            { QStringLiteral("UPDATE csdash_schema SET version = %1").arg(Schema::latestVersion() + 1) },
            nullptr, databaseName(location)));
        Store store;
        QString error;
        QVERIFY(!store.open(location, &error));
        QVERIFY2(error.contains(QLatin1String("newer csdash")), qPrintable(error));
        QVERIFY(runOnServer(
            { QStringLiteral("UPDATE csdash_schema SET version = %1").arg(Schema::latestVersion()) }, nullptr,
            databaseName(location)));
        QVERIFY2(store.open(location, &error), qPrintable(error));
        QCOMPARE(store.documents().size(), 1);
    }

    // The connection cut in the middle of saving a large table: nothing of it is kept, and the
    // message says what happened and that it can be tried again.
    void connectionLostMidImportLeavesNothingHalfWritten()
    {
        const QString location = freshDatabase(QStringLiteral("cut"));
        const QString table = QStringLiteral(CSDASH_CORPUS)
            + QStringLiteral("/../published/dfe-exclusions-2006-07-to-2016-17.csv");
        const auto outcome = m_importer.readFile(table);
        QVERIFY(outcome.result.observations.size() > 10000);
        Store store;
        QString error;
        QVERIFY2(store.open(location, &error), qPrintable(error));
        bool cut = false;
        const Store::SaveOutcome saved = store.save(outcome.result, [&](int done, int) {
            if (done > 0 && !cut) {
                cut = runOnServer({ QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                   "WHERE datname = '%1' AND pid <> pg_backend_pid()")
                                        .arg(databaseName(location)) });
            }
            return true;
        });
        QVERIFY(cut);
        QCOMPARE(saved.status, Store::SaveStatus::Failed);
        QVERIFY2(saved.error.contains(QLatin1String("connection to the database server was lost")),
            qPrintable(saved.error));
        Store after;
        QVERIFY2(after.open(location, &error), qPrintable(error));
        QCOMPARE(count(after, QStringLiteral("document")), 0);
        QCOMPARE(count(after, QStringLiteral("observation")), 0);
        // Tried again, it is saved whole.
        QCOMPARE(after.save(outcome.result).status, Store::SaveStatus::Imported);
        QCOMPARE(count(after, QStringLiteral("observation")), int(outcome.result.observations.size()));
    }
};

QTEST_GUILESS_MAIN(TestSharedStore)
#include "tst_sharedstore.moc"
