#pragma once

#include "domain/Document.h"
#include "domain/Evidence.h"

#include <QString>

// Another source's different grade for the grade on show, or another document giving the same
// indicator value, read out under it in the evidence pane.
struct EvidenceAlternative
{
    Document document; // with its text
    Evidence evidence;
    QString description; // "grade 2 (adequate), from: secondary source (news or blog)"
    bool sameValue = false; // another document giving the same value, not a different grade
};
