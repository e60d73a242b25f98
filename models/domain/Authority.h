#pragma once

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

    bool isValid() const { return laNumber > 0; }
    friend bool operator==(const Authority &a, const Authority &b)
    {
        return a.laNumber == b.laNumber && a.name == b.name;
    }
};
