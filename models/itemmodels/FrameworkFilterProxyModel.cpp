#include "FrameworkFilterProxyModel.h"

#include "itemmodels/ItemRoles.h"

FrameworkFilterProxyModel::FrameworkFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ItemRoles::SortRole);
}

void FrameworkFilterProxyModel::setFrameworks(const QStringList &keys)
{
    if (keys == m_keys)
        return;
    m_keys = keys;
    invalidateFilter();
}

bool FrameworkFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_keys.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_keys.contains(index.data(ItemRoles::FrameworkRole).toString());
}
