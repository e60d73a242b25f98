#pragma once

#include <QTypeInfo>

#include "Authority.h"
#include "Evidence.h"
#include "Period.h"

#include <QString>
#include <optional>

enum class ObservationKind
{
    Baseline,
    Target,
    Result,
    Unassigned
};

QString observationKindKey(ObservationKind kind);
ObservationKind observationKindFromKey(const QString &key);
QString observationKindDisplayName(ObservationKind kind);
// Why a cell's value was not read, in the current language; flags are stored in English.
QString observationFlagDisplayName(const QString &flag);

// One value of an indicator for one authority, as a table cell states it.
struct Observation
{
    QString indicatorCode;
    QString indicatorTitle; // filled by the store when read back
    Authority authority;
    ObservationKind kind = ObservationKind::Result;
    QString series; // label within a cell with labelled parts ("KS2", "Dose 1"); empty otherwise
    Period period;
    std::optional<double> value;
    QString comparator; // "<", ">" where the cell bounds the value
    QString unit; // "%", "points", "out of 32"
    QString note; // words beside the value: "revised figure", "estimate"
    QString qualifier; // the period's version as written: "Rev", "Final", "prov", "OT"
    QString missingMarker; // "-", "x", "c", "..", "n/a" where the source publishes no figure
    int sourceRow = 0; // the row of a data file the value came from (1 = the header)
    QString raw; // the cell text, whitespace folded
    QString flag; // why the value was not read, when it was not
    Evidence evidence;
    QString documentTitle; // filled by the store when read back
};
Q_DECLARE_TYPEINFO(Observation, Q_RELOCATABLE_TYPE);
