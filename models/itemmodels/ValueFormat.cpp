#include "ValueFormat.h"

#include "domain/Observation.h"
#include "domain/Period.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

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

QString period(const Period &p)
{
    if (!p.isNormalised() || p.end <= p.start)
        return p.text;
    const int years = p.end.year() - p.start.year();
    const bool financial = p.start.month() == 4 && p.start.day() == 1 && p.end.month() == 3
        && p.end.day() == 31;
    const bool academic = p.start.month() == 9 && p.start.day() == 1 && p.end.month() == 8
        && p.end.day() == 31;
    if ((!financial && !academic) || years < 1
        || p.text.contains(QLatin1String("financial"), Qt::CaseInsensitive)
        || p.text.contains(QLatin1String("academic"), Qt::CaseInsensitive))
        return p.text;
    const auto tr = [](const char *text) { return QCoreApplication::translate("ValueFormat", text); };
    // A bare year ("2016", "2016 (Rev)") of such a year is the year that ends in it: say which.
    static const QRegularExpression bareYear(QStringLiteral("^\\d{4}(?:\\s*\\(.*\\))?$"));
    if (years == 1 && bareYear.match(p.text).hasMatch()) {
        const QString written =
            QStringLiteral("%1/%2").arg(p.start.year()).arg(p.end.year() % 100, 2, 10, QLatin1Char('0'));
        return (financial ? tr("%1 (financial year %2)") : tr("%1 (academic year %2)")).arg(p.text, written);
    }
    if (years == 1)
        return (financial ? tr("%1 (financial year)") : tr("%1 (academic year)")).arg(p.text);
    return (financial ? tr("%1 (financial years)") : tr("%1 (academic years)")).arg(p.text);
}

} // namespace ValueFormat
