#include "TableExporter.h"

#include "itemmodels/ItemRoles.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
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

bool hasRowHeaders(const QAbstractItemModel *model)
{
    return model->headerData(0, Qt::Vertical).isValid()
        && model->headerData(0, Qt::Vertical).toString() != QLatin1String("1");
}

// A tree (indicators grouped by topic) gives its rows without the headings: every row of the
// table carries its topic in its own column.
void forEachRow(const QAbstractItemModel *model,
    const std::function<void(int row, const QModelIndex &parent)> &write, const QModelIndex &parent = {})
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex first = model->index(r, 0, parent);
        if (model->hasChildren(first)) {
            forEachRow(model, write, first);
            continue;
        }
        write(r, parent);
    }
}

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

// Whether text shows value ("42.5", "1,234", "42.50%" in the window's locale), and with how many
// decimals; only then is the cell written as a number, so that "2 Good" or "<10" stay text.
bool shownNumber(const QString &text, double value, XlsxNumber *number)
{
    QString digits = text.trimmed();
    number->value = value;
    number->suffix.clear();
    if (digits.endsWith(QLatin1Char('%'))) {
        number->suffix = QStringLiteral("%");
        digits = digits.chopped(1).trimmed();
    }
    const QLocale locale;
    bool ok = false;
    const double shown = locale.toDouble(digits, &ok);
    if (!ok)
        return false;
    const qsizetype point = digits.indexOf(locale.decimalPoint());
    const bool exponent = digits.contains(QLatin1Char('e'), Qt::CaseInsensitive);
    number->decimals = exponent ? -1 : point < 0 ? 0 : int(digits.size() - point - 1);
    const double tolerance = exponent || number->decimals < 0 ? std::fabs(value) * 1e-9
                                                              : 0.5 * std::pow(10.0, -number->decimals) + 1e-12;
    return std::fabs(shown - value) <= tolerance + std::fabs(value) * 1e-12;
}

QVariant cellValue(const QModelIndex &index)
{
    const QVariant display = index.data(Qt::DisplayRole);
    if (isNumber(display) || display.typeId() == QMetaType::QDate)
        return display;
    const QString text = display.toString();
    if (text.trimmed().isEmpty())
        return {};
    const QVariant sort = index.data(ItemRoles::SortRole);
    if (sort.typeId() == QMetaType::QDate && sort.toDate().isValid()) {
        const QDate date = sort.toDate();
        if (text == QLocale().toString(date, QLocale::ShortFormat) || text == QLocale().toString(date, QLocale::LongFormat)
            || text == date.toString(Qt::ISODate))
            return date;
    }
    QVariant raw = index.data(ItemRoles::ValueRole);
    if (!isNumber(raw))
        raw = sort;
    XlsxNumber number;
    if (isNumber(raw) && shownNumber(text, raw.toDouble(), &number))
        return QVariant::fromValue(number);
    return text;
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
    const bool rowHeaders = hasRowHeaders(model);
    if (!rowHeaders)
        header.clear();
    for (int c = 0; c < model->columnCount(); ++c)
        header.append(csvField(model->headerData(c, Qt::Horizontal).toString()));
    lines.append(header.join(QLatin1Char(',')));
    forEachRow(model, [&](int r, const QModelIndex &parent) {
        QStringList row;
        if (rowHeaders && !parent.isValid())
            row.append(csvField(model->headerData(r, Qt::Vertical).toString()));
        for (int c = 0; c < model->columnCount(parent); ++c)
            row.append(csvField(model->index(r, c, parent).data().toString()));
        lines.append(row.join(QLatin1Char(',')));
    });
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

XlsxTableWriter::Table xlsxTable(const QAbstractItemModel *model, const QString &sheetName)
{
    XlsxTableWriter::Table table;
    table.sheetName = sheetName;
    const bool rowHeaders = hasRowHeaders(model);
    if (rowHeaders)
        table.header.append(QString());
    for (int c = 0; c < model->columnCount(); ++c)
        table.header.append(model->headerData(c, Qt::Horizontal).toString());
    forEachRow(model, [&](int r, const QModelIndex &parent) {
        QVariantList row;
        if (rowHeaders)
            row.append(parent.isValid() ? QVariant() : model->headerData(r, Qt::Vertical));
        for (int c = 0; c < model->columnCount(parent); ++c)
            row.append(cellValue(model->index(r, c, parent)));
        table.rows.append(row);
    });
    return table;
}

bool saveXlsx(const QAbstractItemModel *model, const ExportContext &context, const QString &fileName,
    QString *error)
{
    return XlsxTableWriter::save(xlsxTable(model, context.title), context, fileName, error);
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
