#pragma once

#include "domain/Period.h"

// Reads reporting periods as plans and returns write them: "Qtr 4 09/10", "Dec 09", "Apr-Aug 09",
// "Apr 09 - Jan 10", "Apr to Dec 2007", "2006/7", "08/09", "2008", "summer 10", "end of 2010".
// Split years ("08/09") are taken as financial years (April to March), as National Indicators were
// reported. Text that is no period gives an empty Period.
class PeriodParser
{
public:
    static Period parse(const QString &text);
};
