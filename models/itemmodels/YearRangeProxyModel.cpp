#include "YearRangeProxyModel.h"

#include "itemmodels/ItemRoles.h"

YearRangeProxyModel::YearRangeProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ItemRoles::SortRole);
}

void YearRangeProxyModel::setYearRange(int first, int last)
{
    if (first == m_first && last == m_last)
        return;
    m_first = first;
    m_last = last;
    invalidateFilter();
}

void YearRangeProxyModel::setKeepRowsWithoutYear(bool keep)
{
    if (keep == m_keepWithoutYear)
        return;
    m_keepWithoutYear = keep;
    invalidateFilter();
}

bool YearRangeProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QVariant year = sourceModel()->index(sourceRow, 0, sourceParent).data(ItemRoles::YearRole);
    if (!year.isValid())
        return m_keepWithoutYear;
    return year.toInt() >= m_first && year.toInt() <= m_last;
}
