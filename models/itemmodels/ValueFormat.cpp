#include "ValueFormat.h"

#include "domain/Observation.h"

#include <QLocale>

namespace ValueFormat {

QString number(double value)
{
    return QLocale().toString(value, 'g', 10);
}

QString number(double value, int decimals)
{
    return decimals < 0 ? number(value) : QLocale().toString(value, 'f', decimals);
}

QString observation(const Observation &o)
{
    if (!o.value)
        return o.raw;
    QString text = o.comparator + number(*o.value);
    if (o.unit == QLatin1String("%"))
        text += QLatin1Char('%');
    else if (!o.unit.isEmpty())
        text += QLatin1Char(' ') + o.unit;
    return text;
}

} // namespace ValueFormat
