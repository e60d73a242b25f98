#include "CouncilReportParser.h"

#include "DocumentFacts.h"
#include "reference/GradeVocabulary.h"
#include "JudgementChecks.h"
#include "ParseContext.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CouncilReportParser", text);
}

bool isSectionHeading(const QString &line)
{
    static const QRegularExpression numbered(QStringLiteral("^\\s*\\d+(?:\\.\\d+)*\\.?\\s+\\S.{1,90}$"));
    const QString t = line.trimmed();
    return numbered.match(t).hasMatch() && !t.endsWith(QLatin1Char('.')) && !t.endsWith(QLatin1Char(':'));
}

Framework frameworkOf(const QString &text)
{
    static const QRegularExpression jar(
        QStringLiteral("\\bJAR\\b|joint\\s+area\\s+review"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression apa(QStringLiteral("\\bAPA\\b|annual\\s+performance\\s+assessment"),
        QRegularExpression::CaseInsensitiveOption);
    const bool isJar = jar.match(text).hasMatch();
    const bool isApa = apa.match(text).hasMatch();
    if (isJar == isApa)
        return Framework::Unknown;
    return isJar ? Framework::Jar : Framework::Apa;
}

} // namespace

bool CouncilReportParser::parse(ParseContext &c)
{
    static const QRegularExpression legendRe(
        QStringLiteral("4\\s*[:=-]\\s*([a-z][a-z ]*?)\\s*[;,]\\s*3\\s*[:=-]\\s*([a-z][a-z ]*?)\\s*[;,]\\s*"
                       "2\\s*[:=-]\\s*([a-z][a-z ]*?)\\s*[;,]\\s*1\\s*[:=-]\\s*([a-z][a-z ]*?)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rowRe(QStringLiteral("^(\\S[^\\t]*?)\\t\\s*(\\d+)\\s*$"));
    const TextLayout &layout = c.layout;
    int tables = 0;

    for (int legendLine = 0; legendLine < layout.lines().size(); ++legendLine) {
        const auto legend = legendRe.match(layout.lineText(legendLine));
        if (!legend.hasMatch())
            continue;
        const QHash<int, QString> words { { 4, legend.captured(1) }, { 3, legend.captured(2) },
            { 2, legend.captured(3) }, { 1, legend.captured(4) } };
        // Text taken from a PDF or a web page often puts a blank line between a table's parts: the
        // legend, the rows and the column heading may each stand apart.
        const auto skipBlankLinesUp = [&layout](int line) {
            while (line >= 0 && layout.lineText(line).trimmed().isEmpty())
                --line;
            return line;
        };
        const int last = skipBlankLinesUp(legendLine - 1) + 1; // one past the last row
        int first = last;
        while (first > 0 && rowRe.match(layout.lineText(first - 1)).hasMatch())
            --first;
        if (first == last)
            continue;
        // Above the rows: an optional column heading (a tab-indented cell, or a short line under
        // the sentence that introduces the table with a colon), then that sentence.
        int leadIn = skipBlankLinesUp(first - 1);
        if (leadIn >= 0) {
            const QString line = layout.lineText(leadIn);
            const int above = skipBlankLinesUp(leadIn - 1);
            const bool heading = line.startsWith(QLatin1Char('\t'))
                || (above >= 0 && !line.trimmed().endsWith(QLatin1Char(':'))
                    && layout.lineText(above).trimmed().endsWith(QLatin1Char(':')));
            if (heading)
                leadIn = above;
        }
        if (leadIn < 0)
            continue;
        int sectionStart = leadIn;
        while (sectionStart > 0 && !isSectionHeading(layout.lineText(sectionStart)))
            --sectionStart;
        const TextSpan leadInSpan = layout.lines().at(leadIn);
        const TextSpan sectionSpan { layout.lines().at(sectionStart).start, leadInSpan.end };

        Framework framework = frameworkOf(c.slice(leadInSpan));
        if (framework == Framework::Unknown)
            framework = frameworkOf(layout.lineText(sectionStart));
        const int tableLine = layout.lineIndexAt(layout.lines().at(first).start) + 1;
        if (framework == Framework::Unknown) {
            c.warn(tr(
                "the grade table at line %1 does not say whether it holds APA or JAR grades; it was left out")
                       .arg(tableLine));
            continue;
        }
        QList<int> years = DocumentFacts::years(c.text(), leadInSpan.start, leadInSpan.end);
        if (years.isEmpty())
            years = DocumentFacts::years(c.text(), sectionSpan.start, sectionSpan.end);
        const QSet<int> distinct(years.cbegin(), years.cend());
        if (distinct.size() != 1) {
            c.warn(tr("the grade table at line %1 does not say clearly which year its grades are for; it was "
                      "left out")
                       .arg(tableLine));
            continue;
        }
        const int year = *distinct.cbegin();
        if (!DocumentFacts::isSupportedYear(year)) {
            c.error = tr(
                "the grade table at line %1 is for %2, outside the years 2005-2011 the importer reads")
                          .arg(tableLine)
                          .arg(year);
            return false;
        }

        JudgementChecks checks(c, framework, year);
        const auto areaSet = framework == Framework::Jar ? GradeVocabulary::AreaSet::JointAreaReview
                                                         : GradeVocabulary::AreaSet::Outcomes;
        for (int row = first; row < last; ++row) {
            const auto m = rowRe.match(layout.lineText(row));
            const QString area = c.vocabulary.areaFor(m.captured(1), areaSet);
            if (area.isEmpty()) {
                c.warn(tr("line %1 names no known area (\"%2\"); it was left out")
                           .arg(row + 1)
                           .arg(m.captured(1)));
                continue;
            }
            const int grade = m.captured(2).toInt();
            checks.add(area, grade, words.value(grade), layout.trimmed(layout.lines().at(row)));
        }
        if (!checks.finish())
            return false;
        ++tables;
    }
    if (tables == 0)
        c.warn(tr("no grade table with a legend was found"));
    for (Judgement &j : c.result.judgements) // a council's paper quotes the letter's grades
        j.source = SourceKind::CouncilPaper;
    return true;
}
