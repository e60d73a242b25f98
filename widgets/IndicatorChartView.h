#pragma once

#include "RedrawWhenShown.h"

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
    // As a page of the indicator panel, hidden while a published series is compared instead.
    void setDeferredWhileHidden(bool deferred) { m_redraw.setEnabled(deferred); }

signals:
    void evidenceRequested(const Evidence &evidence);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    ObservationTableModel *m_model = nullptr;
    QString m_title;
    RedrawWhenShown m_redraw;
};
