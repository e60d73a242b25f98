#pragma once

#include <QString>

class QDateTime;

// Who did something recorded in the database (imported a document, decided a grade) and when, as
// the tables show it: "jsmith, 04/12/2026 14:05" in the officer's own date format. A record from
// before names were kept has its time alone; one from before times, nothing.
namespace RecordedBy {
QString text(const QString &who, const QDateTime &when);
} // namespace RecordedBy
