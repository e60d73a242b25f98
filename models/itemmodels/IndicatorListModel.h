#pragma once

#include "domain/Indicator.h"
#include "domain/Observation.h"
#include "itemmodels/IndicatorStatus.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/TranslatableTableModel.h"

// The indicators with their latest value, target and status against the target.
class IndicatorListModel : public TranslatableTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CodeColumn,
        TitleColumn,
        TopicColumn,
        LatestColumn,
        TargetColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        CodeRole = ItemRoles::UserRoleEnd, // indicator code
        SearchTextRole, // code, title and section, for the text filter
        StatusRole, // IndicatorStatus::State as int
    };

    explicit IndicatorListModel(QObject *parent = nullptr);

    void setIndicators(const QList<Indicator> &indicators, const QList<Observation> &observations);
    Indicator indicatorAt(int row) const;
    int rowForCode(const QString &code) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Indicator indicator;
        IndicatorStatus status;
    };
    QList<Row> m_rows;
};
