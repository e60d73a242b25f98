#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGraphicsObject>
#include <QGraphicsScene>
#include <QLocale>
#include <QPalette>
#include <QPen>
#include <QPointer>

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

void setUpView(QChartView *view)
{
    view->setRenderHint(QPainter::Antialiasing);
    view->setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
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
    // Qt Charts hides the items of the axes and series it removes and hands them to deleteLater():
    // deleted by the event loop after the change's paint, each tells the scene where it was, and
    // the chart is painted a second time. Deleted now. Only this scene's items: nothing else's
    // deferred deletion is brought forward. Guarded, as deleting an item deletes its child items
    // further down the list. (The window's LayoutBeforePaint settles the rest before the paint.)
    QGraphicsScene *scene = chart->scene();
    if (!scene)
        return;
    QList<QPointer<QGraphicsObject>> removed;
    const QList<QGraphicsItem *> items = scene->items();
    for (QGraphicsItem *item : items) {
        if (QGraphicsObject *object = item->toGraphicsObject())
            removed.append(object);
    }
    for (const QPointer<QGraphicsObject> &item : std::as_const(removed)) {
        if (item)
            QCoreApplication::sendPostedEvents(item, QEvent::DeferredDelete);
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
