#include "IndicatorStatus.h"

#include <QCoreApplication>
#include <QSet>

IndicatorStatus IndicatorStatus::evaluate(const Indicator &indicator, const QList<Observation> &observations)
{
    IndicatorStatus s;
    QSet<int> authorities;
    for (const Observation &o : observations)
        authorities.insert(o.authority.laNumber);
    if (authorities.size() > 1 || indicator.authorityCount > 1) {
        s.state = State::SeveralAuthorities;
        return s;
    }
    for (const Observation &o : observations) {
        if (!o.value || !o.series.isEmpty())
            continue; // labelled parts each have their own series; the headline status uses plain values
        if (o.kind == ObservationKind::Result) {
            const QDate when = o.period.end.isValid() ? o.period.end : QDate();
            const QDate best = s.latest && s.latest->period.end.isValid() ? s.latest->period.end : QDate();
            if (!s.latest || (when.isValid() && (!best.isValid() || when > best)))
                s.latest = o;
        } else if (o.kind == ObservationKind::Target && !s.target) {
            s.target = o;
        }
    }
    if (!s.latest) {
        s.state = State::NoResult;
        return s;
    }
    if (!s.target) {
        s.state = State::NoTarget;
        return s;
    }
    Polarity polarity = indicator.polarity;
    if (polarity == Polarity::Unknown) {
        if (s.target->comparator.startsWith(QLatin1Char('<')))
            polarity = Polarity::LowerIsBetter;
        else if (s.target->comparator.startsWith(QLatin1Char('>')))
            polarity = Polarity::HigherIsBetter;
    }
    const double value = *s.latest->value;
    const double target = *s.target->value;
    switch (polarity) {
    case Polarity::HigherIsBetter:
        s.state = value >= target ? State::Met : State::NotMet;
        break;
    case Polarity::LowerIsBetter:
        s.state = value <= target ? State::Met : State::NotMet;
        break;
    case Polarity::Unknown:
        s.state = State::DirectionUnknown;
        break;
    }
    return s;
}

QString IndicatorStatus::stateText(State state)
{
    switch (state) {
    case State::Met:
        return QCoreApplication::translate("IndicatorStatus", "Target met");
    case State::NotMet:
        return QCoreApplication::translate("IndicatorStatus", "Target not met");
    case State::NoTarget:
        return QCoreApplication::translate("IndicatorStatus", "No target");
    case State::SeveralAuthorities:
        return QCoreApplication::translate("IndicatorStatus", "Compared in the chart");
    case State::NoResult:
        return QCoreApplication::translate("IndicatorStatus", "No result");
    case State::DirectionUnknown:
        return QCoreApplication::translate("IndicatorStatus", "Unknown whether higher is better");
    }
    return QString();
}
