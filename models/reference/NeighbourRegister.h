#pragma once

#include "domain/StatisticalNeighbour.h"

#include <QList>
#include <QString>

// The DfE statistical neighbours shipped in resources/dfe (the 2025 model).
namespace NeighbourRegister {
QList<StatisticalNeighbour> fromCsv(const QString &csv, int modelYear);
QList<StatisticalNeighbour> bundled();
constexpr int BundledModelYear = 2025;
} // namespace NeighbourRegister
