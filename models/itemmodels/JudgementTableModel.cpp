#include "JudgementTableModel.h"

#include "domain/Area.h"

JudgementTableModel::JudgementTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void JudgementTableModel::setJudgements(const QList<Judgement> &judgements)
{
    beginResetModel();
    m_judgements = judgements;
    endResetModel();
}

Judgement JudgementTableModel::judgementAt(int row) const
{
    return m_judgements.value(row);
}

int JudgementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_judgements.size());
}

int JudgementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JudgementTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Judgement &j = m_judgements.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AuthorityColumn:
            return j.authority.name;
        case YearColumn:
            return j.year;
        case FrameworkColumn:
            return frameworkDisplayName(j.framework);
        case AreaColumn:
            return areaDisplayName(j.area);
        case GradeColumn:
            return j.label.isEmpty() ? QString::number(j.grade)
                                     : tr("%1 (%2)").arg(j.grade).arg(gradeLabelDisplayName(j.label));
        case EvidenceColumn:
            return j.evidenceText.simplified();
        }
        break;
    case SortRole:
        switch (index.column()) {
        case YearColumn:
            return j.year;
        case GradeColumn:
            return j.grade;
        default:
            return data(index, Qt::DisplayRole);
        }
    case GradeValueRole:
        return j.grade;
    case EvidenceRole:
        return QVariant::fromValue(j.evidence.start); // the span start; the full value via judgementAt()
    case Qt::ToolTipRole:
        if (index.column() == EvidenceColumn)
            return j.documentTitle;
        break;
    default:
        break;
    }
    return {};
}

QVariant JudgementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AuthorityColumn:
        return tr("Authority");
    case YearColumn:
        return tr("Year");
    case FrameworkColumn:
        return tr("Framework");
    case AreaColumn:
        return tr("Area");
    case GradeColumn:
        return tr("Grade");
    case EvidenceColumn:
        return tr("Evidence");
    }
    return {};
}
