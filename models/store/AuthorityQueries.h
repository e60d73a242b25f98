#pragma once

#include <QCoreApplication>

#include "StoreQueries.h"

#include "domain/Authority.h"
#include "domain/StatisticalNeighbour.h"

#include <QList>
#include <QString>

// Authorities and their statistical neighbours.
class AuthorityQueries : public StoreQueries
{
    // The store's messages are all in one translation context, whichever part words them.
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    using StoreQueries::StoreQueries;

    QList<Authority> authorities() const;
    bool saveNeighbours(const QList<StatisticalNeighbour> &neighbours, QString *error) const;
    bool hasNeighbours() const;
    QList<StatisticalNeighbour> neighbours(int laNumber) const;
};
