#pragma once

#include "domain/Indicator.h"

#include <QHash>
#include <QString>
#include <QStringList>

// What the officer chose in the import preview for a data table; empty means the defaults.
struct TableOptions
{
    // For an Excel workbook: the sheet to read, by name. Empty: the first sheet whose header row
    // is a table layout the importer reads, else the first sheet.
    QString sheet;
    // Wide tables (one row per authority and breakdown, measures as columns):
    // the columns to import as measures, by header as written; empty: every numeric column.
    QStringList measureColumns;
    // For a breakdown column (by header), the values whose rows are kept; a column not named
    // keeps its whole-cohort value ("ALL", "Total").
    QHash<QString, QStringList> breakdowns;
    // A measure's name, unit and polarity where the file does not say them, by column header.
    QHash<QString, Indicator> measures;

    // Whether any choice changes what a table's text gives (the sheet only picks the text).
    bool hasReadingChoices() const
    {
        return !measureColumns.isEmpty() || !breakdowns.isEmpty() || !measures.isEmpty();
    }
    // As stored with a document: the choices that change what its text gives (not the sheet,
    // whose text is what is stored). Empty for the defaults.
    QString toJson() const;
    static TableOptions fromJson(const QString &json);

    bool isDefault() const { return sheet.isEmpty() && !hasReadingChoices(); }
};
