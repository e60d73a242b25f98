#pragma once

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

signals:
    void evidenceRequested(const Evidence &evidence);
    void yearChanged(int year);

private:
    void rebuild();
    GradeMatrixModel *m_model = nullptr;
    YearChooser *m_year;
    QChartView *m_view;
    QLabel *m_missing;
};
