#pragma once

#include "ExportContext.h"

#include <QModelIndexList>
#include <QString>

class QAbstractItemModel;

// Tables as text: CSV files (UTF-8, optionally with the byte-order mark Excel wants) that carry
// their context above the table and their source below it, and a selection as tab-separated text
// for pasting into a spreadsheet.
namespace TableExporter {
bool saveCsv(const QAbstractItemModel *model, const ExportContext &context, const QString &fileName,
    bool byteOrderMark, QString *error);
QString csv(const QAbstractItemModel *model, const ExportContext &context);
QString selectionAsTsv(const QAbstractItemModel *model, const QModelIndexList &selection);
} // namespace TableExporter
