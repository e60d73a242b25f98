#include "StoreCopy.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "Store.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace {

// Parents before children, so that every reference finds its row.
const char *const tables[] = { "authority", "indicator", "document", "document_file", "page_box", "judgement",
    "finding", "observation", "passage", "neighbour", "setting", "review_decision" };

// The columns both databases have, less those computed from the others (PostgreSQL's search terms).
QStringList sharedColumns(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table)
{
    const QSqlRecord source = from.record(table);
    const QSqlRecord target = to.record(table);
    QStringList names;
    for (int i = 0; i < source.count(); ++i) {
        const QString name = source.fieldName(i);
        if (name != QLatin1String("search") && target.contains(name))
            names.append(name);
    }
    return names;
}

int rowCount(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

bool StoreCopy::copy(const Store &from, Store &to, QStringList *report, QString *error)
{
    if (to.isReadOnly()) {
        *error = QCoreApplication::translate(
            "Store", "the database %1 is read-only; nothing can be copied into it")
                     .arg(to.databasePath());
        return false;
    }
    if (!to.isEmpty()) {
        *error = QCoreApplication::translate(
            "Store", "the database %1 already holds documents; copy into a new or empty database")
                     .arg(to.databasePath());
        return false;
    }
    const QSqlDatabase source = from.database().connection();
    const QSqlDatabase target = to.database().connection();
    const Database &writer = to.database();
    const SqlDialect &dialect = writer.dialect();
    QSqlQuery write(target);
    auto fail = [&](const QString &message) {
        writer.rollback();
        *error = message;
        return false;
    };
    if (!writer.beginWrite(error))
        return false;
    // What a new database is given when it opens (the neighbour sets, its settings) makes way for
    // the source's own.
    for (auto it = std::rbegin(tables); it != std::rend(tables); ++it) {
        if (!write.exec(QStringLiteral("DELETE FROM ") + QLatin1String(*it)))
            return fail(StoreSql::error(write, QT_TRANSLATE_NOOP("Store", "emptying the target")));
    }
    for (const char *name : tables) {
        const QString table = QLatin1String(name);
        const QStringList columns = sharedColumns(source, target, table);
        const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(table, columns.join(QStringLiteral(", ")),
                                       StoreSql::bindMarks(columns.size()));
        QSqlQuery read(source);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table)))
            return fail(StoreSql::error(read, QT_TRANSLATE_NOOP("Store", "reading the source")));
        StoreSql::Batch rows(int(columns.size()));
        QString batchError;
        while (true) {
            const bool more = read.next();
            if (more) {
                for (int c = 0; c < columns.size(); ++c)
                    rows.columns[c].append(read.value(c));
            }
            if ((!more || rows.rowCount() >= 5000) && rows.rowCount() > 0) {
                if (!rows.exec(write, dialect, insert, &batchError))
                    return fail(table + QStringLiteral(": ") + batchError);
                rows.clear();
            }
            if (!more)
                break;
        }
        if (read.lastError().isValid())
            return fail(StoreSql::error(read, QT_TRANSLATE_NOOP("Store", "reading the source")));
        for (const QString &sql : dialect.continueNumbering(table)) {
            if (!write.exec(sql))
                return fail(StoreSql::error(write, QT_TRANSLATE_NOOP("Store", "continuing the numbering")));
        }
    }
    const QString reindex = dialect.reindexAll();
    if (!reindex.isEmpty() && !write.exec(reindex))
        return fail(StoreSql::error(write, QT_TRANSLATE_NOOP("Store", "indexing the passages for search")));
    QString ending;
    if (!writer.announceChange(&ending) || !writer.commit(&ending))
        return fail(ending);
    // Counted again on both sides once committed: what the target holds, not what was sent.
    bool same = true;
    for (const char *name : tables) {
        const QString table = QLatin1String(name);
        const int expected = rowCount(source, table);
        const int copied = rowCount(target, table);
        same = same && expected == copied;
        report->append(expected == copied
                ? QCoreApplication::translate("Store", "%1: %2 rows").arg(table).arg(copied)
                : QCoreApplication::translate("Store", "%1: %2 rows copied of %3")
                      .arg(table)
                      .arg(copied)
                      .arg(expected));
    }
    if (!same)
        *error = QCoreApplication::translate("Store", "the copy in %1 does not hold every row of %2")
                     .arg(to.databasePath(), from.databasePath());
    return same;
}
