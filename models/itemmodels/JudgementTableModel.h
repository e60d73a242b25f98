#pragma once

#include "domain/Judgement.h"

#include <QAbstractTableModel>
#include <QList>

// A flat table of judgements, one row each, for listing and sorting.
class JudgementTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        AuthorityColumn,
        YearColumn,
        FrameworkColumn,
        AreaColumn,
        GradeColumn,
        EvidenceColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        GradeValueRole, // the grade as an int 1-4, for charts and delegates
        EvidenceRole, // the Evidence value
    };

    explicit JudgementTableModel(QObject *parent = nullptr);

    void setJudgements(const QList<Judgement> &judgements);
    Judgement judgementAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Judgement> m_judgements;
};
