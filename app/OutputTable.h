#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

// Rows with a header, written as tab- or comma-separated text or as JSON objects.
class OutputTable
{
public:
    enum class Format
    {
        Tsv,
        Csv,
        Json
    };
    static bool parseFormat(const QString &name, Format *format);

    explicit OutputTable(const QStringList &header);
    void addRow(const QStringList &row);
    void write(QTextStream &out, Format format) const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};
