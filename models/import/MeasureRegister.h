#pragma once

#include "domain/Indicator.h"

#include <QHash>
#include <QString>

// The LAIT measure definitions (resources/dfe/lait-measures.csv): names, topics, units and
// polarity for the short names that LAIT data files use as keys.
class MeasureRegister
{
public:
    static MeasureRegister fromCsv(const QString &csv);
    static const MeasureRegister &bundled();

    bool contains(const QString &shortName) const { return m_byShort.contains(shortName); }
    Indicator measure(const QString &shortName) const { return m_byShort.value(shortName); }
    int size() const { return int(m_byShort.size()); }

private:
    QHash<QString, Indicator> m_byShort;
};
