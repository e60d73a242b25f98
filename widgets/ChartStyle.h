#pragma once

class QChart;
class QPalette;

// Charts follow the system palette: the dark theme on a dark palette, the light one otherwise,
// with the window's background so that a chart does not glare in a dark desktop.
namespace ChartStyle {
void apply(QChart *chart, const QPalette &palette);
}
