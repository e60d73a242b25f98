#pragma once

#include "RedrawWhenShown.h"
#include <QStringList>

#include <QWidget>

class GradeMatrixModel;
class QChartView;
class YearChooser;
class QLabel;
struct Evidence;

// The five outcome areas and capacity to improve for a chosen year, the compared authorities as
// grouped bars, each bar labelled with its grade; areas without a grade are listed under the chart.
class OutcomeChartView : public QWidget
{
    Q_OBJECT
public:
    explicit OutcomeChartView(QWidget *parent = nullptr);
    void setModel(GradeMatrixModel *model);
    int year() const;
    void setYear(int year);
    QChartView *chartView() const { return m_view; }
    // The areas charted, in order: the five outcomes and capacity to improve.
    static const QStringList &areaKeys();
    void retranslate();
    // On screen among tabs: while hidden, a change only marks it out of date, and it is drawn
    // when shown. Off (the default) for the hidden copies exports draw from.
    void setDeferredWhileHidden(bool deferred) { m_redraw.setEnabled(deferred); }

signals:
    void evidenceRequested(const Evidence &evidence);
    void yearChanged(int year);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    GradeMatrixModel *m_model = nullptr;
    YearChooser *m_year;
    QChartView *m_view;
    RedrawWhenShown m_redraw;
    QLabel *m_missing;
};
