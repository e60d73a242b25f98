#pragma once

#include "Store.h"

#include "domain/Finding.h"
#include "domain/Judgement.h"

#include <QList>
#include <QString>
#include <QVariantList>

class Database;
class RowMapper;

// Grades and findings: those shown, those waiting for an officer, and officers' decisions.
class JudgementQueries
{
public:
    JudgementQueries(const Database &db, const RowMapper &rows, QString &error)
        : m_db(db)
        , m_rows(rows)
        , m_error(error)
    {
    }

    QList<Judgement> judgements(int laNumber) const;
    QList<Judgement> candidates(bool includeDecided) const;
    bool decide(qint64 judgementId, ReviewState decision, QString *error) const;
    bool restoreDecisions(const QList<Store::Decision> &decisions, QString *error) const;
    QList<Finding> findings(int laNumber) const;

private:
    QList<Judgement> judgementsWhere(const QString &condition, const QVariantList &values) const;

private:
    const Database &m_db;
    const RowMapper &m_rows;
    QString &m_error; // the store's last error, for the queries that return values only
};
