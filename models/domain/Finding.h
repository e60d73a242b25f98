#pragma once

#include <QTypeInfo>

#include "Authority.h"
#include "Evidence.h"
#include "Framework.h"

#include <QString>

enum class FindingKind
{
    Strength,
    AreaForImprovement,
    AreaForDevelopment, // "key areas for further development" in 2009-2010 letters
};

QString findingKindKey(FindingKind kind);
FindingKind findingKindFromKey(const QString &key);
QString findingKindDisplayName(FindingKind kind);

// A key strength or area for improvement as a letter lists it.
struct Finding
{
    Authority authority;
    int year = 0;
    Framework framework = Framework::Unknown;
    QString area; // area key; empty when the letter groups none
    FindingKind kind = FindingKind::Strength;
    QString text;
    Evidence evidence;
    QString documentTitle; // filled by the store when read back
};
Q_DECLARE_TYPEINFO(Finding, Q_RELOCATABLE_TYPE);
