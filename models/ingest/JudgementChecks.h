#pragma once

#include "domain/Framework.h"
#include "text/TextLayout.h"

#include <QList>
#include <QString>

struct ParseContext;

// Collects a document's grade statements and turns them into judgements, refusing the document
// when two statements grade the same area differently or a grade lies outside the 1-4 scale:
// an importer that is unsure never picks one.
class JudgementChecks
{
public:
    JudgementChecks(ParseContext &context, Framework framework, int year);

    // A statement that only restates a grade confirms it; it becomes the judgement only where
    // nothing else grades that area.
    void add(
        const QString &area, int grade, const QString &words, TextSpan span, bool corroborationOnly = false);
    // Appends the judgements to the result, or sets the context's error and returns false.
    bool finish();

private:
    struct Statement
    {
        QString area;
        int grade;
        QString words;
        TextSpan span;
        bool corroborationOnly;
    };
    ParseContext &m_context;
    Framework m_framework;
    int m_year;
    QList<Statement> m_statements;
};
