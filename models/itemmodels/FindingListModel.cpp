#include "FindingListModel.h"

#include "domain/Area.h"

FindingListModel::FindingListModel(QObject *parent)
    : TranslatableTableModel(parent)
{
}

void FindingListModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

Finding FindingListModel::findingAt(int row) const
{
    return m_findings.value(row);
}

int FindingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return findingKindDisplayName(f.kind);
        case AreaColumn:
            return f.area.isEmpty() ? QString() : areaDisplayName(f.area);
        case TextColumn:
            return f.text;
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1 (%2)").arg(f.documentTitle).arg(f.year);
    case ItemRoles::SortRole:
        return index.column() == KindColumn ? QVariant(int(f.kind)) : data(index, Qt::DisplayRole);
    case ItemRoles::AuthorityRole:
        return f.authority.laNumber;
    case ItemRoles::YearRole:
        return f.year;
    case ItemRoles::FrameworkRole:
        return frameworkKey(f.framework);
    case ItemRoles::EvidenceRole:
        return QVariant::fromValue(f.evidence);
    case KindRole:
        return int(f.kind);
    default:
        break;
    }
    return {};
}

QVariant FindingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case AreaColumn:
        return tr("Area");
    case TextColumn:
        return tr("Finding");
    }
    return {};
}
