#pragma once

#include "domain/Indicator.h"
#include "domain/Observation.h"

#include <QList>
#include <QString>
#include <optional>

// An indicator's latest result against its target, judged by the indicator's polarity, or by the
// target's own bound ("<10%", ">95%") where the polarity is unknown.
struct IndicatorStatus
{
    enum class State
    {
        Met,
        NotMet,
        NoTarget,
        SeveralAuthorities, // published data for many authorities: compared in the chart instead
        NoResult,
        DirectionUnknown
    };

    State state = State::NoResult;
    std::optional<Observation> latest;
    std::optional<Observation> target;

    static IndicatorStatus evaluate(const Indicator &indicator, const QList<Observation> &observations);
    static QString stateText(State state);
};
