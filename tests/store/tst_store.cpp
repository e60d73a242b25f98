// The store: schema migration, one transaction per document, idempotent import and full-text search.
#include "TestSupport.h"

#include "import/DocumentImporter.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

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

private slots:
    void migratesAnEmptyDatabase()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(QStringLiteral(":memory:"), &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), Schema::latestVersion());
        QVERIFY(store.isEmpty());
        QVERIFY(store.judgements().isEmpty());
        QVERIFY(!QSqlDatabase::connectionNames().contains(QLatin1String(QSqlDatabase::defaultConnection)));
    }

    void refusesANewerSchema()
    {
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

    void refusesAFileThatIsNotADatabase()
    {
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

    void importsEachDocumentOnce()
    {
        Store store;
        QString error;
        QVERIFY(store.open(QStringLiteral(":memory:"), &error));
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
        QVERIFY(store.open(QStringLiteral(":memory:"), &error));
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

    void failedImportLeavesNothingBehind()
    {
        Store store;
        QString error;
        QVERIFY(store.open(QStringLiteral(":memory:"), &error));
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
        QVERIFY(store.open(QStringLiteral(":memory:"), &error));
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
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
