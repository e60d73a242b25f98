#include "SearchResultModel.h"

SearchResultModel::SearchResultModel(QObject *parent)
    : TranslatableTableModel(parent)
{
}

void SearchResultModel::setResults(const QList<Passage> &passages)
{
    beginResetModel();
    m_passages = passages;
    endResetModel();
}

Passage SearchResultModel::passageAt(int row) const
{
    return m_passages.value(row);
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_passages.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Passage &p = m_passages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DocumentColumn:
            return p.documentTitle;
        case HeadingColumn:
            return p.heading;
        case SnippetColumn:
            return p.snippet.simplified();
        }
        break;
    case Qt::ToolTipRole:
        return p.text;
    case ItemRoles::SortRole:
        return index.row();
    case ItemRoles::EvidenceRole:
        return QVariant::fromValue(p.span);
    case DocumentIdRole:
        return p.documentId;
    default:
        break;
    }
    return {};
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case HeadingColumn:
        return tr("Section");
    case SnippetColumn:
        return tr("Text");
    }
    return {};
}
