#pragma once

#include <QCoreApplication>

#include "StoreQueries.h"

#include "domain/Indicator.h"
#include "domain/Observation.h"

#include <QList>
#include <QString>
#include <QVariantList>

// Indicators and their values.
class IndicatorQueries : public StoreQueries
{
    // The store's messages are all in one translation context, whichever part words them.
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    using StoreQueries::StoreQueries;

    QList<Indicator> indicators() const;
    QList<Observation> observations(int laNumber, const QString &indicatorCode) const;
    QList<Observation> singleAuthorityObservations() const;
    QList<Observation> indicatorValues(const QString &indicatorCode, const QList<int> &planAuthorities) const;

private:
    QList<Observation> observationsWhere(const QString &condition, const QVariantList &values) const;
};
