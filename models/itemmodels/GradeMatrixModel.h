#pragma once

#include "domain/Authority.h"
#include "domain/Judgement.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/TranslatableTableModel.h"

#include <QHash>
#include <QList>

// Grades as officers compare them: one row per judgement area, grouped by framework (overall or
// annual rating, capacity to improve, the five outcomes, social care, the joint area review), and
// one column per year and authority, the compared authorities side by side within each year.
class GradeMatrixModel : public TranslatableTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        GradeRole = ItemRoles::UserRoleEnd, // the grade 1-4 as an int; invalid for an empty cell
        LabelRole, // the grade words as written, translated when the language is not English
        AreaRole, // area key
        GroupRole, // the row's group name
        EmptyReasonRole, // why a cell is empty
        SourceRole, // the shown grade's source kind key ("letter", "council-paper", "secondary")
        DisagreementRole, // true when another shown judgement for the cell gives a different grade
        AlternativesRole, // QList<Judgement>: the cell's other judgements, best first
        ShortLabelRole, // shorter grade words for a narrow cell ("adequately" for "Performs adequately")
        AuthorityNameRole, // on the horizontal header: the column's authority name alone
    };

    static constexpr int FirstYear = 2006;
    static constexpr int LastYear = 2010;

    explicit GradeMatrixModel(QObject *parent = nullptr);

    void setJudgements(const QList<Judgement> &judgements);
    void setAuthorities(const QList<Authority> &authorities);
    const QList<Authority> &authorities() const { return m_authorities; }

    // The cell's judgement, or an invalid one (grade 0) for an empty cell. Where several fall in
    // one cell, the one from the source of highest precedence, then of highest confidence, is shown.
    Judgement judgementAt(const QModelIndex &index) const;
    QList<Judgement> alternativesAt(const QModelIndex &index) const;
    int yearOfColumn(int column) const;
    Authority authorityOfColumn(int column) const;
    int columnFor(int year, int laNumber) const; // -1 when not shown
    int rowForArea(const QString &areaKey) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-emits the translated headers after a language change.

private:
    struct RowSpec
    {
        const char *area; // area key
        int group;
    };
    static const QList<RowSpec> &rows();
    QString groupName(int group) const;
    QString emptyReason(int row, int year, const Authority &authority) const;
    const QList<int> *cellAt(const QModelIndex &index) const;
    bool disagrees(const QList<int> &cell) const;
    static quint64 key(int row, int year, int laNumber);

    QList<Judgement> m_judgements;
    QList<Authority> m_authorities;
    QHash<quint64, QList<int>> m_cells; // (row, year, LA) -> indexes into m_judgements, shown first
};
