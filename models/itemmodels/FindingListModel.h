#pragma once

#include "domain/Finding.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/TranslatableTableModel.h"

// Key strengths and areas for improvement or development, as the letters list them.
class FindingListModel : public TranslatableTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        AreaColumn,
        TextColumn,
        ColumnCount
    };
    enum Role
    {
        KindRole = ItemRoles::UserRoleEnd
    }; // FindingKind as int

    explicit FindingListModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    Finding findingAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Finding> m_findings;
};
