#pragma once

#include <QString>
#include <QStringList>

class Store;

// Copies a whole database into an empty one, whatever their back ends (an officer's SQLite file
// into the team's PostgreSQL database, or the team's database into a file to take away): every
// table's rows with their ids, then the target's numbering and search index brought up to date.
// One transaction on the target: it holds all of the source or, after a failure, what it held.
namespace StoreCopy {

// report: a line a table, "document: 1368 rows"; the counts are read back from the target.
bool copy(const Store &from, Store &to, QStringList *report, QString *error);

} // namespace StoreCopy
