#include "GradeMatrixModel.h"

#include "domain/Area.h"

#include <algorithm>

namespace {

enum Group
{
    Overall,
    Capacity,
    Outcomes,
    SocialCare,
    JointAreaReview
};

} // namespace

const QList<GradeMatrixModel::RowSpec> &GradeMatrixModel::rows()
{
    static const QList<RowSpec> list {
        { "overall", Overall },
        { "capacity", Capacity },
        { "being-healthy", Outcomes },
        { "staying-safe", Outcomes },
        { "enjoying-achieving", Outcomes },
        { "positive-contribution", Outcomes },
        { "economic-wellbeing", Outcomes },
        { "social-care", SocialCare },
        { "jar-safeguarding", JointAreaReview },
        { "jar-looked-after", JointAreaReview },
        { "jar-ldd", JointAreaReview },
        { "jar-service-management", JointAreaReview },
        { "jar-capacity", JointAreaReview },
    };
    return list;
}

GradeMatrixModel::GradeMatrixModel(QObject *parent)
    : TranslatableTableModel(parent)
{
}

quint64 GradeMatrixModel::key(int row, int year, int laNumber)
{
    return (quint64(row) << 48) | (quint64(year) << 32) | quint32(laNumber);
}

void GradeMatrixModel::setJudgements(const QList<Judgement> &judgements)
{
    beginResetModel();
    m_judgements = judgements;
    m_cells.clear();
    for (int i = 0; i < m_judgements.size(); ++i) {
        const Judgement &j = m_judgements.at(i);
        const int row = rowForArea(j.area);
        if (row < 0)
            continue;
        m_cells[key(row, j.year, j.authority.laNumber)].append(i);
    }
    // The letter's own grade wins over a council paper quoting it, which wins over the news; among
    // equals the surer reading, then the later one (as when only one was kept per cell).
    for (QList<int> &cell : m_cells) {
        std::stable_sort(cell.begin(), cell.end(), [this](int a, int b) {
            const Judgement &x = m_judgements.at(a);
            const Judgement &y = m_judgements.at(b);
            if (outranks(x, y) || outranks(y, x))
                return outranks(x, y);
            return a > b;
        });
    }
    endResetModel();
}

void GradeMatrixModel::setAuthorities(const QList<Authority> &authorities)
{
    beginResetModel();
    m_authorities = authorities;
    endResetModel();
}

int GradeMatrixModel::rowForArea(const QString &areaKey) const
{
    for (int r = 0; r < rows().size(); ++r) {
        if (areaKey == QLatin1String(rows().at(r).area))
            return r;
    }
    return -1;
}

int GradeMatrixModel::yearOfColumn(int column) const
{
    return m_authorities.isEmpty() ? 0 : FirstYear + column / int(m_authorities.size());
}

Authority GradeMatrixModel::authorityOfColumn(int column) const
{
    return m_authorities.isEmpty() ? Authority() : m_authorities.at(column % m_authorities.size());
}

int GradeMatrixModel::columnFor(int year, int laNumber) const
{
    if (year < FirstYear || year > LastYear)
        return -1;
    for (int a = 0; a < m_authorities.size(); ++a) {
        if (m_authorities.at(a).laNumber == laNumber)
            return (year - FirstYear) * int(m_authorities.size()) + a;
    }
    return -1;
}

int GradeMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows().size());
}

int GradeMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (LastYear - FirstYear + 1) * int(m_authorities.size());
}

const QList<int> *GradeMatrixModel::cellAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    const auto it = m_cells.constFind(
        key(index.row(), yearOfColumn(index.column()), authorityOfColumn(index.column()).laNumber));
    return it == m_cells.cend() || it->isEmpty() ? nullptr : &*it;
}

bool GradeMatrixModel::disagrees(const QList<int> &cell) const
{
    const int shown = m_judgements.at(cell.first()).grade;
    return std::any_of(
        cell.cbegin() + 1, cell.cend(), [this, shown](int i) { return m_judgements.at(i).grade != shown; });
}

Judgement GradeMatrixModel::judgementAt(const QModelIndex &index) const
{
    const QList<int> *cell = cellAt(index);
    return cell ? m_judgements.at(cell->first()) : Judgement();
}

QList<Judgement> GradeMatrixModel::alternativesAt(const QModelIndex &index) const
{
    QList<Judgement> out;
    if (const QList<int> *cell = cellAt(index)) {
        for (qsizetype i = 1; i < cell->size(); ++i)
            out.append(m_judgements.at(cell->at(i)));
    }
    return out;
}

QString GradeMatrixModel::groupName(int group) const
{
    switch (group) {
    case Overall:
        return tr("Overall effectiveness and annual rating");
    case Capacity:
        return tr("Capacity to improve");
    case Outcomes:
        return tr("Every Child Matters outcomes");
    case SocialCare:
        return tr("Social care");
    case JointAreaReview:
        return tr("Joint area review");
    }
    return QString();
}

QString GradeMatrixModel::emptyReason(int row, int year, const Authority &authority) const
{
    const int group = rows().at(row).group;
    if (group == JointAreaReview)
        return tr(
            "No joint area review of %1 in %2 in the loaded documents. A joint area review was a one-off "
            "inspection, held once in each area between 2005 and 2009.")
            .arg(authority.name)
            .arg(year);
    if (group == Overall) {
        if (year == 2009)
            return tr("No 2009 annual rating for %1 in the loaded documents.").arg(authority.name);
        if (year == 2010)
            return tr("No 2010 annual assessment for %1 in the loaded documents.").arg(authority.name);
        return tr("No %1 annual performance assessment for %2 in the loaded documents.")
            .arg(year)
            .arg(authority.name);
    }
    if (year >= 2009)
        return tr(
            "Not assessed in %1: annual performance assessments ended in 2008, and the annual rating that "
            "replaced them gives one overall grade only.")
            .arg(year);
    return tr("No %1 annual performance assessment grade for %2 in the loaded documents.")
        .arg(year)
        .arg(authority.name);
}

QVariant GradeMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int year = yearOfColumn(index.column());
    const Authority authority = authorityOfColumn(index.column());
    const QList<int> *cell = cellAt(index);
    const Judgement *j = cell ? &m_judgements.at(cell->first()) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (!j)
            return QString();
        return j->label.isEmpty() ? QString::number(j->grade)
                                  : tr("%1 %2").arg(j->grade).arg(gradeLabelDisplayName(j->label));
    case Qt::ToolTipRole: {
        if (!j)
            return emptyReason(index.row(), year, authority);
        QString tip = tr("%1, %2: grade %3 (%4)\n%5\n\u201c%6\u201d\nFrom: %7")
                          .arg(authority.name)
                          .arg(year)
                          .arg(j->grade)
                          .arg(gradeLabelDisplayName(j->label), j->documentTitle,
                              j->evidenceText.simplified(), sourceKindDisplayName(j->source));
        for (qsizetype i = 1; i < cell->size(); ++i) {
            const Judgement &other = m_judgements.at(cell->at(i));
            if (other.grade != j->grade)
                tip += tr("\nAnother source gives a different grade: %1 (%2), from %3: %4")
                           .arg(other.grade)
                           .arg(gradeLabelDisplayName(other.label), sourceKindDisplayName(other.source),
                               other.documentTitle);
        }
        return tip;
    }
    case Qt::AccessibleTextRole:
        if (!j)
            return tr("%1 %2: no grade").arg(authority.name).arg(year);
        if (disagrees(*cell))
            return tr("%1 %2: grade %3, %4; another source gives a different grade")
                .arg(authority.name)
                .arg(year)
                .arg(j->grade)
                .arg(gradeLabelDisplayName(j->label));
        return tr("%1 %2: grade %3, %4")
            .arg(authority.name)
            .arg(year)
            .arg(j->grade)
            .arg(gradeLabelDisplayName(j->label));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case GradeRole:
    case ItemRoles::ValueRole:
    case ItemRoles::SortRole:
        return j ? QVariant(j->grade) : QVariant();
    case LabelRole:
        return j ? QVariant(gradeLabelDisplayName(j->label)) : QVariant();
    case ShortLabelRole:
        return j ? QVariant(gradeLabelShortName(j->label)) : QVariant();
    case AreaRole:
        return QLatin1String(rows().at(index.row()).area);
    case GroupRole:
        return groupName(rows().at(index.row()).group);
    case SourceRole:
        return j ? QVariant(sourceKindKey(j->source)) : QVariant();
    case DisagreementRole:
        return cell && disagrees(*cell);
    case AlternativesRole:
        return cell ? QVariant::fromValue(alternativesAt(index)) : QVariant();
    case EmptyReasonRole:
        return j ? QVariant() : QVariant(emptyReason(index.row(), year, authority));
    case ItemRoles::AuthorityRole:
        return authority.laNumber;
    case ItemRoles::YearRole:
        return year;
    case ItemRoles::FrameworkRole:
        return j ? QVariant(frameworkKey(j->framework)) : QVariant();
    case ItemRoles::EvidenceRole:
        return j ? QVariant::fromValue(j->evidence) : QVariant();
    default:
        break;
    }
    return {};
}

QVariant GradeMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rows().size())
            return {};
        const RowSpec &spec = rows().at(section);
        if (role == Qt::DisplayRole)
            return areaDisplayName(QLatin1String(spec.area));
        if (role == Qt::ToolTipRole || role == GroupRole)
            return groupName(spec.group);
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole)
        return tr("%1\n%2").arg(yearOfColumn(section)).arg(authorityOfColumn(section).name);
    if (role == Qt::ToolTipRole)
        return tr("%1 in %2").arg(authorityOfColumn(section).name).arg(yearOfColumn(section));
    if (role == ItemRoles::YearRole)
        return yearOfColumn(section);
    if (role == ItemRoles::AuthorityRole)
        return authorityOfColumn(section).laNumber;
    if (role == AuthorityNameRole)
        return authorityOfColumn(section).name;
    return {};
}
