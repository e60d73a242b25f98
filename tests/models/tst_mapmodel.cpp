// The map's layout and model: every authority has one hexagon and a DfE number, and the map ranks
// a measure into quartiles and shows a year's grades by the rules worked out by hand below.
#include "reference/AuthorityRegister.h"
#include "itemmodels/AuthorityMapModel.h"
#include "reference/HexLayout.h"
#include "text/CsvReader.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSet>
#include <QTest>

namespace {

Observation observation(
    int la, const QString &period, std::optional<double> value, const QString &qualifier = {})
{
    Observation o;
    o.indicatorCode = QStringLiteral("LAIT T1");
    o.authority = AuthorityRegister::bundled().byLaNumber(la);
    o.kind = ObservationKind::Result;
    const int start = period.left(4).toInt();
    o.period.text = qualifier.isEmpty() ? period : QStringLiteral("%1 (%2)").arg(period, qualifier);
    o.period.start = QDate(start, 9, 1);
    o.period.end = QDate(start + 1, 8, 31);
    o.value = value;
    o.qualifier = qualifier;
    o.missingMarker = value ? QString() : QStringLiteral("x");
    o.sourceRow = 2; // published data, as a LAIT file gives it
    return o;
}

// Ten authorities with a value in 2019/20, one without, a region and England, and one earlier year.
//   value: Rutland 90, Derbyshire 80, Leicestershire 70, Peterborough 65, Nottingham 60,
//          Nottinghamshire 60 (a tie), Northamptonshire 55, Leicester 50, Derby 40, Lincolnshire 30;
//          Bedford "x" (no value); East Midlands 58 and England 57 are not ranked.
// Rank = 1 + the number of authorities strictly better, so ties share the better rank; quartile =
// ceil(4 * rank / 10), the rule of IndicatorComparison.
//   higher is better: ranks 1 2 3 4 5 5 7 8 9 10 -> quartiles 1 1 2 2 2 2 3 4 4 4
//   lower is better:  Lincolnshire 1, Derby 2, Leicester 3, Northamptonshire 4, Nottingham and
//                     Nottinghamshire 5, Peterborough 7, Leicestershire 8, Derbyshire 9, Rutland 10
//                     -> quartiles 1 1 2 2 2 2 3 4 4 4 in that order.
// Leicester also has a provisional 2019/20 figure of 45, superseded by the final 50.
QList<Observation> handWorked()
{
    return {
        observation(857, QStringLiteral("2019/20"), 90),
        observation(830, QStringLiteral("2019/20"), 80),
        observation(855, QStringLiteral("2019/20"), 70),
        observation(874, QStringLiteral("2019/20"), 65),
        observation(892, QStringLiteral("2019/20"), 60),
        observation(891, QStringLiteral("2019/20"), 60),
        observation(928, QStringLiteral("2019/20"), 55),
        observation(856, QStringLiteral("2019/20"), 45, QStringLiteral("prov")),
        observation(856, QStringLiteral("2019/20"), 50),
        observation(831, QStringLiteral("2019/20"), 40),
        observation(925, QStringLiteral("2019/20"), 30),
        observation(822, QStringLiteral("2019/20"), std::nullopt),
        observation(983, QStringLiteral("2019/20"), 58),
        observation(970, QStringLiteral("2019/20"), 57),
        // 2018/19: two authorities only, Leicester the better.
        observation(856, QStringLiteral("2018/19"), 20),
        observation(855, QStringLiteral("2018/19"), 10),
    };
}

// "name:quartile" for every tile with a value, in LA-number order.
QStringList quartiles(const AuthorityMapModel &model)
{
    QMap<int, QString> out;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, AuthorityMapModel::NameColumn);
        const int quartile = index.data(AuthorityMapModel::QuartileRole).toInt();
        if (quartile > 0)
            out.insert(index.data(AuthorityMapModel::LaNumberRole).toInt(),
                QStringLiteral("%1:%2").arg(index.data().toString()).arg(quartile));
    }
    return out.values();
}

} // namespace

class TestMapModel : public QObject
{
    Q_OBJECT

private slots:
    void layoutCoversTheRegister()
    {
        const HexLayout &layout = HexLayout::bundled();
        const AuthorityRegister &reg = AuthorityRegister::bundled();
        QCOMPARE(layout.tiles().size(), 151 + 9);
        QSet<QPair<int, int>> cells;
        QSet<int> placed;
        for (const HexTile &t : layout.tiles()) {
            const Authority a = reg.byLaNumber(t.laNumber);
            QVERIFY2(a.isValid() && !a.type.isEmpty(), qPrintable(t.name));
            QVERIFY2(!cells.contains({ t.q, t.r }), qPrintable(t.name));
            cells.insert({ t.q, t.r });
            placed.insert(t.laNumber);
        }
        for (const Authority &a : reg.authorities()) {
            if (!a.type.isEmpty())
                QVERIFY2(placed.contains(a.laNumber), qPrintable(a.name));
        }
        // The two the program compares first sit side by side, as they do on the ground.
        const HexTile city = layout.tiles().at(layout.indexOf(856));
        const HexTile county = layout.tiles().at(layout.indexOf(855));
        QCOMPARE(city.r, county.r);
        QCOMPARE(qAbs(city.q - county.q), 1);
        // Added authorities say when they existed and what they became.
        const HexTile cheshire = layout.tiles().at(layout.indexOf(875));
        QCOMPARE(cheshire.toYear, 2009);
        QVERIFY(cheshire.former());
        QVERIFY(cheshire.relation.contains(QLatin1String("Cheshire East")));
        QVERIFY(!layout.tiles().at(layout.indexOf(940)).former());
    }

    void layoutRefusesBadData()
    {
        const QString codes = QStringLiteral("ons_code,la_number\nE1,856\nE2,855\n");
        QString error;
        HexLayout clash = HexLayout::fromCsv(
            QStringLiteral("ons_code,name,q,r\nE1,A,1,1\nE2,B,1,1\nE3,C,2,2\n"), QString(), codes, &error);
        QCOMPARE(clash.tiles().size(), 1);
        QVERIFY2(error.contains(QLatin1String("A and B share a hexagon")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("C (E3) has no DfE number")), qPrintable(error));
        error.clear();
        const HexLayout ok = HexLayout::fromCsv(QStringLiteral("ons_code,name,q,r\nE1,A,1,1\n"),
            QStringLiteral("ons_code,la_number,name,q,r,from,to,relation\n,855,B,2,1,2005,2009,became C\n"),
            codes, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(ok.tiles().size(), 2);
        QCOMPARE(ok.indexAt(2, 1), 1);
        QCOMPARE(ok.tiles().at(1).relation, QStringLiteral("became C"));
    }

    // The shipped code list is what the DfE's attainment file joins (see derive-ons-dfe-codes.py).
    void codesAgreeWithTheAttainmentFile()
    {
        QFile big(QStringLiteral(CSDASH_SHARED_DATA "/dfe-attainment-by-19-2005-2022.csv"));
        if (!big.open(QIODevice::ReadOnly))
            QSKIP("../shared/data is not here");
        QHash<QString, QString> joined;
        const QList<QStringList> rows = CsvReader::readAll(QString::fromUtf8(big.readAll()));
        const int code9 = int(rows.first().indexOf(QStringLiteral("la_code_9")));
        const int code3 = int(rows.first().indexOf(QStringLiteral("la_code_3")));
        for (const QStringList &r : rows)
            joined.insert(r.value(code9), r.value(code3));
        QFile shipped(QStringLiteral(":/authorities/ons-dfe-codes.csv"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        int checked = 0;
        for (const QStringList &r : CsvReader::readAll(QString::fromUtf8(shipped.readAll())).mid(1)) {
            if (r.value(3) != QLatin1String("dfe-attainment-by-19-2005-2022.csv"))
                continue; // the few the file lacks say where they came from instead
            QCOMPARE(joined.value(r.value(0)), r.value(1));
            ++checked;
        }
        QCOMPARE(checked, 153);
    }

    void quartilesByPolarity_data()
    {
        QTest::addColumn<int>("polarity");
        QTest::addColumn<QStringList>("expected");
        // In LA-number order: Derbyshire 830, Derby 831, Leicestershire 855, Leicester 856, Rutland 857,
        // Peterborough 874, Nottinghamshire 891, Nottingham 892, Lincolnshire 925, Northamptonshire 928.
        QTest::newRow("higher is better")
            << int(Polarity::HigherIsBetter)
            << QStringList { "Derbyshire:1", "Derby:4", "Leicestershire:2", "Leicester:4", "Rutland:1",
                   "Peterborough:2", "Nottinghamshire:2", "Nottingham:2", "Lincolnshire:4",
                   "Northamptonshire:3" };
        QTest::newRow("lower is better")
            << int(Polarity::LowerIsBetter)
            << QStringList { "Derbyshire:4", "Derby:1", "Leicestershire:4", "Leicester:2", "Rutland:4",
                   "Peterborough:3", "Nottinghamshire:2", "Nottingham:2", "Lincolnshire:1",
                   "Northamptonshire:2" };
    }

    void quartilesByPolarity()
    {
        QFETCH(int, polarity);
        QFETCH(QStringList, expected);
        AuthorityMapModel model(HexLayout::bundled(), AuthorityRegister::bundled());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        Indicator indicator;
        indicator.code = QStringLiteral("LAIT T1");
        indicator.title = QStringLiteral("Test measure");
        indicator.unit = QStringLiteral("%");
        indicator.decimals = 1;
        indicator.polarity = Polarity(polarity);
        model.setIndicator(indicator, handWorked());
        QCOMPARE(model.periodLabel(), QStringLiteral("2019/20"));
        QCOMPARE(model.years(), (QList<int> { 2018, 2019 }));
        QCOMPARE(quartiles(model), expected);
        QCOMPARE(model.valueCount(), 10);
    }

    void handWorkedDetails()
    {
        AuthorityMapModel model(HexLayout::bundled(), AuthorityRegister::bundled());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 160);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.columnCount(model.index(0, 0)), 0);
        Indicator indicator;
        indicator.code = QStringLiteral("LAIT T1");
        indicator.title = QStringLiteral("Test measure");
        indicator.unit = QStringLiteral("%");
        indicator.decimals = 1;
        indicator.polarity = Polarity::HigherIsBetter;
        model.setIndicator(indicator, handWorked());
        model.setCompared({ 856, 855 });

        const QModelIndex leicester = model.index(model.rowOf(856), AuthorityMapModel::ValueColumn);
        QCOMPARE(leicester.data().toDouble(), 50.0); // the final figure, not the provisional 45
        QCOMPARE(leicester.data(AuthorityMapModel::RankRole).toInt(), 8);
        QVERIFY(leicester.data(AuthorityMapModel::ComparedRole).toBool());
        const QString tip = leicester.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral(
                     "Leicester\nTest measure: 50.0\u00a0% (2019/20)\nRank 8 of 10, quartile 4")),
            qPrintable(tip));
        const QModelIndex nottingham = model.index(model.rowOf(891), 0);
        QCOMPARE(nottingham.data(AuthorityMapModel::RankRole).toInt(), 5); // tied with Nottingham

        // No value: no quartile, the tooltip says so; regions and England have no tile at all.
        const QModelIndex bedford = model.index(model.rowOf(822), AuthorityMapModel::QuartileColumn);
        QVERIFY(!bedford.data().isValid());
        QCOMPARE(bedford.data(AuthorityMapModel::ShadeRole).toInt(), 0);
        QVERIFY(bedford.data(Qt::ToolTipRole).toString().contains(QLatin1String("no value for 2019/20")));
        QCOMPARE(model.rowOf(983), -1);
        QCOMPARE(model.rowOf(970), -1);

        QStringList bounds;
        for (const auto &b : model.quartileBounds())
            bounds.append(QStringLiteral("%1: %2-%3 (%4)")
                              .arg(b.quartile)
                              .arg(model.formatNumber(b.low), model.formatValue(b.high))
                              .arg(b.count));
        QCOMPARE(bounds,
            (QStringList { "1: 80.0-90.0\u00a0% (2)", "2: 60.0-70.0\u00a0% (4)", "3: 55.0-55.0\u00a0% (1)",
                "4: 30.0-50.0\u00a0% (3)" }));

        // A chosen year: 2018/19 has two values, Leicester the better.
        model.setIndicator(indicator, handWorked(), 2018);
        QCOMPARE(model.periodLabel(), QStringLiteral("2018/19"));
        QCOMPARE(quartiles(model), (QStringList { "Leicestershire:4", "Leicester:2" }));
        // A year without values: an empty map, not the latest one.
        model.setIndicator(indicator, handWorked(), 2005);
        QCOMPARE(model.valueCount(), 0);

        // Unknown polarity: quartile 1 holds the highest values, and the legend says so.
        indicator.polarity = Polarity::Unknown;
        model.setIndicator(indicator, handWorked());
        QCOMPARE(model.index(model.rowOf(857), 0).data(AuthorityMapModel::QuartileRole).toInt(), 1);
        QVERIFY(model.scaleDescription().contains(QLatin1String("highest values")));

        // Without stated decimals, every value has as many as the most precise one needs.
        indicator.decimals = -1;
        QList<Observation> mixed = handWorked();
        mixed.append(observation(873, QStringLiteral("2019/20"), 62.25));
        model.setIndicator(indicator, mixed);
        QCOMPARE(model.formatNumber(90), QStringLiteral("90.00"));
        QCOMPARE(model.formatValue(62.25), QStringLiteral("62.25\u00a0%"));

        model.setCompared({ 855 });
        QVERIFY(!model.index(model.rowOf(856), 0).data(AuthorityMapModel::ComparedRole).toBool());
        model.clear();
        QCOMPARE(model.valueCount(), 0);
        QCOMPARE(model.mode(), AuthorityMapModel::Mode::Empty);
    }

    void gradesForAYear()
    {
        AuthorityMapModel model(HexLayout::bundled(), AuthorityRegister::bundled());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const auto judgement = [](int la, int year, Framework framework, const QString &area, int grade) {
            Judgement j;
            j.authority = AuthorityRegister::bundled().byLaNumber(la);
            j.year = year;
            j.framework = framework;
            j.area = area;
            j.grade = grade;
            j.label = QStringLiteral("good");
            return j;
        };
        const QList<Judgement> judgements {
            judgement(856, 2008, Framework::Apa, QStringLiteral("overall"), 2),
            judgement(855, 2008, Framework::Apa, QStringLiteral("overall"), 3),
            judgement(875, 2008, Framework::Apa, QStringLiteral("overall"), 4), // Cheshire, before 2009
            judgement(892, 2008, Framework::Apa, QStringLiteral("being-healthy"), 4), // not the headline
            judgement(892, 2007, Framework::Apa, QStringLiteral("overall"), 1), // another year
            judgement(831, 2009, Framework::AnnualRating2009, QStringLiteral("overall"), 3),
        };
        model.setGrades(judgements, 2008);
        QCOMPARE(model.years(), (QList<int> { 2007, 2008, 2009 }));
        const auto grade = [&model](int la) {
            return model.index(model.rowOf(la), AuthorityMapModel::GradeColumn)
                .data(AuthorityMapModel::GradeRole)
                .toInt();
        };
        QCOMPARE(grade(856), 2);
        QCOMPARE(grade(855), 3);
        QCOMPARE(grade(875), 4);
        QCOMPARE(grade(892), 0);
        QCOMPARE(grade(831), 0);
        QCOMPARE(model.valueCount(), 3);
        QCOMPARE(model.index(model.rowOf(856), 0).data(AuthorityMapModel::ShadeRole).toInt(), 2);
        QVERIFY(model.index(model.rowOf(892), 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("No headline grade for 2008")));
        model.setGrades(judgements, 2009);
        QCOMPARE(grade(831), 3);
        QCOMPARE(grade(856), 0);
    }

    void emptyLayout()
    {
        AuthorityMapModel model(HexLayout(), AuthorityRegister::bundled());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setIndicator(Indicator(), handWorked());
        model.setGrades({}, 2008);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(856), -1);
    }
};

QTEST_GUILESS_MAIN(TestMapModel)
#include "tst_mapmodel.moc"
