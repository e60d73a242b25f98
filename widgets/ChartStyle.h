#pragma once

#include <Qt>

class QAbstractAxis;
class QChart;
class QChartView;
class QPalette;

// Charts follow the system palette: the dark theme on a dark palette, the light one otherwise,
// with the window's background so that a chart does not glare in a dark desktop.
namespace ChartStyle {
void apply(QChart *chart, const QPalette &palette);
// A view drawn antialiased, each change repainted as one rectangle. Qt's default repaints the
// changed items' rectangles, a region of many: the raster engine then draws antialiased lines a
// pixel at a time against that region, 25 times slower than against one rectangle, and the grid
// lines were a fifth of choosing another indicator at England scale.
void setUpView(QChartView *view);
// Numbers on axes and labels in the current language ("67,5" in Polish), without thousands
// separators, which would split years ("2 019"). Called whenever a chart is drawn anew.
void localize(QChart *chart);
// A chart about to be drawn anew: localized, its series and axes removed and deleted (a removed
// axis is the caller's to delete; left alone, each redraw would leak one), and the items Qt Charts
// drew them with deleted at once rather than after the next paint, which they would repaint.
void clear(QChart *chart);
// Adds an axis with its line and grid drawn as cosmetic (one device pixel) pens: the theme's
// one-unit pens take the painter's slow stroking path when antialiased, which was most of the
// time a chart took to repaint after a change of authorities.
void addAxis(QChart *chart, QAbstractAxis *axis, Qt::Alignment alignment);
} // namespace ChartStyle
