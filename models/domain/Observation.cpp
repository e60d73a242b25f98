#include "Observation.h"

#include <QCoreApplication>
#include <QRegularExpression>

QString observationKindKey(ObservationKind kind)
{
    switch (kind) {
    case ObservationKind::Baseline:
        return QStringLiteral("baseline");
    case ObservationKind::Target:
        return QStringLiteral("target");
    case ObservationKind::Result:
        return QStringLiteral("result");
    case ObservationKind::Unassigned:
        break;
    }
    return QStringLiteral("unassigned");
}

ObservationKind observationKindFromKey(const QString &key)
{
    for (ObservationKind k :
        { ObservationKind::Baseline, ObservationKind::Target, ObservationKind::Result }) {
        if (observationKindKey(k) == key)
            return k;
    }
    return ObservationKind::Unassigned;
}

QString observationKindDisplayName(ObservationKind kind)
{
    switch (kind) {
    case ObservationKind::Baseline:
        return QCoreApplication::translate("Observation", "Baseline");
    case ObservationKind::Target:
        return QCoreApplication::translate("Observation", "Target");
    case ObservationKind::Result:
        return QCoreApplication::translate("Observation", "Result");
    case ObservationKind::Unassigned:
        break;
    }
    return QCoreApplication::translate("Observation", "Unassigned");
}

QString observationFlagDisplayName(const QString &flag)
{
    // Marked for translation where the parsers write them.
    static const char *const plain[] = {
        "no figure",
        "several values or unrecognised text; kept as written",
        "not published for this period: every area's figure is 0",
    };
    for (const char *text : plain) {
        if (flag == QLatin1String(text))
            return QCoreApplication::translate("Observation", text);
    }
    static const char *const rowCells = "row has %1 cells where the table has %2 columns; kept as written";
    static const QRegularExpression cells(
        QStringLiteral("^row has (\\d+) cells where the table has (\\d+) columns; kept as written$"));
    const QRegularExpressionMatch m = cells.match(flag);
    if (m.hasMatch())
        return QCoreApplication::translate("Observation", rowCells).arg(m.captured(1), m.captured(2));
    return flag;
}
