#pragma once

#include "Authority.h"
#include "Evidence.h"
#include "Framework.h"

#include <QString>

// One grade on the 4-point scale, for one area, year and authority, with the words as written.
struct Judgement
{
    Authority authority;
    int year = 0; // the year the judgement is for, which can differ from the document's date
    Framework framework = Framework::Unknown;
    QString area; // area key, see Area.h
    int grade = 0; // 1..4
    QString label; // the words as written: "very good", "Performs well"
    Evidence evidence;
    QString documentTitle; // filled by the store when read back
    QString evidenceText; // filled by the store when read back
};

// A grade's words for display: as written in English, translated in another language.
QString gradeLabelDisplayName(const QString &label);
