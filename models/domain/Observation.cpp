#include "Observation.h"

#include <QCoreApplication>

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
