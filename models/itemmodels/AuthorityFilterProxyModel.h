#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

// Keeps the rows of the chosen authorities (ItemRoles::AuthorityRole); with none chosen, all rows.
class AuthorityFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AuthorityFilterProxyModel(QObject *parent = nullptr);
    void setAuthorities(const QSet<int> &laNumbers);
    QSet<int> authorities() const { return m_laNumbers; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<int> m_laNumbers;
};
