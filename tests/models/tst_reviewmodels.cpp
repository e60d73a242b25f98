// Grades to review and grades from several sources: the candidates' list model, and the grade
// matrix choosing one grade per cell by source precedence and marking disagreement.
#include "TestSupport.h"

#include "itemmodels/AuthorityMapModel.h"
#include "itemmodels/CandidateListModel.h"
#include "itemmodels/GradeMatrixModel.h"
#include "itemmodels/HeadlineSeriesModel.h"
#include "reference/AuthorityRegister.h"
#include "reference/HexLayout.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QTest>

using namespace TestSupport;

class TestReviewModels : public QObject
{
    Q_OBJECT

private:
    const Authority m_city { 856, QStringLiteral("Leicester"), QStringLiteral("East Midlands"),
        QStringLiteral("UA"), {} };

    static void attachTester(QAbstractItemModel *model)
    {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
    }

    Judgement grade(SourceKind source, int value, double confidence, const QString &title) const
    {
        Judgement j;
        j.authority = m_city;
        j.year = 2007;
        j.framework = Framework::Apa;
        j.area = QStringLiteral("being-healthy");
        j.grade = value;
        j.label = value == 3 ? QStringLiteral("good")
            : value == 2     ? QStringLiteral("adequate")
                             : QStringLiteral("outstanding");
        j.source = source;
        j.confidence = confidence;
        j.documentTitle = title;
        j.evidenceText = title + QStringLiteral(" says so.");
        return j;
    }

    static QStringList candidateDump(const QAbstractItemModel &model)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < model.columnCount(); ++c)
                cells.append(model.index(r, c).data().toString());
            out.append(cells.join(QLatin1Char('|')));
        }
        return out;
    }

private slots:
    void candidateList()
    {
        CandidateListModel model;
        attachTester(&model);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(CandidateListModel::ColumnCount));
        QList<Judgement> candidates = candidateResult(m_city, 2008).judgements;
        candidates[0].id = 11;
        candidates[0].evidenceText = QStringLiteral(
            "Inspectors judged Leicester's services as good in 2008.");
        candidates[1].id = 12;
        candidates[1].review = ReviewState::Rejected;
        candidates[1].decidedBy = QStringLiteral("officer");
        candidates[1].decidedAt = QDateTime(QDate(2026, 12, 3), QTime(14, 5), Qt::UTC);
        model.setCandidates(candidates);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.columnCount(model.index(0, 0)), 0);
        QCOMPARE(candidateDump(model),
            (QStringList { "Leicester|2008|Annual performance assessment|Overall effectiveness of children's "
                           "services|3|good|60%|secondary source (news or blog)|To review|",
                "Leicester|2008|Annual performance assessment|Overall effectiveness of children's "
                "services|2|adequate|40%|secondary source (news or blog)|Rejected|officer, "
                    + QLocale().toString(candidates[1].decidedAt.toLocalTime(), QLocale::ShortFormat) }));
        // Said to a screen reader with the rest of the row; a decision of unknown author is its date.
        QVERIFY(model.index(1, CandidateListModel::DecidedColumn)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .endsWith(QLatin1String("Rejected, by officer, ")
                        + QLocale().toString(candidates[1].decidedAt.toLocalTime(), QLocale::ShortFormat)));
        candidates[1].decidedBy.clear();
        model.setCandidates(candidates);
        QCOMPARE(model.index(1, CandidateListModel::DecidedColumn).data().toString(),
            QLocale().toString(candidates[1].decidedAt.toLocalTime(), QLocale::ShortFormat));
        model.setCandidates(candidates.mid(0, 2));
        QCOMPARE(model.headerData(CandidateListModel::ConfidenceColumn, Qt::Horizontal).toString(),
            QStringLiteral("Confidence"));
        const QModelIndex first = model.index(0, CandidateListModel::StateColumn);
        QCOMPARE(first.data(CandidateListModel::JudgementIdRole).toLongLong(), 11);
        QCOMPARE(first.data(CandidateListModel::ReviewStateRole).toString(), QStringLiteral("to-review"));
        QCOMPARE(first.data(CandidateListModel::JudgementRole).value<Judgement>().grade, 3);
        QCOMPARE(first.data(CandidateListModel::SentenceRole).toString(),
            QStringLiteral("Inspectors judged Leicester's services as good in 2008."));
        QCOMPARE(first.data(ItemRoles::EvidenceRole).value<Evidence>().end, candidates[0].evidence.end);
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QLatin1String("year from the sentence")));
        QCOMPARE(
            model.index(1, CandidateListModel::ConfidenceColumn).data(ItemRoles::SortRole).toDouble(), 0.4);
        QCOMPARE(model.rowOfId(12), 1);
        QCOMPARE(model.rowOfId(99), -1);
        QCOMPARE(model.undecidedCount(), 1);
        model.setCandidates({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.undecidedCount(), 0);
    }

    // The cell shows the grade of the source of highest precedence (letter, council paper,
    // secondary), then of highest confidence; a different grade elsewhere marks the cell.
    void precedence_data()
    {
        QTest::addColumn<QList<int>>("sources"); // SourceKind per judgement
        QTest::addColumn<QList<int>>("grades");
        QTest::addColumn<QList<double>>("confidences");
        QTest::addColumn<int>("shownGrade");
        QTest::addColumn<QString>("shownSource");
        QTest::addColumn<bool>("disagreement");
        QTest::addColumn<int>("alternatives");
        const int letter = int(SourceKind::Letter), paper = int(SourceKind::CouncilPaper),
                  news = int(SourceKind::Secondary);
        QTest::newRow("one letter") << QList<int> { letter } << QList<int> { 3 } << QList<double> { 1.0 } << 3
                                    << "letter" << false << 0;
        QTest::newRow("letter beats paper") << QList<int> { paper, letter } << QList<int> { 2, 3 }
                                            << QList<double> { 1.0, 1.0 } << 3 << "letter" << true << 1;
        QTest::newRow("letter beats paper, either order")
            << QList<int> { letter, paper } << QList<int> { 3, 2 } << QList<double> { 1.0, 1.0 } << 3
            << "letter" << true << 1;
        QTest::newRow("paper beats news") << QList<int> { news, paper } << QList<int> { 4, 2 }
                                          << QList<double> { 1.0, 0.5 } << 2 << "council-paper" << true << 1;
        QTest::newRow("letter beats paper and news")
            << QList<int> { news, letter, paper } << QList<int> { 4, 3, 2 } << QList<double> { 1.0, 1.0, 1.0 }
            << 3 << "letter" << true << 2;
        QTest::newRow("same grade, no marker") << QList<int> { letter, news } << QList<int> { 3, 3 }
                                               << QList<double> { 1.0, 0.9 } << 3 << "letter" << false << 1;
        QTest::newRow("same source, surer wins")
            << QList<int> { news, news } << QList<int> { 2, 3 } << QList<double> { 0.4, 0.8 } << 3
            << "secondary" << true << 1;
    }

    void precedence()
    {
        QFETCH(QList<int>, sources);
        QFETCH(QList<int>, grades);
        QFETCH(QList<double>, confidences);
        QList<Judgement> judgements;
        for (int i = 0; i < sources.size(); ++i)
            judgements.append(grade(SourceKind(sources.at(i)), grades.at(i), confidences.at(i),
                QStringLiteral("Document %1").arg(i + 1)));
        GradeMatrixModel model;
        attachTester(&model);
        model.setAuthorities({ m_city });
        model.setJudgements(judgements);
        const QModelIndex cell = model.index(
            model.rowForArea(QStringLiteral("being-healthy")), model.columnFor(2007, m_city.laNumber));
        QVERIFY(cell.isValid());
        QTEST(cell.data(GradeMatrixModel::GradeRole).toInt(), "shownGrade");
        QTEST(cell.data(GradeMatrixModel::SourceRole).toString(), "shownSource");
        QTEST(cell.data(GradeMatrixModel::DisagreementRole).toBool(), "disagreement");
        const QList<Judgement> alternatives =
            cell.data(GradeMatrixModel::AlternativesRole).value<QList<Judgement>>();
        QTEST(int(alternatives.size()), "alternatives");
        QCOMPARE(model.alternativesAt(cell).size(), alternatives.size());
        QCOMPARE(model.judgementAt(cell).grade, cell.data(GradeMatrixModel::GradeRole).toInt());
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        const Judgement shown = model.judgementAt(cell);
        QVERIFY2(
            tip.contains(QStringLiteral("From: ") + sourceKindDisplayName(shown.source)), qPrintable(tip));
        QFETCH(bool, disagreement);
        QCOMPARE(tip.contains(QLatin1String("Another source gives a different grade")), disagreement);
        if (disagreement) {
            for (const Judgement &other : alternatives) {
                if (other.grade != shown.grade)
                    QVERIFY2(tip.contains(sourceKindDisplayName(other.source) + QStringLiteral(": ")
                                 + other.documentTitle),
                        qPrintable(tip));
            }
            QVERIFY(cell.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("different grade")));
        }
        // An empty cell has none of it.
        const QModelIndex empty = model.index(model.rowForArea(QStringLiteral("overall")), cell.column());
        QVERIFY(!empty.data(GradeMatrixModel::DisagreementRole).toBool());
        QVERIFY(!empty.data(GradeMatrixModel::AlternativesRole).isValid());
        QVERIFY(!empty.data(GradeMatrixModel::SourceRole).isValid());
    }

    // The headline chart and the map choose among a year's headline grades as the matrix does.
    void headlineAndMapFollowPrecedence()
    {
        Judgement letter = grade(SourceKind::Letter, 3, 1.0, QStringLiteral("Letter"));
        letter.area = QStringLiteral("overall");
        Judgement news = letter;
        news.source = SourceKind::Secondary;
        news.grade = 2;
        news.confidence = 0.9;
        for (const QList<Judgement> &order :
            { QList<Judgement> { letter, news }, QList<Judgement> { news, letter } }) {
            HeadlineSeriesModel headline;
            attachTester(&headline);
            headline.setHeadlines(order, { m_city });
            QCOMPARE(headline.judgementAt(2007 - HeadlineSeriesModel::FirstYear, 0).grade, 3);
            AuthorityMapModel map(HexLayout::bundled(), AuthorityRegister::bundled());
            attachTester(&map);
            map.setGrades(order, 2007);
            QCOMPARE(map.index(map.rowOf(m_city.laNumber), 0).data(AuthorityMapModel::GradeRole).toInt(), 3);
        }
        // A secondary source alone is shown.
        HeadlineSeriesModel headline;
        headline.setHeadlines({ news }, { m_city });
        QCOMPARE(headline.judgementAt(2007 - HeadlineSeriesModel::FirstYear, 0).grade, 2);
        AuthorityMapModel map(HexLayout::bundled(), AuthorityRegister::bundled());
        map.setGrades({ news }, 2007);
        QCOMPARE(map.index(map.rowOf(m_city.laNumber), 0).data(AuthorityMapModel::GradeRole).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestReviewModels)
#include "tst_reviewmodels.moc"
