#pragma once

#include <QObject>

class QWidget;

// A window whose every paint shows its widgets and charts where they settle. Qt delivers posted
// events in the order they were posted, so the paint a change asks for first comes before the
// layouts it asks for after (a label that wraps to another line, a page of a stack shown, a table
// that grows), and before the graphics scenes' queued polish and pass over their changed items:
// each of those then paints the window again. Watching the window's update requests, this settles
// all of them before the paint, which then is the only one.
class LayoutBeforePaint : public QObject
{
    Q_OBJECT

public:
    // Watches window, and is its child.
    explicit LayoutBeforePaint(QWidget *window);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};
