#include "PeriodParser.h"

#include <QRegularExpression>

namespace {

int monthNumber(const QString &word)
{
    static const char *const names[] = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec" };
    const QString w = word.left(3).toLower();
    for (int i = 0; i < 12; ++i) {
        if (w == QLatin1String(names[i]))
            return i + 1;
    }
    return 0;
}

int fullYear(const QString &digits)
{
    const int y = digits.toInt();
    return digits.size() <= 2 ? 2000 + y : y;
}

QDate monthEnd(int year, int month)
{
    const QDate first(year, month, 1);
    return first.addDays(first.daysInMonth() - 1);
}

const QString month = QStringLiteral(
    "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    "aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?");
const QString year = QStringLiteral("(\\d{4}|\\d{2})");

QRegularExpression anchored(const QString &pattern)
{
    return QRegularExpression(
        QStringLiteral("^") + pattern + QStringLiteral("$"), QRegularExpression::CaseInsensitiveOption);
}

} // namespace

Period PeriodParser::parse(const QString &input)
{
    return parse(input, false);
}

Period PeriodParser::forYearType(const Period &period, const QString &yearType)
{
    if (!period.isNormalised() || !yearType.contains(QLatin1String("Academic"), Qt::CaseInsensitive))
        return period;
    const Period academic = parse(period.text, true);
    return academic.isNormalised() ? academic : period;
}

Period PeriodParser::parse(const QString &input, bool academic)
{
    Period p;
    static const QRegularExpression noise(
        QStringLiteral("^(?:end\\s+of|end|as\\s+at)\\s+|\\s+(?:results?|baseline|average|data)$"),
        QRegularExpression::CaseInsensitiveOption);
    QString t = input.simplified();
    if (t.startsWith(QLatin1Char('(')) && t.endsWith(QLatin1Char(')')))
        t = t.mid(1, t.size() - 2).trimmed();
    const QString written = t;
    for (int i = 0; i < 2; ++i)
        t.remove(noise);
    t = t.trimmed();
    if (t.isEmpty())
        return p;

    static const QRegularExpression quarter = anchored(
        QStringLiteral("(?:qtr|quarter|q)\\s*([1-4])\\s+(\\d{2,4})/(\\d{1,4})"));
    static const QRegularExpression oneMonth = anchored(month + QStringLiteral("\\s+") + year);
    static const QRegularExpression monthRange = anchored(month + QStringLiteral("(?:\\s+") + year
        + QStringLiteral(")?\\s*(?:-|to|\\x{2013})\\s*") + month + QStringLiteral("\\s+") + year);
    static const QRegularExpression splitYear = anchored(
        QStringLiteral("(\\d{4}|\\d{2})\\s*[/-]\\s*(\\d{1,4})"));
    static const QRegularExpression calendarYear = anchored(QStringLiteral("(\\d{4})"));
    static const QRegularExpression summer = anchored(QStringLiteral("summer\\s+") + year);
    static const QRegularExpression bareQuarter = anchored(QStringLiteral("(?:qtr|q)\\s*[1-4]"));

    if (const auto m = quarter.match(t); m.hasMatch()) {
        const int fyStart = fullYear(m.captured(2));
        const int q = m.captured(1).toInt();
        const int startMonth = 4 + 3 * (q - 1); // financial quarters start in April
        const int y = startMonth > 12 ? fyStart + 1 : fyStart;
        const int sm = startMonth > 12 ? startMonth - 12 : startMonth;
        p.start = QDate(y, sm, 1);
        p.end = monthEnd(y, sm + 2);
    } else if (const auto m = oneMonth.match(t); m.hasMatch()) {
        const int y = fullYear(m.captured(2));
        const int mo = monthNumber(m.captured(1));
        p.start = QDate(y, mo, 1);
        p.end = monthEnd(y, mo);
    } else if (const auto m = monthRange.match(t); m.hasMatch()) {
        const int endYear = fullYear(m.captured(4));
        const int endMonth = monthNumber(m.captured(3));
        const int startMonth = monthNumber(m.captured(1));
        int startYear = m.captured(2).isEmpty() ? endYear : fullYear(m.captured(2));
        if (m.captured(2).isEmpty() && startMonth > endMonth)
            --startYear;
        p.start = QDate(startYear, startMonth, 1);
        p.end = monthEnd(endYear, endMonth);
    } else if (const auto m = splitYear.match(t); m.hasMatch()) {
        const int first = fullYear(m.captured(1));
        const QString second = m.captured(2);
        // "2006/7", "08/09", "2007/08", "2010/2011": the second year follows the first.
        const int expected = first + 1;
        const bool follows = (second.size() == 4 && second.toInt() == expected)
            || (second.size() <= 2 && second.toInt() == expected % (second.size() == 1 ? 10 : 100));
        if (!follows)
            return p;
        p.start = academic ? QDate(first, 9, 1) : QDate(first, 4, 1);
        p.end = academic ? QDate(expected, 8, 31) : QDate(expected, 3, 31);
    } else if (const auto m = calendarYear.match(t); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        if (y < 1990 || y > 2100)
            return p;
        p.start = academic ? QDate(y - 1, 9, 1) : QDate(y, 1, 1);
        p.end = academic ? QDate(y, 8, 31) : QDate(y, 12, 31);
    } else if (const auto m = summer.match(t); m.hasMatch()) {
        const int y = fullYear(m.captured(1));
        p.start = QDate(y, 6, 1);
        p.end = QDate(y, 8, 31);
    } else if (!bareQuarter.match(t).hasMatch()) {
        return p;
    }
    p.text = written;
    return p;
}
