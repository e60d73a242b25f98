#include "IndicatorComparison.h"

#include "analysis/ValueMerge.h"
#include "reference/AuthorityRegister.h"

#include <QSet>

#include <algorithm>
#include <cmath>

IndicatorComparison::Source IndicatorComparison::sourceOf(const Observation &o)
{
    return { o.evidence, o.documentTitle, o.period.text, o.raw };
}

IndicatorComparison::Point IndicatorComparison::pointOf(const Entry &entry)
{
    const Observation &o = entry.latest;
    QString label = o.period.text;
    if (!o.qualifier.isEmpty())
        label = label.left(label.indexOf(QLatin1Char('('))).trimmed();
    return { o.period.start, o.period.end, label, *o.value, 1, o.evidence, o.sourceRow, o.qualifier,
        entry.sources };
}

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
        const auto existing = periods.find(key);
        if (existing == periods.end()) {
            periods.insert(key, { o, { sourceOf(o) } });
        } else if (o.evidence.documentId != existing->latest.evidence.documentId && o.value
            && existing->latest.value && ValueMerge::sameValue(*o.value, *existing->latest.value)) {
            // Another document giving the same value for the period: one value, with both sources.
            // The later version stands for it.
            if (versionRank(o.qualifier) > versionRank(existing->latest.qualifier)) {
                existing->latest = o;
                existing->sources.prepend(sourceOf(o));
            } else {
                existing->sources.append(sourceOf(o));
            }
        } else if (versionRank(o.qualifier) >= versionRank(existing->latest.qualifier)) {
            m_superseded[o.authority.laNumber].append(existing->latest);
            *existing = { o, { sourceOf(o) } };
        } else {
            m_superseded[o.authority.laNumber].append(o);
        }
    }
}

IndicatorComparison::Series IndicatorComparison::seriesFor(int laNumber) const
{
    Series out;
    for (const Entry &e : m_latest.value(laNumber)) {
        if (e.latest.value)
            out.append(pointOf(e));
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
        for (const Entry &e : m_latest.value(n.neighbourLaNumber)) {
            const Observation &o = e.latest;
            if (!o.value)
                continue;
            const QPair<QDate, QDate> key { o.period.start, o.period.end };
            auto it = sums.find(key);
            if (it == sums.end()) {
                Point p = pointOf(e);
                p.evidence = Evidence();
                p.sourceRow = 0;
                p.qualifier.clear();
                p.sources.clear();
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

    // Rank and quartile in the authority's latest period with a value, among local authorities,
    // where there are enough of them to mean something.
    if (!c.values.isEmpty()) {
        const Point &latest = c.values.last();
        const QMap<int, Point> all = authorityValues(latest.start, latest.end);
        QList<double> values;
        for (const Point &p : all)
            values.append(p.value);
        Standing s = standingAmong(latest.value, values, m_indicator.polarity);
        if (s.outOf < MinimumForRank)
            s.rank = 0;
        if (s.outOf < MinimumForQuartile)
            s.quartile = 0;
        s.period = latest.label;
        s.start = latest.start;
        s.end = latest.end;
        const bool lowerIsBetter = m_indicator.polarity == Polarity::LowerIsBetter;
        for (const Point &e : seriesFor(EnglandLaNumber)) {
            if (e.start != latest.start || e.end != latest.end)
                continue;
            s.england = e.value;
            if (m_indicator.polarity != Polarity::Unknown && !ValueMerge::sameValue(e.value, latest.value))
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
            if (p->latest.value && !periods.contains(p.key()))
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
        if (found != it.value().cend() && found->latest.value)
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
