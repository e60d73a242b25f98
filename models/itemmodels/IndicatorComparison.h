#pragma once

#include "domain/Authority.h"
#include "domain/Indicator.h"
#include "domain/Observation.h"
#include "domain/StatisticalNeighbour.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <optional>

class AuthorityRegister;

// One indicator compared across authorities: each chosen authority's values by period, the mean of
// its statistical neighbours, its region and England as reference series, and for the latest period
// its rank and quartile among every authority with a value. Where a period has several versions
// ("2018", "2018 (Rev)"), the latest version is used and the others kept in `versions`.
class IndicatorComparison
{
public:
    struct Point
    {
        QDate start;
        QDate end;
        QString label; // the period as written, without its version
        double value = 0;
        int count = 1; // for a mean: how many values it is over
        Evidence evidence;
        int sourceRow = 0;
        QString qualifier;
    };
    using Series = QList<Point>; // in period order; a period without a value is absent (a gap)

    struct Standing
    {
        QString period;
        int rank = 0; // 1 is best by the indicator's polarity (highest first where it is unknown)
        int outOf = 0; // authorities with a value in that period
        int quartile = 0; // 1 is the best quarter
        std::optional<bool> betterThanEngland; // unknown without a polarity or an England value
    };

    struct AuthorityComparison
    {
        Authority authority;
        Series values;
        Series neighbourMean;
        Series region;
        QString regionName;
        std::optional<Standing> latest;
        QList<Observation> versions; // superseded versions of a period, for listing
    };

    IndicatorComparison(const Indicator &indicator, const QList<Observation> &observations,
        const AuthorityRegister &authorities);

    AuthorityComparison compare(
        const Authority &authority, const QList<StatisticalNeighbour> &neighbours) const;
    // Periods in which at least one local authority (not a region or England) has a value, in order.
    QList<QPair<QDate, QDate>> authorityPeriods() const;
    // Each local authority's value in a period (the latest version), by LA number.
    QMap<int, Point> authorityValues(const QDate &start, const QDate &end) const;
    // Where value stands among values (every authority's value in one period, itself included):
    // rank 1 is best by the polarity, highest first where it is unknown; ties share the better
    // rank; quartile 1 is the best quarter. The one rule for the indicator chart and the map.
    static Standing standingAmong(double value, const QList<double> &values, Polarity polarity);
    Series england() const { return seriesFor(EnglandLaNumber); }
    static constexpr int EnglandLaNumber = 970;

    // Version order of a period's qualifier: provisional first, final last.
    static int versionRank(const QString &qualifier);

private:
    Series seriesFor(int laNumber) const;

    Indicator m_indicator;
    const AuthorityRegister &m_authorities;
    // The latest version of each (authority, period).
    QMap<int, QMap<QPair<QDate, QDate>, Observation>> m_latest;
    QMap<int, QList<Observation>> m_superseded;
};
