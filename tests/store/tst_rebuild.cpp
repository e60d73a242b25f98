// --rebuild carries the officers' decisions into the new file: a grade decided before the rebuild
// is decided again when its statement is saved into the rebuilt database.
#include "TestSupport.h"

#include "DatabaseOpener.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>

class TestRebuild : public QObject
{
    Q_OBJECT

private slots:
    void decisionsSurviveTheRebuild()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("decided.sqlite"));
        const DatabaseOpener opener { path, false, false };
        const Authority leicester { 856, QStringLiteral("Leicester"), QStringLiteral("East Midlands"),
            QStringLiteral("UA"), {} };
        const ImportResult news = TestSupport::candidateResult(leicester, 2008);
        QString error;
        QStringList problems;
        {
            Store store;
            QVERIFY2(opener.open(store, &error, &problems), qPrintable(error));
            QCOMPARE(store.save(news).status, Store::SaveStatus::Imported);
            const QList<Judgement> candidates = store.candidates();
            QCOMPARE(candidates.size(), 2);
            QVERIFY2(store.decide(candidates.at(0).id, ReviewState::Accepted, &error), qPrintable(error));
            QVERIFY2(store.decide(candidates.at(1).id, ReviewState::Rejected, &error), qPrintable(error));
        }
        Store store;
        QStringList report;
        QVERIFY2(opener.rebuild(store, &error, &report), qPrintable(error));
        QVERIFY2(report.join(QLatin1Char('\n')).contains(QLatin1String("kept as")),
            qPrintable(report.join(QLatin1Char('\n'))));
        // The text came back through the importer, which (until the grade-statement reader lands)
        // reads no grades from it: saved again as the reader will read it, it takes its decisions.
        for (const Document &d : store.documents())
            QVERIFY2(store.removeDocument(d.id, &error), qPrintable(error));
        QCOMPARE(store.save(news).status, Store::SaveStatus::Imported);
        QVERIFY(store.candidates().isEmpty());
        QCOMPARE(TestSupport::judgementDump(store.judgements()),
            QStringList { "Leicester|2008|APA|overall|3|good" });
        QCOMPARE(store.candidates(true).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRebuild)
#include "tst_rebuild.moc"
