#include "CsvReader.h"

CsvReader::CsvReader(const QString &text, QChar separator)
    : m_text(text)
    , m_separator(separator)
{
    if (m_text.startsWith(QChar(0xFEFF)))
        m_pos = 1;
}

bool CsvReader::atEnd() const
{
    return m_pos >= m_text.size();
}

QStringList CsvReader::readRecord()
{
    QStringList fields;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    m_line = m_nextLine;
    while (m_pos < m_text.size()) {
        const QChar c = m_text.at(m_pos++);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"')) {
                    field.append(c);
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_nextLine;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == m_separator) {
            fields.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('\n'))
                ++m_pos;
            ++m_nextLine;
            break;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    fields.append(field);
    return fields;
}

QList<QStringList> CsvReader::readAll(const QString &text, QChar separator)
{
    QList<QStringList> records;
    CsvReader reader(text, separator);
    while (!reader.atEnd()) {
        QStringList record = reader.readRecord();
        if (record.size() == 1 && record.first().isEmpty())
            continue;
        records.append(record);
    }
    return records;
}
