#include "LatestLetter.h"

#include "domain/Finding.h"

bool LatestLetter::isLetter(DocumentKind kind)
{
    return kind == DocumentKind::ApaLetter || kind == DocumentKind::AnnualRatingLetter
        || kind == DocumentKind::AnnualAssessmentLetter;
}

Document LatestLetter::of(const QList<Document> &documents, int laNumber)
{
    Document latest;
    for (const Document &d : documents) {
        if (d.authority.laNumber != laNumber || !isLetter(d.kind))
            continue;
        // By date; an undated letter only when nothing dated is loaded. On equal dates the one
        // loaded later stands, as it was the newer copy to hand.
        const bool later = latest.id == 0 || (d.published.isValid() && !latest.published.isValid())
            || (d.published.isValid() && d.published >= latest.published);
        if (later)
            latest = d;
    }
    return latest;
}

QList<Finding> LatestLetter::findingsOf(const Document &letter, const QList<Finding> &findings)
{
    QList<Finding> out;
    if (letter.id == 0)
        return out;
    for (const Finding &f : findings) {
        if (f.evidence.documentId == letter.id)
            out.append(f);
    }
    return out;
}
