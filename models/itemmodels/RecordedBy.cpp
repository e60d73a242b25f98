#include "RecordedBy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace RecordedBy {

QString text(const QString &who, const QDateTime &when)
{
    const QString time = when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                                        : QString();
    if (who.isEmpty())
        return time;
    return time.isEmpty() ? who : QCoreApplication::translate("RecordedBy", "%1, %2").arg(who, time);
}

} // namespace RecordedBy
