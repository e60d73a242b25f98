#pragma once

#include "domain/Authority.h"
#include "domain/Judgement.h"
#include "domain/SourceKind.h"

#include <QDate>
#include <QList>
#include <QString>

class AuthorityRegister;
class StatementVocabulary;
struct ParseContext;

// Reads the grades a council paper, minutes, bulletin, news item or blog states in its own words:
// flattened tables (pipes, tabs, aligned columns, one cell a line, label and grade apart), grades
// glued to labels by dashes, numbers in prose ("3 out of 4", "graded 2 on a 4 point scale"),
// aggregates ("both 2", "all five outcomes were judged good"), grade words by framework, stars,
// several councils in one clause, and a prior year's grade beside this year's. Texts that only
// look like grades (scale legends, percentages and counts, item and page numbers, other measures,
// self-assessments, predictions) give nothing. Each judgement carries its sentence or table row as
// evidence, a confidence, and is kept to review when the confidence is under the threshold.
class GradeStatementReader
{
public:
    struct Paper
    {
        QDate published; // the paper's own date, for "the most recent APA"
        Authority subject; // the council the paper is by or about; invalid for a news item on several
        SourceKind source = SourceKind::CouncilPaper;
    };

    GradeStatementReader(const AuthorityRegister &authorities, const StatementVocabulary &vocabulary);

    QList<Judgement> read(const QString &text, const Paper &paper) const;

    // Whether a text is a council's own paper or a secondary source, from its first lines.
    static SourceKind sourceKindOf(const QString &text, const StatementVocabulary &vocabulary);

    // Adds the statements of the document in the context to its result (those grading an area the
    // result does not grade yet, when a family parser has run first).
    static void addTo(ParseContext &context, SourceKind source);

private:
    const AuthorityRegister &m_authorities;
    const StatementVocabulary &m_vocabulary;
};
