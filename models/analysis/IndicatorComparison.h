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
// ("2018", "2018 (Rev)"), the latest version is used and the others kept in `versions`; where two
// documents give one authority the same value for a period, it is one point with both as sources.
class IndicatorComparison
{
public:
    // Where a point's value is stated: one document's cell or row.
    struct Source
    {
        Evidence evidence;
        QString document; // the document's title, where the store has filled it in
        QString period; // the period as that document writes it ("Qtr 4 09/10")
        QString raw; // the cell as written
        friend bool operator==(const Source &a, const Source &b)
        {
            return a.evidence == b.evidence && a.document == b.document && a.period == b.period
                && a.raw == b.raw;
        }
    };

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
        // Every document that gives this value for this period, the point's own first; empty for a mean.
        QList<Source> sources;
    };
    using Series = QList<Point>; // in period order; a period without a value is absent (a gap)

    // Ranks and quartiles among a handful of authorities say little: a rank needs the authority and
    // at least two others with a value, a quartile two authorities a quarter.
    static constexpr int MinimumForRank = 3;
    static constexpr int MinimumForQuartile = 8;

    struct Standing
    {
        QString period;
        QDate start;
        QDate end;
        // 1 is best by the indicator's polarity (highest first where it is unknown); 0 where fewer
        // than MinimumForRank authorities have a value in compare()'s standings.
        int rank = 0;
        int outOf = 0; // authorities with a value in that period
        int quartile = 0; // 1 is the best quarter; 0 where fewer than MinimumForQuartile (compare())
        std::optional<double> england; // England's value in that period, where the data has one
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
    // rank; quartile 1 is the best quarter. The one rule for the indicator chart and the map; the
    // chart leaves out a rank or quartile of too few authorities (MinimumForRank, MinimumForQuartile).
    static Standing standingAmong(double value, const QList<double> &values, Polarity polarity);
    Series england() const { return seriesFor(EnglandLaNumber); }
    static constexpr int EnglandLaNumber = 970;

    // Version order of a period's qualifier: provisional first, final last.
    static int versionRank(const QString &qualifier);
    // The observation as a point's source.
    static Source sourceOf(const Observation &observation);

private:
    struct Entry
    {
        Observation latest;
        QList<Source> sources; // the latest's own first, then other documents giving the same value
    };
    Series seriesFor(int laNumber) const;
    static Point pointOf(const Entry &entry);

    Indicator m_indicator;
    const AuthorityRegister &m_authorities;
    // The latest version of each (authority, period).
    QMap<int, QMap<QPair<QDate, QDate>, Entry>> m_latest;
    QMap<int, QList<Observation>> m_superseded;
};
