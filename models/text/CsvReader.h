#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// RFC 4180 reading: quoted fields may hold separators, doubled quotes and line breaks.
class CsvReader
{
public:
    explicit CsvReader(const QString &text, QChar separator = QLatin1Char(','));

    bool atEnd() const;
    QStringList readRecord();
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
