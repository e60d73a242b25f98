#include "SqlSupport.h"

#include "SqlDialect.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// The number written in text[from, from + n), or -1 unless it is all digits.
int digitsAt(const QString &text, int from, int n)
{
    int value = 0;
    for (int i = from; i < from + n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

QDate leadingDate(const QString &text)
{
    if (text.size() < 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return QDate();
    const int y = digitsAt(text, 0, 4), m = digitsAt(text, 5, 2), d = digitsAt(text, 8, 2);
    return y < 0 || m < 0 || d < 0 ? QDate() : QDate(y, m, d);
}

} // namespace

namespace StoreSql {

QString error(const QSqlQuery &query, const char *what)
{
    const QString message = QCoreApplication::translate("Store", "%1 failed: %2")
                                .arg(QCoreApplication::translate("Store", what), query.lastError().text());
    // SQLITE_CORRUPT and SQLITE_NOTADB: damage is reported where it is met, with the way out.
    const QString code = query.lastError().nativeErrorCode();
    if (code == QLatin1String("11") || code == QLatin1String("26"))
        return QCoreApplication::translate("Store",
            "%1 (the database file is damaged; csdash check tells more, and csdash --rebuild recovers "
            "its documents into a new file)")
            .arg(message);
    // A connection that has gone leaves no error of its own on the statements after it.
    const bool gone = query.driver() && !query.driver()->isOpen();
    if (gone || connectionLost(query.lastError()))
        return QCoreApplication::translate("Store",
            "%1 failed: the connection to the database server was lost (nothing is left half-written); "
            "try again when the server answers")
            .arg(QCoreApplication::translate("Store", what));
    return message;
}

bool connectionLost(const QSqlError &error)
{
    // SQLSTATE class 08 (connection exceptions) and 57P01–57P03 (the server shutting down); with
    // no answer at all there is no code, only libpq's words.
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText();
    // (Not QSqlError::ConnectionError: SQLite reports a locked file so.)
    return code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01")
        || code == QLatin1String("57P02") || code == QLatin1String("57P03")
        || text.contains(QLatin1String("server closed the connection"))
        || text.contains(QLatin1String("no connection to the server"))
        || text.contains(QLatin1String("terminating connection"));
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString bindMarks(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

QString text(const QVariant &value)
{
    return value.typeId() == QMetaType::QByteArray ? QString::fromUtf8(value.toByteArray())
                                                   : value.toString();
}

QString Utf8Column::operator()(const char *column) const
{
    return m_dialect.textAsUtf8(QLatin1String(column));
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate isoDate(const QString &text)
{
    if (text.size() == 10) {
        const QDate date = leadingDate(text);
        if (date.isValid())
            return date;
    }
    return QDate::fromString(text, Qt::ISODate);
}

QDateTime isoTime(const QString &text)
{
    if (text.size() == 20 && text.at(10) == QLatin1Char('T') && text.at(13) == QLatin1Char(':')
        && text.at(16) == QLatin1Char(':') && text.at(19) == QLatin1Char('Z')) {
        const QDate date = leadingDate(text);
        const int h = digitsAt(text, 11, 2), m = digitsAt(text, 14, 2), s = digitsAt(text, 17, 2);
        const QTime time = h < 0 || m < 0 || s < 0 ? QTime() : QTime(h, m, s);
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODate);
}

bool sameBinding(const QVariant &a, const QVariant &b)
{
    return a.isNull() == b.isNull() && a.metaType() == b.metaType() && a == b;
}

RowBinder::RowBinder(QSqlQuery &query, int columns)
    : m_query(query)
    , m_previous(columns)
{
    m_names.reserve(columns);
    for (int c = 0; c < columns; ++c)
        m_names.append(QStringLiteral(":c") + QString::number(c));
}

bool RowBinder::prepare(const QString &sql)
{
    QString named;
    named.reserve(sql.size() + 4 * m_names.size());
    int c = 0;
    for (const QChar ch : sql) {
        if (ch == QLatin1Char('?') && c < m_names.size())
            named += m_names.at(c++);
        else
            named += ch;
    }
    m_bound = false;
    return m_query.prepare(named);
}

bool RowBinder::exec(const QVariant *row)
{
    for (qsizetype c = 0; c < m_names.size(); ++c) {
        if (!m_bound || !sameBinding(row[c], m_previous.at(c))) {
            m_query.bindValue(m_names.at(c), row[c]);
            m_previous[c] = row[c];
        }
    }
    m_bound = true;
    return m_query.exec();
}

void Batch::reserve(qsizetype rows)
{
    for (QVariantList &c : columns)
        c.reserve(rows);
}

void Batch::add(std::initializer_list<QVariant> row)
{
    int i = 0;
    for (const QVariant &v : row)
        columns[i++].append(v);
}

void Batch::clear()
{
    for (QVariantList &c : columns)
        c.clear();
}

namespace {

    void appendJson(QString &out, const QVariant &v)
    {
        if (v.isNull()) {
            out += QLatin1String("null");
            return;
        }
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            out += QString::number(v.toLongLong());
            return;
        case QMetaType::Double:
            out += QString::number(v.toDouble(), 'g', 17);
            return;
        case QMetaType::QByteArray:
            // bytea's hex input form, its backslash escaped for JSON.
            out += QLatin1String("\"\\\\x") + QString::fromLatin1(v.toByteArray().toHex()) + QLatin1Char('"');
            return;
        default:
            break;
        }
        out += QLatin1Char('"');
        const QString text = v.toString();
        for (const QChar c : text) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
                out += QLatin1Char('\\');
                out += c;
            } else if (c.unicode() < 0x20) {
                out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            } else {
                out += c;
            }
        }
        out += QLatin1Char('"');
    }

    // The column names of an INSERT INTO t (a, b, …) statement, as the JSON objects' keys.
    QStringList insertColumns(const QString &sql)
    {
        const qsizetype open = sql.indexOf(QLatin1Char('('));
        const qsizetype close = sql.indexOf(QLatin1Char(')'), open);
        QStringList names = sql.mid(open + 1, close - open - 1).split(QLatin1Char(','));
        for (QString &n : names)
            n = n.trimmed();
        return names;
    }

} // namespace

bool Batch::exec(QSqlQuery &q, const SqlDialect &dialect, const QString &sql, QString *error) const
{
    if (columns.first().isEmpty())
        return true;
    const QString fromJson = dialect.insertFromJson(sql);
    if (!fromJson.isEmpty()) {
        const QStringList names = insertColumns(sql);
        if (names.size() != columns.size() || !q.prepare(fromJson)) {
            *error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "preparing a batch insert"));
            return false;
        }
        constexpr qsizetype rowsAStatement = 4000;
        const qsizetype rows = rowCount();
        for (qsizetype first = 0; first < rows; first += rowsAStatement) {
            QString json;
            json += QLatin1Char('[');
            for (qsizetype r = first; r < std::min(rows, first + rowsAStatement); ++r) {
                if (r > first)
                    json += QLatin1Char(',');
                json += QLatin1Char('{');
                for (qsizetype c = 0; c < columns.size(); ++c) {
                    if (c > 0)
                        json += QLatin1Char(',');
                    json += QLatin1Char('"') + names.at(c) + QLatin1String("\":");
                    appendJson(json, columns.at(c).at(r));
                }
                json += QLatin1Char('}');
            }
            json += QLatin1Char(']');
            q.bindValue(0, json);
            if (!q.exec()) {
                *error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "a batch insert"));
                return false;
            }
        }
        return true;
    }
    RowBinder rows(q, int(columns.size()));
    if (!rows.prepare(sql)) {
        *error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "preparing a batch insert"));
        return false;
    }
    QVariantList row(columns.size());
    for (qsizetype r = 0; r < rowCount(); ++r) {
        for (qsizetype c = 0; c < columns.size(); ++c)
            row[c] = columns.at(c).at(r);
        if (!rows.exec(row)) {
            *error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "a batch insert"));
            return false;
        }
    }
    return true;
}

} // namespace StoreSql
