#pragma once

#include "domain/Authority.h"

#include <QString>

class AuthorityRegister;
class TextLayout;

// Decides which authority a document is addressed to or about. Only the places that say so count:
// a letter's addressee block and subject line, a report's header; the places a document names in
// passing (neighbours, partnerships, a wrong name in one paragraph) never decide.
struct SubjectAuthority
{
    Authority authority;
    QString reason; // where it was read, for messages
    QString error; // set when the document names an unknown authority or two different ones

    // A letter is decided by its addressee block and subject line only; other documents may also be
    // decided by the places named in their header. year, where known, reads a name that several
    // authorities have had as the one of that year ("Dorset" in 2020 is the unitary Dorset); 0 reads
    // it as in 2005-2011.
    static SubjectAuthority resolve(
        const TextLayout &layout, const AuthorityRegister &authorities, bool isLetter, int year = 0);
};
