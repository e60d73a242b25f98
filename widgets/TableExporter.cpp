#include "TableExporter.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSaveFile>

#include <algorithm>
#include <functional>

namespace {

QString csvField(QString s)
{
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')))
        return s;
    s.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString tsvField(QString s)
{
    s.replace(QLatin1Char('\t'), QLatin1Char(' '));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

} // namespace

namespace TableExporter {

QString csv(const QAbstractItemModel *model, const ExportContext &context)
{
    QStringList lines;
    lines.append(csvField(context.title));
    lines.append(csvField(context.subtitle()));
    lines.append(QString());
    QStringList header { QString() };
    const bool rowHeaders = model->headerData(0, Qt::Vertical).isValid()
        && model->headerData(0, Qt::Vertical).toString() != QLatin1String("1");
    if (!rowHeaders)
        header.clear();
    for (int c = 0; c < model->columnCount(); ++c)
        header.append(csvField(model->headerData(c, Qt::Horizontal).toString()));
    lines.append(header.join(QLatin1Char(',')));
    // A tree (indicators grouped by topic) gives its rows without the headings: every row of
    // the table carries its topic in its own column.
    const std::function<void(const QModelIndex &)> writeRows = [&](const QModelIndex &parent) {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex first = model->index(r, 0, parent);
            if (model->hasChildren(first)) {
                writeRows(first);
                continue;
            }
            QStringList row;
            if (rowHeaders && !parent.isValid())
                row.append(csvField(model->headerData(r, Qt::Vertical).toString()));
            for (int c = 0; c < model->columnCount(parent); ++c)
                row.append(csvField(model->index(r, c, parent).data().toString()));
            lines.append(row.join(QLatin1Char(',')));
        }
    };
    writeRows(QModelIndex());
    lines.append(QString());
    lines.append(csvField(context.source));
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

bool saveCsv(const QAbstractItemModel *model, const ExportContext &context, const QString &fileName,
    bool byteOrderMark, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("TableExporter", "%1: cannot write: %2")
                     .arg(fileName, file.errorString());
        return false;
    }
    QByteArray bytes = csv(model, context).toUtf8();
    if (byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("TableExporter", "%1: cannot write: %2")
                     .arg(fileName, file.errorString());
        return false;
    }
    return true;
}

QString selectionAsTsv(const QAbstractItemModel *model, const QModelIndexList &selection)
{
    if (selection.isEmpty())
        return QString();
    QModelIndexList sorted = selection;
    std::sort(sorted.begin(), sorted.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    int minColumn = sorted.first().column(), maxColumn = minColumn;
    for (const QModelIndex &i : sorted) {
        minColumn = qMin(minColumn, i.column());
        maxColumn = qMax(maxColumn, i.column());
    }
    QStringList lines;
    QStringList header;
    for (int c = minColumn; c <= maxColumn; ++c)
        header.append(tsvField(model->headerData(c, Qt::Horizontal).toString()));
    lines.append(header.join(QLatin1Char('\t')));
    int row = -1;
    QStringList cells;
    for (const QModelIndex &i : sorted) {
        if (i.row() != row) {
            if (row >= 0)
                lines.append(cells.join(QLatin1Char('\t')));
            row = i.row();
            cells = QStringList(maxColumn - minColumn + 1);
        }
        cells[i.column() - minColumn] = tsvField(i.data().toString());
    }
    lines.append(cells.join(QLatin1Char('\t')));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace TableExporter
