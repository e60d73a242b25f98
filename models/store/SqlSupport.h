#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>

class QDate;
class QDateTime;
class QSqlError;
class QSqlQuery;
class SqlDialect;

// What every part of the store needs to bind values and word failures the same way.
namespace StoreSql {

// "saving the document failed: ...", with the way out when SQLite reports a damaged file.
// what is marked with QT_TRANSLATE_NOOP("Store", ...) where it is written.
QString error(const QSqlQuery &query, const char *what);
// Whether a failure is the server's connection lost (not the statement's fault).
bool connectionLost(const QSqlError &error);
// A null text for an empty one, so that "not stated" is stored as NULL.
QVariant nullable(const QString &s);
// A text value as SqlDialect::textAsUtf8() selected it: UTF-8 bytes, or text.
QString text(const QVariant &value);
// Names a text column as SqlDialect::textAsUtf8() selects it, for the column list of a read.
class Utf8Column
{
public:
    explicit Utf8Column(const SqlDialect &dialect)
        : m_dialect(dialect)
    {
    }
    QString operator()(const char *column) const;

private:
    const SqlDialect &m_dialect;
};
QVariant dateOrNull(const QDate &d);
// "?, ?, ?": the marks of n bound values, for a list of columns or an IN (...).
QString bindMarks(qsizetype n);
// A date ("yyyy-MM-dd") and a time ("yyyy-MM-ddTHH:mm:ssZ") as the store writes them, read without
// QDate/QDateTime::fromString's general parser (a listing reads both a row, and that parser was a
// quarter of listing a thousand documents); anything else is read by it.
QDate isoDate(const QString &text);
QDateTime isoTime(const QString &text);
// Whether binding b would bind the same as a: Qt compares a null number equal to 0, and a
// missing value must never be stored as zero.
bool sameBinding(const QVariant &a, const QVariant &b);

// An insert ("... VALUES (?, ?, …)") prepared once and run a row at a time, each value bound by
// name and only when it differs from the row before's. Qt names every positional bind anew (a
// string a value, and a list conversion a value in execBatch), while a value stays bound from one
// run to the next: a page's words, a document's passages repeat their document and much else.
class RowBinder
{
public:
    RowBinder(QSqlQuery &query, int columns);
    bool prepare(const QString &sql); // false: the query's error says why
    bool exec(const QVariant *row); // the row's columns, in order
    bool exec(const QVariantList &row) { return exec(row.constData()); }

private:
    QSqlQuery &m_query;
    QStringList m_names;
    QVariantList m_previous;
    bool m_bound = false;
};

// Rows bound by column: run a row at a time where the back end binds rows cheaply (RowBinder), else
// one statement for a few thousand rows at a time (SqlDialect::insertFromJson).
struct Batch
{
    QList<QVariantList> columns;
    explicit Batch(int n)
        : columns(n)
    {
    }
    void reserve(qsizetype rows);
    void add(std::initializer_list<QVariant> row);
    qsizetype rowCount() const { return columns.first().size(); }
    void clear();
    bool exec(QSqlQuery &q, const SqlDialect &dialect, const QString &sql, QString *error) const;
};

} // namespace StoreSql
