#pragma once

#include "ExportContext.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

// A number as a table shows it: its value, the decimal places its measure is written with, and a
// unit shown after it ("%"), so that Excel displays "42.50%" while the cell holds 42.5.
struct XlsxNumber
{
    double value = 0;
    int decimals = -1; // -1: as many as the shortest form that reads back needs
    QString suffix;
};
Q_DECLARE_METATYPE(XlsxNumber)

// Tables as Excel workbooks through libxlsxwriter: the table on the first sheet (header row bold
// and frozen, columns fitted to their content), and an "About" sheet with the title, authorities,
// years, sources and when it was produced. Needs no widgets; it lives with the other exports.
namespace XlsxTableWriter {

struct Table
{
    QString sheetName; // made safe for Excel (31 characters, no []:*?/\); empty: "Table"
    QStringList header;
    // Per cell: XlsxNumber, double or int as a number; QDate (or QDateTime) as a real Excel date;
    // any other value as text; an invalid QVariant or empty text as an empty cell.
    QList<QVariantList> rows;
};

// Written to a temporary file and renamed into place, so that a failure leaves no partial file.
bool save(const Table &table, const ExportContext &context, const QString &fileName, QString *error,
    const QDateTime &produced = QDateTime::currentDateTime());

} // namespace XlsxTableWriter
