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
    // From now on each row is written to out as it is added, not kept (tab- or comma-separated
    // text; the header at once). A listing of thousands of rows then holds one at a time: keeping
    // them all touched megabytes of fresh memory, whose page faults cost more than the writing.
    // JSON and workbooks are written whole, at the end, as before.
    void streamTo(QTextStream *out, Format format);
    // The rows not yet written; nothing when the table was streamed.
    void write(QTextStream &out, Format format) const;
    bool saveXlsx(const QString &fileName, const QString &sheetName, const ExportContext &context,
        QString *error) const;

    const QStringList &header() const { return m_header; }
    int rowCount() const { return int(m_rows.size()); }
    QString text(int row, const QString &column) const; // empty when there is no such column
    // A cell as the text formats write it: numbers to 12 significant digits, dates ISO.
    static QString text(const QVariant &value);

private:
    template<typename Field> void writeTextRow(qsizetype columns, const Field &field) const;

    QStringList m_header;
    QList<QVariantList> m_rows;
    QTextStream *m_stream = nullptr;
    Format m_streamFormat = Format::Tsv;
    mutable QString m_line; // one row's text, its capacity kept from row to row
};
