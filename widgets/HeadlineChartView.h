#pragma once

#include <QChartView>

class HeadlineSeriesModel;
struct Evidence;

// Both authorities' headline grades by year on a 1-4 axis labelled with the grade words. A marker
// and the grade number on every point; no line across a missing year or across the change from the
// APA (to 2008) to the annual rating (2009 on), which the chart marks; a line style and marker
// shape per authority as well as a colour.
class HeadlineChartView : public QChartView
{
    Q_OBJECT
public:
    explicit HeadlineChartView(QWidget *parent = nullptr);
    void setModel(HeadlineSeriesModel *model);
    void retranslate();

signals:
    void evidenceRequested(const Evidence &evidence);

private:
    void rebuild();
    HeadlineSeriesModel *m_model = nullptr;
};
