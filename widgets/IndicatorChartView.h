#pragma once

#include <QChartView>

class ObservationTableModel;
struct Evidence;

// One indicator's values: the baseline, then the results in period order, one line per authority
// (and per labelled series), the target as a dashed reference line. Gaps stay gaps.
class IndicatorChartView : public QChartView
{
    Q_OBJECT
public:
    explicit IndicatorChartView(QWidget *parent = nullptr);
    void setModel(ObservationTableModel *model);
    void setIndicatorTitle(const QString &title);

signals:
    void evidenceRequested(const Evidence &evidence);

private:
    void rebuild();
    ObservationTableModel *m_model = nullptr;
    QString m_title;
};
