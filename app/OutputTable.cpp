#include "OutputTable.h"

#include "XlsxTableWriter.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

// A field as tab-separated text: tabs and line breaks, which would end it, become spaces. Appended
// in place (a listing writes a thousand rows of ten fields; copying each field cost more than the rest).
void appendTsvField(QString &line, const QString &s)
{
    const qsizetype from = line.size();
    line.append(s);
    for (QChar *c = line.data() + from, *end = line.data() + line.size(); c != end; ++c) {
        if (*c == QLatin1Char('\t') || *c == QLatin1Char('\n'))
            *c = QLatin1Char(' ');
    }
}

// Two digits of a date or a time.
void appendTwoDigits(char16_t *&out, int n)
{
    *out++ = char16_t(u'0' + n / 10 % 10);
    *out++ = char16_t(u'0' + n % 10);
}

// yyyy-MM-dd, and yyyy-MM-ddTHH:mm:ssZ for a time in UTC, as Qt::ISODate writes them, without
// QDate/QDateTime::toString's formatting machinery: a listing writes a date and a time a row, and
// that machinery was a tenth of listing a thousand documents.
QString isoDate(const QDate &date)
{
    if (!date.isValid() || date.year() < 0 || date.year() > 9999)
        return date.toString(Qt::ISODate);
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    char16_t digits[10];
    char16_t *out = digits;
    appendTwoDigits(out, y / 100);
    appendTwoDigits(out, y);
    *out++ = u'-';
    appendTwoDigits(out, m);
    *out++ = u'-';
    appendTwoDigits(out, d);
    return QString(reinterpret_cast<const QChar *>(digits), 10);
}

QString isoTime(const QDateTime &time)
{
    if (!time.isValid() || time.timeSpec() != Qt::UTC)
        return time.toString(Qt::ISODate);
    const QTime t = time.time();
    char16_t rest[10];
    char16_t *out = rest;
    *out++ = u'T';
    appendTwoDigits(out, t.hour());
    *out++ = u':';
    appendTwoDigits(out, t.minute());
    *out++ = u':';
    appendTwoDigits(out, t.second());
    *out++ = u'Z';
    return isoDate(time.date()) + QStringView(rest, out - rest);
}

// A field as comma-separated text (RFC 4180): quoted, its quotes doubled, when it holds a comma,
// a quote or a line break.
void appendCsvField(QString &line, const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))) {
        line.append(s);
        return;
    }
    QString quoted = s;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    line += QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

bool OutputTable::parseFormat(const QString &name, Format *format)
{
    if (name == QLatin1String("tsv"))
        *format = Format::Tsv;
    else if (name == QLatin1String("csv"))
        *format = Format::Csv;
    else if (name == QLatin1String("json"))
        *format = Format::Json;
    else if (name == QLatin1String("xlsx"))
        *format = Format::Xlsx;
    else
        return false;
    return true;
}

OutputTable::OutputTable(const QStringList &header)
    : m_header(header)
{
}

void OutputTable::streamTo(QTextStream *out, Format format)
{
    if (format != Format::Tsv && format != Format::Csv)
        return;
    m_stream = out;
    m_streamFormat = format;
    writeTextRow(m_header.size(), [this](qsizetype c) { return m_header.at(c); });
}

void OutputTable::addRow(const QStringList &row)
{
    if (m_stream) {
        writeTextRow(row.size(), [&row](qsizetype c) { return row.at(c); });
        return;
    }
    QVariantList values;
    values.reserve(row.size());
    for (const QString &cell : row)
        values.append(cell);
    m_rows.append(values);
}

void OutputTable::addValues(const QVariantList &row)
{
    if (m_stream) {
        writeTextRow(row.size(), [&row](qsizetype c) { return OutputTable::text(row.at(c)); });
        return;
    }
    m_rows.append(row);
}

QString OutputTable::text(const QVariant &value)
{
    if (value.userType() == qMetaTypeId<XlsxNumber>())
        return QString::number(value.value<XlsxNumber>().value, 'g', 12);
    switch (value.typeId()) {
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 12);
    case QMetaType::QDate:
        return isoDate(value.toDate());
    case QMetaType::QDateTime:
        return isoTime(value.toDateTime());
    default:
        return value.toString();
    }
}

QString OutputTable::text(int row, const QString &column) const
{
    const qsizetype c = m_header.indexOf(column);
    return c < 0 ? QString() : text(m_rows.value(row).value(c));
}

bool OutputTable::saveXlsx(
    const QString &fileName, const QString &sheetName, const ExportContext &context, QString *error) const
{
    XlsxTableWriter::Table table;
    table.sheetName = sheetName;
    table.header = m_header;
    table.rows = m_rows;
    return XlsxTableWriter::save(table, context, fileName, error);
}

void OutputTable::write(QTextStream &out, Format format) const
{
    if (m_stream)
        return; // written as the rows came
    if (format == Format::Json) {
        QJsonArray array;
        for (const QVariantList &row : m_rows) {
            QJsonObject object;
            for (int i = 0; i < m_header.size(); ++i)
                object.insert(m_header.at(i), text(row.value(i)));
            array.append(object);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return;
    }
    OutputTable streamed(m_header);
    streamed.streamTo(&out, format);
    for (const QVariantList &row : m_rows)
        streamed.addValues(row);
}

template<typename Field> void OutputTable::writeTextRow(qsizetype columns, const Field &field) const
{
    // Each row built in one reused line and handed to the stream whole: the stream's work for each
    // of ten thousand fields was a tenth of listing a thousand documents, and building the whole
    // table as one text first touched a megabyte of fresh memory (its growth copied it twice), whose
    // page faults cost more than writing it.
    const bool tsv = m_streamFormat == Format::Tsv;
    m_line.resize(0); // keeps its capacity
    for (qsizetype c = 0; c < columns; ++c) {
        if (c > 0)
            m_line.append(tsv ? QLatin1Char('\t') : QLatin1Char(','));
        if (tsv)
            appendTsvField(m_line, field(c));
        else
            appendCsvField(m_line, field(c));
    }
    m_line.append(QLatin1Char('\n'));
    *m_stream << m_line;
}
