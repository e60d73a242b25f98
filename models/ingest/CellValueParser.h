#pragma once

#include "domain/Period.h"

#include <QList>
#include <QString>
#include <optional>

// One value read from a table cell.
struct CellValue
{
    QString series; // the label of a labelled part ("KS2", "Dose 1"); empty for a plain cell
    std::optional<double> value;
    QString comparator; // "<", ">", "<=", ">=" when the cell bounds the value
    QString unit; // "%", "points", "out of 32"
    Period period;
    QString note; // words kept beside the value: "revised figure", "baseline", "estimate"
    QString flag; // set when the cell holds something the parser would have to guess at
};

// Reads plan-table cells: "42.5% Qtr 4 09/10", "83.2% (Dec 09)", "0 out of 32", "<16%",
// "KS2 25% (2008) KS4 31.1% (2008)" and "Dose 1 = 92.1% ... (Apr-Aug 09)" (one value per label).
// Cells with several values that are not labelled are returned raw with a flag, never guessed at.
class CellValueParser
{
public:
    // defaultPeriod applies where the cell states none (a column heading's "March 10").
    static QList<CellValue> parse(const QString &cell, const Period &defaultPeriod = Period());
};
