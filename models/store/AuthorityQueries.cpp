#include "AuthorityQueries.h"

#include "Database.h"
#include "RowMapper.h"
#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using StoreSql::nullable;

QList<Authority> AuthorityQueries::authorities() const
{
    QList<Authority> out;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT la_number, name, region, type FROM authority ORDER BY name"))) {
        m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "reading authorities"));
        return out;
    }
    while (q.next())
        out.append(
            { q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {} });
    return out;
}

bool AuthorityQueries::saveNeighbours(const QList<StatisticalNeighbour> &neighbours, QString *error) const
{
    QSqlDatabase d = m_db.connection();
    if (!d.transaction()) {
        *error = d.lastError().text();
        return false;
    }
    QSqlQuery q(d);
    StoreSql::Batch b(5);
    for (const StatisticalNeighbour &n : neighbours)
        b.add({ n.laNumber, n.modelYear, n.rank, n.neighbourLaNumber, nullable(n.closeness) });
    if (!b.exec(q, m_db.dialect(),
            QStringLiteral(
                "INSERT INTO neighbour (la_number, model_year, rank, neighbour_la_number, closeness) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (la_number, model_year, rank) DO NOTHING"),
            error)) {
        d.rollback();
        return false;
    }
    return d.commit();
}

bool AuthorityQueries::hasNeighbours() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT 1 FROM neighbour LIMIT 1")) && q.next();
}

QList<StatisticalNeighbour> AuthorityQueries::neighbours(int laNumber) const
{
    QList<StatisticalNeighbour> out;
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral(
            "SELECT la_number, model_year, rank, neighbour_la_number, closeness FROM neighbour "
            "WHERE la_number = ? ORDER BY model_year DESC, rank"))) {
        m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "preparing the neighbour query"));
        return out;
    }
    q.addBindValue(laNumber);
    if (!q.exec()) {
        m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "the neighbour query"));
        return out;
    }
    while (q.next()) {
        StatisticalNeighbour n;
        n.laNumber = q.value(0).toInt();
        n.modelYear = q.value(1).toInt();
        n.rank = q.value(2).toInt();
        n.neighbourLaNumber = q.value(3).toInt();
        n.closeness = q.value(4).toString();
        out.append(n);
    }
    return out;
}
