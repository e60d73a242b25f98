#include "DataPeriodParser.h"

#include <QRegularExpression>

namespace {

// Academic years run September to August; financial years April to March; anything else is
// read as a calendar year.
QDate yearStart(int year, const QString &yearType)
{
    if (yearType.contains(QLatin1String("Academic"), Qt::CaseInsensitive))
        return QDate(year, 9, 1);
    if (yearType.contains(QLatin1String("Financial"), Qt::CaseInsensitive))
        return QDate(year, 4, 1);
    return QDate(year, 1, 1);
}

int expandYear(int first, const QString &digits)
{
    // "19/20" after 2019, "2020" as written, "9" after 2008 ("2008/9").
    if (digits.size() == 4)
        return digits.toInt();
    const int century = first - first % (digits.size() == 1 ? 10 : 100);
    int y = century + digits.toInt();
    if (y < first)
        y += digits.size() == 1 ? 10 : 100;
    return y;
}

} // namespace

DataPeriod DataPeriod::parse(const QString &input, const QString &yearType)
{
    DataPeriod out;
    // "200607", as DfE statistical releases write an academic year in their data files: the
    // two years run together. Read, and shown, as "2006/07" when the second is the year after the first.
    static const QRegularExpression runTogether(QStringLiteral("^\\s*(\\d{4})(\\d{2})\\s*$"));
    const auto joined = runTogether.match(input);
    if (joined.hasMatch() && (joined.captured(1).toInt() + 1) % 100 == joined.captured(2).toInt()) {
        out = parse(joined.captured(1) + QLatin1Char('/') + joined.captured(2),
            yearType.isEmpty() ? QStringLiteral("Academic Year") : yearType);
        // Shown as people write the year ("2006/07"); the cell as written stays in the row's evidence.
        out.period.text = joined.captured(1) + QLatin1Char('/') + joined.captured(2);
        return out;
    }
    static const QRegularExpression shape(QStringLiteral(
        "^\\s*(\\d{4})(?:\\s*[/-]\\s*(\\d{1,4}))?(?:\\s*-\\s*(\\d{2,4})(?:\\s*/\\s*(\\d{1,4}))?)?\\s*"
        "(?:\\(\\s*([A-Za-z ]{1,20})\\s*\\))?\\s*$"));
    const auto m = shape.match(input);
    if (!m.hasMatch())
        return out;
    const int first = m.captured(1).toInt();
    if (first < 1990 || first > 2100)
        return out;
    out.qualifier = m.captured(5).trimmed();
    const bool splitYear = !m.captured(2).isEmpty();
    if (!m.captured(3).isEmpty()) {
        // A span: "2013/14-15/16" from the first year to the last, or "2016-18" over calendar years.
        const int lastStart = expandYear(first, m.captured(3));
        if (lastStart < first)
            return out;
        if (!m.captured(4).isEmpty()) {
            const QDate start = yearStart(first, yearType.isEmpty() ? QStringLiteral("Academic") : yearType);
            out.period.start = start;
            out.period.end = QDate(lastStart + 1, start.month(), 1).addDays(-1);
        } else if (splitYear) {
            return out; // "2019/20-21" is not a shape any publication uses
        } else {
            out.period.start = QDate(first, 1, 1);
            out.period.end = QDate(lastStart, 12, 31);
        }
    } else if (splitYear) {
        const int second = expandYear(first, m.captured(2));
        if (second == first + 1) {
            // A single academic or financial year; a calendar-year measure still spans the two years.
            const QString type = yearType.isEmpty() || yearType.contains(QLatin1String("Calendar"))
                ? QStringLiteral("Academic")
                : yearType;
            out.period.start = yearStart(first, type);
            out.period.end = yearStart(second, type).addDays(-1);
        } else if (second > first + 1
            && input.mid(m.capturedEnd(1), m.capturedStart(2) - m.capturedEnd(1))
                   .contains(QLatin1Char('-'))) {
            out.period.start = QDate(first, 1, 1); // "2016-18": three calendar years
            out.period.end = QDate(second, 12, 31);
        } else {
            return out;
        }
    } else {
        // A bare year of an academic- or financial-year measure is the year that ends in it, as LAIT
        // labels them (pupil absence "2016" is 2015/16; child protection "2016" the year to March
        // 2016); of any other measure, the calendar year.
        const bool academic = yearType.contains(QLatin1String("Academic"), Qt::CaseInsensitive);
        const bool financial = yearType.contains(QLatin1String("Financial"), Qt::CaseInsensitive);
        if (academic || financial) {
            out.period.start = yearStart(first - 1, yearType);
            out.period.end = yearStart(first, yearType).addDays(-1);
        } else {
            out.period.start = QDate(first, 1, 1);
            out.period.end = QDate(first, 12, 31);
        }
    }
    out.period.text = input.simplified();
    return out;
}
