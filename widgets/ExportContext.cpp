#include "ExportContext.h"

#include <QCoreApplication>
#include <QRegularExpression>

QString ExportContext::subtitle() const
{
    const QString who = authorities.join(QCoreApplication::translate("ExportContext", " vs "));
    if (years.isEmpty())
        return who;
    return who.isEmpty() ? years : QCoreApplication::translate("ExportContext", "%1, %2").arg(who, years);
}

QString ExportContext::suggestedFileName(const QString &what, const QString &suffix) const
{
    QString name = QStringList { what, authorities.join(QStringLiteral(" vs ")), years }
                       .join(QLatin1Char('-'))
                       .toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    name.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return name + QLatin1Char('.') + suffix;
}
