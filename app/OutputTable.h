#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class QTextStream;
struct ExportContext;

// Rows with a header, written as tab- or comma-separated text, as JSON objects, or as an Excel
// workbook (to a file only). Cells may be typed (numbers, dates) so that a workbook keeps them as
// such; as text they read exactly as the plain strings would.
class OutputTable
{
public:
    enum class Format
    {
        Tsv,
        Csv,
        Json,
        Xlsx
    };
    static bool parseFormat(const QString &name, Format *format);

    explicit OutputTable(const QStringList &header);
    void addRow(const QStringList &row);
    // double, int, QDate, XlsxNumber or QString per cell.
    void addValues(const QVariantList &row);
    void write(QTextStream &out, Format format) const;
    bool saveXlsx(const QString &fileName, const QString &sheetName, const ExportContext &context,
        QString *error) const;

    const QStringList &header() const { return m_header; }
    int rowCount() const { return int(m_rows.size()); }
    QString text(int row, const QString &column) const; // empty when there is no such column
    // A cell as the text formats write it: numbers to 12 significant digits, dates ISO.
    static QString text(const QVariant &value);

private:
    QStringList m_header;
    QList<QVariantList> m_rows;
};
