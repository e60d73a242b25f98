#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

// Paints a grade cell as a heat-map tile: the grade's colour, the number in bold and the words as
// written, shortened in a narrow cell (the number always shows). Empty cells are hatched and show a dash;
// their tooltip says why they are empty.
class GradeCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit GradeCellDelegate(QObject *parent = nullptr);
    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // In narrow columns the words go under the number rather than beside it. The view decides,
    // so that every cell of the table is laid out alike.
    void setStacked(bool stacked) { m_stacked = stacked; }
    bool isStacked() const { return m_stacked; }

    // Of candidates (longest first), the first that fits rect without cutting a word; empty if none.
    static QString wordsThatFit(
        const QFontMetrics &metrics, const QRect &rect, const QStringList &candidates);

private:
    bool m_stacked = false;
};
