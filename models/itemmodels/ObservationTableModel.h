#pragma once

#include "domain/Observation.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/TranslatableTableModel.h"

// The values of one indicator: authority, kind, series, period, value and the cell as written.
class ObservationTableModel : public TranslatableTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        AuthorityColumn,
        KindColumn,
        SeriesColumn,
        PeriodColumn,
        ValueColumn,
        RawColumn,
        ColumnCount
    };
    enum Role
    {
        PeriodStartRole = ItemRoles::UserRoleEnd, // QDate; invalid where the period could not be read
        PeriodEndRole,
        KindRole, // ObservationKind as int
        SeriesRole,
    };

    explicit ObservationTableModel(QObject *parent = nullptr);

    void setObservations(const QList<Observation> &observations);
    const QList<Observation> &observations() const { return m_observations; }
    Observation observationAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Observation> m_observations;
};
