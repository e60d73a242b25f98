#include "Finding.h"

#include <QCoreApplication>

QString findingKindKey(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Strength:
        return QStringLiteral("strength");
    case FindingKind::AreaForImprovement:
        return QStringLiteral("improvement");
    case FindingKind::AreaForDevelopment:
        return QStringLiteral("development");
    }
    return QString();
}

FindingKind findingKindFromKey(const QString &key)
{
    if (key == QLatin1String("improvement"))
        return FindingKind::AreaForImprovement;
    if (key == QLatin1String("development"))
        return FindingKind::AreaForDevelopment;
    return FindingKind::Strength;
}

QString findingKindDisplayName(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Strength:
        return QCoreApplication::translate("Finding", "Key strength");
    case FindingKind::AreaForImprovement:
        return QCoreApplication::translate("Finding", "Area for improvement");
    case FindingKind::AreaForDevelopment:
        return QCoreApplication::translate("Finding", "Area for further development");
    }
    return QString();
}
