#pragma once

#include "domain/Period.h"

// Reads reporting periods as plans and returns write them: "Qtr 4 09/10", "Dec 09", "Apr-Aug 09",
// "Apr 09 - Jan 10", "Apr to Dec 2007", "2006/7", "08/09", "2008", "summer 10", "end of 2010".
// Split years ("08/09") are taken as financial years (April to March), as most National Indicators
// were reported. Text that is no period gives an empty Period.
class PeriodParser
{
public:
    static Period parse(const QString &text);
    // A period read again by the kind of year its indicator is defined over: for an "Academic Year"
    // indicator (the attainment National Indicators), a split year "08/09" is September 2008 to
    // August 2009 and a bare year "2008" the school year that ends in it, as results are
    // published; any other period, or another year type, is returned as it is.
    static Period forYearType(const Period &period, const QString &yearType);

private:
    static Period parse(const QString &text, bool academic);
};
