#include "ObservationTableModel.h"

#include "itemmodels/ValueFormat.h"

ObservationTableModel::ObservationTableModel(QObject *parent)
    : TranslatableTableModel(parent)
{
}

void ObservationTableModel::setObservations(const QList<Observation> &observations)
{
    beginResetModel();
    m_observations = observations;
    endResetModel();
}

Observation ObservationTableModel::observationAt(int row) const
{
    return m_observations.value(row);
}

int ObservationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_observations.size());
}

int ObservationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObservationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Observation &o = m_observations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AuthorityColumn:
            return o.authority.name;
        case KindColumn:
            return observationKindDisplayName(o.kind);
        case SeriesColumn:
            return o.series;
        case PeriodColumn:
            return o.period.text;
        case ValueColumn:
            return o.value ? ValueFormat::observation(o) : QString();
        case RawColumn:
            return o.flag.isEmpty() ? o.raw : tr("%1 (%2)").arg(o.raw, observationFlagDisplayName(o.flag));
        }
        break;
    case Qt::ToolTipRole:
        if (!o.note.isEmpty() || !o.flag.isEmpty())
            return QStringList { o.note, observationFlagDisplayName(o.flag) }
                .join(QLatin1Char('\n'))
                .trimmed();
        if (o.period.isNormalised())
            return tr("%1 to %2")
                .arg(QLocale().toString(o.period.start, QLocale::ShortFormat),
                    QLocale().toString(o.period.end, QLocale::ShortFormat));
        break;
    case ItemRoles::SortRole:
        switch (index.column()) {
        case ValueColumn:
            return o.value ? QVariant(*o.value) : QVariant();
        case PeriodColumn:
            return o.period.start;
        default:
            return data(index, Qt::DisplayRole);
        }
    case ItemRoles::ValueRole:
        return o.value ? QVariant(*o.value) : QVariant();
    case ItemRoles::AuthorityRole:
        return o.authority.laNumber;
    case ItemRoles::YearRole:
        return o.period.start.isValid() ? QVariant(o.period.start.year()) : QVariant();
    case ItemRoles::EvidenceRole:
        return QVariant::fromValue(o.evidence);
    case PeriodStartRole:
        return o.period.start;
    case PeriodEndRole:
        return o.period.end;
    case KindRole:
        return int(o.kind);
    case SeriesRole:
        return o.series;
    default:
        break;
    }
    return {};
}

QVariant ObservationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AuthorityColumn:
        return tr("Authority");
    case KindColumn:
        return tr("Kind");
    case SeriesColumn:
        return tr("Series");
    case PeriodColumn:
        return tr("Period");
    case ValueColumn:
        return tr("Value");
    case RawColumn:
        return tr("As written");
    }
    return {};
}
