#include "analysis/ValueMerge.h"

#include <algorithm>
#include <cmath>

namespace ValueMerge {

bool sameValue(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({ 1.0, std::abs(a), std::abs(b) });
}

bool samePeriod(const Period &a, const Period &b)
{
    // Ending on the same day, one lies within the other. Spans of several years are not a year's
    // outturn: they are one only with the same span.
    const auto oneYearAtMost = [](const Period &p) { return p.start.daysTo(p.end) < 366; };
    return a.isNormalised() && b.isNormalised() && a.end == b.end
        && (a.start == b.start || (oneYearAtMost(a) && oneYearAtMost(b)));
}

bool sameFigure(const Observation &a, const Observation &b)
{
    return a.kind == ObservationKind::Result && b.kind == ObservationKind::Result && a.value && b.value
        && a.authority.laNumber == b.authority.laNumber && a.series == b.series
        && a.evidence.documentId != b.evidence.documentId && sameValue(*a.value, *b.value)
        && samePeriod(a.period, b.period);
}

QList<Observation> mergePlanValues(
    QList<IndicatorComparison::AuthorityComparison> &comparisons, const QList<Observation> &planValues)
{
    QList<Observation> drawn;
    for (const Observation &o : planValues) {
        bool merged = false;
        if (o.kind == ObservationKind::Result && o.value && o.period.isNormalised() && o.series.isEmpty()) {
            for (auto &c : comparisons) {
                if (c.authority.laNumber != o.authority.laNumber)
                    continue;
                for (IndicatorComparison::Point &p : c.values) {
                    const Period published { p.label, p.start, p.end };
                    if (!merged && sameValue(p.value, *o.value) && samePeriod(published, o.period)) {
                        const IndicatorComparison::Source source = IndicatorComparison::sourceOf(o);
                        if (!p.sources.contains(source))
                            p.sources.append(source);
                        merged = true;
                    }
                }
            }
        }
        if (!merged)
            drawn.append(o);
    }
    return drawn;
}

} // namespace ValueMerge
