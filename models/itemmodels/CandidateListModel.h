#pragma once

#include "domain/Judgement.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/TranslatableTableModel.h"

#include <QList>

// Grades read with too little confidence, one row each, for an officer to accept or reject; with
// decided ones too when the review panel shows them.
class CandidateListModel : public TranslatableTableModel
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
        WordsColumn,
        ConfidenceColumn,
        SourceColumn,
        StateColumn,
        DecidedColumn, // who accepted or rejected it, and when
        ColumnCount
    };
    enum Role
    {
        JudgementRole = ItemRoles::UserRoleEnd, // the whole Judgement
        JudgementIdRole, // the store's row id (qint64)
        ReviewStateRole, // the review state key ("to-review", "accepted", "rejected")
        SentenceRole, // the sentence the grade was read from
    };

    explicit CandidateListModel(QObject *parent = nullptr);

    void setCandidates(const QList<Judgement> &candidates);
    Judgement candidateAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when not listed
    int undecidedCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString stateName(ReviewState state) const;
    QString decidedText(const Judgement &j) const;
    QList<Judgement> m_candidates;
};
