#pragma once

#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

// Paints a cell as QStyledItemDelegate does, but keeps the laid-out text of each cell it has drawn
// (elided to the column's width) and draws it again from there. The style lays out and shapes a
// cell's text anew at every paint: at England scale that was over a quarter of choosing another
// indicator, whose list and values table repaint whole. Cells that wrap onto more lines, hold
// several, or have an icon, a check box or an editor are left to the style.
class LaidOutTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit LaidOutTextDelegate(QObject *parent = nullptr);
    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // The text as it is drawn in a column of that width and font, and where in the cell it sits.
    struct LaidOut
    {
        QStaticText text;
        QRect textRect; // where the style puts the text, in a cell at (0, 0)
        QPointF offset; // of the text within textRect
        bool wraps = false; // too wide for one line in a cell that wraps: left to the style
    };
    const LaidOut &laidOut(const QStyleOptionViewItem &option) const;

    mutable QHash<QString, LaidOut> m_cache;
    mutable QHash<QString, QSize> m_sizes;
};
