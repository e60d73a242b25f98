#include "Area.h"

#include <QCoreApplication>

QString areaDisplayName(const QString &key)
{
    struct Name
    {
        const char *key;
        const char *text;
    };
    static const Name names[] = {
        { "overall", QT_TRANSLATE_NOOP("Area", "Overall effectiveness of children's services") },
        { "capacity", QT_TRANSLATE_NOOP("Area", "Capacity to improve") },
        { "social-care", QT_TRANSLATE_NOOP("Area", "Social care services") },
        { "being-healthy", QT_TRANSLATE_NOOP("Area", "Being healthy") },
        { "staying-safe", QT_TRANSLATE_NOOP("Area", "Staying safe") },
        { "enjoying-achieving", QT_TRANSLATE_NOOP("Area", "Enjoying and achieving") },
        { "positive-contribution", QT_TRANSLATE_NOOP("Area", "Making a positive contribution") },
        { "economic-wellbeing", QT_TRANSLATE_NOOP("Area", "Achieving economic well-being") },
        { "management", QT_TRANSLATE_NOOP("Area", "Management of children's services") },
        { "jar-safeguarding", QT_TRANSLATE_NOOP("Area", "Safeguarding") },
        { "jar-looked-after", QT_TRANSLATE_NOOP("Area", "Looked after children") },
        { "jar-ldd", QT_TRANSLATE_NOOP("Area", "Learning difficulties and/or disabilities") },
        { "jar-service-management", QT_TRANSLATE_NOOP("Area", "Service management") },
        { "jar-capacity", QT_TRANSLATE_NOOP("Area", "Capacity to improve (JAR)") },
    };
    for (const Name &n : names) {
        if (key == QLatin1String(n.key))
            return QCoreApplication::translate("Area", n.text);
    }
    return key;
}

const QStringList &outcomeAreaKeys()
{
    static const QStringList keys { QStringLiteral("being-healthy"), QStringLiteral("staying-safe"),
        QStringLiteral("enjoying-achieving"), QStringLiteral("positive-contribution"),
        QStringLiteral("economic-wellbeing") };
    return keys;
}
