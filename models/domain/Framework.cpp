#include "Framework.h"

#include <QCoreApplication>

QString frameworkKey(Framework framework)
{
    switch (framework) {
    case Framework::Apa:
        return QStringLiteral("APA");
    case Framework::Jar:
        return QStringLiteral("JAR");
    case Framework::AnnualRating2009:
        return QStringLiteral("rating-2009");
    case Framework::AnnualAssessment2010:
        return QStringLiteral("assessment-2010");
    case Framework::Unknown:
        break;
    }
    return QString();
}

Framework frameworkFromKey(const QString &key)
{
    for (Framework f :
        { Framework::Apa, Framework::Jar, Framework::AnnualRating2009, Framework::AnnualAssessment2010 }) {
        if (frameworkKey(f) == key)
            return f;
    }
    return Framework::Unknown;
}

QString frameworkDisplayName(Framework framework)
{
    switch (framework) {
    case Framework::Apa:
        return QCoreApplication::translate("Framework", "Annual performance assessment");
    case Framework::Jar:
        return QCoreApplication::translate("Framework", "Joint area review");
    case Framework::AnnualRating2009:
        return QCoreApplication::translate("Framework", "Annual rating");
    case Framework::AnnualAssessment2010:
        return QCoreApplication::translate("Framework", "Annual assessment");
    case Framework::Unknown:
        break;
    }
    return QCoreApplication::translate("Framework", "Unknown framework");
}
