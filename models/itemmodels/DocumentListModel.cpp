#include "DocumentListModel.h"

#include "RecordedBy.h"

#include <QLocale>

DocumentListModel::DocumentListModel(QObject *parent)
    : TranslatableTableModel(parent)
{
}

void DocumentListModel::setDocuments(const QList<Document> &documents)
{
    beginResetModel();
    m_documents = documents;
    endResetModel();
}

Document DocumentListModel::documentAt(int row) const
{
    return m_documents.value(row);
}

Document DocumentListModel::documentById(qint64 id) const
{
    for (const Document &d : m_documents) {
        if (d.id == id)
            return d;
    }
    return Document();
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Document &d = m_documents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(d.published, QLocale::ShortFormat);
        case AuthorityColumn:
            return d.authority.name;
        case KindColumn:
            return documentKindDisplayName(d.kind);
        case TitleColumn:
            return d.title;
        case ImportedColumn:
            return RecordedBy::text(d.importedBy, d.importedAt);
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1\nImported from %2").arg(d.title, d.sourceName);
    case ItemRoles::SortRole:
        switch (index.column()) {
        case DateColumn:
            return d.published;
        case ImportedColumn:
            return d.importedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case ItemRoles::AuthorityRole:
        return d.authority.laNumber;
    case ItemRoles::YearRole:
        return d.published.year();
    case DocumentIdRole:
        return d.id;
    default:
        break;
    }
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case AuthorityColumn:
        return tr("Authority");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case ImportedColumn:
        return tr("Imported");
    }
    return {};
}
