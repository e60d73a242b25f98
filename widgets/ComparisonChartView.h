#pragma once

#include "analysis/IndicatorComparison.h"

#include <QList>
#include <QWidget>

class QChartView;
class QLabel;
struct Evidence;

// An indicator from published data over the years it holds: each compared authority as a solid line
// with markers, the mean of its statistical neighbours dashed, its region dotted and England
// dash-dotted; gaps stay gaps. A value two documents give is one point, its tooltip naming both.
// Beneath, the latest standing in words: value, rank and quartile where enough authorities have a
// value to make them mean something, and better or worse than England by the measure's polarity.
class ComparisonChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonChartView(QWidget *parent = nullptr);

    // planValues: a National Indicator's values and targets from the authorities' own plans, drawn
    // over the published series behind it, each labelled with the document it came from.
    void setComparisons(const Indicator &indicator,
        const QList<IndicatorComparison::AuthorityComparison> &comparisons,
        const IndicatorComparison::Series &england, const QList<Observation> &planValues = {});
    QChartView *chartView() const { return m_view; }
    // The standings under the chart, with how ranks are counted (the label's tooltip), as rich text.
    QString standingText() const;
    // One authority's latest standing, in words (rich text).
    static QString standingText(const Authority &authority, const IndicatorComparison::Standing &standing,
        double value, const Indicator &indicator);
    // A point's value and period, and every document that gives it.
    static QString pointToolTip(
        const QString &authority, const IndicatorComparison::Point &point, int decimals);
    // The other documents that give the value shown at evidence, where two or more give it.
    QList<IndicatorComparison::Source> otherSources(const Evidence &evidence) const;

signals:
    void evidenceRequested(const Evidence &evidence);

private:
    QChartView *m_view;
    QLabel *m_standing;
    QList<QList<IndicatorComparison::Source>> m_shared; // the sources of each point two documents give
};
