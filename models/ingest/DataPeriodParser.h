#pragma once

#include "domain/Period.h"

#include <QString>

// Reads the periods of published data: calendar years ("2019"), academic and financial years
// ("2019/20", "2019-20", by the measure's year type), spans of years ("2016-18", "2013/14-15/16")
// and a version in brackets ("2018 (Rev)", "2020 (Final)", "2025 (prov)", "2016-17 (OT)"), kept
// as the qualifier. An unreadable period (such as "0") gives an empty Period.
struct DataPeriod
{
    Period period;
    QString qualifier;
    bool isValid() const { return period.isNormalised(); }

    static DataPeriod parse(const QString &text, const QString &yearType = QString());
};
