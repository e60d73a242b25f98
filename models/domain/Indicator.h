#pragma once

#include <QTypeInfo>

#include <QString>

enum class Polarity
{
    Unknown,
    HigherIsBetter,
    LowerIsBetter
};

// How a polarity is written in settings, stored choices and data files ("high", "low"; empty when
// unknown); reading takes either case.
inline QString polarityKey(Polarity p)
{
    return p == Polarity::HigherIsBetter ? QStringLiteral("high")
        : p == Polarity::LowerIsBetter   ? QStringLiteral("low")
                                         : QString();
}
inline Polarity polarityFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    return k == QLatin1String("high") ? Polarity::HigherIsBetter
        : k == QLatin1String("low")   ? Polarity::LowerIsBetter
                                      : Polarity::Unknown;
}

// A performance indicator: a National Indicator ("NI 117") or a local one from a plan's table.
struct Indicator
{
    qint64 id = 0;
    QString code; // "NI 117", or "LOCAL-…" for a plan's own indicator
    QString title;
    QString unit; // "%", "count", "points" where the values say so
    QString section; // outcome section as the plan groups it ("BE HEALTHY")
    Polarity polarity = Polarity::Unknown;
    QString topic; // LAIT topic, e.g. "Health and Wellbeing"
    QString shortName; // LAIT short name, e.g. "InfMort"
    QString description;
    QString yearType; // "Academic Year", "Financial Year", "Calendar Year"
    int decimals = -1; // decimal places to show; -1 when not stated
    int authorityCount = 0; // authorities the database holds values for; filled by the store
};
Q_DECLARE_TYPEINFO(Indicator, Q_RELOCATABLE_TYPE);

// Whether text names the indicator as a user would type it: its code with any spacing and case
// ("NI 53", "ni53", "LAIT InfMort") or its short name ("InfMort").
inline bool indicatorMatches(const Indicator &indicator, const QString &text)
{
    const auto folded = [](const QString &s) { return QString(s).remove(QLatin1Char(' ')).toLower(); };
    const QString wanted = folded(text.simplified());
    return !wanted.isEmpty() && (folded(indicator.code) == wanted || indicator.shortName.toLower() == wanted);
}
