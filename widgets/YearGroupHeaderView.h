#pragma once

#include <QHeaderView>

// The grade table's column header in two bands: each year once, over the authorities compared in
// it, and each authority's name beneath. Columns stay narrow, because the year is not repeated in
// every column and long names are shortened (the tooltip has the whole).
class YearGroupHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    explicit YearGroupHeaderView(QWidget *parent = nullptr);

    // The first and last logical section of the year group that section belongs to.
    QPair<int, int> groupOf(int logicalIndex) const;

    QSize sizeHint() const override;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    int yearOf(int logicalIndex) const;
    int bandHeight() const;
};
