#pragma once

#include "domain/Observation.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/TranslatableTableModel.h"

// The values of one indicator: authority, kind, series, period (saying whether a year is a
// financial or an academic one), value, the cell as written and the document it is from. A value
// that another document gives too, for the same authority and period, says so in its tooltip: the
// two rows are one point on the chart.
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
        SourceColumn,
        ColumnCount
    };
    enum Role
    {
        PeriodStartRole = ItemRoles::UserRoleEnd, // QDate; invalid where the period could not be read
        PeriodEndRole,
        KindRole, // ObservationKind as int
        SeriesRole,
        SameValueRole, // QStringList: the other documents giving this value for this period
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
    QString sameValueText(int row) const;
    QList<Observation> m_observations;
    QList<QList<int>> m_sameValue; // by row: the other rows that are the same figure
};
