#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

// Keeps rows whose ItemRoles::FrameworkRole is one of the chosen framework keys; none chosen, all rows.
class FrameworkFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FrameworkFilterProxyModel(QObject *parent = nullptr);
    void setFrameworks(const QStringList &keys);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_keys;
};
