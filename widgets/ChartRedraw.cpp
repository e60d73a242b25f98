#include "ChartRedraw.h"

#include "ChartStyle.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsObject>
#include <QGraphicsScene>
#include <QPointer>

ChartRedraw::ChartRedraw(QChart *chart)
    : m_chart(chart)
{
    ChartStyle::clear(chart);
}

ChartRedraw::~ChartRedraw()
{
    QGraphicsScene *scene = m_chart->scene();
    if (!scene)
        return;
    // Only this scene's items: nothing else's deferred deletion is brought forward. Guarded, as
    // deleting an item deletes its child items further down the list.
    QList<QPointer<QGraphicsObject>> items;
    const QList<QGraphicsItem *> all = scene->items();
    for (QGraphicsItem *item : all) {
        if (QGraphicsObject *object = item->toGraphicsObject())
            items.append(object);
    }
    for (const QPointer<QGraphicsObject> &item : std::as_const(items)) {
        if (item)
            QCoreApplication::sendPostedEvents(item, QEvent::DeferredDelete);
    }
}
