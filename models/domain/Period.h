#pragma once

#include <QTypeInfo>

#include <QDate>
#include <QString>

// A reporting period as written ("Qtr 4 09/10", "Dec 09") and, where it can be read, the dates it covers.
struct Period
{
    QString text;
    QDate start;
    QDate end;

    bool isNormalised() const { return start.isValid() && end.isValid(); }
    bool isEmpty() const { return text.isEmpty(); }
};
Q_DECLARE_TYPEINFO(Period, Q_RELOCATABLE_TYPE);
