#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLocale>
#include <QPalette>
#include <QPen>

namespace ChartStyle {

void apply(QChart *chart, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setTitleBrush(palette.brush(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    localize(chart);
}

void localize(QChart *chart)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    chart->setLocale(locale);
    chart->setLocalizeNumbers(true);
}

void clear(QChart *chart)
{
    localize(chart);
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void addAxis(QChart *chart, QAbstractAxis *axis, Qt::Alignment alignment)
{
    chart->addAxis(axis, alignment); // the theme gives it its pens here
    const auto cosmetic = [](QPen pen) {
        pen.setCosmetic(true);
        return pen;
    };
    axis->setLinePen(cosmetic(axis->linePen()));
    axis->setGridLinePen(cosmetic(axis->gridLinePen()));
    axis->setMinorGridLinePen(cosmetic(axis->minorGridLinePen()));
}

} // namespace ChartStyle
