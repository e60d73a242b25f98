#pragma once

#include "domain/Document.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/TranslatableTableModel.h"

// The documents in the database: date, authority, kind, title, and who imported each when.
class DocumentListModel : public TranslatableTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        AuthorityColumn,
        KindColumn,
        TitleColumn,
        ImportedColumn, // who imported it (the database user on a team server) and when
        ColumnCount
    };
    enum Role
    {
        DocumentIdRole = ItemRoles::UserRoleEnd
    };

    explicit DocumentListModel(QObject *parent = nullptr);

    void setDocuments(const QList<Document> &documents);
    Document documentAt(int row) const;
    Document documentById(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Document> m_documents;
};
