// The judgement table model under QAbstractItemModelTester: empty, filled, reset and sorted.
#include "itemmodels/JudgementTableModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

namespace {

Judgement judgement(const QString &authority, int year, const QString &area, int grade, const QString &label)
{
    Judgement j;
    j.authority.laNumber = authority.size();
    j.authority.name = authority;
    j.year = year;
    j.framework = Framework::Apa;
    j.area = area;
    j.grade = grade;
    j.label = label;
    j.evidenceText = QStringLiteral("The contribution ... is %1.").arg(label);
    j.evidence = { 1, 10, 20 };
    return j;
}

} // namespace

class TestJudgementModel : public QObject
{
    Q_OBJECT

private slots:
    void modelTester()
    {
        JudgementTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setJudgements({ judgement(QStringLiteral("Leicester"), 2008, QStringLiteral("overall"), 2,
                                  QStringLiteral("adequate")),
            judgement(QStringLiteral("Leicestershire"), 2006, QStringLiteral("being-healthy"), 4,
                QStringLiteral("very good")) });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(JudgementTableModel::ColumnCount));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.columnCount(model.index(0, 0)), 0);
        model.setJudgements({});
        QCOMPARE(model.rowCount(), 0);
    }

    void displayAndRoles()
    {
        JudgementTableModel model;
        model.setJudgements({ judgement(QStringLiteral("Leicestershire"), 2006,
            QStringLiteral("being-healthy"), 4, QStringLiteral("very good")) });
        const QModelIndex grade = model.index(0, JudgementTableModel::GradeColumn);
        QCOMPARE(grade.data().toString(), QStringLiteral("4 (very good)"));
        QCOMPARE(grade.data(JudgementTableModel::GradeValueRole).toInt(), 4);
        QCOMPARE(model.index(0, JudgementTableModel::AreaColumn).data().toString(),
            QStringLiteral("Being healthy"));
        QVERIFY(!model.data(QModelIndex()).isValid());
    }

    void sortsByRawValues()
    {
        JudgementTableModel model;
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(JudgementTableModel::SortRole);
        model.setJudgements({ judgement(QStringLiteral("A"), 2010, QStringLiteral("overall"), 1,
                                  QStringLiteral("poor")),
            judgement(QStringLiteral("B"), 2006, QStringLiteral("overall"), 4, QStringLiteral("outstanding")),
            judgement(QStringLiteral("C"), 2008, QStringLiteral("overall"), 3, QStringLiteral("good")) });
        proxy.sort(JudgementTableModel::YearColumn);
        QStringList years;
        for (int r = 0; r < proxy.rowCount(); ++r)
            years.append(proxy.index(r, JudgementTableModel::YearColumn).data().toString());
        QCOMPARE(years, (QStringList { "2006", "2008", "2010" }));
        proxy.sort(JudgementTableModel::GradeColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, JudgementTableModel::GradeColumn)
                     .data(JudgementTableModel::GradeValueRole)
                     .toInt(),
            4);
    }
};

QTEST_GUILESS_MAIN(TestJudgementModel)
#include "tst_judgementmodel.moc"
