#pragma once

#include <QString>

// One cell of a published data table: a number (plain, scientific, with thousands separators or a
// percent sign) or a missing-value marker ("-", "x", "c", ".", "..", ":", "n/a", blank), which is
// kept as missing, never read as zero.
struct DataValue
{
    bool ok = false; // a number or a known marker
    bool missing = false;
    double value = 0;
    QString marker; // the marker as written, "(blank)" for an empty cell
    QString unit; // "%" where the cell carries it

    static DataValue parse(const QString &raw);
};
