// Table cells as plan reviews write them, and what is read from each.
#include "ingest/CellValueParser.h"

#include <QTest>

class TestCellValues : public QObject
{
    Q_OBJECT

private:
    // "series=value unit [period] (note) !flag" for each value, for readable comparisons.
    static QStringList dump(const QList<CellValue> &values)
    {
        QStringList out;
        for (const CellValue &v : values) {
            QString s = v.series.isEmpty() ? QString() : v.series + QLatin1Char('=');
            s += v.value ? v.comparator + QString::number(*v.value) : QStringLiteral("-");
            if (!v.unit.isEmpty())
                s += QLatin1Char(' ') + v.unit;
            if (!v.period.isEmpty())
                s += QStringLiteral(" [") + v.period.text + QLatin1Char(']');
            if (!v.note.isEmpty())
                s += QStringLiteral(" (") + v.note + QLatin1Char(')');
            if (!v.flag.isEmpty())
                s += QStringLiteral(" !flagged");
            out.append(s);
        }
        return out;
    }

private slots:
    void cells_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("percent") << "85%" << QStringList { "85 % [March 10]" };
        QTest::addRow("quarter") << "42.5% Qtr 4 09/10" << QStringList { "42.5 % [Qtr 4 09/10]" };
        QTest::addRow("month in brackets") << "83.2% (Dec 09)" << QStringList { "83.2 % [Dec 09]" };
        QTest::addRow("out of") << "0 out of 32" << QStringList { "0 out of 32 [March 10]" };
        QTest::addRow("bound") << "<16%" << QStringList { "<16 % [March 10]" };
        QTest::addRow("negative") << "-12.9%" << QStringList { "-12.9 % [March 10]" };
        QTest::addRow("note") << "26% (revised figure)" << QStringList { "26 % [March 10] (revised figure)" };
        QTest::addRow("points") << "16 points (maximum score)"
                                << QStringList { "16 points [March 10] (maximum score)" };
        QTest::addRow("dash note")
            << QString::fromUtf8("63.8% (2008) \u2013 weighting changed, figure recalculated")
            << QStringList { "63.8 % [2008] (weighting changed, figure recalculated)" };
        QTest::addRow("thousands") << "1,084 (2010/11)" << QStringList { "1084 [2010/11]" };
        QTest::addRow("labelled with periods") << "KS2 25% (2008)      KS4 31.1% (2008)"
                                               << QStringList { "KS2=25 % [2008]", "KS4=31.1 % [2008]" };
        QTest::addRow("labels after values")
            << "21.7% (KS2)  22.5% (KS4)" << QStringList { "KS2=21.7 % [March 10]", "KS4=22.5 % [March 10]" };
        QTest::addRow("doses with shared period")
            << "Dose 1 = 92.1%. Dose 2 = 91.5% Dose 3 = 87% (Apr-Aug 09)"
            << QStringList { "Dose 1=92.1 % [Apr-Aug 09]", "Dose 2=91.5 % [Apr-Aug 09]",
                   "Dose 3=87 % [Apr-Aug 09]" };
        QTest::addRow("several unlabelled")
            << "40% Mar 09, 50% Mar 10, 60% Mar 11" << QStringList { "- !flagged" };
        QTest::addRow("range") << "10% - 15%" << QStringList { "- !flagged" };
        QTest::addRow("count and share") << "6 schools (2%)" << QStringList { "- !flagged" };
        QTest::addRow("no figure") << "To be set now baseline available" << QStringList { "- !flagged" };
        QTest::addRow("n/a") << "N/A" << QStringList { "- !flagged" };
    }
    void cells()
    {
        QFETCH(QString, cell);
        QFETCH(QStringList, expected);
        Period columnPeriod;
        columnPeriod.text = QStringLiteral("March 10");
        QCOMPARE(dump(CellValueParser::parse(cell, columnPeriod)), expected);
    }

    void emptyCellHasNoValue() { QVERIFY(CellValueParser::parse(QStringLiteral("  ")).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestCellValues)
#include "tst_cellvalues.moc"
