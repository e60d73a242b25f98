#include "YearGroupHeaderView.h"

#include "itemmodels/GradeMatrixModel.h"

#include <QPainter>
#include <QStyleOptionHeader>

YearGroupHeaderView::YearGroupHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setDefaultAlignment(Qt::AlignCenter);
    setHighlightSections(true);
}

int YearGroupHeaderView::yearOf(int logicalIndex) const
{
    return model() ? model()->headerData(logicalIndex, orientation(), ItemRoles::YearRole).toInt() : 0;
}

QPair<int, int> YearGroupHeaderView::groupOf(int logicalIndex) const
{
    // Neighbours on screen with the same year form its group.
    const int year = yearOf(logicalIndex);
    int first = visualIndex(logicalIndex);
    int last = first;
    while (first > 0 && yearOf(this->logicalIndex(first - 1)) == year)
        --first;
    while (last + 1 < count() && yearOf(this->logicalIndex(last + 1)) == year)
        ++last;
    return { this->logicalIndex(first), this->logicalIndex(last) };
}

int YearGroupHeaderView::bandHeight() const
{
    return fontMetrics().height() + 8;
}

QSize YearGroupHeaderView::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    size.setHeight(2 * bandHeight());
    return size;
}

QSize YearGroupHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    // Only the height counts: the columns' widths are the view's to set.
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    size.setHeight(2 * bandHeight());
    return size;
}

void YearGroupHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid() || !model())
        return;
    const int year = yearOf(logicalIndex);
    const QString name =
        model()->headerData(logicalIndex, orientation(), GradeMatrixModel::AuthorityNameRole).toString();

    // The year band spans the group; every section of the group draws the whole band, so that
    // a partial repaint draws the same pixels.
    const auto [first, last] = groupOf(logicalIndex);
    const int left = sectionViewportPosition(first);
    const int right = sectionViewportPosition(last) + sectionSize(last);
    const int band = rect.height() / 2;
    QStyleOptionHeader yearOption;
    initStyleOption(&yearOption);
    yearOption.rect = QRect(left, rect.top(), right - left, band);
    yearOption.section = logicalIndex;
    yearOption.text = year > 0 ? QString::number(year) : QString();
    yearOption.textAlignment = Qt::AlignCenter;
    yearOption.position = QStyleOptionHeader::Middle;
    QFont bold = font();
    bold.setBold(true);
    painter->save();
    painter->setFont(bold);
    style()->drawControl(QStyle::CE_Header, &yearOption, painter, this);
    painter->restore();

    QStyleOptionHeader nameOption;
    initStyleOption(&nameOption);
    initStyleOptionForIndex(&nameOption, logicalIndex);
    nameOption.rect = QRect(rect.left(), rect.top() + band, rect.width(), rect.height() - band);
    nameOption.text = fontMetrics().elidedText(name, Qt::ElideMiddle, nameOption.rect.width() - 6);
    nameOption.textAlignment = Qt::AlignCenter;
    nameOption.sortIndicator = QStyleOptionHeader::None;
    style()->drawControl(QStyle::CE_Header, &nameOption, painter, this);
}
