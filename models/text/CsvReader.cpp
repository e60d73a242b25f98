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

qsizetype CsvReader::position() const
{
    return qMin(m_pos, m_text.size());
}

bool CsvReader::readNonBlankRecord(CsvRecord *r)
{
    while (!atEnd()) {
        r->start = int(position());
        r->fields = readRecord();
        r->row = lineNumber();
        r->end = int(position());
        while (r->end > r->start
            && (m_text.at(r->end - 1) == QLatin1Char('\n') || m_text.at(r->end - 1) == QLatin1Char('\r')))
            --r->end;
        if (!(r->fields.size() == 1 && r->fields.first().trimmed().isEmpty()))
            return true;
    }
    return false;
}

QStringList CsvReader::readRecord()
{
    QStringList fields;
    m_line = m_nextLine;
    const QChar *data = m_text.constData();
    const qsizetype size = m_text.size();
    const char16_t separator = m_separator.unicode();
    while (m_pos <= size) {
        if (m_pos < size && data[m_pos] == QLatin1Char('"')) {
            // A quoted field: separators, line breaks and doubled quotes inside it are text.
            // The text up to each quote is taken in one piece (a character at a time, the register's
            // long quoted descriptions cost more to read than the rest of the file).
            QString field;
            ++m_pos;
            while (m_pos < size) {
                const qsizetype run = m_pos;
                while (m_pos < size && data[m_pos] != QLatin1Char('"')) {
                    if (data[m_pos] == QLatin1Char('\n'))
                        ++m_nextLine;
                    ++m_pos;
                }
                field += QStringView(data + run, m_pos - run);
                if (m_pos >= size)
                    break; // no closing quote: the rest of the text is the field
                ++m_pos;
                if (m_pos < size && data[m_pos] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++m_pos;
                    continue;
                }
                break;
            }
            // Anything between the closing quote and the separator belongs to the field as written.
            const qsizetype rest = m_pos;
            while (m_pos < size && data[m_pos].unicode() != separator && data[m_pos] != QLatin1Char('\n')
                && data[m_pos] != QLatin1Char('\r'))
                ++m_pos;
            field += QStringView(data + rest, m_pos - rest);
            fields.append(field);
        } else {
            // An unquoted field is taken in one piece.
            const qsizetype start = m_pos;
            while (m_pos < size && data[m_pos].unicode() != separator && data[m_pos] != QLatin1Char('\n')
                && data[m_pos] != QLatin1Char('\r'))
                ++m_pos;
            fields.append(QString(data + start, m_pos - start));
        }
        if (m_pos >= size) {
            m_pos = size + 1; // at end
            break;
        }
        const QChar c = data[m_pos++];
        if (c.unicode() == separator)
            continue;
        if (c == QLatin1Char('\r') && m_pos < size && data[m_pos] == QLatin1Char('\n'))
            ++m_pos;
        ++m_nextLine;
        break;
    }
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

QChar CsvReader::separatorOf(const QString &headerLine)
{
    const int tabs = int(headerLine.count(QLatin1Char('\t')));
    const int semicolons = int(headerLine.count(QLatin1Char(';')));
    const int commas = int(headerLine.count(QLatin1Char(',')));
    if (tabs >= 2 && tabs >= commas)
        return QLatin1Char('\t');
    if (semicolons >= 2 && semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}
