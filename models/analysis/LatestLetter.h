#pragma once

#include "domain/Document.h"

#include <QList>

struct Finding;

// The latest letter per authority: the assessment letter (APA, annual rating or annual assessment)
// with the latest date among those loaded, which is where a committee reads the authority stands
// now. Its findings are the ones read from that document, whatever year they are for.
class LatestLetter
{
public:
    static bool isLetter(DocumentKind kind);
    // The authority's latest letter among documents; a document with id 0 when it has none.
    static Document of(const QList<Document> &documents, int laNumber);
    // The findings read from the letter, in the order given.
    static QList<Finding> findingsOf(const Document &letter, const QList<Finding> &findings);
};
