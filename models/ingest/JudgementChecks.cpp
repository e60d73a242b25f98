#include "JudgementChecks.h"

#include "ParseContext.h"
#include "domain/Area.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("JudgementChecks", text);
}
} // namespace

JudgementChecks::JudgementChecks(ParseContext &context, Framework framework, int year)
    : m_context(context)
    , m_framework(framework)
    , m_year(year)
{
}

void JudgementChecks::add(
    const QString &area, int grade, const QString &words, TextSpan span, bool corroborationOnly)
{
    m_statements.append({ area, grade, words, span, corroborationOnly });
}

bool JudgementChecks::finish()
{
    const TextLayout &layout = m_context.layout;
    for (const Statement &s : std::as_const(m_statements)) {
        if (s.grade < 1 || s.grade > 4) {
            m_context.error = tr("line %1 gives %2 the grade %3, outside the 1-4 scale")
                                  .arg(layout.lineIndexAt(s.span.start) + 1)
                                  .arg(areaDisplayName(s.area))
                                  .arg(s.grade);
            return false;
        }
    }
    QList<Judgement> judgements;
    for (const Statement &s : std::as_const(m_statements)) {
        for (const Statement &other : std::as_const(m_statements)) {
            if (other.area == s.area && other.grade != s.grade) {
                m_context.error = tr(
                    "the document contradicts itself: %1 is graded %2 on line %3 and %4 on line %5")
                                      .arg(areaDisplayName(s.area))
                                      .arg(s.grade)
                                      .arg(layout.lineIndexAt(s.span.start) + 1)
                                      .arg(other.grade)
                                      .arg(layout.lineIndexAt(other.span.start) + 1);
                return false;
            }
        }
        const bool known = std::any_of(
            judgements.cbegin(), judgements.cend(), [&s](const Judgement &j) { return j.area == s.area; });
        const bool stated = std::any_of(m_statements.cbegin(), m_statements.cend(),
            [&s](const Statement &o) { return o.area == s.area && !o.corroborationOnly; });
        if (known || (s.corroborationOnly && stated))
            continue;
        Judgement j;
        j.authority = m_context.result.document.authority;
        j.year = m_year;
        j.framework = m_framework;
        j.area = s.area;
        j.grade = s.grade;
        j.label = s.words;
        j.evidence = m_context.evidence(s.span);
        judgements.append(j);
    }
    m_context.result.judgements.append(judgements);
    return true;
}
