#pragma once

#include "ExportContext.h"
#include "XlsxTableWriter.h"

#include <QModelIndexList>
#include <QString>

class QAbstractItemModel;

// Tables as text: CSV files (UTF-8, optionally with the byte-order mark Excel wants) that carry
// their context above the table and their source below it, and a selection as tab-separated text
// for pasting into a spreadsheet; and as Excel workbooks, numbers and dates kept as such.
namespace TableExporter {
bool saveCsv(const QAbstractItemModel *model, const ExportContext &context, const QString &fileName,
    bool byteOrderMark, QString *error);
QString csv(const QAbstractItemModel *model, const ExportContext &context);
bool saveXlsx(const QAbstractItemModel *model, const ExportContext &context, const QString &fileName,
    QString *error);
// The model's rows as the workbook's table: a cell whose text is the number the model holds (its
// ValueRole, else SortRole) becomes that number with the decimals shown; a date shown in the
// locale's form becomes a date; anything else stays the text shown.
XlsxTableWriter::Table xlsxTable(const QAbstractItemModel *model, const QString &sheetName);
QString selectionAsTsv(const QAbstractItemModel *model, const QModelIndexList &selection);
} // namespace TableExporter
