#include "AuthorityFilterProxyModel.h"

#include "itemmodels/ItemRoles.h"

AuthorityFilterProxyModel::AuthorityFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ItemRoles::SortRole);
}

void AuthorityFilterProxyModel::setAuthorities(const QSet<int> &laNumbers)
{
    if (laNumbers == m_laNumbers)
        return;
    m_laNumbers = laNumbers;
    invalidateFilter(); // Qt 6.4 has no invalidateRowsFilter() yet
}

bool AuthorityFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_laNumbers.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_laNumbers.contains(index.data(ItemRoles::AuthorityRole).toInt());
}
