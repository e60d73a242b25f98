#include "AuthorityMapModel.h"

#include "analysis/IndicatorComparison.h"
#include "itemmodels/HeadlineSeriesModel.h"
#include "reference/AuthorityRegister.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

AuthorityMapModel::AuthorityMapModel(
    const HexLayout &layout, const AuthorityRegister &authorities, QObject *parent)
    : TranslatableTableModel(parent)
    , m_authorities(authorities)
{
    for (const HexTile &tile : layout.tiles()) {
        Row row;
        row.tile = tile;
        const Authority registered = authorities.byLaNumber(tile.laNumber);
        row.name = registered.isValid() ? registered.name : tile.name;
        m_rows.append(row);
    }
}

void AuthorityMapModel::resetValues()
{
    for (Row &row : m_rows) {
        row.value.reset();
        row.rank = row.outOf = row.quartile = row.grade = 0;
        row.gradeLabel.clear();
    }
    m_indicator = Indicator();
    m_period.clear();
    m_year = 0;
    m_years.clear();
    m_decimals = 0;
}

void AuthorityMapModel::clear()
{
    beginResetModel();
    resetValues();
    m_mode = Mode::Empty;
    endResetModel();
}

void AuthorityMapModel::setIndicator(
    const Indicator &indicator, const QList<Observation> &observations, int year)
{
    beginResetModel();
    resetValues();
    m_mode = Mode::Indicator;
    m_indicator = indicator;
    // The comparison keeps the latest version of each period and knows which LA numbers are
    // authorities, so that the map and the indicator chart rank by the same rule.
    const IndicatorComparison comparison(indicator, observations, m_authorities);
    const QList<QPair<QDate, QDate>> periods = comparison.authorityPeriods();
    std::optional<QPair<QDate, QDate>> chosen;
    for (const auto &p : periods) {
        if (!m_years.contains(p.first.year()))
            m_years.append(p.first.year());
        if (year == 0 || p.first.year() == year)
            chosen = p; // periods are in order: the last that fits is the latest
    }
    if (chosen) {
        const QMap<int, IndicatorComparison::Point> values = comparison.authorityValues(
            chosen->first, chosen->second);
        QList<double> all;
        for (const IndicatorComparison::Point &p : values)
            all.append(p.value);
        m_year = chosen->first.year();
        m_period = values.isEmpty() ? QString() : values.first().label;
        for (const double v : std::as_const(all)) {
            int d = 0;
            while (d < 3 && std::abs(v * std::pow(10.0, d) - std::round(v * std::pow(10.0, d))) > 1e-6)
                ++d;
            m_decimals = qMax(m_decimals, d);
        }
        for (Row &row : m_rows) {
            const auto found = values.constFind(row.tile.laNumber);
            if (found == values.cend())
                continue;
            row.value = found->value;
            const IndicatorComparison::Standing s = IndicatorComparison::standingAmong(
                found->value, all, indicator.polarity);
            row.rank = s.rank;
            row.outOf = s.outOf;
            row.quartile = s.quartile;
        }
    }
    endResetModel();
}

void AuthorityMapModel::setGrades(const QList<Judgement> &judgements, int year)
{
    beginResetModel();
    resetValues();
    m_mode = Mode::Grades;
    m_year = year;
    m_period = QString::number(year);
    QHash<int, Judgement> shown; // by row
    for (const Judgement &j : judgements) {
        if (!HeadlineSeriesModel::isHeadline(j))
            continue;
        if (!m_years.contains(j.year))
            m_years.append(j.year);
        if (j.year != year)
            continue;
        const int r = rowOf(j.authority.laNumber);
        // As the grade matrix chooses: the letter over papers quoting it, else the later one.
        if (r >= 0 && j.grade >= 1 && j.grade <= 4 && (!shown.contains(r) || !outranks(shown.value(r), j))) {
            shown.insert(r, j);
            m_rows[r].grade = j.grade;
            m_rows[r].gradeLabel = j.label;
        }
    }
    std::sort(m_years.begin(), m_years.end());
    endResetModel();
}

void AuthorityMapModel::setCompared(const QList<int> &laNumbers)
{
    const QSet<int> before = m_compared;
    m_compared = QSet<int>(laNumbers.cbegin(), laNumbers.cend());
    for (int i = 0; i < m_rows.size(); ++i) {
        const int la = m_rows.at(i).tile.laNumber;
        if (before.contains(la) != m_compared.contains(la))
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

int AuthorityMapModel::valueCount() const
{
    return int(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.value.has_value() || r.grade > 0; }));
}

QList<AuthorityMapModel::QuartileBounds> AuthorityMapModel::quartileBounds() const
{
    QList<QuartileBounds> out;
    for (int q = 1; q <= 4; ++q) {
        QuartileBounds b;
        b.quartile = q;
        for (const Row &row : m_rows) {
            if (!row.value || row.quartile != q)
                continue;
            b.low = b.count == 0 ? *row.value : qMin(b.low, *row.value);
            b.high = b.count == 0 ? *row.value : qMax(b.high, *row.value);
            ++b.count;
        }
        out.append(b);
    }
    return out;
}

QString AuthorityMapModel::formatNumber(double value) const
{
    // One number of decimals for every value, so that bounds line up ("6.2–9.0", not "6.2–9").
    return QLocale().toString(value, 'f', m_indicator.decimals >= 0 ? m_indicator.decimals : m_decimals);
}

QString AuthorityMapModel::formatValue(double value) const
{
    QString text = formatNumber(value);
    if (m_indicator.unit == QLatin1String("%"))
        text += QStringLiteral("\u00a0%");
    else if (!m_indicator.unit.isEmpty())
        text += QLatin1Char(' ') + m_indicator.unit;
    return text;
}

QString AuthorityMapModel::scaleDescription() const
{
    switch (m_mode) {
    case Mode::Grades:
        return tr("Headline grade (4 is the best)");
    case Mode::Indicator:
        switch (m_indicator.polarity) {
        case Polarity::HigherIsBetter:
            return tr("Quartile 1 is the best quarter (higher is better)");
        case Polarity::LowerIsBetter:
            return tr("Quartile 1 is the best quarter (lower is better)");
        case Polarity::Unknown:
            return tr("Quartile 1 holds the highest values (the data does not say which is better)");
        }
        break;
    case Mode::Empty:
        break;
    }
    return QString();
}

int AuthorityMapModel::rowOf(int laNumber) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).tile.laNumber == laNumber)
            return i;
    }
    return -1;
}

QString AuthorityMapModel::toolTip(const Row &row) const
{
    QStringList lines { row.name };
    if (row.tile.former())
        lines.append(tr("Existed until %1: %2").arg(row.tile.toYear).arg(row.tile.relation));
    else if (row.tile.fromYear != 0)
        lines.append(tr("Formed in %1: %2").arg(row.tile.fromYear).arg(row.tile.relation));
    switch (m_mode) {
    case Mode::Indicator:
        if (row.value) {
            lines.append(tr("%1: %2 (%3)").arg(m_indicator.title, formatValue(*row.value), m_period));
            lines.append(tr("Rank %1 of %2, quartile %3").arg(row.rank).arg(row.outOf).arg(row.quartile));
        } else {
            lines.append(m_period.isEmpty() ? tr("%1: no value").arg(m_indicator.title)
                                            : tr("%1: no value for %2").arg(m_indicator.title, m_period));
        }
        break;
    case Mode::Grades:
        lines.append(row.grade > 0 ? tr("Headline grade %1: %2 (%3)")
                                         .arg(m_year)
                                         .arg(row.grade)
                                         .arg(gradeLabelDisplayName(row.gradeLabel))
                                   : tr("No headline grade for %1 in the loaded documents").arg(m_year));
        break;
    case Mode::Empty:
        break;
    }
    if (m_compared.contains(row.tile.laNumber))
        lines.append(tr("Compared"));
    return lines.join(QLatin1Char('\n'));
}

int AuthorityMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuthorityMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuthorityMapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case LaNumberRole:
        return row.tile.laNumber;
    case ValueRole:
        return row.value ? QVariant(*row.value) : QVariant();
    case QRole:
        return row.tile.q;
    case RRole:
        return row.tile.r;
    case QuartileRole:
        return row.quartile;
    case RankRole:
        return row.rank;
    case GradeRole:
        return row.grade;
    case ComparedRole:
        return m_compared.contains(row.tile.laNumber);
    case AddedRole:
        return row.tile.added();
    case ShadeRole:
        return m_mode == Mode::Grades ? row.grade : row.quartile;
    case Qt::ToolTipRole:
        return toolTip(row);
    case ItemRoles::SortRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case ValueColumn:
            return row.value ? QVariant(*row.value) : QVariant();
        default:
            break;
        }
        return data(index, Qt::DisplayRole);
    case Qt::CheckStateRole:
        if (index.column() == ComparedColumn)
            return m_compared.contains(row.tile.laNumber) ? Qt::Checked : Qt::Unchecked;
        return QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case LaNumberColumn:
            return row.tile.laNumber;
        case NameColumn:
            return row.name;
        case QColumn:
            return row.tile.q;
        case RColumn:
            return row.tile.r;
        case ValueColumn:
            return row.value ? QVariant(*row.value) : QVariant();
        case QuartileColumn:
            return row.quartile > 0 ? QVariant(row.quartile) : QVariant();
        case GradeColumn:
            return row.grade > 0 ? QVariant(row.grade) : QVariant();
        default:
            return QVariant();
        }
    default:
        return QVariant();
    }
}

QVariant AuthorityMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case LaNumberColumn:
        return tr("LA number");
    case NameColumn:
        return tr("Authority");
    case QColumn:
        return tr("Hexagon column");
    case RColumn:
        return tr("Hexagon row");
    case ValueColumn:
        return tr("Value");
    case QuartileColumn:
        return tr("Quartile");
    case GradeColumn:
        return tr("Grade");
    case ComparedColumn:
        return tr("Compared");
    default:
        return QVariant();
    }
}
