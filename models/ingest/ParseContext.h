#pragma once

#include "domain/ImportResult.h"
#include "text/TextLayout.h"

class AuthorityRegister;
class GradeVocabulary;

// What a family parser reads from and writes to. The document (kind, authority, date) is already
// decided when a parser runs; a parser adds judgements, findings and observations, or sets error.
struct ParseContext
{
    const TextLayout &layout;
    const AuthorityRegister &authorities;
    const GradeVocabulary &vocabulary;
    ImportResult &result;
    QString error;

    const QString &text() const { return layout.text(); }
    QRegularExpression::MatchOptions matchOptions() const { return layout.matchOptions(); }
    QString slice(TextSpan span) const { return text().mid(span.start, span.end - span.start); }
    QString clean(TextSpan span) const;
    Evidence evidence(TextSpan span) const { return { 0, span.start, span.end }; }
    void warn(const QString &message) { result.warnings.append(message); }
};
