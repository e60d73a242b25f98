#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One record of a table with where it stands in the text, so that a value's evidence is its row.
struct CsvRecord
{
    QStringList fields;
    int row = 0; // line where the record starts, from 1
    int start = 0; // [start, end) in the text, line break left out
    int end = 0;
};

// RFC 4180 reading: quoted fields may hold separators, doubled quotes and line breaks.
class CsvReader
{
public:
    explicit CsvReader(const QString &text, QChar separator = QLatin1Char(','));

    bool atEnd() const;
    QStringList readRecord();
    // The next record that is not blank, with its span; false at the end of the text.
    bool readNonBlankRecord(CsvRecord *record);
    int lineNumber() const { return m_line; } // line where the last record started, from 1
    qsizetype position() const; // offset in the text after the last record read

    static QList<QStringList> readAll(const QString &text, QChar separator = QLatin1Char(','));
    // The separator a header line uses: tab or semicolon where it has more of them than commas
    // (spreadsheets saved in a comma-decimal locale), else comma.
    static QChar separatorOf(const QString &headerLine);

private:
    QString m_text;
    QChar m_separator;
    qsizetype m_pos = 0;
    int m_line = 0;
    int m_nextLine = 1;
};
