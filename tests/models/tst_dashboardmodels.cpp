// The dashboard's item models and proxies, each under QAbstractItemModelTester attached before it
// is populated, on what the importers read from the bundled documents.
#include "TestSupport.h"

#include "reference/AuthorityRegister.h"
#include "itemmodels/AuthorityFilterProxyModel.h"
#include "itemmodels/DocumentListModel.h"
#include "itemmodels/FindingListModel.h"
#include "itemmodels/FrameworkFilterProxyModel.h"
#include "itemmodels/GradeMatrixModel.h"
#include "itemmodels/HeadlineSeriesModel.h"
#include "itemmodels/IndicatorFilterProxyModel.h"
#include "itemmodels/IndicatorListModel.h"
#include "itemmodels/ObservationTableModel.h"
#include "itemmodels/SearchResultModel.h"
#include "itemmodels/TopicGroupProxyModel.h"
#include "itemmodels/YearRangeProxyModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace TestSupport;

class TestDashboardModels : public QObject
{
    Q_OBJECT

private:
    QList<Judgement> m_judgements;
    QList<Finding> m_findings;
    QList<Indicator> m_indicators;
    QList<Observation> m_observations;
    QList<Document> m_documents;
    Authority m_city;
    Authority m_county;

    static void attachTester(QAbstractItemModel *model)
    {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
    }

private slots:
    void initTestCase()
    {
        const DocumentImporter importer;
        qint64 id = 0;
        for (const QString &file : corpusFiles()) {
            auto outcome = importer.readFile(file);
            QVERIFY(outcome.ok());
            ImportResult &r = outcome.result;
            r.document.id = ++id;
            for (Judgement &j : r.judgements)
                j.evidence.documentId = id;
            m_judgements.append(r.judgements);
            m_findings.append(r.findings);
            m_indicators.append(r.indicators);
            m_observations.append(r.observations);
            m_documents.append(r.document);
        }
        m_city = AuthorityRegister::bundled().byName(QStringLiteral("Leicester City Council"));
        m_county = AuthorityRegister::bundled().byName(QStringLiteral("Leicestershire County Council"));
        QVERIFY(m_city.isValid() && m_county.isValid());
    }

    void gradeMatrix()
    {
        GradeMatrixModel model;
        attachTester(&model);
        QCOMPARE(model.columnCount(), 0);
        model.setJudgements(m_judgements);
        model.setAuthorities({ m_city, m_county });
        QCOMPARE(model.rowCount(), 13);
        QCOMPARE(model.columnCount(), 10); // 2006-2010, two authorities a year
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("2006\nLeicester"));

        // Grades by area, year and authority: one dump row per area, "-" for empty cells.
        QStringList dump;
        for (int r = 0; r < model.rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < model.columnCount(); ++c) {
                const QVariant g = model.index(r, c).data(GradeMatrixModel::GradeRole);
                cells.append(g.isValid() ? g.toString() : QStringLiteral("-"));
            }
            dump.append(model.index(r, 0).data(GradeMatrixModel::AreaRole).toString() + QLatin1Char(' ')
                + cells.join(QLatin1Char(' ')));
        }
        const QStringList expected { "overall - 3 - - 2 - - 3 2 -", "capacity - 4 - - 2 - - - - -",
            "being-healthy - 4 - - 2 - - - - -", "staying-safe - 4 - - 3 - - - - -",
            "enjoying-achieving - 2 - - 1 - - - - -", "positive-contribution - 4 - - 4 - - - - -",
            "economic-wellbeing - 3 - - 3 - - - - -", "social-care - 4 - - - - - - - -",
            "jar-safeguarding - - - - 3 - - - - -", "jar-looked-after - - - - 3 - - - - -",
            "jar-ldd - - - - 2 - - - - -", "jar-service-management - - - - 2 - - - - -",
            "jar-capacity - - - - 2 - - - - -" };
        QCOMPARE(dump, expected);

        const QModelIndex filled = model.index(0, model.columnFor(2009, m_county.laNumber));
        QCOMPARE(filled.data().toString(), QStringLiteral("3 Performs well"));
        QVERIFY(filled.data(ItemRoles::EvidenceRole).value<Evidence>().isValid());
        const QModelIndex empty = model.index(
            model.rowForArea(QStringLiteral("being-healthy")), model.columnFor(2010, m_city.laNumber));
        QVERIFY(!empty.data(GradeMatrixModel::GradeRole).isValid());
        QVERIFY(empty.data(Qt::ToolTipRole).toString().contains(QLatin1String("ended in 2008")));
        const QModelIndex noLetter = model.index(0, model.columnFor(2007, m_city.laNumber));
        QVERIFY(noLetter.data(Qt::ToolTipRole).toString().contains(QLatin1String("in the loaded documents")));

        // A third authority adds a column group; removing all leaves no columns.
        Authority camden = AuthorityRegister::bundled().byName(QStringLiteral("Camden"));
        model.setAuthorities({ m_city, m_county, camden });
        QCOMPARE(model.columnCount(), 15);
        model.setAuthorities({});
        QCOMPARE(model.columnCount(), 0);
    }

    void headlineSeries()
    {
        HeadlineSeriesModel model;
        attachTester(&model);
        model.setHeadlines(m_judgements, { m_city, m_county });
        QCOMPARE(model.rowCount(), 5);
        QStringList dump;
        for (int r = 0; r < model.rowCount(); ++r) {
            QStringList row { QString::number(model.yearOfRow(r)) };
            for (int c = 0; c < model.columnCount(); ++c) {
                const QVariant v = model.index(r, c).data(ItemRoles::ValueRole);
                row.append(v.isValid() ? v.toString() : QStringLiteral("-"));
            }
            dump.append(row.join(QLatin1Char(' ')));
        }
        QCOMPARE(dump, (QStringList { "2006 - 3", "2007 - -", "2008 2 -", "2009 - 3", "2010 2 -" }));
        model.setHeadlines({}, {});
        QCOMPARE(model.columnCount(), 0);
    }

    void indicatorsAndFilter()
    {
        IndicatorListModel model;
        IndicatorFilterProxyModel filter;
        attachTester(&model);
        attachTester(&filter);
        filter.setSourceModel(&model);
        model.setIndicators(m_indicators, m_observations);
        QCOMPARE(model.rowCount(), int(m_indicators.size()));
        const int ni53 = model.rowForCode(QStringLiteral("NI 53"));
        QCOMPARE(
            model.index(ni53, IndicatorListModel::LatestColumn).data().toString(), QStringLiteral("42.5%"));
        QCOMPARE(
            model.index(ni53, IndicatorListModel::TargetColumn).data().toString(), QStringLiteral("42.6%"));
        // NI 64 has "<10%" as its target: lower is better, and 10.5% misses it.
        const int ni64 = model.rowForCode(QStringLiteral("NI 64"));
        QCOMPARE(model.index(ni64, 0).data(IndicatorListModel::StatusRole).toInt(),
            int(IndicatorStatus::State::NotMet));
        // NI 53 has no stated direction, so the status says so instead of guessing.
        QCOMPARE(model.index(ni53, 0).data(IndicatorListModel::StatusRole).toInt(),
            int(IndicatorStatus::State::DirectionUnknown));

        filter.setFilterText(QStringLiteral("ni 53"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setFilterText(QStringLiteral("breastfeeding"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setFilterText(QStringLiteral("stay safe"));
        QVERIFY(filter.rowCount() > 10);
        filter.setFilterText(QStringLiteral("[(*"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setFilterText(QString());
        QCOMPARE(filter.rowCount(), model.rowCount());
        model.setIndicators({}, {});
        QCOMPARE(filter.rowCount(), 0);
    }

    void indicatorsGroupedByTopic()
    {
        IndicatorListModel model;
        IndicatorFilterProxyModel filter;
        TopicGroupProxyModel topics(IndicatorListModel::TopicColumn);
        attachTester(&model);
        attachTester(&filter);
        attachTester(&topics);
        filter.setSourceModel(&model);
        topics.setSourceModel(&filter);
        model.setIndicators(m_indicators, m_observations);

        // One topic row for each of the plan's outcome sections, in the plan's order, holding
        // every indicator once.
        QStringList sections;
        for (const Indicator &i : std::as_const(m_indicators)) {
            if (!sections.contains(i.section.trimmed()))
                sections.append(i.section.trimmed());
        }
        QCOMPARE(topics.rowCount(), int(sections.size()));
        int children = 0;
        for (int t = 0; t < topics.rowCount(); ++t) {
            const QModelIndex topic = topics.index(t, 0);
            QVERIFY(topic.data(TopicGroupProxyModel::IsTopicRole).toBool());
            QVERIFY(!(topics.flags(topic) & Qt::ItemIsSelectable));
            QCOMPARE(topic.data(Qt::AccessibleTextRole).toString(), sections.at(t));
            QCOMPARE(topic.data().toString(),
                QStringLiteral("%1 (%2)").arg(sections.at(t)).arg(topics.rowCount(topic)));
            for (int r = 0; r < topics.rowCount(topic); ++r) {
                const QModelIndex child = topics.index(r, IndicatorListModel::TopicColumn, topic);
                QCOMPARE(child.data().toString().trimmed(), sections.at(t));
                QCOMPARE(topics.mapFromSource(topics.mapToSource(child)), child);
            }
            children += topics.rowCount(topic);
        }
        QCOMPARE(children, model.rowCount());
        QCOMPARE(topics.headerData(IndicatorListModel::CodeColumn, Qt::Horizontal),
            model.headerData(IndicatorListModel::CodeColumn, Qt::Horizontal));

        // NI 53 sits under its section, and is found through both proxies.
        const QModelIndex ni53 = topics.mapFromSource(
            filter.mapFromSource(model.index(model.rowForCode(QStringLiteral("NI 53")), 0)));
        QVERIFY(ni53.isValid());
        QCOMPARE(ni53.data(IndicatorListModel::CodeRole).toString(), QStringLiteral("NI 53"));
        QCOMPARE(ni53.parent().data(Qt::AccessibleTextRole).toString(),
            model.index(model.rowForCode(QStringLiteral("NI 53")), IndicatorListModel::TopicColumn)
                .data()
                .toString());

        // Sorting happens in the source and keeps each row in its topic; a persistent index follows.
        const QPersistentModelIndex kept(ni53);
        topics.sort(IndicatorListModel::CodeColumn, Qt::DescendingOrder);
        QCOMPARE(kept.data(IndicatorListModel::CodeRole).toString(), QStringLiteral("NI 53"));
        QCOMPARE(topics.rowCount(), int(sections.size()));
        for (int t = 0; t < topics.rowCount(); ++t) {
            const QModelIndex topic = topics.index(t, 0);
            for (int r = 1; r < topics.rowCount(topic); ++r)
                QVERIFY(topics.index(r - 1, 0, topic).data(ItemRoles::SortRole).toString()
                    >= topics.index(r, 0, topic).data(ItemRoles::SortRole).toString());
        }

        // The filter leaves only the topics with a match.
        filter.setFilterText(QStringLiteral("ni 53"));
        QCOMPARE(topics.rowCount(), 1);
        QCOMPARE(topics.rowCount(topics.index(0, 0)), 1);
        filter.setFilterText(QString());
        model.setIndicators({}, {});
        QCOMPARE(topics.rowCount(), 0);
    }

    void observationsByAuthorityAndYear()
    {
        ObservationTableModel model;
        AuthorityFilterProxyModel byAuthority;
        YearRangeProxyModel byYear;
        attachTester(&model);
        attachTester(&byAuthority);
        attachTester(&byYear);
        byAuthority.setSourceModel(&model);
        byYear.setSourceModel(&byAuthority);
        QList<Observation> ni53;
        for (const Observation &o : std::as_const(m_observations)) {
            if (o.indicatorCode == QLatin1String("NI 53"))
                ni53.append(o);
        }
        model.setObservations(ni53);
        QCOMPARE(model.rowCount(), 3);
        byAuthority.setAuthorities({ m_city.laNumber });
        QCOMPARE(byYear.rowCount(), 0);
        byAuthority.setAuthorities({ m_county.laNumber });
        byYear.setYearRange(2010, 2010);
        QCOMPARE(byYear.rowCount(), 1); // Qtr 4 09/10 starts in January 2010
        QCOMPARE(
            byYear.index(0, ObservationTableModel::ValueColumn).data().toString(), QStringLiteral("42.5%"));
        byYear.setKeepRowsWithoutYear(true);
        QCOMPARE(byYear.rowCount(), 2); // and the target, which states no period
        model.setObservations({});
        QCOMPARE(byYear.rowCount(), 0);
    }

    void findingsByFramework()
    {
        FindingListModel model;
        FrameworkFilterProxyModel byFramework;
        attachTester(&model);
        attachTester(&byFramework);
        byFramework.setSourceModel(&model);
        model.setFindings(m_findings);
        QCOMPARE(model.rowCount(), 32);
        byFramework.setFrameworks({ frameworkKey(Framework::AnnualAssessment2010) });
        QCOMPARE(byFramework.rowCount(), 3);
        QCOMPARE(byFramework.index(0, FindingListModel::KindColumn).data().toString(),
            QStringLiteral("Area for further development"));
        byFramework.setFrameworks({});
        QCOMPARE(byFramework.rowCount(), 32);
    }

    void documentsAndSearchResults()
    {
        DocumentListModel documents;
        attachTester(&documents);
        documents.setDocuments(m_documents);
        QCOMPARE(documents.rowCount(), 5);
        QCOMPARE(documents.documentById(3).id, 3);

        SearchResultModel results;
        attachTester(&results);
        Passage p;
        p.documentId = 1;
        p.documentTitle = QStringLiteral("Letter");
        p.snippet = QStringLiteral("the [safeguarding] arrangements");
        p.span = { 1, 10, 40 };
        results.setResults({ p, p });
        QCOMPARE(results.rowCount(), 2);
        QCOMPARE(results.index(0, SearchResultModel::SnippetColumn).data().toString(), p.snippet);
        results.setResults({});
        QCOMPARE(results.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDashboardModels)
#include "tst_dashboardmodels.moc"
