#pragma once

#include <QWidget>

// For a view among tabs or stacked pages: while it is hidden, a change only marks it out of
// date, and it is drawn when shown. Drawing charts and tables nobody sees made every change of
// authorities or indicator slower. Off by default: exports draw from hidden copies of the
// same views, which must draw at once.
class RedrawWhenShown
{
public:
    void setEnabled(bool enabled) { m_enabled = enabled; }
    // Whether the drawing of widget is to wait until it is shown (noted, so that shown() says so).
    bool postpone(const QWidget *widget)
    {
        m_stale = m_enabled && !widget->isVisible();
        return m_stale;
    }
    // From the widget's showEvent: whether it must be drawn now.
    bool shown() const { return m_stale; }

private:
    bool m_enabled = false;
    bool m_stale = false;
};
