#pragma once

#include "domain/Authority.h"
#include "domain/StatisticalNeighbour.h"

#include <QList>
#include <QString>

class Database;
class RowMapper;

// Authorities and their statistical neighbours.
class AuthorityQueries
{
public:
    AuthorityQueries(const Database &db, const RowMapper &rows, QString &error)
        : m_db(db)
        , m_rows(rows)
        , m_error(error)
    {
    }

    QList<Authority> authorities() const;
    bool saveNeighbours(const QList<StatisticalNeighbour> &neighbours, QString *error) const;
    bool hasNeighbours() const;
    QList<StatisticalNeighbour> neighbours(int laNumber) const;

private:
    const Database &m_db;
    const RowMapper &m_rows;
    QString &m_error; // the store's last error, for the queries that return values only
};
