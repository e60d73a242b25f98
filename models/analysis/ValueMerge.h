#pragma once

#include "analysis/IndicatorComparison.h"
#include "domain/Observation.h"
#include "domain/Period.h"

#include <QList>

// One authority's value for one period, given by two documents (a plan review's "42.5% Qtr 4 09/10"
// and an officer's table's "2009/10, 42.5"), is one figure: one point on a chart, with both
// documents as its sources. Values that differ, or periods that are not one, stay apart.
namespace ValueMerge {

// Equal as figures: the same number, whatever the rounding noise of its reading.
bool sameValue(double a, double b);
// Whether two periods are one for a value: the same dates, or a year and a part of it that closes
// it, as a plan reports a year's outturn by its last quarter or month ("Qtr 4 09/10", "March 10")
// against the year as published (2009/10).
bool samePeriod(const Period &a, const Period &b);
// Two results for one authority and series, from different documents, with the same value for one period.
bool sameFigure(const Observation &a, const Observation &b);

// The plans' results that a compared authority's point already gives join that point as sources;
// returned are the plan values still to draw on their own: baselines, targets and results no
// point gives.
QList<Observation> mergePlanValues(
    QList<IndicatorComparison::AuthorityComparison> &comparisons, const QList<Observation> &planValues);

} // namespace ValueMerge
