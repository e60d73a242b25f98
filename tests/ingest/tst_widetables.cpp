// Wide statistics tables (one row per authority and breakdown, measures as columns) and the
// published figures a new database is seeded with. Expected figures are read from the shared DfE
// files by a plain scan of their own here, not through the importer.
#include "TestSupport.h"

#include "ingest/BundledCorpus.h"
#include "ingest/DataPeriodParser.h"
#include "ingest/DocumentImporter.h"
#include "ingest/WideTableParser.h"
#include "reference/AuthorityRegister.h"
#include "reference/MeasureRegister.h"
#include "store/Store.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString attainmentFile = QStringLiteral(CSDASH_SHARED_DATA "/dfe-attainment-by-19-2005-2022.csv");
const QString exclusionsFile = QStringLiteral(CSDASH_SHARED_DATA "/dfe-exclusions-2006-07-to-2016-17.csv");

// The file's own figure, found by matching cells by header name: quotes are stripped, no field
// in these rows holds a comma.
QString fileFigure(const QString &path, const QHash<QString, QString> &where, const QString &column)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    const auto split = [](const QByteArray &line) {
        QStringList cells = QString::fromUtf8(line.trimmed()).split(QLatin1Char(','));
        for (QString &c : cells)
            c.remove(QLatin1Char('"'));
        return cells;
    };
    const QStringList header = split(f.readLine());
    while (!f.atEnd()) {
        const QStringList cells = split(f.readLine());
        bool match = cells.size() == header.size();
        for (auto it = where.cbegin(); match && it != where.cend(); ++it)
            match = cells.value(int(header.indexOf(it.key()))) == it.value();
        if (match)
            return cells.value(int(header.indexOf(column)));
    }
    return QString();
}

const Observation *find(
    const QList<Observation> &observations, const QString &code, int la, const QString &period)
{
    for (const Observation &o : observations) {
        if (o.indicatorCode == code && o.authority.laNumber == la && o.period.text == period)
            return &o;
    }
    return nullptr;
}

} // namespace

class TestWideTables : public QObject
{
    Q_OBJECT

private:
    DocumentImporter m_importer;

    ImportResult importShared(const QString &path, const TableOptions &options = TableOptions())
    {
        const auto outcome = m_importer.readFile(path, nullptr, options);
        if (!outcome.ok())
            qWarning("%s: %s", qPrintable(path), qPrintable(outcome.error));
        return outcome.result;
    }

private slots:
    void runTogetherAcademicYears()
    {
        const DataPeriod p = DataPeriod::parse(QStringLiteral("200607"));
        QVERIFY(p.isValid());
        QCOMPARE(p.period.start, QDate(2006, 9, 1));
        QCOMPARE(p.period.end, QDate(2007, 8, 31));
        QCOMPARE(p.period.text, QStringLiteral("2006/07")); // shown as people write it
        // Six digits that are not two consecutive years are not a period.
        QVERIFY(!DataPeriod::parse(QStringLiteral("200609")).isValid());
        // A cohort year of an academic-year measure is the year ending in it.
        const DataPeriod cohort = DataPeriod::parse(QStringLiteral("2010"), QStringLiteral("Academic Year"));
        QCOMPARE(cohort.period.start, QDate(2009, 9, 1));
    }

    void namesAsPeopleWriteThem()
    {
        const AuthorityRegister &r = AuthorityRegister::bundled();
        QCOMPARE(r.byName(QStringLiteral("St Helens")).laNumber, 342);
        QCOMPARE(r.byName(QStringLiteral("Bristol City of")).laNumber, 801);
        QCOMPARE(r.byName(QStringLiteral("Kingston upon Hull City of")).laNumber, 810);
        QCOMPARE(r.byName(QStringLiteral("Telford & Wrekin")).laNumber, 894);
        QCOMPARE(r.byName(QStringLiteral("Bedfordshire (Pre LGR 2009)")).laNumber, 820);
        QCOMPARE(r.byName(QStringLiteral("Cheshire (Pre LGR 2009)")).laNumber, 875);
        QCOMPARE(r.byName(QStringLiteral("Bedford")).laNumber, 822);
        QCOMPARE(r.byName(QStringLiteral("Inner London")).laNumber, 987);
        QCOMPARE(r.byName(QStringLiteral("East Midlands")).laNumber, 983);
        QCOMPARE(r.byOnsCode(QStringLiteral("E06000016")).laNumber, 856);
        QVERIFY(!r.byName(QStringLiteral("Gondor")).isValid());
    }

    void handMadeWideTable()
    {
        // Areas by ONS code, by name only, a region and England; markers of every kind; a breakdown.
        const QByteArray csv = "time_period,area_code,area_name,sex,pupils,absence_rate\n"
                               "201819,E06000016,Leicester,Total,100,5.5\n"
                               "201819,,St Helens,Total,90,x\n"
                               "201819,,Bristol City of,Total,80,.\n"
                               "201819,,Telford & Wrekin,Total,70,c\n"
                               "201819,,Kingston upon Hull City of,Total,60,:\n"
                               "201819,,East Midlands,Total,1000,..\n"
                               "201819,,England,Total,10000,4.7\n"
                               "201819,,Gondor,Total,5,1.0\n"
                               "201819,E06000016,Leicester,Girls,50,5.0\n";
        const auto outcome = m_importer.read(csv, QStringLiteral("any-name.csv"));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        const ImportResult &r = outcome.result;
        QCOMPARE(r.document.kind, DocumentKind::IndicatorTable);
        QCOMPARE(r.indicators.size(), 2);
        const QString rate = QStringLiteral("Table absence_rate");
        const Observation *leicester = find(r.observations, rate, 856, QStringLiteral("2018/19"));
        QVERIFY(leicester && leicester->value && *leicester->value == 5.5);
        QCOMPARE(leicester->period.start, QDate(2018, 9, 1));
        for (const int la : { 342, 801, 894, 810, 983 }) {
            const Observation *o = find(r.observations, rate, la, QStringLiteral("2018/19"));
            QVERIFY2(o, qPrintable(QString::number(la)));
            QVERIFY2(!o->value, qPrintable(QString::number(la))); // a marker is missing, never 0
            QVERIFY(!o->missingMarker.isEmpty());
        }
        const Observation *england = find(r.observations, rate, 970, QStringLiteral("2018/19"));
        QVERIFY(england && england->value && *england->value == 4.7);
        // The girls' row is another breakdown, left aside by default; the unknown area is reported.
        QCOMPARE(r.observations.size(), 14);
        QCOMPARE(r.rejections.size(), 1);
        QCOMPARE(r.rejections.first().row, 9);
        QVERIFY(r.rejections.first().reason.contains(QLatin1String("Gondor")));
        const QString mapping = r.columnMapping.join(QLatin1Char('\n'));
        QVERIFY2(mapping.contains(QLatin1String("1 by ONS code"))
                && mapping.contains(QLatin1String("5 by name"))
                && mapping.contains(QLatin1String("1 regions or England")),
            qPrintable(mapping));
        QVERIFY2(mapping.contains(QLatin1String("\"sex\": breakdown, keeping Total")), qPrintable(mapping));
        // The unit follows the column's name where nothing says it.
        for (const Indicator &i : r.indicators) {
            if (i.code == rate)
                QCOMPARE(i.unit, QStringLiteral("%"));
        }

        // Another breakdown, and the officer's polarity, through the options.
        TableOptions options;
        options.breakdowns.insert(QStringLiteral("sex"), { QStringLiteral("Girls") });
        Indicator polarity;
        polarity.polarity = Polarity::LowerIsBetter;
        options.measures.insert(QStringLiteral("absence_rate"), polarity);
        const auto girls = m_importer.read(csv, QStringLiteral("any-name.csv"), nullptr, options);
        QVERIFY2(girls.ok(), qPrintable(girls.error));
        QCOMPARE(girls.result.observations.size(), 2);
        // The choices go with the document, so that its stored text reads the same way again.
        const TableOptions stored = TableOptions::fromJson(girls.result.document.readingChoices);
        QCOMPARE(stored.breakdowns, options.breakdowns);
        QCOMPARE(stored.measures.value(QStringLiteral("absence_rate")).polarity, Polarity::LowerIsBetter);
        const auto again = m_importer.read(
            girls.result.document.originalText.toUtf8(), QStringLiteral("x"), nullptr, stored);
        QCOMPARE(again.result.observations.size(), girls.result.observations.size());
        QVERIFY(outcome.result.document.readingChoices.isEmpty()); // the defaults need no record
        const Observation *g = find(girls.result.observations, rate + QStringLiteral(" \u00b7 Girls"), 856,
            QStringLiteral("2018/19"));
        QVERIFY(g && g->value && *g->value == 5.0);
        for (const Indicator &i : girls.result.indicators) {
            if (i.code.startsWith(rate))
                QCOMPARE(i.polarity, Polarity::LowerIsBetter);
        }
    }

    void aPeriodOfZerosIsNotPublished()
    {
        // 2023's rates are 0 for every area: not yet known. A single 0 beside real figures stays 0.
        const QByteArray csv = "year,la_code,la_name,rate,count\n"
                               "2022,856,Leicester,70.5,10\n"
                               "2022,855,Leicestershire,0,0\n"
                               "2023,856,Leicester,0,12\n"
                               "2023,855,Leicestershire,0,14\n";
        const auto outcome = m_importer.read(csv, QStringLiteral("t.csv"));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        const QList<Observation> &obs = outcome.result.observations;
        const Observation *realZero = find(obs, QStringLiteral("Table rate"), 855, QStringLiteral("2022"));
        QVERIFY(realZero && realZero->value && *realZero->value == 0);
        for (const int la : { 855, 856 }) {
            const Observation *o = find(obs, QStringLiteral("Table rate"), la, QStringLiteral("2023"));
            QVERIFY(o && !o->value);
            QVERIFY(o->flag.contains(QLatin1String("not published")));
            const Observation *count = find(obs, QStringLiteral("Table count"), la, QStringLiteral("2023"));
            QVERIFY(count && count->value); // counts that are there stay
        }
        QVERIFY(!outcome.result.warnings.isEmpty());
    }

    void lettersAreNotWideTables()
    {
        for (const QString &path : TestSupport::corpusFiles()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const WideTableParser wide(AuthorityRegister::bundled(), MeasureRegister::bundled());
            QVERIFY2(!wide.describe(QString::fromUtf8(f.readAll())).isValid(), qPrintable(path));
        }
    }

    void attainmentUnderDefaultsAndGirlsOnly()
    {
        if (!QFileInfo::exists(attainmentFile))
            QSKIP("the shared DfE files are not beside the repository");
        const ImportResult all = importShared(attainmentFile);
        QCOMPARE(all.document.kind, DocumentKind::IndicatorTable);
        // Under the defaults, the whole cohort: one indicator per measure column, no breakdown codes.
        QCOMPARE(all.indicators.size(), 10);
        for (const Indicator &i : all.indicators)
            QVERIFY2(!i.code.contains(QChar(0x00b7)), qPrintable(i.code));
        const QString code = QStringLiteral("DfE l2_by19_rate");
        for (const auto &[la, year] :
            { std::pair { 856, 2006 }, { 855, 2006 }, { 856, 2010 }, { 855, 2010 } }) {
            const QString expected = fileFigure(attainmentFile,
                { { QStringLiteral("cohort_19_in"), QString::number(year) },
                    { QStringLiteral("la_code_3"), QString::number(la) },
                    { QStringLiteral("gender"), QStringLiteral("ALL") },
                    { QStringLiteral("fsm"), QStringLiteral("ALL") },
                    { QStringLiteral("sen"), QStringLiteral("ALL") } },
                QStringLiteral("l2_by19_rate"));
            QVERIFY(!expected.isEmpty());
            const Observation *o = find(all.observations, code, la, QString::number(year));
            QVERIFY(o && o->value);
            QCOMPARE(*o->value, expected.toDouble());
            QCOMPARE(o->period.end, QDate(year, 8, 31)); // the academic year the cohort was 19
        }
        // The age-19 rates of cohorts not yet 19 are missing, never 0.
        for (const int year : { 2023, 2024, 2025 }) {
            const Observation *o = find(all.observations, code, 856, QString::number(year));
            if (o)
                QVERIFY2(!o->value, qPrintable(QString::number(year)));
        }

        TableOptions girlsOnly;
        girlsOnly.breakdowns.insert(QStringLiteral("gender"), { QStringLiteral("Female") });
        const ImportResult girls = importShared(attainmentFile, girlsOnly);
        const QString expected = fileFigure(attainmentFile,
            { { QStringLiteral("cohort_19_in"), QStringLiteral("2008") },
                { QStringLiteral("la_code_3"), QStringLiteral("856") },
                { QStringLiteral("gender"), QStringLiteral("Female") },
                { QStringLiteral("fsm"), QStringLiteral("ALL") },
                { QStringLiteral("sen"), QStringLiteral("ALL") } },
            QStringLiteral("l3_by19_rate"));
        const Observation *o = find(girls.observations, QStringLiteral("DfE l3_by19_rate \u00b7 Female"), 856,
            QStringLiteral("2008"));
        QVERIFY(o && o->value);
        QCOMPARE(*o->value, expected.toDouble());
        for (const Observation &g : girls.observations)
            QVERIFY2(g.indicatorCode.endsWith(QStringLiteral(" \u00b7 Female")), qPrintable(g.indicatorCode));
    }

    void exclusionsUnderDefaults()
    {
        if (!QFileInfo::exists(exclusionsFile))
            QSKIP("the shared DfE files are not beside the repository");
        const ImportResult r = importShared(exclusionsFile);
        QCOMPARE(r.document.kind, DocumentKind::IndicatorTable);
        for (const int la : { 855, 856 }) {
            const QString name = la == 856 ? QStringLiteral("Leicester") : QStringLiteral("Leicestershire");
            const QString expected = fileFigure(exclusionsFile,
                { { QStringLiteral("year"), QStringLiteral("200809") }, { QStringLiteral("la_name"), name },
                    { QStringLiteral("school_type"), QStringLiteral("Total") } },
                QStringLiteral("perm_excl_rate"));
            const Observation *o = find(
                r.observations, QStringLiteral("DfE perm_excl_rate"), la, QStringLiteral("2008/09"));
            QVERIFY(o && o->value);
            QCOMPARE(*o->value, expected.toDouble());
            QCOMPARE(o->period.start, QDate(2008, 9, 1));
        }
        // "x" and "." are missing, never 0; the pre-2009 counties are found by their written names.
        int suppressed = 0;
        bool bedfordshire = false;
        for (const Observation &o : r.observations) {
            if (o.raw == QLatin1String("x") || o.raw == QLatin1String(".")) {
                QVERIFY(!o.value);
                ++suppressed;
            }
            bedfordshire = bedfordshire || o.authority.laNumber == 820;
        }
        QVERIFY(suppressed > 0);
        QVERIFY(bedfordshire);
        // Only the junk rows naming no area are left out, each with its reason.
        for (const RowRejection &rejection : r.rejections)
            QVERIFY2(rejection.reason.contains(QLatin1String("\"NULL\"")), qPrintable(rejection.reason));
    }

    void newDatabaseCarriesThePublishedFigures()
    {
        // A fresh database as the command line makes it: documents and published figures, once.
        QTemporaryDir dir;
        Store store;
        QString error;
        const QString location = TestSupport::onPostgres()
            ? TestSupport::freshDatabase(QStringLiteral("fresh"))
            : dir.filePath(QStringLiteral("fresh.sqlite"));
        QVERIFY2(store.open(location, &error), qPrintable(error));
        QVERIFY(BundledCorpus::seed(store, m_importer).isEmpty());
        QVERIFY(store.setSetting(QLatin1String(BundledCorpus::PublishedDataSetting),
            QLatin1String(BundledCorpus::PublishedDataPending), &error));
        const QStringList problems = BundledCorpus::seedPublishedData(store, m_importer);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(!BundledCorpus::publishedDataPending(store));
        QCOMPARE(store.documents().size(), 8);

        const QList<Observation> l2 = store.observations(0, QStringLiteral("DfE l2_by19_rate"));
        const QList<Observation> excl = store.observations(0, QStringLiteral("DfE perm_excl_rate"));
        const QList<Observation> fsm = store.observations(
            0, QStringLiteral("DfE l3_by19_rate \u00b7 Eligible for FSM"));
        QVERIFY(!fsm.isEmpty()); // the breakdown behind NI 81 is seeded beside the whole cohort
        if (QFileInfo::exists(attainmentFile)) {
            for (const int la : { 855, 856 }) {
                for (const int year : { 2006, 2010 }) {
                    const QString expected = fileFigure(attainmentFile,
                        { { QStringLiteral("cohort_19_in"), QString::number(year) },
                            { QStringLiteral("la_code_3"), QString::number(la) },
                            { QStringLiteral("gender"), QStringLiteral("ALL") },
                            { QStringLiteral("fsm"), QStringLiteral("ALL") },
                            { QStringLiteral("sen"), QStringLiteral("ALL") } },
                        QStringLiteral("l2_by19_rate"));
                    const Observation *o = find(
                        l2, QStringLiteral("DfE l2_by19_rate"), la, QString::number(year));
                    QVERIFY(o && o->value);
                    QCOMPARE(*o->value, expected.toDouble());
                }
                const QString expected = fileFigure(exclusionsFile,
                    { { QStringLiteral("year"), QStringLiteral("200809") },
                        { QStringLiteral("la_name"),
                            la == 856 ? QStringLiteral("Leicester") : QStringLiteral("Leicestershire") },
                        { QStringLiteral("school_type"), QStringLiteral("Total") } },
                    QStringLiteral("perm_excl_rate"));
                const Observation *o = find(
                    excl, QStringLiteral("DfE perm_excl_rate"), la, QStringLiteral("2008/09"));
                QVERIFY(o && o->value);
                QCOMPARE(*o->value, expected.toDouble());
            }
        }
        // The LAIT extract is there too, for the years after 2010.
        QVERIFY(!store.observations(856, QStringLiteral("LAIT InfMort")).isEmpty());
        // Seeding again adds nothing.
        store.setSetting(QLatin1String(BundledCorpus::PublishedDataSetting),
            QLatin1String(BundledCorpus::PublishedDataPending), &error);
        BundledCorpus::seedPublishedData(store, m_importer);
        QCOMPARE(store.documents().size(), 8);
    }

    void nationalIndicatorLinks()
    {
        const MeasureRegister &m = MeasureRegister::bundled();
        QCOMPARE(m.linkedSeries(QStringLiteral("NI 79")), QStringList { QStringLiteral("DfE l2_by19_rate") });
        QCOMPARE(m.linkedSeries(QStringLiteral("NI 81")).size(), 2);
        QCOMPARE(m.nationalIndicatorsOf(QStringLiteral("DfE perm_excl_rate")),
            QStringList { QStringLiteral("NI 114") });
        // Every linked code is one the wide-table reader gives to the column it names.
        const WideTableParser wide(AuthorityRegister::bundled(), m);
        for (const QString &ni : m.linkedNationalIndicators()) {
            for (const QString &code : m.linkedSeries(ni)) {
                const QStringList parts = code.mid(4).split(QStringLiteral(" \u00b7 "));
                QCOMPARE(wide.indicatorCode(parts.first(), parts.mid(1)), code);
            }
        }
    }
};

QTEST_MAIN(TestWideTables)
#include "tst_widetables.moc"
