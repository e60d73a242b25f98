#pragma once

#include <QDate>
#include <QList>
#include <QString>

// Small readers for facts every family states the same way.
namespace DocumentFacts {

struct DateMatch
{
    QDate date;
    int start = 0;
    int end = 0;
};

// Full dates such as "9 December 2010" or "12th February 2009", in order of appearance.
QList<DateMatch> dates(const QString &text, int from = 0, int to = -1);
// Four-digit years 2000-2029 stated in text[from, to), in order of appearance.
QList<int> years(const QString &text, int from = 0, int to = -1);

constexpr int FirstSupportedYear = 2005;
constexpr int LastSupportedYear = 2011;
inline bool isSupportedYear(int year)
{
    return year >= FirstSupportedYear && year <= LastSupportedYear;
}

} // namespace DocumentFacts
