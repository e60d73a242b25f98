// An officer's own table for a National Indicator the bundled plan review already reports (issue
// 15, point 7): the table's polarity is honoured, the plan's baseline and target stay on the chart,
// one authority's value for one period from two documents is one point with both as sources, a
// rank of too few authorities is not given, and a period follows the indicator's own year type.
#include "ComparisonChartView.h"
#include "DatabaseOpener.h"
#include "ExportSession.h"

#include "domain/Document.h"
#include "ingest/DocumentImporter.h"
#include "ingest/ImportService.h"
#include "itemmodels/ObservationTableModel.h"
#include "reference/AuthorityRegister.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QFile>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestIndicatorSemantics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QList<Authority> m_compared;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void importTable(const QString &name, const QString &content)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content.toUtf8());
        f.close();
        const DocumentImporter importer;
        const ImportService service(*m_store, importer);
        const ImportFileResult result = service.importFile(path(name));
        QVERIFY2(result.status == ImportFileResult::Status::Imported, qPrintable(result.message));
    }

    Indicator listed(const QString &code) const
    {
        for (const Indicator &i : ExportSession::listedIndicators(*m_store)) {
            if (i.code == code)
                return i;
        }
        return {};
    }

    ExportSession::IndicatorView view(const QString &code) const
    {
        return ExportSession::indicatorView(
            *m_store, listed(code), m_compared, ExportSession::listedIndicators(*m_store));
    }

    const IndicatorComparison::AuthorityComparison *comparisonOf(
        const ExportSession::IndicatorView &v, const QString &authority) const
    {
        for (const auto &c : v.comparisons) {
            if (c.authority.name == authority)
                return &c;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = std::make_unique<Store>();
        QString error;
        QStringList problems;
        const DatabaseOpener opener { path(QStringLiteral("semantics.sqlite")), true };
        QVERIFY2(opener.open(*m_store, &error, &problems), qPrintable(error));
        m_compared = ExportSession::defaultAuthorities(*m_store);
        QCOMPARE(m_compared.size(), 2);
        // Before the table: NI 53 is the plan's alone, with its baseline, result and target.
        QVERIFY(!listed(QStringLiteral("NI 53")).code.isEmpty());

        // Both councils, two years each, "high" for the direction; Leicestershire's 2009/10 is the
        // plan's March 2010 result.
        // The county first, as the tests below look it up by name.
        std::sort(m_compared.begin(), m_compared.end(), [](const Authority &a, const Authority &b) {
            return a.name.contains(QLatin1String("shire")) > b.name.contains(QLatin1String("shire"));
        });
        const QString county = m_compared.first().name;
        const QString city = m_compared.last().name;
        QVERIFY(county.contains(QLatin1String("shire")));
        importTable(QStringLiteral("officer-ni53.csv"),
            QStringLiteral("Authority,Indicator,Period,Value,Unit,Polarity\n"
                           "%1,NI 53,2008/09,19.8,%,high\n"
                           "%1,NI 53,2009/10,24.1,%,high\n"
                           "%2,NI 53,2008/09,35.0,%,high\n"
                           "%2,NI 53,2009/10,42.5,%,high\n")
                .arg(city, county));
    }

    void polarityColumnIsHonoured()
    {
        const ExportSession::IndicatorView v = view(QStringLiteral("NI 53"));
        QVERIFY(v.published);
        QCOMPARE(int(v.measure.polarity), int(Polarity::HigherIsBetter));
        ComparisonChartView chart;
        chart.setComparisons(v.measure, v.comparisons, v.england, v.planValues);
        const QString standing = chart.standingText();
        QVERIFY2(standing.contains(QLatin1String("Higher is better")), qPrintable(standing));
        QVERIFY2(!standing.contains(QLatin1String("does not say")), qPrintable(standing));
    }

    void rankNeedsEnoughAuthorities()
    {
        const ExportSession::IndicatorView v = view(QStringLiteral("NI 53"));
        const auto *county = comparisonOf(v, m_compared.first().name);
        QVERIFY(county && county->latest);
        QCOMPARE(county->latest->outOf, 2);
        QCOMPARE(county->latest->rank, 0);
        QCOMPARE(county->latest->quartile, 0);
        ComparisonChartView chart;
        chart.setComparisons(v.measure, v.comparisons, v.england, v.planValues);
        const QString standing = chart.standingText();
        QVERIFY2(!standing.contains(QLatin1String("rank 1 of")), qPrintable(standing));
        QVERIFY2(!standing.contains(QLatin1String("quartile 4")), qPrintable(standing));
        QVERIFY2(standing.contains(QLatin1String("rank not shown")), qPrintable(standing));

        // With enough authorities the rank is given, the quartile not until there are more.
        QList<double> values { 1, 2, 3 };
        const auto three = IndicatorComparison::standingAmong(3, values, Polarity::HigherIsBetter);
        QCOMPARE(three.rank, 1);
        QCOMPARE(three.outOf, 3);
    }

    void oneValueFromTwoDocumentsIsOnePoint()
    {
        const ExportSession::IndicatorView v = view(QStringLiteral("NI 53"));
        const auto *county = comparisonOf(v, m_compared.first().name);
        QVERIFY(county);
        int points = 0;
        for (const IndicatorComparison::Point &p : county->values) {
            if (qAbs(p.value - 42.5) < 1e-9) {
                ++points;
                QCOMPARE(p.sources.size(), 2);
                QVERIFY(p.sources.at(0).evidence.documentId != p.sources.at(1).evidence.documentId);
            }
        }
        QCOMPARE(points, 1);
        // And the plan does not draw it again on its own.
        for (const Observation &o : v.planValues)
            QVERIFY2(!(o.kind == ObservationKind::Result && o.value && qAbs(*o.value - 42.5) < 1e-9),
                qPrintable(o.period.text));

        // On the chart: one marker at 42.5 in all the series together.
        ComparisonChartView chart;
        chart.setComparisons(v.measure, v.comparisons, v.england, v.planValues);
        int markers = 0;
        for (QAbstractSeries *s : chart.chartView()->chart()->series()) {
            if (auto *scatter = qobject_cast<QScatterSeries *>(s)) {
                for (const QPointF &p : scatter->points())
                    markers += qAbs(p.y() - 42.5) < 1e-9;
            }
        }
        QCOMPARE(markers, 1);

        // The values table says the other document gives it too.
        ObservationTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setObservations(v.listed);
        int shared = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex i = model.index(row, ObservationTableModel::SourceColumn);
            shared += !model.data(i, ObservationTableModel::SameValueRole).toStringList().isEmpty();
        }
        QCOMPARE(shared, 2); // the plan's row and the table's row, each naming the other
    }

    void planBaselineAndTargetStay()
    {
        const ExportSession::IndicatorView v = view(QStringLiteral("NI 53"));
        bool baseline = false, target = false;
        for (const Observation &o : v.planValues) {
            baseline |= o.kind == ObservationKind::Baseline && o.value.has_value();
            target |= o.kind == ObservationKind::Target && o.value.has_value();
        }
        QVERIFY(baseline);
        QVERIFY(target);
        ComparisonChartView chart;
        chart.setComparisons(v.measure, v.comparisons, v.england, v.planValues);
        QStringList names;
        for (QAbstractSeries *s : chart.chartView()->chart()->series())
            names.append(s->name());
        const QString all = names.join(QLatin1Char('|'));
        QVERIFY2(all.contains(QLatin1String("baseline")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("target")), qPrintable(all));
    }

    // NI 53 is reported over financial years; an attainment indicator over academic years. The
    // values table says which.
    // Every council's plan review in one database (England scale): an indicator lists and charts
    // the compared authorities' plan values, not each council's, whether or not published values
    // are charted under them; an authority compared alone sees its own plan's.
    void planValuesAreThoseOfTheComparedAuthorities()
    {
        QFile plan(QStringLiteral(CSDASH_CORPUS "/003_f9e8a754f6b7df5f.txt"));
        QVERIFY(plan.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(plan.readAll());
        QVERIFY(text.contains(QLatin1String("Leicestershire")));
        QString reissued = text;
        reissued.replace(QLatin1String("Leicestershire"), QLatin1String("Rutland"));
        importTable(QStringLiteral("rutland-plan.txt"), reissued);

        const Authority rutland = AuthorityRegister::bundled().byName(QStringLiteral("Rutland"));
        QVERIFY(rutland.isValid());
        QString code;
        for (const Indicator &i : ExportSession::listedIndicators(*m_store)) {
            const ExportSession::IndicatorView v = view(i.code);
            if (!v.published && !v.listed.isEmpty() && !i.code.startsWith(QLatin1String("NI 53"))) {
                code = i.code;
                break;
            }
        }
        QVERIFY2(!code.isEmpty(), "a plan-only indicator in both plans");
        QSet<int> whose;
        for (const Observation &o : view(code).listed)
            whose.insert(o.authority.laNumber);
        QVERIFY2(!whose.contains(rutland.laNumber), qPrintable(code));
        QSet<int> compared;
        for (const Authority &a : std::as_const(m_compared))
            compared.insert(a.laNumber);
        QVERIFY(whose.intersects(compared));

        const ExportSession::IndicatorView alone = ExportSession::indicatorView(
            *m_store, listed(code), { rutland }, ExportSession::listedIndicators(*m_store));
        QVERIFY(!alone.listed.isEmpty());
        for (const Observation &o : alone.listed)
            QCOMPARE(o.authority.laNumber, rutland.laNumber);

        // An indicator with published values too (NI 53, from the officer's table): the plans drawn
        // over them and listed beside them are the compared authorities' as well.
        const ExportSession::IndicatorView published = view(QStringLiteral("NI 53"));
        QVERIFY(published.published);
        QVERIFY(!published.planValues.isEmpty());
        for (const Observation &o : published.listed + published.planValues)
            QVERIFY2(o.authority.laNumber != rutland.laNumber, qPrintable(o.documentTitle));
        const ExportSession::IndicatorView publishedAlone = ExportSession::indicatorView(*m_store,
            listed(QStringLiteral("NI 53")), { rutland }, ExportSession::listedIndicators(*m_store));
        QVERIFY(!publishedAlone.planValues.isEmpty());
        for (const Observation &o : publishedAlone.planValues)
            QCOMPARE(o.authority.laNumber, rutland.laNumber);
    }

    void periodFollowsTheIndicatorsYearType()
    {
        const ExportSession::IndicatorView v = view(QStringLiteral("NI 53"));
        ObservationTableModel model;
        model.setObservations(v.listed);
        bool seen = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const Observation &o = v.listed.at(row);
            if (o.period.text != QLatin1String("2008/09"))
                continue;
            seen = true;
            QCOMPARE(o.period.start, QDate(2008, 4, 1));
            QCOMPARE(o.period.end, QDate(2009, 3, 31));
            const QString shown = model.index(row, ObservationTableModel::PeriodColumn).data().toString();
            QVERIFY2(shown.contains(QLatin1String("financial year")), qPrintable(shown));
        }
        QVERIFY(seen);

        importTable(QStringLiteral("officer-ni75.csv"),
            QStringLiteral("Authority,Indicator,Period,Value,Unit\n%1,NI75,2008/09,48.2,%\n")
                .arg(m_compared.last().name));
        const Indicator ni75 = listed(QStringLiteral("NI 75"));
        QVERIFY2(!ni75.code.isEmpty(), "NI75 is read as NI 75");
        const QList<Observation> values = m_store->observations(m_compared.last().laNumber, ni75.code);
        QCOMPARE(values.size(), 1);
        QCOMPARE(values.first().period.start, QDate(2008, 9, 1));
        QCOMPARE(values.first().period.end, QDate(2009, 8, 31));
        model.setObservations(values);
        const QString shown = model.index(0, ObservationTableModel::PeriodColumn).data().toString();
        QVERIFY2(shown.contains(QLatin1String("academic year")), qPrintable(shown));
    }
};

QTEST_MAIN(TestIndicatorSemantics)
#include "tst_indicatorsemantics.moc"
