#include "CandidateListModel.h"

#include "RecordedBy.h"

#include "domain/Area.h"

#include <QLocale>

#include <algorithm>

CandidateListModel::CandidateListModel(QObject *parent)
    : TranslatableTableModel(parent)
{
}

void CandidateListModel::setCandidates(const QList<Judgement> &candidates)
{
    beginResetModel();
    m_candidates = candidates;
    endResetModel();
}

Judgement CandidateListModel::candidateAt(int row) const
{
    return m_candidates.value(row);
}

int CandidateListModel::rowOfId(qint64 id) const
{
    for (int r = 0; r < m_candidates.size(); ++r) {
        if (m_candidates.at(r).id == id)
            return r;
    }
    return -1;
}

int CandidateListModel::undecidedCount() const
{
    return int(std::count_if(m_candidates.cbegin(), m_candidates.cend(),
        [](const Judgement &j) { return j.review == ReviewState::ToReview; }));
}

int CandidateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int CandidateListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CandidateListModel::stateName(ReviewState state) const
{
    switch (state) {
    case ReviewState::ToReview:
        return tr("To review");
    case ReviewState::Accepted:
        return tr("Accepted");
    case ReviewState::Rejected:
        return tr("Rejected");
    case ReviewState::Confirmed:
        break;
    }
    return tr("Confirmed");
}

QString CandidateListModel::decidedText(const Judgement &j) const
{
    if (j.review != ReviewState::Accepted && j.review != ReviewState::Rejected)
        return QString();
    return RecordedBy::text(j.decidedBy, j.decidedAt);
}

QVariant CandidateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Judgement &j = m_candidates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AuthorityColumn:
            return j.authority.name;
        case YearColumn:
            return j.year;
        case FrameworkColumn:
            return frameworkDisplayName(j.framework);
        case AreaColumn:
            return areaDisplayName(j.area);
        case GradeColumn:
            return j.grade;
        case WordsColumn:
            return gradeLabelDisplayName(j.label);
        case ConfidenceColumn:
            // A share, as officers read it: "60%".
            return QString(QLocale().toString(qRound(j.confidence * 100)) + QLocale().percent());
        case SourceColumn:
            return sourceKindDisplayName(j.source);
        case StateColumn:
            return stateName(j.review);
        case DecidedColumn:
            return decidedText(j);
        }
        break;
    case Qt::ToolTipRole:
        return j.note.isEmpty()
            ? tr("%1\n\u201c%2\u201d").arg(j.documentTitle, j.evidenceText.simplified())
            : tr("%1\n\u201c%2\u201d\n%3").arg(j.documentTitle, j.evidenceText.simplified(), j.note);
    case Qt::AccessibleTextRole:
        if (index.column() == StateColumn || index.column() == AuthorityColumn
            || index.column() == DecidedColumn) {
            const QString said = tr("%1 %2, %3: grade %4 (%5), %6")
                                     .arg(j.authority.name)
                                     .arg(j.year)
                                     .arg(areaDisplayName(j.area))
                                     .arg(j.grade)
                                     .arg(gradeLabelDisplayName(j.label), stateName(j.review));
            const QString decided = decidedText(j);
            return decided.isEmpty() ? said : tr("%1, by %2").arg(said, decided);
        }
        break;
    case ItemRoles::SortRole:
        switch (index.column()) {
        case YearColumn:
            return j.year;
        case GradeColumn:
            return j.grade;
        case ConfidenceColumn:
            return j.confidence;
        case DecidedColumn:
            return j.decidedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case ItemRoles::ValueRole:
        return index.column() == ConfidenceColumn ? QVariant(j.confidence) : QVariant(j.grade);
    case ItemRoles::AuthorityRole:
        return j.authority.laNumber;
    case ItemRoles::YearRole:
        return j.year;
    case ItemRoles::FrameworkRole:
        return frameworkKey(j.framework);
    case ItemRoles::EvidenceRole:
        return QVariant::fromValue(j.evidence);
    case JudgementRole:
        return QVariant::fromValue(j);
    case JudgementIdRole:
        return j.id;
    case ReviewStateRole:
        return reviewStateKey(j.review);
    case SentenceRole:
        return j.evidenceText.simplified();
    default:
        break;
    }
    return {};
}

QVariant CandidateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AuthorityColumn:
        return tr("Authority");
    case YearColumn:
        return tr("Year");
    case FrameworkColumn:
        return tr("Framework");
    case AreaColumn:
        return tr("Area");
    case GradeColumn:
        return tr("Grade");
    case WordsColumn:
        return tr("Words");
    case ConfidenceColumn:
        return tr("Confidence");
    case SourceColumn:
        return tr("Source");
    case StateColumn:
        return tr("State");
    case DecidedColumn:
        return tr("Decided by");
    }
    return {};
}
