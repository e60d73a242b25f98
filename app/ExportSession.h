#pragma once

#include "ExportContext.h"
#include "analysis/IndicatorComparison.h"
#include "domain/Authority.h"
#include "domain/Document.h"
#include "domain/Observation.h"

#include <QList>
#include <QSize>
#include <memory>

class AuthorityMapModel;
class ComparisonChartView;
class GradeMatrixModel;
class HeadlineChartView;
class HeadlineSeriesModel;
class IndicatorChartView;
class MapPanel;
class ObservationTableModel;
class OutcomeChartView;
class QWidget;
class Store;
class SummaryReport;

// The models and charts behind an export or a summary, built from the store for the compared
// authorities, the same way the window builds them; used by the command line, which has no window.
class ExportSession
{
public:
    ExportSession(Store &store, const QList<Authority> &authorities);
    ~ExportSession();

    // "timeline", "outcomes", "indicator:CODE" or "map:CODE" / "map:grades", optionally with
    // ":YEAR" (the period starting that year; the latest by default); the view is sized for drawing at size.
    QWidget *chart(const QString &which, const QSize &size, QString *error);
    // The context of the grade comparison: the compared authorities' grades and their documents.
    ExportContext context(const QString &title) const;
    // The context of a chart made by chart(): the authorities, years and documents whose values it
    // draws (the window's exports and the command line's both come here); a map carries its own
    // title, period and source.
    ExportContext context(const QString &title, QWidget *chart) const;
    std::unique_ptr<SummaryReport> report();
    // The two authorities with the most documents: what the window compares until told otherwise.
    static QList<Authority> defaultAuthorities(const Store &store);
    static QList<Authority> defaultAuthorities(const QList<Document> &documents);
    const QList<Document> &sources() const { return m_sources; }
    void setOutcomeYear(int year) { m_outcomeYear = year; }
    // Whether an indicator's values come from published data for many authorities (charted as a
    // comparison) rather than from one plan's table.
    static bool isPublishedData(const QList<Observation> &observations);
    // Each authority against its statistical neighbours, region and England.
    static QList<IndicatorComparison::AuthorityComparison> compare(
        const Store &store, const IndicatorComparison &comparison, const QList<Authority> &authorities);
    // What the window and exports show for one indicator: for published data (an officer's table
    // among them), the compared authorities against their neighbours, region and England; for a
    // National Indicator with published series behind it, those series; either way with the
    // plans' own values and targets over them.
    struct IndicatorView
    {
        Indicator indicator; // as chosen (the National Indicator, or the measure itself)
        bool published = false; // charted as a comparison
        Indicator measure; // the published series' measure (title, unit, polarity) when published
        QList<IndicatorComparison::AuthorityComparison> comparisons;
        IndicatorComparison::Series england;
        // The indicator's values from plans still drawn over the series on their own: baselines,
        // targets and results no published point gives (those are that point's second source).
        QList<Observation> planValues;
        QList<Observation> listed; // what the values table lists
    };
    // indicators: the database's, as listedIndicators gives them (the caller has them already).
    static IndicatorView indicatorView(const Store &store, const Indicator &indicator,
        const QList<Authority> &authorities, const QList<Indicator> &indicators);
    // The database's indicators, with each National Indicator that published series are the
    // measure behind listed too, where no plan in the database names it.
    static QList<Indicator> listedIndicators(const Store &store);
    // The same, from the database's indicators read already.
    static QList<Indicator> listedIndicators(QList<Indicator> indicators);
    // A slug for file names: "timeline", "outcomes", "indicator-ni-53".
    static QString chartSlug(const QString &which);

private:
    // What a chart draws: the evidence of each value, the authorities and the years they are for.
    struct Drawn
    {
        QList<Evidence> evidence;
        QList<int> authorities; // LA numbers, in the order first drawn
        int firstYear = 0;
        int lastYear = 0;
        void add(const Evidence &e, int laNumber, int first, int last);
    };
    ExportContext contextOf(const QString &title, const Drawn &drawn) const;
    Drawn gradesDrawn() const;
    Drawn headlinesDrawn() const;
    Drawn outcomesDrawn(int year) const;
    static Drawn observationsDrawn(const QList<Observation> &observations, const QList<Authority> &counted);

    Store &m_store;
    QList<Authority> m_authorities;
    QList<Document> m_sources;
    // The off-screen window the charts are laid out in, as children: a chart view that is a window
    // of its own passes its size constraints to the platform, which offscreen cannot take and says
    // so on stderr at every export. Declared before the views, so that it outlives them.
    std::unique_ptr<QWidget> m_holder;
    std::unique_ptr<GradeMatrixModel> m_grades;
    std::unique_ptr<HeadlineSeriesModel> m_headline;
    std::unique_ptr<HeadlineChartView> m_headlineView;
    std::unique_ptr<OutcomeChartView> m_outcomes;
    std::unique_ptr<ObservationTableModel> m_observations;
    std::unique_ptr<IndicatorChartView> m_indicatorView;
    std::unique_ptr<ComparisonChartView> m_comparisonView;
    std::unique_ptr<AuthorityMapModel> m_mapModel;
    std::unique_ptr<MapPanel> m_map;
    int m_outcomeYear = 2008;
    QWidget *m_drawnChart = nullptr; // the chart m_drawn describes
    Drawn m_drawn;
};
