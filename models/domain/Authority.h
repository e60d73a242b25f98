#pragma once

#include <QTypeInfo>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// An English local authority as the DfE register names it. The LA number is the stable key;
// aliases are the other names the authority's own papers use for it ("Leicester City Council", "LCC").
struct Authority
{
    int laNumber = 0;
    QString name;
    QString region;
    QString type; // UA, SC, MD, ILB, OLB; empty for regions and England
    QStringList aliases;
    QString onsCode = {}; // the ONS area code ("E06000016") where the register knows it
    // The days it was a children's services authority (resources/authorities/authority-periods.csv);
    // an invalid date is an open end. Reorganised authorities name the ones that took over.
    QDate from = {};
    QDate until = {};
    QList<int> successors = {};

    bool isValid() const { return laNumber > 0; }
    // Whether it existed on any day of the calendar years firstYear..lastYear. A year of a
    // reorganisation belongs to both sides: in 2009 Bedfordshire (until 31 March) and Bedford Borough
    // (from 1 April) both existed, since a year's letters and figures may speak of either.
    bool existedBetween(int firstYear, int lastYear) const
    {
        return (!from.isValid() || from.year() <= lastYear)
            && (!until.isValid() || until.year() >= firstYear);
    }
    bool existedIn(int year) const { return existedBetween(year, year); }
    friend bool operator==(const Authority &a, const Authority &b)
    {
        return a.laNumber == b.laNumber && a.name == b.name;
    }
};
Q_DECLARE_TYPEINFO(Authority, Q_RELOCATABLE_TYPE);
