#pragma once

#include "domain/Indicator.h"
#include "domain/Observation.h"

#include <QList>
#include <QString>
#include <QVariantList>

class Database;
class RowMapper;

// Indicators and their values.
class IndicatorQueries
{
public:
    IndicatorQueries(const Database &db, const RowMapper &rows, QString &error)
        : m_db(db)
        , m_rows(rows)
        , m_error(error)
    {
    }

    QList<Indicator> indicators() const;
    QList<Observation> observations(int laNumber, const QString &indicatorCode) const;
    QList<Observation> singleAuthorityObservations() const;

private:
    QList<Observation> observationsWhere(const QString &condition, const QVariantList &values) const;

private:
    const Database &m_db;
    const RowMapper &m_rows;
    QString &m_error; // the store's last error, for the queries that return values only
};
