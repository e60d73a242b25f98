#include "AnnualLetterParser.h"

#include "DocumentFacts.h"
#include "JudgementChecks.h"
#include "ParseContext.h"
#include "reference/GradeVocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AnnualLetterParser", text);
}

// "Children's services rating 2009", "Leicester City Council children's services assessment 2010",
// "the children's services rating for 2009".
int statedYear(const ParseContext &c)
{
    static const QRegularExpression re(
        QStringLiteral(
            "children.s\\s+services\\s+(?:annual\\s+)?(?:rating|assessment)\\s+(?:for\\s+)?(20\\d\\d)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(c.text());
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

void readDevelopmentAreas(ParseContext &c, Framework framework, int year)
{
    static const QRegularExpression heading(
        QStringLiteral("^\\W*key\\s+areas\\s+for\\s+(?:further\\s+)?development"),
        QRegularExpression::CaseInsensitiveOption);
    const TextLayout &layout = c.layout;
    for (int i = 0; i < layout.lines().size(); ++i) {
        if (!heading.match(layout.lineText(i)).hasMatch())
            continue;
        for (int j = i + 1; j < layout.lines().size(); ++j) {
            const TextSpan line = layout.trimmed(layout.lines().at(j));
            if (line.isEmpty())
                continue;
            const QString text = c.slice(line);
            const bool bullet = text.startsWith(QLatin1String("- ")) || text.startsWith(QChar(0x2022))
                || text.startsWith(QChar(0x00B7)) || text.startsWith(QLatin1String("* "));
            if (!bullet)
                return;
            TextSpan item = layout.trimmed({ line.start
                    + (text.startsWith(QLatin1String("- ")) || text.startsWith(QLatin1String("* ")) ? 2 : 1),
                line.end });
            Finding f;
            f.authority = c.result.document.authority;
            f.year = year;
            f.framework = framework;
            f.kind = FindingKind::AreaForDevelopment;
            f.text = c.clean(item);
            f.evidence = c.evidence(item);
            c.result.findings.append(f);
        }
        return;
    }
}

} // namespace

bool AnnualLetterParser::parse(ParseContext &c)
{
    const Framework framework = c.result.document.kind == DocumentKind::AnnualRatingLetter
        ? Framework::AnnualRating2009
        : Framework::AnnualAssessment2010;
    const int year = statedYear(c);
    if (year == 0) {
        c.error = tr("the letter does not say which year its rating or assessment is for");
        return false;
    }
    if (!DocumentFacts::isSupportedYear(year)) {
        c.error = tr("the letter gives a %1 grade, outside the years 2005-2011 the importer reads").arg(year);
        return false;
    }

    JudgementChecks checks(c, framework, year);
    static const QRegularExpression graded(
        QStringLiteral("(performs\\s+(?:excellently|well|adequately|poorly))\\s*\\((\\d+)\\)"),
        QRegularExpression::CaseInsensitiveOption);
    int statements = 0;
    auto it = graded.globalMatch(c.text(), 0, QRegularExpression::NormalMatch, c.matchOptions());
    while (it.hasNext()) {
        const auto m = it.next();
        const int stated = m.captured(2).toInt();
        const int meant = c.vocabulary.gradeForWords(m.captured(1), GradeVocabulary::Scale::Annual);
        const TextSpan line = c.layout.trimmed(
            c.layout.lines().at(c.layout.lineIndexAt(int(m.capturedStart()))));
        if (stated < 1 || stated > 4) {
            c.error = tr("line %1 states the grade (%2), outside the 1-4 scale")
                          .arg(c.layout.lineIndexAt(line.start) + 1)
                          .arg(stated);
            return false;
        }
        if (meant != stated) {
            c.error = tr("line %1 says \"%2\", which is grade %3, but gives the number %4")
                          .arg(c.layout.lineIndexAt(line.start) + 1)
                          .arg(m.captured(1))
                          .arg(meant)
                          .arg(stated);
            return false;
        }
        checks.add(QStringLiteral("overall"), stated, m.captured(1), line);
        ++statements;
    }
    if (statements == 0) {
        c.error = tr("no grade stated as \"Performs ... (n)\" was found in the letter");
        return false;
    }

    // "Children's services in Leicester City Council perform adequately." restates the grade.
    static const QRegularExpression restated(
        QStringLiteral("children.s\\s+services\\s+in\\s+[^.\\n]{2,80}?\\s+perform\\s+(excellently|well|"
                       "adequately|poorly)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    auto rs = restated.globalMatch(c.text(), 0, QRegularExpression::NormalMatch, c.matchOptions());
    while (rs.hasNext()) {
        const auto m = rs.next();
        const int grade = c.vocabulary.gradeForWords(
            QStringLiteral("performs ") + m.captured(1), GradeVocabulary::Scale::Annual);
        checks.add(QStringLiteral("overall"), grade, m.captured(),
            c.layout.sentenceAt(int(m.capturedStart())),
            /*corroborationOnly=*/true);
    }
    if (!checks.finish())
        return false;
    readDevelopmentAreas(c, framework, year);
    return true;
}
