// Indicator data tables: the DfE LAIT extract with exact counts, our simple layout in the shapes
// officers' spreadsheets take, periods, statistical neighbours and comparisons worked out by hand.
#include "TestSupport.h"

#include "analysis/IndicatorComparison.h"
#include "ingest/DataPeriodParser.h"
#include "ingest/DocumentImporter.h"
#include "reference/AuthorityRegister.h"
#include "reference/NeighbourRegister.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QTest>

using namespace TestSupport;

namespace {

const QString laitExtract = QStringLiteral(
    CSDASH_SHARED_DATA "/lait-leicester-leicestershire-neighbours.csv");

QStringList dump(const QList<Observation> &observations)
{
    QStringList out;
    for (const Observation &o : observations)
        out.append(QStringLiteral("%1|%2|%3|%4|%5|row %6")
                       .arg(o.indicatorCode, o.authority.name, o.period.text,
                           o.value ? QString::number(*o.value) : QStringLiteral("missing:") + o.missingMarker,
                           o.unit)
                       .arg(o.sourceRow));
    return out;
}

} // namespace

class TestIndicatorData : public QObject
{
    Q_OBJECT

private:
    DocumentImporter m_importer;
    ImportResult m_lait;

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(laitExtract))
            QSKIP("the shared DfE extract is not beside the repository");
        const auto outcome = m_importer.readFile(laitExtract);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        m_lait = outcome.result;
    }

    void laitExtractCounts()
    {
        // Counted independently from the CSV: 90,504 rows, 24 of them with the year "0".
        QCOMPARE(m_lait.document.kind, DocumentKind::IndicatorTable);
        QCOMPARE(m_lait.observations.size(), 90480);
        const auto missing = std::count_if(m_lait.observations.cbegin(), m_lait.observations.cend(),
            [](const Observation &o) { return !o.value; });
        QCOMPARE(int(missing), 9112);
        for (const Observation &o : m_lait.observations) {
            if (!o.value)
                QCOMPARE(o.missingMarker, QStringLiteral("-")); // kept as missing, never zero
        }
        QCOMPARE(m_lait.indicators.size(), 434);
        QCOMPARE(m_lait.rejections.size(), 24);
        for (const RowRejection &r : m_lait.rejections) {
            QVERIFY(r.row > 1);
            QVERIFY2(r.reason.contains(QLatin1String("period \"0\"")), qPrintable(r.reason));
        }
        QVERIFY(m_lait.columnMapping.first().contains(QLatin1String("LAIT")));
    }

    void laitValuesAndEvidence()
    {
        // Scientific notation is read; the evidence is the file's row.
        bool sawScientific = false;
        for (const Observation &o : std::as_const(m_lait.observations)) {
            if (o.raw.contains(QLatin1Char('E'))) {
                sawScientific = true;
                QVERIFY(o.value);
                QVERIFY(qAbs(*o.value - o.raw.toDouble()) < 1e-12);
            }
            const QString row = m_lait.document.originalText.mid(o.evidence.start, o.evidence.length());
            QVERIFY2(row.contains(o.raw), qPrintable(row));
        }
        QVERIFY(sawScientific);
        const Indicator infMort = *std::find_if(m_lait.indicators.cbegin(), m_lait.indicators.cend(),
            [](const Indicator &i) { return i.shortName == QLatin1String("InfMort"); });
        QCOMPARE(infMort.polarity, Polarity::LowerIsBetter);
        QCOMPARE(infMort.topic, QStringLiteral("Health and Wellbeing"));
        QCOMPARE(infMort.title, QStringLiteral("Infant Mortality"));
    }

    void periods_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("yearType");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<QString>("qualifier");
        QTest::addRow("calendar") << "2019"
                                  << "Calendar Year" << QDate(2019, 1, 1) << QDate(2019, 12, 31) << "";
        QTest::addRow("bare academic year")
            << "2016"
            << "Academic Year" << QDate(2015, 9, 1) << QDate(2016, 8, 31) << "";
        QTest::addRow("bare financial year")
            << "2016"
            << "Financial Year" << QDate(2015, 4, 1) << QDate(2016, 3, 31) << "";
        QTest::addRow("bare year of an annual count")
            << "2016"
            << "Annual - January" << QDate(2016, 1, 1) << QDate(2016, 12, 31) << "";
        QTest::addRow("academic slash") << "2019/20"
                                        << "Academic Year" << QDate(2019, 9, 1) << QDate(2020, 8, 31) << "";
        QTest::addRow("financial dash") << "2019-20"
                                        << "Financial Year" << QDate(2019, 4, 1) << QDate(2020, 3, 31) << "";
        QTest::addRow("three years") << "2016-18"
                                     << "Calendar Year" << QDate(2016, 1, 1) << QDate(2018, 12, 31) << "";
        QTest::addRow("span of academic years")
            << "2013/14-15/16"
            << "Academic Year" << QDate(2013, 9, 1) << QDate(2016, 8, 31) << "";
        QTest::addRow("revised") << "2018 (Rev)"
                                 << "" << QDate(2018, 1, 1) << QDate(2018, 12, 31) << "Rev";
        QTest::addRow("final") << "2020 (Final)"
                               << "" << QDate(2020, 1, 1) << QDate(2020, 12, 31) << "Final";
        QTest::addRow("provisional") << "2025 (prov)"
                                     << "" << QDate(2025, 1, 1) << QDate(2025, 12, 31) << "prov";
        QTest::addRow("variant") << "2016-17 (OT)"
                                 << "Financial Year" << QDate(2016, 4, 1) << QDate(2017, 3, 31) << "OT";
        QTest::addRow("zero") << "0"
                              << "" << QDate() << QDate() << "";
        QTest::addRow("words") << "last year"
                               << "" << QDate() << QDate() << "";
    }
    void periods()
    {
        QFETCH(QString, text);
        QFETCH(QString, yearType);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(QString, qualifier);
        const DataPeriod p = DataPeriod::parse(text, yearType);
        QCOMPARE(p.period.start, start);
        QCOMPARE(p.period.end, end);
        QCOMPARE(p.isValid(), start.isValid());
        if (p.isValid())
            QCOMPARE(p.qualifier, qualifier);
    }

    // Our simple layout as officers' spreadsheets write it: columns reordered and renamed, a
    // byte-order mark, semicolons, quoted fields with separators and line breaks, and bad rows.
    void simpleLayout_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("rejections");
        QTest::addRow("plain") << QByteArray(
            "Authority,Indicator code,Title,Period,Value,Unit,Polarity,Source\n"
            "Leicester City Council,NI 117,16-18 NEET,2009/10,6.5%,%,Low,Local data\n"
            "Leicestershire,NI 117,16-18 NEET,2009/10,3.9,%,Low,Local data\n")
                               << QStringList { "NI 117|Leicester|2009/10|6.5|%|row 2",
                                      "NI 117|Leicestershire|2009/10|3.9||row 3" }
                               << QStringList {};
        QTest::addRow("reordered, renamed, BOM, semicolons")
            << QByteArray("\xEF\xBB\xBF"
                          "VALUE ; Time period;LA name ; code\n1,234.5;2020;Derby;X1\n..;2021;Derby;X1\n")
            << QStringList { "X1|Derby|2020|1234.5||row 2", "X1|Derby|2021|missing:..||row 3" }
            << QStringList {};
        QTest::addRow("quoted fields")
            << QByteArray("authority,title,year,value,source\n\"Bristol, City of\",\"Rate, per "
                          "10,000\",2019,\"1.5E1\",\"line one\nline two\"\n"
                          "Camden,\"Rate, per 10,000\",2019,x,\"a, b\"\n")
            << QStringList { "LOCAL-|Bristol, City of|2019|15||row 2", "LOCAL-|Camden|2019|missing:x||row 4" }
            << QStringList {};
        QTest::addRow("bad rows") << QByteArray(
            "authority,code,period,value\nLeicester,A,2019,abc\nNowhere,A,2019,1\nLeicester,A,someday,1\n"
            "Leicester,A,2019,2\nLeicester,A,2019\n")
                                  << QStringList { "A|Leicester|2019|2||row 5" }
                                  << QStringList { "2: value \"abc\"", "3: authority \"Nowhere\"",
                                         "4: period \"someday\"", "6: has 3 fields" };
    }
    void simpleLayout()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, rejections);
        const auto outcome = m_importer.read(bytes, QStringLiteral("sheet.xyz"));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.result.document.kind, DocumentKind::IndicatorTable);
        QStringList actual = dump(outcome.result.observations);
        for (QString &line : actual)
            line.replace(QRegularExpression(QStringLiteral("^LOCAL-[0-9a-f]{8}")), QStringLiteral("LOCAL-"));
        QCOMPARE(actual, expected);
        QCOMPARE(outcome.result.rejections.size(), rejections.size());
        for (int i = 0; i < rejections.size(); ++i) {
            const RowRejection &r = outcome.result.rejections.at(i);
            const QString text = QString::number(r.row) + QStringLiteral(": ") + r.reason;
            QVERIFY2(text.startsWith(rejections.at(i).section(QLatin1Char(':'), 0, 0) + QLatin1Char(':'))
                    && text.contains(rejections.at(i).section(QLatin1String(": "), 1)),
                qPrintable(text));
        }
    }

    void storeImportIsIdempotentAndNeighboursShip()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(freshDatabase(QStringLiteral("idempotent")), &error), qPrintable(error));
        QVERIFY(store.saveNeighbours(NeighbourRegister::bundled(), &error));
        QCOMPARE(store.save(m_lait).status, Store::SaveStatus::Imported);
        QCOMPARE(store.save(m_lait).status, Store::SaveStatus::AlreadyPresent);
        const Authority city = AuthorityRegister::bundled().byName(QStringLiteral("Leicester"));
        QCOMPARE(store.observations(city.laNumber, QStringLiteral("LAIT InfMort")).size(), 8);
        const QList<StatisticalNeighbour> neighbours = store.neighbours(city.laNumber);
        QCOMPARE(neighbours.size(), 10);
        QCOMPARE(AuthorityRegister::bundled().byLaNumber(neighbours.first().neighbourLaNumber).name,
            QStringLiteral("Luton"));
    }

    void cancelledSaveLeavesNothing()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(freshDatabase(QStringLiteral("cancelled")), &error), qPrintable(error));
        int calls = 0;
        const auto outcome = store.save(m_lait, [&calls](int done, int) { return ++calls < 3 || done == 0; });
        QCOMPARE(outcome.status, Store::SaveStatus::Cancelled);
        QVERIFY(store.documents().isEmpty());
        QVERIFY(store.observations().isEmpty());
    }

    // Worked out by hand from the CSV (see the README in tests/data): the latest period, the mean of the
    // ten DfE 2025 neighbours, rank and quartile among the 22 local authorities with a value.
    void comparisons_data()
    {
        QTest::addColumn<QString>("measure");
        QTest::addColumn<QString>("authority");
        QTest::addColumn<QString>("period");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("neighbourMean");
        QTest::addColumn<int>("rank");
        QTest::addColumn<int>("quartile");
        QTest::addColumn<int>("betterThanEngland"); // 1 better, 0 worse, -1 not known
        QTest::addRow("infant mortality, Leicester") << "InfMort"
                                                     << "Leicester"
                                                     << "2023" << 6.5 << 5.86 << 19 << 4 << 0;
        QTest::addRow("infant mortality, Leicestershire")
            << "InfMort"
            << "Leicestershire"
            << "2023" << 3.9 << 2.94 << 13 << 3 << -1; // equal to England
        QTest::addRow("children looked after, Leicester") << "LAC"
                                                          << "Leicester"
                                                          << "2025" << 66.0 << 61.1 << 5 << 1 << -1;
        QTest::addRow("children looked after, Leicestershire") << "LAC"
                                                               << "Leicestershire"
                                                               << "2025" << 47.0 << 53.5 << 16 << 3 << -1;
    }
    void comparisons()
    {
        QFETCH(QString, measure);
        QFETCH(QString, authority);
        QFETCH(QString, period);
        QFETCH(double, value);
        QFETCH(double, neighbourMean);
        QFETCH(int, rank);
        QFETCH(int, quartile);
        QFETCH(int, betterThanEngland);
        const QString code = QStringLiteral("LAIT ") + measure;
        QList<Observation> observations;
        for (const Observation &o : std::as_const(m_lait.observations)) {
            if (o.indicatorCode == code)
                observations.append(o);
        }
        const Indicator indicator = *std::find_if(m_lait.indicators.cbegin(), m_lait.indicators.cend(),
            [&code](const Indicator &i) { return i.code == code; });
        const IndicatorComparison comparison(indicator, observations, AuthorityRegister::bundled());
        const Authority a = AuthorityRegister::bundled().byName(authority);
        QList<StatisticalNeighbour> neighbours;
        for (const StatisticalNeighbour &n : NeighbourRegister::bundled()) {
            if (n.laNumber == a.laNumber)
                neighbours.append(n);
        }
        const auto c = comparison.compare(a, neighbours);
        QVERIFY(c.latest.has_value());
        QCOMPARE(c.latest->period, period);
        QCOMPARE(c.values.last().value, value);
        QCOMPARE(c.latest->rank, rank);
        QCOMPARE(c.latest->outOf, 22);
        QCOMPARE(c.latest->quartile, quartile);
        QCOMPARE(c.latest->betterThanEngland.has_value() ? int(*c.latest->betterThanEngland) : -1,
            betterThanEngland);
        const auto mean = std::find_if(c.neighbourMean.cbegin(), c.neighbourMean.cend(),
            [&](const IndicatorComparison::Point &p) { return p.label == period; });
        QVERIFY(mean != c.neighbourMean.cend());
        QVERIFY(qAbs(mean->value - neighbourMean) < 1e-9);
        QCOMPARE(mean->count, 10);
        QCOMPARE(c.regionName, QStringLiteral("East Midlands"));
        QVERIFY(!c.region.isEmpty());
        QVERIFY(!comparison.england().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIndicatorData)
#include "tst_indicatordata.moc"
