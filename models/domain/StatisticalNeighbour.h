#pragma once

#include <QTypeInfo>

#include <QString>

// One of an authority's statistical neighbours in a DfE neighbour model (the 2025 set ships).
struct StatisticalNeighbour
{
    int laNumber = 0;
    int rank = 0; // 1 is the closest
    int neighbourLaNumber = 0;
    QString neighbourName;
    QString closeness; // "Very close", "Close", "Somewhat close", ...
    int modelYear = 2025;
};
Q_DECLARE_TYPEINFO(StatisticalNeighbour, Q_RELOCATABLE_TYPE);
