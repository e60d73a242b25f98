#pragma once

#include <QCoreApplication>

#include "StoreQueries.h"

#include "Store.h"

#include "domain/Finding.h"
#include "domain/Judgement.h"

#include <QList>
#include <QString>
#include <QVariantList>

// Grades and findings: those shown, those waiting for an officer, and officers' decisions.
class JudgementQueries : public StoreQueries
{
    // The store's messages are all in one translation context, whichever part words them.
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    using StoreQueries::StoreQueries;

    QList<Judgement> judgements(int laNumber) const;
    QList<Judgement> candidates(bool includeDecided) const;
    bool decide(qint64 judgementId, ReviewState decision, QString *error) const;
    bool restoreDecisions(const QList<Store::Decision> &decisions, QString *error) const;
    QList<Finding> findings(int laNumber) const;

private:
    QList<Judgement> judgementsWhere(const QString &condition, const QVariantList &values) const;
    // Who decided each accepted or rejected candidate among them, and when.
    void readDecisions(QList<Judgement> &judgements) const;
};
