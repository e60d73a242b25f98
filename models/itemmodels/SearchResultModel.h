#pragma once

#include "domain/Passage.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/TranslatableTableModel.h"

// Passages found by full-text search, with snippets whose matches are marked [like this].
class SearchResultModel : public TranslatableTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DocumentColumn,
        HeadingColumn,
        SnippetColumn,
        ColumnCount
    };
    enum Role
    {
        DocumentIdRole = ItemRoles::UserRoleEnd
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setResults(const QList<Passage> &passages);
    Passage passageAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Passage> m_passages;
};
