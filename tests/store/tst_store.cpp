// The store: schema migration, one transaction per document, idempotent import and full-text search.
#include "TestSupport.h"

#include "ingest/DocumentImporter.h"
#include "ingest/ImportService.h"
#include "reference/AuthorityRegister.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "store/RowMapper.h"
#include "store/Schema.h"
#include "store/SessionMarker.h"
#include "store/SqlSupport.h"
#include "store/SqliteDialect.h"
#include "store/Store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

// A test of what only an SQLite file does (its locks, its damage, its pages); the shared-server
// counterparts are in tst_sharedstore.
#define SQLITE_FILE_ONLY()                                                                                   \
    if (onPostgres())                                                                                        \
    QSKIP("a test of an SQLite file")

class TestStore : public QObject
{
    Q_OBJECT

private:
    DocumentImporter m_importer;

    ImportResult read(const QString &path) const
    {
        const auto outcome = m_importer.readFile(path);
        return outcome.result;
    }

    static int count(const Store &store, const char *table)
    {
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    static QStringList tableCounts(const Store &store)
    {
        QStringList out;
        for (const char *t :
            { "document", "judgement", "finding", "indicator", "observation", "passage", "authority" })
            out.append(QLatin1String(t) + QLatin1Char('=') + QString::number(count(store, t)));
        return out;
    }

    // A database of the bundled documents whose document listing index is overwritten.
    static void writeDamagedDatabase(const QString &path, const DocumentImporter &importer)
    {
        {
            Store store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            for (const QString &file : corpusFiles())
                QCOMPARE(store.save(importer.readFile(file).result).status, Store::SaveStatus::Imported);
        }
        // The index the listing reads (it holds every column listed).
        QVERIFY(damageTable(path, QStringLiteral("document_listing")));
    }

private slots:
    // A database address as shown, logged and remembered reads back as the same database: found
    // by the address fuzzer, "postgresql:///csdash" (the local socket) was kept as
    // "postgresql:/csdash", a file of that name, and "a b" with a space that no longer read.
    void addressesReadBackAsThemselves_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("shown");
        QTest::newRow("local socket") << "postgresql:///csdash"
                                      << "postgresql:///csdash";
        QTest::newRow("host and port") << "postgres://officer@db.example.org:5433/children"
                                       << "postgresql://officer@db.example.org:5433/children";
        QTest::newRow("space in the name") << "postgresql://h/team%20data"
                                           << "postgresql://h/team%20data";
        QTest::newRow("non-ASCII name") << "postgresql://h/d\u00e9partement"
                                        << "postgresql://h/d%C3%A9partement";
        QTest::newRow("sslmode and service") << "postgresql://h/db?sslmode=require&service=team"
                                             << "postgresql://h/db?sslmode=require&service=team";
        QTest::newRow("IPv6") << "postgresql://[::1]:5432/db"
                              << "postgresql://[::1]:5432/db";
    }
    void addressesReadBackAsThemselves()
    {
        QFETCH(QString, address);
        QFETCH(QString, shown);
        address.replace(QStringLiteral("\\u00e9"), QString(QChar(0x00e9)));
        QString error;
        const DatabaseLocation location = DatabaseLocation::parse(address, &error);
        QVERIFY2(location.isValid() && location.isPostgres(), qPrintable(error));
        QCOMPARE(location.toString(), shown);
        const DatabaseLocation again = DatabaseLocation::parse(location.toString(), &error);
        QVERIFY2(again.isValid() && again.isPostgres(), qPrintable(error));
        QCOMPARE(again.host(), location.host());
        QCOMPARE(again.port(), location.port());
        QCOMPARE(again.userName(), location.userName());
        QCOMPARE(again.databaseName(), location.databaseName());
        QCOMPARE(again.sslMode(), location.sslMode());
        QCOMPARE(again.service(), location.service());
    }

    // An address that cannot be used as it is shown is refused with the reason, never kept: found
    // by the address fuzzer, a noncharacter (U+3FFFF) in a service name that QUrl wrote back as a
    // lone surrogate, so the remembered address named another service.
    void refusesAddressesItCannotKeep_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("neverShown");
        QTest::newRow("password") << "postgresql://officer:secret@db.example.org/children"
                                  << "password" << "secret";
        QTest::newRow("unknown sslmode") << "postgresql://h/db?sslmode=always"
                                         << "sslmode=always" << "";
        QTest::newRow("noncharacter in the service")
            << QString(QStringLiteral("postgresql://h/db?service=team") + QString::fromUcs4(U"\U0003FFFF"))
            << "cannot be kept" << "";
    }
    void refusesAddressesItCannotKeep()
    {
        QFETCH(QString, address);
        QFETCH(QString, reason);
        QFETCH(QString, neverShown);
        QString error;
        const DatabaseLocation location = DatabaseLocation::parse(address, &error);
        QVERIFY(!location.isValid());
        QVERIFY2(error.contains(reason), qPrintable(error));
        if (!neverShown.isEmpty())
            QVERIFY2(!error.contains(neverShown), qPrintable(error));
    }

    void migratesAnEmptyDatabase()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(freshDatabase(), &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), Schema::latestVersion());
        QVERIFY(store.isEmpty());
        QVERIFY(store.judgements().isEmpty());
        QVERIFY(!QSqlDatabase::connectionNames().contains(QLatin1String(QSqlDatabase::defaultConnection)));
    }

    void refusesANewerSchema()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            Store store;
            QString error;
            QVERIFY(store.open(path, &error));
            QSqlQuery q(QSqlDatabase::database(store.connectionName()));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::latestVersion() + 1)));
        }
        Store store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
    }

    // The store's own dates and times are read without Qt's general parser; whatever the text,
    // they read as that parser reads them.
    void readsDatesAndTimesAsQtDoes_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : { "2026-12-04T17:07:04Z", "2010-12-10", "1999-01-31T00:00:59Z", "2026-02-30",
                 "2026-13-01T00:00:00Z", "2026-12-04T24:00:00Z", "2026-12-04T17:07:04+01:00",
                 "2026-12-04T17:07:04.250Z", "2026-12-04T17:07:04", "2026-12-04 17:07:04Z", "", "abcd-ef-gh",
                 "2026-1a-04", "20261204", "٢٠٢٦-12-04" })
            QTest::newRow(text) << QString::fromUtf8(text);
    }

    void readsDatesAndTimesAsQtDoes()
    {
        QFETCH(QString, text);
        QCOMPARE(StoreSql::isoDate(text), QDate::fromString(text, Qt::ISODate));
        const QDateTime expected = QDateTime::fromString(text, Qt::ISODate);
        const QDateTime read = StoreSql::isoTime(text);
        QCOMPARE(read, expected);
        QCOMPARE(read.isValid(), expected.isValid());
        if (expected.isValid())
            QCOMPARE(read.timeSpec(), expected.timeSpec());
    }

    // Listing the documents must not walk each document's text (which comes before the columns
    // added later): every document column a listing reads is held by the listing index.
    void listingIndexHoldsEveryListedColumn()
    {
        SQLITE_FILE_ONLY();
        Store store;
        QString error;
        QVERIFY2(store.open(freshDatabase(), &error), qPrintable(error));
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA index_info(document_listing)")));
        QStringList indexed;
        while (q.next())
            indexed.append(q.value(2).toString());
        QStringList listed;
        const QString columns = RowMapper::listedDocumentColumns(SqliteDialect());
        static const QRegularExpression documentColumn(QStringLiteral("\\bd\\.(\\w+)"));
        for (const QRegularExpressionMatch &m : documentColumn.globalMatch(columns))
            listed.append(m.captured(1));
        QVERIFY(listed.size() >= 8);
        for (const QString &column : std::as_const(listed))
            QVERIFY2(indexed.contains(column), qPrintable(column + QStringLiteral(" is not in the index")));
    }

    // A database written by the first version is migrated forward with everything in it kept.
    void migratesFromEveryOlderVersion()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        Store current;
        QString error;
        QVERIFY(current.open(freshDatabase(), &error));
        const ImportResult plan = read(corpusFiles().at(3)); // any document with grades or values will do
        for (int version = 1; version < Schema::latestVersion(); ++version) {
            QFile::remove(path);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                for (const Schema::Migration &m : Schema::migrations()) {
                    if (m.version > version)
                        break;
                    for (const Schema::Statement &statement : m.statements) {
                        if (statement.appliesTo(DatabaseLocation::Backend::Sqlite))
                            QVERIFY2(q.exec(statement.sql), qPrintable(q.lastError().text()));
                    }
                }
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
                // Data as that version wrote it.
                QVERIFY(q.exec(QStringLiteral(
                    "INSERT INTO authority VALUES (856, 'Leicester', 'East Midlands', 'UA')")));
                QVERIFY(q.exec(
                    QStringLiteral("INSERT INTO document (id, sha256, kind, la_number, published, title, "
                                   "original_text, imported_at) VALUES (1, 'ab', 'annual-assessment-letter', "
                                   "856, '2010-12-09', 'Letter', 'Performs adequately (2)', '2010-12-10')")));
                QVERIFY(q.exec(
                    QStringLiteral("INSERT INTO judgement (document_id, la_number, year, framework, area, "
                                   "grade, label, span_start, span_end) VALUES (1, 856, 2010, "
                                   "'assessment-2010', 'overall', 2, 'Performs adequately', 0, 23)")));
                QVERIFY(q.exec(QStringLiteral(
                    "INSERT INTO indicator (id, code, title) VALUES (1, 'NI 53', 'Breastfeeding')")));
                QVERIFY(q.exec(QStringLiteral(
                    "INSERT INTO observation (document_id, indicator_id, la_number, kind, value, "
                    "raw, span_start, span_end) VALUES (1, 1, 856, 'result', 42.5, '42.5%', 0, 5)")));
            }
            QSqlDatabase::removeDatabase(QStringLiteral("old"));

            Store store;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QCOMPARE(store.schemaVersion(), Schema::latestVersion());
            const QList<Judgement> judgements = store.judgements();
            QCOMPARE(judgements.size(), 1);
            QCOMPARE(judgements.first().label, QStringLiteral("Performs adequately"));
            QCOMPARE(judgements.first().evidenceText, QStringLiteral("Performs adequately (2)"));
            const QList<Observation> observations = store.observations();
            QCOMPARE(observations.size(), 1);
            QCOMPARE(*observations.first().value, 42.5);
            QVERIFY(observations.first().qualifier.isEmpty());
            // And the migrated database takes new imports.
            QCOMPARE(store.save(plan).status, Store::SaveStatus::Imported);
        }
    }

    // Another process holding the write lock is waited for, then reported; nothing is half-written.
    void lockedDatabaseIsWaitedForThenReported()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
        QString error;
        {
            Store first;
            QVERIFY(first.open(path, &error));
        }
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QSqlQuery lock(holder);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

        Store store;
        store.setBusyTimeout(300);
        QVERIFY(store.open(path, &error));
        QElapsedTimer waited;
        waited.start();
        const Store::SaveOutcome saved = store.save(
            read(variant(QStringLiteral("rating-2009-nottingham.txt"))));
        QCOMPARE(saved.status, Store::SaveStatus::Failed);
        QVERIFY2(saved.error.contains(QLatin1String("locked")), qPrintable(saved.error));
        QVERIFY(waited.elapsed() >= 250); // it waited before giving up

        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        lock.finish();
        holder.close();
        QCOMPARE(store.save(read(variant(QStringLiteral("rating-2009-nottingham.txt")))).status,
            Store::SaveStatus::Imported);
    }

    void readOnlyDatabaseReadsButRefusesImports()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        QString error;
        {
            Store writer;
            QVERIFY(writer.open(path, &error));
            QCOMPARE(writer.save(read(variant(QStringLiteral("rating-2009-nottingham.txt")))).status,
                Store::SaveStatus::Imported);
        }
        Store reader;
        reader.setReadOnly(true);
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        QVERIFY(reader.isReadOnly());
        QCOMPARE(reader.judgements().size(), 1);
        const Store::SaveOutcome saved = reader.save(
            read(variant(QStringLiteral("assessment-2010-camden.txt"))));
        QCOMPARE(saved.status, Store::SaveStatus::Failed);
        QVERIFY(saved.error.contains(QLatin1String("read-only")));
        QCOMPARE(reader.documents().size(), 1);
    }

    void refusesAFileThatIsNotADatabase()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("letter.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        Store store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    void damageIsReportedWhereItIsMet()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        writeDamagedDatabase(path, m_importer);
        Store store;
        QString error;
        // Opening reads the schema, not the whole file (whose cost would grow with it).
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY(store.documents().isEmpty());
        QVERIFY2(store.lastError().contains(QLatin1String("damaged")), qPrintable(store.lastError()));
        QVERIFY2(store.lastError().contains(QLatin1String("--rebuild")), qPrintable(store.lastError()));
        QVERIFY(!store.integrityProblem().isEmpty());
    }

    void uncleanShutdownChecksTheWholeFileAtOpen()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crashed.sqlite"));
        writeDamagedDatabase(path, m_importer);
        // The marker a killed program leaves: one written by this process, its process id replaced
        // by that of a process that has ended.
        const QString marker = SessionMarker::markerPath(path);
        QByteArray contents;
        {
            QLockFile lock(marker);
            QVERIFY(lock.tryLock(0));
            QFile f(marker);
            QVERIFY(f.open(QIODevice::ReadOnly));
            contents = f.readAll();
        }
        QVERIFY(!QFileInfo::exists(marker));
        QProcess ended;
        ended.start(QStringLiteral("true"));
        QVERIFY(ended.waitForStarted());
        const qint64 deadPid = ended.processId();
        QVERIFY(ended.waitForFinished());
        const int newline = contents.indexOf('\n');
        QVERIFY(newline > 0);
        contents = QByteArray::number(deadPid) + contents.mid(newline);
        QFile f(marker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(contents);
        f.close();

        Store store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY(store.isDamaged());
        QVERIFY2(error.contains(path) && error.contains(QLatin1String("damaged")), qPrintable(error));

        // A marker held by a running program (another window) is no sign of a crash.
        Store sound;
        const QString soundPath = dir.filePath(QStringLiteral("sound.sqlite"));
        QVERIFY(sound.open(soundPath, &error));
        Store second;
        QVERIFY2(second.open(soundPath, &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(SessionMarker::markerPath(soundPath)));
        sound.close();
        second.close();
        QVERIFY(!QFileInfo::exists(SessionMarker::markerPath(soundPath)));
    }

    // A grade's sentence is kept with it (schema 9); rows saved before have none and read it from
    // their document's text: both give the same.
    void gradeSentencesKeptOrReadFromTheText()
    {
        Store store;
        QString error;
        QVERIFY(store.open(freshDatabase(), &error));
        for (const QString &file : corpusFiles())
            QCOMPARE(store.save(read(file)).status, Store::SaveStatus::Imported);
        const QList<Judgement> kept = store.judgements();
        QVERIFY(!kept.isEmpty());
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM judgement WHERE evidence_text IS NULL")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("UPDATE judgement SET evidence_text = NULL")));
        const QList<Judgement> read = store.judgements();
        QCOMPARE(read.size(), kept.size());
        for (int i = 0; i < kept.size(); ++i) {
            QVERIFY(!kept.at(i).evidenceText.isEmpty());
            QCOMPARE(read.at(i).evidenceText, kept.at(i).evidenceText);
        }
    }

    // Many files read ahead on other threads and saved here in batches: each reported in its order,
    // a bad file among them refused alone, and the database as importing them one by one leaves it.
    void importFilesReadsAheadAndSavesInOrder()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("binary.txt"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(2048, '\0'));
        }
        QStringList files = corpusFiles();
        files.insert(2, bad);
        files.append(corpusFiles().first()); // already present by then

        Store ahead;
        Store oneByOne;
        QString error;
        QVERIFY(ahead.open(freshDatabase(), &error));
        QVERIFY(oneByOne.open(freshDatabase(QStringLiteral("b")), &error));
        QStringList order;
        QList<ImportFileResult::Status> statuses;
        ImportService(ahead, m_importer)
            .importFiles(files, [&](const QString &path, const ImportFileResult &r) {
                order.append(path);
                statuses.append(r.status);
            });
        QCOMPARE(order, files);
        QCOMPARE(statuses.at(2), ImportFileResult::Status::Failed);
        QCOMPARE(statuses.last(), ImportFileResult::Status::AlreadyPresent);
        const ImportService single(oneByOne, m_importer);
        for (int i = 0; i < files.size(); ++i)
            QCOMPARE(single.importFile(files.at(i)).status, statuses.at(i));
        QCOMPARE(tableCounts(ahead), tableCounts(oneByOne));
    }

    void importsEachDocumentOnce()
    {
        Store store;
        QString error;
        QVERIFY(store.open(freshDatabase(), &error));
        for (const QString &file : corpusFiles()) {
            const Store::SaveOutcome saved = store.save(read(file));
            QCOMPARE(saved.status, Store::SaveStatus::Imported);
        }
        const QStringList before = tableCounts(store);
        QCOMPARE(store.judgements().size(), 8 + 1 + 1 + 12);
        for (const QString &file : corpusFiles()) {
            const Store::SaveOutcome again = store.save(read(file));
            QCOMPARE(again.status, Store::SaveStatus::AlreadyPresent);
        }
        QCOMPARE(tableCounts(store), before);
    }

    void readsBackWhatWasSaved()
    {
        Store store;
        QString error;
        QVERIFY(store.open(freshDatabase(), &error));
        const ImportResult result = read(variant(QStringLiteral("rating-2009-nottingham.txt")));
        QCOMPARE(store.save(result).status, Store::SaveStatus::Imported);
        const QList<Judgement> judgements = store.judgements();
        QCOMPARE(judgements.size(), 1);
        QCOMPARE(judgements.first().authority.name, QStringLiteral("Nottingham"));
        QCOMPARE(judgements.first().evidenceText,
            QStringLiteral("Children's services rating Performs poorly (1)"));
        const QList<Document> documents = store.documents();
        QCOMPARE(documents.size(), 1);
        QCOMPARE(documents.first().published, QDate(2009, 12, 8));
        QCOMPARE(store.document(documents.first().id).originalText, result.document.originalText);
        const int la = judgements.first().authority.laNumber;
        QCOMPARE(store.judgements(la).size(), 1);
        QCOMPARE(store.judgements(la + 1).size(), 0);
    }

    // The listing handed over a document at a time (as `csdash list documents` writes it) is the
    // listing: the same documents, in the same order, with their authority's names.
    void handsOverTheListingOneDocumentAtATime()
    {
        Store store;
        QString error;
        QVERIFY(store.open(freshDatabase(), &error));
        for (const char *file :
            { "assessment-2010-camden.txt", "apa-2007-derbyshire.txt", "rating-2009-nottingham.txt" })
            QCOMPARE(
                store.save(read(variant(QString::fromLatin1(file)))).status, Store::SaveStatus::Imported);
        const QList<Document> listed = store.documents();
        QCOMPARE(listed.size(), 3);
        QList<Document> handedOver;
        store.forEachDocument([&handedOver](const Document &d) { handedOver.append(d); });
        QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
        QCOMPARE(handedOver.size(), listed.size());
        for (qsizetype i = 0; i < listed.size(); ++i) {
            QCOMPARE(handedOver.at(i).id, listed.at(i).id);
            QCOMPARE(handedOver.at(i).title, listed.at(i).title);
            QCOMPARE(handedOver.at(i).published, listed.at(i).published);
            QCOMPARE(handedOver.at(i).authority.name, listed.at(i).authority.name);
            QCOMPARE(handedOver.at(i).importedAt, listed.at(i).importedAt);
        }
        // By date: 2007, 2009, 2010, whatever order they were saved in.
        QCOMPARE(handedOver.first().published.year(), 2007);
        QCOMPARE(handedOver.last().published.year(), 2010);
        QVERIFY(!handedOver.first().authority.name.isEmpty());
    }

    // A PDF's word boxes, page count and file are kept; evidence comes back with its page and
    // its rectangles, one a line, and a text document's evidence with none.
    void keepsWherePdfTextSitsOnItsPages()
    {
        Store store;
        QString error;
        // A file rather than ":memory:", so that a second store sees what the first saved.
        QTemporaryDir dir;
        const QString path = onPostgres() ? freshDatabase() : dir.filePath(QStringLiteral("pages.sqlite"));
        QVERIFY(store.open(path, &error));
        ImportResult pdf = read(variant(QStringLiteral("rating-2009-nottingham.txt")));
        const QString &text = pdf.document.originalText;
        const Judgement &judgement = pdf.judgements.first();
        // Every word gets a box: the words before the grade's line on page 1, the rest on page 2,
        // two words a line, so the grade's sentence spans lines.
        int line = 0, onLine = 0, page = 1;
        for (int i = 0; i < text.size();) {
            while (i < text.size() && text.at(i).isSpace())
                ++i;
            int end = i;
            while (end < text.size() && !text.at(end).isSpace())
                ++end;
            if (end == i)
                break;
            if (page == 1 && i >= judgement.evidence.start) {
                page = 2;
                line = 0;
                onLine = 0;
            }
            pdf.pageBoxes.append({ i, end, page, QRectF(72 + 100 * onLine, 72 + 14 * line, 90, 12) });
            if (++onLine == 2) {
                onLine = 0;
                ++line;
            }
            i = end;
        }
        pdf.document.pageCount = 2;
        pdf.document.fileBytes = QByteArrayLiteral("%PDF-1.4 stand-in bytes");
        QCOMPARE(store.save(pdf).status, Store::SaveStatus::Imported);

        // What every grade, finding and paragraph says its page is, read before any of the
        // document's boxes are (a file is asked box by box), is where its boxes put it: spans that
        // start inside a word's box, and paragraphs that start between boxes.
        {
            Store cold;
            QVERIFY2(cold.open(path, &error), qPrintable(error));
            int checked = 0;
            const auto check = [&](const Evidence &e) {
                QCOMPARE(e.page, pageAreaOf(pdf.pageBoxes, e.start, e.end).page);
                ++checked;
            };
            for (const Judgement &j : cold.judgements())
                check(j.evidence);
            for (const Finding &f : cold.findings())
                check(f.evidence);
            QVERIFY(!cold.judgements().isEmpty());
            const qint64 id = cold.judgements().first().evidence.documentId;
            for (const Passage &p : cold.passages(id)) {
                Evidence e { id, p.span.start, p.span.end };
                e.page = p.span.page;
                check(e);
            }
            QVERIFY(!cold.judgements().isEmpty());
            QVERIFY(checked > 10);
        }
        // Spans that start between two words' boxes, each asked of a store that has read no box:
        // the page is the next word's, or none when the span ends before it (and after the last).
        const qint64 pdfId = store.judgements().first().evidence.documentId;
        const qsizetype firstOfPage2 = std::find_if(pdf.pageBoxes.cbegin(), pdf.pageBoxes.cend(),
                                           [](const PageBox &b) { return b.page == 2; })
            - pdf.pageBoxes.cbegin();
        QVERIFY(firstOfPage2 > 0 && firstOfPage2 < pdf.pageBoxes.size());
        const PageBox &before = pdf.pageBoxes.at(firstOfPage2 - 1);
        const PageBox &after = pdf.pageBoxes.at(firstOfPage2);
        QVERIFY(before.end < after.start);
        const PageBox &last = pdf.pageBoxes.last();
        const struct
        {
            int start, end, page;
        } gaps[] = { { before.end, after.end, 2 }, { before.end, after.start, 0 },
            { before.start, after.end, 1 }, { last.end, last.end + 1, 0 } };
        for (const auto &gap : gaps) {
            Store cold;
            QVERIFY2(cold.open(path, &error), qPrintable(error));
            QCOMPARE(pageAreaOf(pdf.pageBoxes, gap.start, gap.end).page, gap.page);
            QCOMPARE(cold.pageArea({ pdfId, gap.start, gap.end }).page, gap.page);
        }

        const Judgement stored = store.judgements().first();
        QCOMPARE(stored.evidence.page, 2);
        const PageArea area = store.pageArea(stored.evidence);
        QCOMPARE(area.page, 2);
        const int words = int(stored.evidenceText.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        QCOMPARE(area.rects.size(), (words + 1) / 2);
        QCOMPARE(area.rects.first().topLeft(), QPointF(72, 72));
        QCOMPARE(area.rects.first().width(), words > 1 ? 190.0 : 90.0);
        const Document document = store.document(stored.evidence.documentId);
        QCOMPARE(document.pageCount, 2);
        QCOMPARE(document.fileBytes, pdf.document.fileBytes);
        QCOMPARE(store.documentFile(document.id), pdf.document.fileBytes);
        QCOMPARE(store.passages(document.id).first().span.page, 1);

        const ImportResult plain = read(variant(QStringLiteral("apa-2007-derbyshire.txt")));
        QCOMPARE(store.save(plain).status, Store::SaveStatus::Imported);
        for (const Judgement &j : store.judgements()) {
            if (j.evidence.documentId != document.id) {
                QCOMPARE(j.evidence.page, 0);
                QVERIFY(!store.pageArea(j.evidence).isValid());
            }
        }
    }

    void valuesOfOneAuthorityAndOfMany()
    {
        // The plan review's table holds one authority's values; a data file holds two authorities'.
        Store store;
        QString error;
        QVERIFY(store.open(freshDatabase(), &error));
        for (const QString &file : corpusFiles())
            QCOMPARE(store.save(read(file)).status, Store::SaveStatus::Imported);
        const int planValues = int(store.observations().size());
        QVERIFY(planValues > 0);
        const auto data = m_importer.read(QByteArray("Authority,Indicator code,Title,Period,Value\n"
                                                     "Leicester,NI 117,NEET,2009/10,6.5\n"
                                                     "Leicestershire,NI 117,NEET,2009/10,3.9\n"
                                                     "Leicester,X9,Own measure,2010,1\n"),
            QStringLiteral("sheet.csv"));
        QVERIFY2(data.ok(), qPrintable(data.error));
        QCOMPARE(store.save(data.result).status, Store::SaveStatus::Imported);

        QHash<QString, int> counts;
        for (const Indicator &i : store.indicators())
            counts.insert(i.code, i.authorityCount);
        QCOMPARE(counts.value(QStringLiteral("NI 117")), 2); // the plan's Leicester values and the file's
        QCOMPARE(counts.value(QStringLiteral("X9")), 1);

        const QList<Observation> all = store.observations();
        QCOMPARE(all.size(), planValues + 3);
        QList<Observation> single = store.singleAuthorityObservations();
        int expected = 0;
        for (const Observation &o : all)
            expected += o.indicatorCode != QLatin1String("NI 117");
        QCOMPARE(single.size(), expected);
        for (const Observation &o : std::as_const(single))
            QVERIFY(o.indicatorCode != QLatin1String("NI 117"));

        // One authority's values across every indicator are the same whichever way they are found.
        const int county = AuthorityRegister::bundled().byName(QStringLiteral("Leicestershire")).laNumber;
        QStringList filtered;
        for (const Observation &o : all) {
            if (o.authority.laNumber == county)
                filtered.append(
                    o.indicatorCode + QLatin1Char('|') + o.raw + QLatin1Char('|') + o.documentTitle);
        }
        QStringList direct;
        for (const Observation &o : store.observations(county))
            direct.append(o.indicatorCode + QLatin1Char('|') + o.raw + QLatin1Char('|') + o.documentTitle);
        QCOMPARE(direct, filtered);
        QVERIFY(!direct.isEmpty());
    }

    void missingValuesStayMissingBesideZeros()
    {
        // Zeros and missing values alternate: each is stored as it was read, never one for the other.
        Store store;
        QString error;
        QVERIFY(store.open(freshDatabase(), &error));
        const auto data = m_importer.read(QByteArray("Authority,Indicator code,Title,Period,Value,Source\n"
                                                     "Leicester,Z1,Zeros,2016,0,\n"
                                                     "Leicester,Z1,Zeros,2017,x,\n"
                                                     "Leicester,Z1,Zeros,2018,0,\n"
                                                     "Leicester,Z1,Zeros,2019,-,a note\n"
                                                     "Leicester,Z1,Zeros,2020,0,\n"
                                                     "Leicester,Z1,Zeros,2021,0,a note\n"),
            QStringLiteral("zeros.csv"));
        QVERIFY2(data.ok(), qPrintable(data.error));
        QCOMPARE(store.save(data.result).status, Store::SaveStatus::Imported);
        QStringList stored;
        for (const Observation &o : store.observations(0, QStringLiteral("Z1")))
            stored.append(o.period.text + QLatin1Char('=')
                + (o.value ? QString::number(*o.value) : QStringLiteral("missing:") + o.missingMarker)
                + QLatin1Char('|') + o.note);
        QCOMPARE(stored,
            QStringList({ "2016=0|", "2017=missing:x|", "2018=0|", "2019=missing:-|a note", "2020=0|",
                "2021=0|a note" }));
    }

    void failedImportLeavesNothingBehind()
    {
        Store store;
        QString error;
        QVERIFY(store.open(freshDatabase(), &error));
        QCOMPARE(store.save(read(variant(QStringLiteral("rating-2009-nottingham.txt")))).status,
            Store::SaveStatus::Imported);
        const QStringList before = tableCounts(store);

        // A result that fails half way: its observation names an indicator it does not define.
        ImportResult broken = read(variant(QStringLiteral("assessment-2010-camden.txt")));
        Observation orphan;
        orphan.indicatorCode = QStringLiteral("NI 999");
        orphan.authority = broken.document.authority;
        orphan.raw = QStringLiteral("1");
        broken.observations.append(orphan);
        const Store::SaveOutcome saved = store.save(broken);
        QCOMPARE(saved.status, Store::SaveStatus::Failed);
        QVERIFY(saved.error.contains(QLatin1String("NI 999")));
        QCOMPARE(tableCounts(store), before);

        // The same document without the fault imports afterwards.
        broken.observations.clear();
        QCOMPARE(store.save(broken).status, Store::SaveStatus::Imported);
    }

    // Several documents in one transaction: one that fails half way is rolled back alone, a
    // document given twice is kept once, and the rest (searchable) leave the database as saving
    // them one by one does.
    void saveAllLeavesOutOnlyTheDocumentThatFails()
    {
        QList<ImportResult> results;
        for (const QString &file : corpusFiles())
            results.append(read(file));
        ImportResult broken = read(variant(QStringLiteral("assessment-2010-camden.txt")));
        Observation orphan;
        orphan.indicatorCode = QStringLiteral("NI 999");
        orphan.authority = broken.document.authority;
        orphan.raw = QStringLiteral("1");
        broken.observations.append(orphan);
        results.insert(1, broken);
        results.append(results.first());
        QList<const ImportResult *> batch;
        for (const ImportResult &r : std::as_const(results))
            batch.append(&r);

        Store together;
        Store oneByOne;
        QString error;
        QVERIFY(together.open(freshDatabase(), &error));
        QVERIFY(oneByOne.open(freshDatabase(QStringLiteral("b")), &error));
        const QList<Store::SaveOutcome> saved = together.saveAll(batch);
        QCOMPARE(saved.size(), results.size());
        for (int i = 0; i < results.size(); ++i) {
            const Store::SaveOutcome alone = oneByOne.save(results.at(i));
            QCOMPARE(saved.at(i).status, alone.status);
            QCOMPARE(saved.at(i).error.isEmpty(), alone.error.isEmpty());
        }
        QCOMPARE(saved.at(1).status, Store::SaveStatus::Failed);
        QVERIFY(saved.at(1).error.contains(QLatin1String("NI 999")));
        QCOMPARE(saved.last().status, Store::SaveStatus::AlreadyPresent);
        QCOMPARE(saved.last().documentId, saved.first().documentId);
        QCOMPARE(tableCounts(together), tableCounts(oneByOne));
        QCOMPARE(count(together, "document"), corpusFiles().size());
        // The savepoints' journals are kept in memory while the batch is written, and only then
        // (SqliteDialect::beginWrite): reads sort in files again.
        if (!onPostgres()) {
            QSqlQuery q(QSqlDatabase::database(together.connectionName()));
            QVERIFY(q.exec(QStringLiteral("PRAGMA temp_store")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        const QList<Passage> hits = together.search(QStringLiteral("safeguarding"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(hits.size(), oneByOne.search(QStringLiteral("safeguarding"), &error).size());
        QVERIFY(!hits.isEmpty());

        // A read-only database refuses the whole batch and names itself.
        if (onPostgres())
            return; // a read-only role: tst_sharedstore
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        {
            Store create;
            QVERIFY(create.open(path, &error));
        }
        Store readOnly;
        readOnly.setReadOnly(true);
        QVERIFY(readOnly.open(path, &error));
        const QList<Store::SaveOutcome> refused = readOnly.saveAll(batch);
        for (const Store::SaveOutcome &o : refused) {
            QCOMPARE(o.status, Store::SaveStatus::Failed);
            QVERIFY(o.error.contains(path));
        }
    }

    void fullTextSearch_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("found");
        QTest::addRow("word") << "safeguarding" << true << true;
        QTest::addRow("phrase") << "\"key stage 4\"" << true << true;
        QTest::addRow("prefix") << "breastfeed*" << true << true;
        QTest::addRow("absent") << "zeppelin" << true << false;
        QTest::addRow("unbalanced quote") << "\"key stage" << false << false;
        QTest::addRow("sql-looking") << "'; DROP TABLE passage; --" << false << false;
        QTest::addRow("bare operator") << "AND" << false << false;
    }
    void fullTextSearch()
    {
        QFETCH(QString, query);
        QFETCH(bool, valid);
        QFETCH(bool, found);
        Store store;
        QString error;
        QVERIFY(store.open(freshDatabase(), &error));
        for (const QString &file : corpusFiles())
            QCOMPARE(store.save(read(file)).status, Store::SaveStatus::Imported);
        const QList<Passage> hits = store.search(query, &error);
        QCOMPARE(error.isEmpty(), valid);
        QCOMPARE(!hits.isEmpty(), found);
        for (const Passage &p : hits) {
            QVERIFY(!p.documentTitle.isEmpty());
            QVERIFY(p.snippet.contains(QLatin1Char('[')));
        }
        QCOMPARE(count(store, "passage") > 0, true); // nothing was dropped by the SQL-looking query
    }
    // Where a grade was read, how surely and its review state are kept; candidates stay out of
    // judgements() until accepted.
    void candidatesRoundTripAndStayHiddenUntilAccepted()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(freshDatabase(), &error), qPrintable(error));
        // A document about no single authority, naming two that the database has not seen.
        ImportResult r = candidateResult(
            { 856, QStringLiteral("Leicester"), QStringLiteral("East Midlands"), QStringLiteral("UA"), {} },
            2008);
        ImportResult other = candidateResult({ 855, QStringLiteral("Leicestershire"),
                                                 QStringLiteral("East Midlands"), QStringLiteral("SC"), {} },
            2008);
        r.judgements.append(other.judgements.first());
        r.judgements.last().review = ReviewState::Confirmed;
        r.judgements.last().source = SourceKind::CouncilPaper;
        QVERIFY(!r.document.authority.isValid());
        QCOMPARE(store.save(r).status, Store::SaveStatus::Imported);
        QCOMPARE(store.authorities().size(), 2);

        const QList<Judgement> shown = store.judgements();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().authority.laNumber, 855);
        QCOMPARE(shown.first().source, SourceKind::CouncilPaper);
        QCOMPARE(shown.first().review, ReviewState::Confirmed);

        QList<Judgement> candidates = store.candidates();
        QCOMPARE(candidates.size(), 2);
        const Judgement &good = candidates.first();
        QCOMPARE(good.authority.laNumber, 856);
        QCOMPARE(good.grade, 3);
        QCOMPARE(good.source, SourceKind::Secondary);
        QCOMPARE(good.confidence, 0.6);
        QCOMPARE(good.review, ReviewState::ToReview);
        QCOMPARE(good.note, QStringLiteral("year from the sentence"));
        QVERIFY(good.id > 0);
        QCOMPARE(
            good.evidenceText, QStringLiteral("Inspectors judged Leicester's services as good in 2008."));
        QCOMPARE(candidates.at(1).confidence, 0.4);

        QVERIFY2(store.decide(candidates.at(0).id, ReviewState::Accepted, &error), qPrintable(error));
        QVERIFY2(store.decide(candidates.at(1).id, ReviewState::Rejected, &error), qPrintable(error));
        QVERIFY(store.candidates().isEmpty());
        QCOMPARE(store.candidates(true).size(), 2);
        QCOMPARE(judgementDump(store.judgements(856)), QStringList { "Leicester|2008|APA|overall|3|good" });
        // Each decision says who made it and when: the database user, or the login name on a file.
        const QString user = store.database().userName();
        QVERIFY(!user.isEmpty());
        for (const Judgement &j : store.candidates(true)) {
            QCOMPARE(j.decidedBy, user);
            QVERIFY(j.decidedAt.isValid());
            QVERIFY(qAbs(j.decidedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        }

        // Undone, the candidate waits again and leaves the matrix.
        QVERIFY2(store.decide(candidates.at(0).id, ReviewState::ToReview, &error), qPrintable(error));
        QCOMPARE(store.candidates().size(), 1);
        QVERIFY(store.judgements(856).isEmpty());

        // Only candidates are decided on, and only known ones.
        QVERIFY(!store.decide(shown.first().id, ReviewState::Rejected, &error));
        QVERIFY2(error.contains(QLatin1String("not a candidate")), qPrintable(error));
        QVERIFY(!store.decide(99999, ReviewState::Accepted, &error));
        QVERIFY2(error.contains(QLatin1String("99999")), qPrintable(error));
        QVERIFY(!store.decide(candidates.at(0).id, ReviewState::Confirmed, &error));
    }

    // The import line counts the grades waiting for review; documents without any keep their wording.
    void importSummaryCountsGradesToReview()
    {
        const Authority leicester { 856, QStringLiteral("Leicester"), QStringLiteral("East Midlands"),
            QStringLiteral("UA"), {} };
        ImportResult r = candidateResult(leicester, 2008);
        r.judgements.first().review = ReviewState::Confirmed;
        QCOMPARE(ImportService::summary(r),
            QStringLiteral("imported Paper or news quoting grades: 2 grade(s), 1 to review, 0 finding(s), 0 "
                           "passage(s)"));
        r.document.authority = leicester;
        QVERIFY(ImportService::summary(r).startsWith(
            QLatin1String("imported Paper or news quoting grades for Leicester: ")));
        // A paper quoting grades always says how many wait: none here.
        r.judgements.last().review = ReviewState::Confirmed;
        QCOMPARE(ImportService::summary(r),
            QStringLiteral(
                "imported Paper or news quoting grades for Leicester: 2 grade(s), 0 to review, 0 finding(s), "
                "0 passage(s)"));
        // Other documents keep their wording.
        r.document.kind = DocumentKind::CouncilReport;
        QCOMPARE(ImportService::summary(r),
            QStringLiteral("imported Council report for Leicester: 2 judgements, 0 findings, 0 observations, "
                           "0 passages"));
    }

    // A decision belongs to the statement, not the row: it holds when the same text is imported
    // again after its document was removed, and through a rebuild of the database.
    void decisionsSurviveReimportAndRebuild()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.sqlite"));
        const Authority leicester { 856, QStringLiteral("Leicester"), QStringLiteral("East Midlands"),
            QStringLiteral("UA"), {} };
        ImportResult r = candidateResult(leicester, 2008);
        QString error;
        {
            Store store;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            const Store::SaveOutcome saved = store.save(r);
            QCOMPARE(saved.status, Store::SaveStatus::Imported);
            const QList<Judgement> candidates = store.candidates();
            QCOMPARE(candidates.size(), 2);
            QVERIFY(store.decide(candidates.at(0).id, ReviewState::Accepted, &error));
            QVERIFY(store.decide(candidates.at(1).id, ReviewState::Rejected, &error));

            QVERIFY2(store.removeDocument(saved.documentId, &error), qPrintable(error));
            QVERIFY(store.candidates(true).isEmpty());
            QVERIFY(store.isEmpty());
            QVERIFY(store.search(QStringLiteral("bulletin"), &error).isEmpty());
            QCOMPARE(store.save(r).status, Store::SaveStatus::Imported);
            QCOMPARE(judgementDump(store.judgements()), QStringList { "Leicester|2008|APA|overall|3|good" });
            QVERIFY(store.candidates().isEmpty());
            QStringList states;
            for (const Judgement &j : store.candidates(true))
                states.append(reviewStateKey(j.review));
            QCOMPARE(states, (QStringList { "accepted", "rejected" }));
        }
        // What a rebuild does: decisions read from the old file, written before the texts come back.
        const QList<Store::Decision> decisions = Store::salvageDecisions(path);
        QCOMPARE(decisions.size(), 2);
        const QString rebuilt = dir.filePath(QStringLiteral("rebuilt.sqlite"));
        Store store;
        QVERIFY2(store.open(rebuilt, &error), qPrintable(error));
        QVERIFY2(store.restoreDecisions(decisions, &error), qPrintable(error));
        QCOMPARE(store.save(r).status, Store::SaveStatus::Imported);
        QCOMPARE(judgementDump(store.judgements()), QStringList { "Leicester|2008|APA|overall|3|good" });
        QVERIFY(store.candidates().isEmpty());
        // Who decided comes through the rebuild with the decision.
        for (const Judgement &j : store.candidates(true)) {
            QVERIFY(!j.decidedBy.isEmpty());
            QCOMPARE(j.decidedBy, store.database().userName());
            QVERIFY(j.decidedAt.isValid());
        }
        // A different statement in the same text (another grade read) is not decided by them.
        ImportResult changed = r;
        changed.judgements.first().grade = 4;
        changed.document.originalText += QLatin1Char(' ');
        changed.document.sha256 = QCryptographicHash::hash(
            changed.document.originalText.toUtf8(), QCryptographicHash::Sha256);
        QCOMPARE(store.save(changed).status, Store::SaveStatus::Imported);
        QCOMPARE(store.candidates().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
