#include "OutputTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

QString tsvField(QString s)
{
    s.replace(QLatin1Char('\t'), QLatin1Char(' '));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString quoted = s;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
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
    else
        return false;
    return true;
}

OutputTable::OutputTable(const QStringList &header)
    : m_header(header)
{
}

void OutputTable::addRow(const QStringList &row)
{
    m_rows.append(row);
}

void OutputTable::write(QTextStream &out, Format format) const
{
    if (format == Format::Json) {
        QJsonArray array;
        for (const QStringList &row : m_rows) {
            QJsonObject object;
            for (int i = 0; i < m_header.size(); ++i)
                object.insert(m_header.at(i), row.value(i));
            array.append(object);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return;
    }
    const QChar separator = format == Format::Tsv ? QLatin1Char('\t') : QLatin1Char(',');
    auto writeRow = [&](const QStringList &row) {
        QStringList fields;
        for (const QString &f : row)
            fields.append(format == Format::Tsv ? tsvField(f) : csvField(f));
        out << fields.join(separator) << '\n';
    };
    writeRow(m_header);
    for (const QStringList &row : m_rows)
        writeRow(row);
}
