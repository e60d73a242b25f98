#include "HeadlineSeriesModel.h"

bool HeadlineSeriesModel::isHeadline(const Judgement &j)
{
    if (j.area != QLatin1String("overall"))
        return false;
    switch (j.framework) {
    case Framework::Apa:
        return j.year < HeadlineSeriesModel::FrameworkChangeYear;
    case Framework::AnnualRating2009:
    case Framework::AnnualAssessment2010:
        return j.year >= HeadlineSeriesModel::FrameworkChangeYear;
    default:
        return false;
    }
}

HeadlineSeriesModel::HeadlineSeriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HeadlineSeriesModel::setHeadlines(
    const QList<Judgement> &judgements, const QList<Authority> &authorities)
{
    beginResetModel();
    m_authorities = authorities;
    m_cells = QList<QList<Judgement>>(LastYear - FirstYear + 1, QList<Judgement>(authorities.size()));
    for (const Judgement &j : judgements) {
        if (!isHeadline(j) || j.year < FirstYear || j.year > LastYear)
            continue;
        for (int a = 0; a < authorities.size(); ++a) {
            // As the grade matrix chooses: the letter over papers quoting it, else the later one.
            Judgement &cell = m_cells[j.year - FirstYear][a];
            if (authorities.at(a).laNumber == j.authority.laNumber && (cell.grade == 0 || !outranks(cell, j)))
                cell = j;
        }
    }
    endResetModel();
}

Judgement HeadlineSeriesModel::judgementAt(int row, int column) const
{
    if (row < 0 || row >= m_cells.size() || column < 0 || column >= m_authorities.size())
        return Judgement();
    return m_cells.at(row).at(column);
}

int HeadlineSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

int HeadlineSeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_authorities.size());
}

QVariant HeadlineSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Judgement &j = m_cells.at(index.row()).at(index.column());
    const bool has = j.grade > 0;
    switch (role) {
    case Qt::DisplayRole:
        return has ? QVariant(j.grade) : QVariant();
    case Qt::ToolTipRole:
        return has ? QVariant(tr("%1 %2: %3 (%4)")
                                  .arg(j.authority.name)
                                  .arg(j.year)
                                  .arg(j.grade)
                                  .arg(gradeLabelDisplayName(j.label)))
                   : QVariant(tr("No headline grade in the loaded documents"));
    case ItemRoles::ValueRole:
    case ItemRoles::SortRole:
        return has ? QVariant(j.grade) : QVariant();
    case ItemRoles::YearRole:
        return yearOfRow(index.row());
    case ItemRoles::AuthorityRole:
        return m_authorities.at(index.column()).laNumber;
    case ItemRoles::FrameworkRole:
        return has ? QVariant(frameworkKey(j.framework)) : QVariant();
    case ItemRoles::EvidenceRole:
        return has ? QVariant::fromValue(j.evidence) : QVariant();
    default:
        break;
    }
    return {};
}

QVariant HeadlineSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < rowCount() ? QVariant(yearOfRow(section)) : QVariant();
    return section >= 0 && section < m_authorities.size() ? QVariant(m_authorities.at(section).name)
                                                          : QVariant();
}
