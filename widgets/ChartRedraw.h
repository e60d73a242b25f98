#pragma once

class QChart;

// A chart drawn anew, for the length of a scope: cleared when made (ChartStyle::clear), and when
// the scope ends, by whichever return, rid of the items of what was cleared. Qt Charts hides the
// items of the axes and series it removes and hands them to deleteLater(): deleted by the event
// loop after the change's paint, each tells the scene where it was, and the chart is painted a
// second time. (The window's LayoutBeforePaint settles the rest before that paint.)
class ChartRedraw
{
public:
    explicit ChartRedraw(QChart *chart);
    ~ChartRedraw();
    ChartRedraw(const ChartRedraw &) = delete;
    ChartRedraw &operator=(const ChartRedraw &) = delete;

private:
    QChart *m_chart;
};
