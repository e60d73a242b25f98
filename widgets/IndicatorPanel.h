#pragma once

#include "analysis/IndicatorComparison.h"
#include "domain/Evidence.h"

#include <QWidget>

class ComparisonChartView;
class IndicatorChartView;
class QStackedWidget;
class IndicatorFilterProxyModel;
class IndicatorListModel;
class ObservationTableModel;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QTreeView;
class TopicGroupProxyModel;

// A searchable list of indicators; choosing one shows its values as a chart and as a table of
// periods and cells as written.
class IndicatorPanel : public QWidget
{
    Q_OBJECT
public:
    IndicatorPanel(
        IndicatorListModel *indicators, ObservationTableModel *observations, QWidget *parent = nullptr);

    QString currentCode() const;
    // The evidence of the value row chosen in the table; invalid when none is.
    Evidence currentEvidence() const;
    void selectCode(const QString &code);
    IndicatorChartView *chartView() const { return m_chart; }
    ComparisonChartView *comparisonView() const { return m_comparison; }
    // Published data for many authorities: compared with neighbours, region and England.
    void showComparison(const Indicator &indicator,
        const QList<IndicatorComparison::AuthorityComparison> &comparisons,
        const IndicatorComparison::Series &england, const QList<Observation> &planValues = {});
    // A plan's own values: baseline, results and target.
    void showPlanValues(const Indicator &indicator);
    void retranslate();

signals:
    void indicatorChosen(const QString &code);
    void evidenceRequested(const Evidence &evidence);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateChartTitle();
    void fitDescription(); // the description box's height and colours, from the panel's
    void showTopics();
    int sourceRow(const QModelIndex &listIndex) const; // row of m_indicators, or -1 for a topic
    IndicatorListModel *m_indicators;
    IndicatorFilterProxyModel *m_filter;
    QLineEdit *m_search;
    TopicGroupProxyModel *m_topics;
    QTreeView *m_list;
    IndicatorChartView *m_chart;
    QTableView *m_values;
    QLabel *m_searchLabel;
    ComparisonChartView *m_comparison;
    QStackedWidget *m_charts;
    QTextBrowser *m_description;
};
