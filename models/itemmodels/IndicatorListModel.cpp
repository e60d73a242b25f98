#include "IndicatorListModel.h"

#include "itemmodels/ValueFormat.h"

#include <QHash>

IndicatorListModel::IndicatorListModel(QObject *parent)
    : TranslatableTableModel(parent)
{
}

void IndicatorListModel::setIndicators(
    const QList<Indicator> &indicators, const QList<Observation> &observations)
{
    QHash<QString, QList<Observation>> byCode;
    for (const Observation &o : observations)
        byCode[o.indicatorCode].append(o);
    beginResetModel();
    m_rows.clear();
    for (const Indicator &i : indicators)
        m_rows.append({ i, IndicatorStatus::evaluate(i, byCode.value(i.code)) });
    endResetModel();
}

Indicator IndicatorListModel::indicatorAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).indicator : Indicator();
}

int IndicatorListModel::rowForCode(const QString &code) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).indicator.code == code)
            return r;
    }
    return -1;
}

int IndicatorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndicatorListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            if (r.indicator.code.startsWith(QLatin1String("LOCAL-")))
                return tr("Local");
            return r.indicator.shortName.isEmpty() ? r.indicator.code : r.indicator.shortName;
        case TitleColumn:
            return r.indicator.title;
        case TopicColumn:
            return r.indicator.topic.isEmpty() ? r.indicator.section : r.indicator.topic;
        case LatestColumn:
            return r.status.latest ? ValueFormat::observation(*r.status.latest) : QString();
        case TargetColumn:
            return r.status.target ? ValueFormat::observation(*r.status.target) : QString();
        case StatusColumn:
            return IndicatorStatus::stateText(r.status.state);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn || index.column() == CodeColumn)
            return QStringList { r.indicator.title,
                r.indicator.topic.isEmpty() ? r.indicator.section : r.indicator.topic,
                r.indicator.description }
                .join(QLatin1Char('\n'))
                .trimmed();
        break;
    case ItemRoles::SortRole:
        switch (index.column()) {
        case LatestColumn:
            return r.status.latest ? QVariant(*r.status.latest->value) : QVariant();
        case TargetColumn:
            return r.status.target ? QVariant(*r.status.target->value) : QVariant();
        case StatusColumn:
            return int(r.status.state);
        default:
            return data(index, Qt::DisplayRole);
        }
    case ItemRoles::ValueRole:
        return index.column() == LatestColumn && r.status.latest ? QVariant(*r.status.latest->value)
                                                                 : QVariant();
    case CodeRole:
        return r.indicator.code;
    case SearchTextRole:
        return QStringList { r.indicator.code, r.indicator.shortName, r.indicator.title, r.indicator.topic,
            r.indicator.section }
            .join(QLatin1Char(' '));
    case StatusRole:
        return int(r.status.state);
    case ItemRoles::EvidenceRole:
        if (index.column() == LatestColumn && r.status.latest)
            return QVariant::fromValue(r.status.latest->evidence);
        if (index.column() == TargetColumn && r.status.target)
            return QVariant::fromValue(r.status.target->evidence);
        break;
    default:
        break;
    }
    return {};
}

QVariant IndicatorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Indicator");
    case TopicColumn:
        return tr("Topic");
    case LatestColumn:
        return tr("Latest");
    case TargetColumn:
        return tr("Target");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}
