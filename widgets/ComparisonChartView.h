#pragma once

#include "itemmodels/IndicatorComparison.h"

#include <QWidget>

class QChartView;
class QLabel;
struct Evidence;

// An indicator from published data over the years it holds: each compared authority as a solid line
// with markers, the mean of its statistical neighbours dashed, its region dotted and England
// dash-dotted; gaps stay gaps. Beneath, the latest standing in words: value, rank and quartile,
// and better or worse than England by the measure's polarity.
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
    QString standingText() const;

signals:
    void evidenceRequested(const Evidence &evidence);

private:
    QChartView *m_view;
    QLabel *m_standing;
};
