#pragma once

#include <QTypeInfo>

#include "Authority.h"
#include "Evidence.h"
#include "Framework.h"
#include "SourceKind.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

// Whether a grade is shown. A statement read with too little confidence waits for an officer to
// accept or reject it; until accepted it is kept out of the matrix and the charts.
enum class ReviewState
{
    Confirmed, // read with enough confidence
    ToReview, // a candidate, waiting for an officer
    Accepted, // a candidate an officer accepted
    Rejected, // a candidate an officer rejected
};

QString reviewStateKey(ReviewState state);
ReviewState reviewStateFromKey(const QString &key); // Confirmed for an unknown key
inline bool isShown(ReviewState state)
{
    return state == ReviewState::Confirmed || state == ReviewState::Accepted;
}

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
    SourceKind source = SourceKind::Letter;
    double confidence = 1.0; // 0..1: how surely the words state this grade for this authority and year
    ReviewState review = ReviewState::Confirmed;
    QString note; // why the year or authority was read so, when not from the sentence itself
    qint64 id = 0; // the store's row, filled when read back
    QString documentTitle; // filled by the store when read back
    QString evidenceText; // filled by the store when read back
    // Who accepted or rejected a candidate, and when (UTC): filled by the store's candidates(true);
    // the database user on a team database, the login name on a file; empty for a decision from before.
    QString decidedBy;
    QDateTime decidedAt;
};
Q_DECLARE_TYPEINFO(Judgement, Q_RELOCATABLE_TYPE);

Q_DECLARE_METATYPE(Judgement)

// Whether a is shown rather than b when both give a grade for one authority, year and area: the
// source of higher precedence wins, then the surer reading. Equals outrank neither.
bool outranks(const Judgement &a, const Judgement &b);

// A grade's words for display: as written in English, translated in another language.
QString gradeLabelDisplayName(const QString &label);
// Shorter words for a narrow cell: the scale's distinguishing word ("adequately" for "Performs
// adequately"); a one-word grade stays as it is. The grade number is always shown beside it.
QString gradeLabelShortName(const QString &label);
