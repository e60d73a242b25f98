#pragma once

#include <QString>

class Database;
class RowMapper;

// What every query class of the store works with: the connection, the shared row mapper, and
// the store's last error (set by the queries that return values only).
class StoreQueries
{
public:
    StoreQueries(const Database &db, const RowMapper &rows, QString &error)
        : m_db(db)
        , m_rows(rows)
        , m_error(error)
    {
    }

protected:
    const Database &m_db;
    const RowMapper &m_rows;
    QString &m_error;
};
