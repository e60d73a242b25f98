#pragma once

#include <QStyledItemDelegate>

// Paints a grade cell as a heat-map tile: the grade's colour, the number in bold and the words as
// written. Empty cells are hatched and show a dash; their tooltip says why they are empty.
class GradeCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit GradeCellDelegate(QObject *parent = nullptr);
    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
