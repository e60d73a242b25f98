#include "ObservationTableModel.h"

#include "analysis/ValueMerge.h"
#include "itemmodels/ValueFormat.h"

#include <QHash>

ObservationTableModel::ObservationTableModel(QObject *parent)
    : TranslatableTableModel(parent)
{
}

void ObservationTableModel::setObservations(const QList<Observation> &observations)
{
    beginResetModel();
    m_observations = observations;
    m_sameValue = QList<QList<int>>(observations.size());
    QHash<int, QList<int>> byAuthority;
    for (int i = 0; i < observations.size(); ++i) {
        if (observations.at(i).kind == ObservationKind::Result && observations.at(i).value)
            byAuthority[observations.at(i).authority.laNumber].append(i);
    }
    for (const QList<int> &rows : std::as_const(byAuthority)) {
        for (const int a : rows) {
            for (const int b : rows) {
                if (a != b && ValueMerge::sameFigure(observations.at(a), observations.at(b)))
                    m_sameValue[a].append(b);
            }
        }
    }
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
            return ValueFormat::period(o.period);
        case ValueColumn:
            return o.value ? ValueFormat::observation(o) : QString();
        case RawColumn:
            return o.flag.isEmpty() ? o.raw : tr("%1 (%2)").arg(o.raw, observationFlagDisplayName(o.flag));
        case SourceColumn:
            return m_sameValue.at(index.row()).isEmpty()
                ? o.documentTitle
                : tr("%1 (and %n other document(s))", nullptr, int(m_sameValue.at(index.row()).size()))
                      .arg(o.documentTitle);
        }
        break;
    case Qt::ToolTipRole:
        if (!m_sameValue.at(index.row()).isEmpty())
            return sameValueText(index.row());
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
    case SameValueRole: {
        QStringList documents;
        for (const int other : m_sameValue.at(index.row()))
            documents.append(m_observations.at(other).documentTitle);
        return documents;
    }
    default:
        break;
    }
    return {};
}

QString ObservationTableModel::sameValueText(int row) const
{
    QStringList others;
    for (const int other : m_sameValue.at(row)) {
        const Observation &o = m_observations.at(other);
        others.append(tr("%1 (%2: %3)").arg(o.documentTitle, o.period.text, o.raw));
    }
    return tr("The same value is given by %1; the chart shows them as one point.")
        .arg(others.join(QStringLiteral("; ")));
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
    case SourceColumn:
        return tr("Source");
    }
    return {};
}
