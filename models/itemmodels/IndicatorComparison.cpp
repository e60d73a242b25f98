#include "IndicatorComparison.h"

#include "reference/AuthorityRegister.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

IndicatorComparison::Point pointOf(const Observation &o)
{
    QString label = o.period.text;
    if (!o.qualifier.isEmpty())
        label = label.left(label.indexOf(QLatin1Char('('))).trimmed();
    return { o.period.start, o.period.end, label, *o.value, 1, o.evidence, o.sourceRow, o.qualifier };
}

} // namespace

int IndicatorComparison::versionRank(const QString &qualifier)
{
    const QString q = qualifier.toLower();
    if (q.startsWith(QLatin1String("prov")))
        return 0;
    if (q == QLatin1String("ot"))
        return 1;
    if (q.isEmpty())
        return 2;
    if (q.startsWith(QLatin1String("rev")))
        return 3;
    if (q.startsWith(QLatin1String("final")))
        return 4;
    return 2;
}

IndicatorComparison::IndicatorComparison(
    const Indicator &indicator, const QList<Observation> &observations, const AuthorityRegister &authorities)
    : m_indicator(indicator)
    , m_authorities(authorities)
{
    for (const Observation &o : observations) {
        if (o.kind != ObservationKind::Result || !o.period.isNormalised())
            continue;
        auto &periods = m_latest[o.authority.laNumber];
        const QPair<QDate, QDate> key { o.period.start, o.period.end };
        const auto existing = periods.constFind(key);
        if (existing == periods.cend()) {
            periods.insert(key, o);
        } else if (versionRank(o.qualifier) >= versionRank(existing->qualifier)) {
            m_superseded[o.authority.laNumber].append(*existing);
            periods.insert(key, o);
        } else {
            m_superseded[o.authority.laNumber].append(o);
        }
    }
}

IndicatorComparison::Series IndicatorComparison::seriesFor(int laNumber) const
{
    Series out;
    for (const Observation &o : m_latest.value(laNumber)) {
        if (o.value)
            out.append(pointOf(o));
    }
    return out;
}

IndicatorComparison::AuthorityComparison IndicatorComparison::compare(
    const Authority &authority, const QList<StatisticalNeighbour> &neighbours) const
{
    AuthorityComparison c;
    c.authority = authority;
    c.values = seriesFor(authority.laNumber);
    c.versions = m_superseded.value(authority.laNumber);

    // The neighbours' mean for each period in which at least one neighbour has a value.
    QMap<QPair<QDate, QDate>, Point> sums;
    for (const StatisticalNeighbour &n : neighbours) {
        for (const Observation &o : m_latest.value(n.neighbourLaNumber)) {
            if (!o.value)
                continue;
            const QPair<QDate, QDate> key { o.period.start, o.period.end };
            auto it = sums.find(key);
            if (it == sums.end()) {
                Point p = pointOf(o);
                p.evidence = Evidence();
                p.sourceRow = 0;
                p.qualifier.clear();
                sums.insert(key, p);
            } else {
                it->value += *o.value;
                it->count += 1;
            }
        }
    }
    for (Point p : std::as_const(sums)) {
        p.value /= p.count;
        c.neighbourMean.append(p);
    }

    // The region, as the register names it ("East Midlands") among the regional rows.
    for (const Authority &a : m_authorities.authorities()) {
        if (a.type.isEmpty() && a.name.compare(authority.region, Qt::CaseInsensitive) == 0) {
            c.region = seriesFor(a.laNumber);
            c.regionName = a.name;
        }
    }

    // Rank and quartile in the authority's latest period with a value, among local authorities.
    if (!c.values.isEmpty()) {
        const Point &latest = c.values.last();
        const QMap<int, Point> all = authorityValues(latest.start, latest.end);
        QList<double> values;
        for (const Point &p : all)
            values.append(p.value);
        const bool lowerIsBetter = m_indicator.polarity == Polarity::LowerIsBetter;
        Standing s = standingAmong(latest.value, values, m_indicator.polarity);
        s.period = latest.label;
        const Series england = seriesFor(EnglandLaNumber);
        for (const Point &e : england) {
            if (e.start == latest.start && e.end == latest.end && m_indicator.polarity != Polarity::Unknown
                && e.value != latest.value)
                s.betterThanEngland = lowerIsBetter ? latest.value < e.value : latest.value > e.value;
        }
        c.latest = s;
    }
    return c;
}

QList<QPair<QDate, QDate>> IndicatorComparison::authorityPeriods() const
{
    QList<QPair<QDate, QDate>> periods;
    for (auto it = m_latest.cbegin(); it != m_latest.cend(); ++it) {
        if (m_authorities.byLaNumber(it.key()).type.isEmpty())
            continue; // regions and England are not ranked
        for (auto p = it.value().cbegin(); p != it.value().cend(); ++p) {
            if (p->value && !periods.contains(p.key()))
                periods.append(p.key());
        }
    }
    std::sort(periods.begin(), periods.end());
    return periods;
}

QMap<int, IndicatorComparison::Point> IndicatorComparison::authorityValues(
    const QDate &start, const QDate &end) const
{
    QMap<int, Point> out;
    for (auto it = m_latest.cbegin(); it != m_latest.cend(); ++it) {
        if (m_authorities.byLaNumber(it.key()).type.isEmpty())
            continue; // regions and England are not ranked
        const auto found = it.value().constFind({ start, end });
        if (found != it.value().cend() && found->value)
            out.insert(it.key(), pointOf(*found));
    }
    return out;
}

IndicatorComparison::Standing IndicatorComparison::standingAmong(
    double value, const QList<double> &values, Polarity polarity)
{
    const bool lowerIsBetter = polarity == Polarity::LowerIsBetter;
    Standing s;
    s.outOf = int(values.size());
    s.rank = 1 + int(std::count_if(values.cbegin(), values.cend(), [&](double v) {
        return lowerIsBetter ? v < value : v > value;
    }));
    s.quartile = s.outOf > 0 ? int(std::ceil(4.0 * s.rank / s.outOf)) : 0;
    return s;
}
