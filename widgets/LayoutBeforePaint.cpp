#include "LayoutBeforePaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QWidget>

namespace {
// A layout that changes size asks its parent's in turn: a few passes reach the window.
void settleLayouts()
{
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}
} // namespace

LayoutBeforePaint::LayoutBeforePaint(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    window->installEventFilter(this);
}

bool LayoutBeforePaint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || event->type() != QEvent::UpdateRequest)
        return QObject::eventFilter(watched, event);
    settleLayouts();
    QList<QGraphicsScene *> scenes;
    const QList<QGraphicsView *> views = m_window->findChildren<QGraphicsView *>();
    for (QGraphicsView *view : views) {
        if (view->isVisible() && view->scene())
            scenes.append(view->scene());
    }
    // The scenes' queued calls, made now. All three are slots of QGraphicsScene's meta-object since
    // Qt 4.6; were one renamed, the call would fail with a warning and the window be painted twice
    // after a change, as before (tst_windowfollows counts the paints of a change). The polish of
    // new items (a chart's legend markers) asks for a layout, hence the layouts again.
    for (QGraphicsScene *scene : std::as_const(scenes))
        QMetaObject::invokeMethod(scene, "_q_polishItems");
    settleLayouts();
    // The pass over the items that moved or changed, and the scene's own update that the pass
    // leaves to its queued call when one is pending: the regions they ask the views to repaint
    // join this paint rather than ask for another after it.
    for (QGraphicsScene *scene : std::as_const(scenes)) {
        QMetaObject::invokeMethod(scene, "_q_processDirtyItems");
        QMetaObject::invokeMethod(scene, "_q_emitUpdated");
    }
    return QObject::eventFilter(watched, event);
}
