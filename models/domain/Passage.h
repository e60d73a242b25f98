#pragma once

#include <QTypeInfo>

#include "Evidence.h"

#include <QString>

// A paragraph for reading and search: clean display text plus its span in the original.
struct Passage
{
    qint64 id = 0;
    qint64 documentId = 0;
    int ordinal = 0;
    QString heading;
    QString text;
    Evidence span;
    QString snippet; // filled by search
    QString documentTitle; // filled by search
};
Q_DECLARE_TYPEINFO(Passage, Q_RELOCATABLE_TYPE);
