#include "SqlSupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

namespace StoreSql {

QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

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
    return message;
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

bool sameBinding(const QVariant &a, const QVariant &b)
{
    return a.isNull() == b.isNull() && a.metaType() == b.metaType() && a == b;
}

void Batch::add(std::initializer_list<QVariant> row)
{
    int i = 0;
    for (const QVariant &v : row)
        columns[i++].append(v);
}

bool Batch::exec(QSqlQuery &q, const QString &sql, QString *error) const
{
    if (columns.first().isEmpty())
        return true;
    if (!q.prepare(sql)) {
        *error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "preparing a batch insert"));
        return false;
    }
    for (const QVariantList &c : columns)
        q.addBindValue(c);
    if (!q.execBatch()) {
        *error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "a batch insert"));
        return false;
    }
    return true;
}

} // namespace StoreSql
