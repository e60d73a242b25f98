#include "ApaLetterParser.h"

#include "domain/Area.h"

#include "JudgementChecks.h"
#include "ParseContext.h"
#include "ingest/DocumentFacts.h"
#include "reference/GradeVocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApaLetterParser", text);
}

int assessmentYear(const ParseContext &c)
{
    static const QRegularExpression re(QStringLiteral("\\b(20\\d\\d)\\s+annual\\s+performance\\s+assessment"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(c.text());
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

struct Statement
{
    QString area;
    int grade = 0;
    QString words;
    TextSpan span;
};

// "Areas for judgement <tab> Grade awarded" followed by one "area <tab> grade" line per area.
QList<Statement> summaryTable(ParseContext &c, int *tableEndLine)
{
    QList<Statement> out;
    const TextLayout &layout = c.layout;
    static const QRegularExpression header(
        QStringLiteral("areas\\s+for\\s+judgement"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression row(QStringLiteral("^(.+?)\\t\\s*(\\d+)\\s*$"));
    *tableEndLine = -1;
    for (int i = 0; i < layout.lines().size(); ++i) {
        if (!header.match(layout.lineText(i)).hasMatch())
            continue;
        int j = i + 1;
        for (; j < layout.lines().size(); ++j) {
            const auto m = row.match(layout.lineText(j));
            if (!m.hasMatch())
                break;
            const QString area = c.vocabulary.areaFor(m.captured(1));
            const int grade = m.captured(2).toInt();
            const TextSpan span = layout.trimmed(layout.lines().at(j));
            if (area.isEmpty()) {
                c.warn(QCoreApplication::translate(
                    "ApaLetterParser", "the summary row \"%1\" names no known area; it was left out")
                           .arg(GradeVocabulary::fold(m.captured(1))));
                continue;
            }
            out.append({ area, grade, QString(), span });
        }
        *tableEndLine = j;
        break;
    }
    return out;
}

// The letter's own key to its grades: "4 <tab> A service that ... <tab> Excellent / outstanding".
QHash<int, QString> gradeLegend(const ParseContext &c)
{
    static const QRegularExpression row(
        QStringLiteral("^\\s*([1-4])\\t[^\\t]+\\t\\s*([^\\t]+?)\\s*$"), QRegularExpression::MultilineOption);
    QHash<int, QString> legend;
    auto it = row.globalMatch(c.text(), 0, QRegularExpression::NormalMatch, c.matchOptions());
    while (it.hasNext()) {
        const auto m = it.next();
        legend.insert(m.captured(1).toInt(), m.captured(2));
    }
    return legend;
}

// A sentence that names one area and states one grade word.
bool sentenceStatement(const ParseContext &c, TextSpan sentence, Statement *out)
{
    const QString text = c.slice(sentence);
    const QList<GradeWordMatch> words = c.vocabulary.gradeWords(
        c.text(), GradeVocabulary::Scale::Apa, sentence.start, sentence.end);
    if (words.size() != 1)
        return false;
    const QString area = c.vocabulary.areaFor(text);
    if (area.isEmpty())
        return false;
    *out = { area, words.first().grade, words.first().words, sentence };
    return true;
}

bool isOutcomeHeading(const ParseContext &c, const TextBlock &block, QString *area)
{
    const QString &clean = block.clean;
    if (clean.size() > 80 || clean.contains(QLatin1Char('\n')))
        return false;
    const QString key = c.vocabulary.areaFor(clean);
    if (!outcomeAreaKeys().contains(key))
        return false;
    *area = key;
    return true;
}

void readFindings(ParseContext &c, int year)
{
    const TextLayout &layout = c.layout;
    static const QRegularExpression start(
        QStringLiteral("key\\s+strengths\\s+and\\s+(?:key\\s+)?areas\\s+for\\s+"
                       "improvement"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression stop(QStringLiteral("aspects\\s+for\\s+focus|yours\\s+sincerely"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression listItem(QStringLiteral("<li>(.*?)</li>"));
    int first = -1;
    for (int i = 0; i < layout.lines().size(); ++i) {
        if (start.match(layout.lineText(i)).hasMatch()) {
            first = i + 1;
            break;
        }
    }
    if (first < 0)
        return;

    auto addFinding = [&](const QString &area, FindingKind kind, TextSpan span) {
        span = layout.trimmed(span);
        const QString text = c.clean(span);
        if (text.isEmpty())
            return;
        Finding f;
        f.authority = c.result.document.authority;
        f.year = year;
        f.framework = Framework::Apa;
        f.area = area;
        f.kind = kind;
        f.text = text;
        f.evidence = c.evidence(span);
        c.result.findings.append(f);
    };

    // After a page break the two-column table is flattened: each area heading appears twice,
    // first over its strengths, then over its areas for improvement.
    QHash<QString, int> headingsSeen;
    QString area;
    FindingKind kind = FindingKind::Strength;
    for (int i = first; i < layout.lines().size(); ++i) {
        const QString line = layout.lineText(i);
        if (stop.match(line).hasMatch())
            break;
        if (line.trimmed().isEmpty())
            continue;
        const TextSpan lineSpan = layout.lines().at(i);
        if (line.contains(QLatin1String("<li>"))) {
            // One table row: a cell of strengths <tab> a cell of areas for improvement.
            const QStringList cells = line.split(QLatin1Char('\t'));
            int cellStart = lineSpan.start;
            for (int cell = 0; cell < cells.size() && cell < 2; ++cell) {
                QString cellArea;
                auto it = listItem.globalMatch(cells.at(cell));
                while (it.hasNext()) {
                    const auto m = it.next();
                    const QString item = m.captured(1).trimmed();
                    if (cellArea.isEmpty() && item.endsWith(QLatin1Char(':'))) {
                        cellArea = c.vocabulary.areaFor(item);
                        continue;
                    }
                    addFinding(cellArea, cell == 0 ? FindingKind::Strength : FindingKind::AreaForImprovement,
                        { cellStart + int(m.capturedStart(1)), cellStart + int(m.capturedEnd(1)) });
                }
                cellStart += int(cells.at(cell).size()) + 1;
            }
            continue;
        }
        const QString clean = c.clean(lineSpan);
        // Text from a PDF carries no heading marks: there, a heading is a short line standing alone
        // between blank lines that does not end like a sentence.
        const auto blank = [&layout](int at) {
            return at < 0 || at >= layout.lines().size() || layout.lineText(at).trimmed().isEmpty();
        };
        const bool standsAlone = blank(i - 1) && blank(i + 1) && clean.size() < 80
            && !clean.endsWith(QLatin1Char('.')) && !line.trimmed().startsWith(QLatin1Char('-'));
        const bool markedHeading = line.trimmed().startsWith(QLatin1Char('#'))
            || (clean.endsWith(QLatin1Char(':')) && clean.size() < 60) || standsAlone;
        const QString headingArea = markedHeading ? c.vocabulary.areaFor(clean) : QString();
        if (!headingArea.isEmpty()) {
            area = headingArea;
            kind = headingsSeen[area]++ == 0 ? FindingKind::Strength : FindingKind::AreaForImprovement;
            continue;
        }
        if (clean.compare(QLatin1String("Key strengths"), Qt::CaseInsensitive) == 0 || area.isEmpty())
            continue;
        // A list item, with or without its bullet mark.
        TextSpan item = layout.trimmed(lineSpan);
        const QString trimmed = c.slice(item);
        if (trimmed.startsWith(QLatin1String("- ")) || trimmed.startsWith(QChar(0x2022)))
            item.start += trimmed.startsWith(QLatin1String("- ")) ? 2 : 1;
        addFinding(area, kind, item);
    }
}

} // namespace

bool ApaLetterParser::parse(ParseContext &c)
{
    const int year = assessmentYear(c);
    if (year == 0) {
        c.error = tr("the letter does not say which year's annual performance assessment it reports");
        return false;
    }
    if (!DocumentFacts::isSupportedYear(year)) {
        c.error = tr("the letter reports a %1 assessment, outside the years 2005-2011 the importer reads")
                      .arg(year);
        return false;
    }

    JudgementChecks checks(c, Framework::Apa, year);

    int tableEnd = -1;
    const QList<Statement> table = summaryTable(c, &tableEnd);
    const QHash<int, QString> legend = gradeLegend(c);

    // The opening paragraph restates the summary grades in words; the outcome sections follow.
    const QList<TextBlock> &blocks = c.layout.blocks();
    QList<Statement> opening;
    int firstOutcome = int(blocks.size());
    for (int b = 0; b < blocks.size(); ++b) {
        QString area;
        if (isOutcomeHeading(c, blocks.at(b), &area)) {
            firstOutcome = b;
            break;
        }
    }
    for (int b = 0; b < firstOutcome; ++b) {
        const TextBlock &block = blocks.at(b);
        if (tableEnd >= 0
            && block.span.start
                < c.layout.lines().at(qMin<int>(tableEnd, int(c.layout.lines().size()) - 1)).start)
            continue;
        if (block.heading || block.span.end - block.span.start < 200
            || c.slice(block.span).contains(QLatin1Char('\t')))
            continue; // tables (the summary and its legend) are not the opening prose
        for (const TextSpan &sentence : c.layout.sentences(block.span)) {
            Statement s;
            if (sentenceStatement(c, sentence, &s))
                opening.append(s);
        }
        break; // only the first paragraph of prose after the table
    }

    for (const Statement &t : table) {
        QString words;
        for (const Statement &o : opening) {
            if (o.area == t.area)
                words = o.words;
        }
        if (words.isEmpty())
            words = legend.value(t.grade);
        checks.add(t.area, t.grade, words, t.span);
    }
    for (const Statement &o : opening) {
        checks.add(o.area, o.grade, o.words, o.span, /*corroborationOnly=*/true);
    }

    static const QRegularExpression outcomeSentence(
        QStringLiteral("outcomes\\s+in\\s+this\\s+area\\s+(?:is|are)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QString currentArea;
    for (int b = firstOutcome; b < blocks.size(); ++b) {
        QString area;
        if (isOutcomeHeading(c, blocks.at(b), &area)) {
            currentArea = area;
            continue;
        }
        if (blocks.at(b).heading) {
            currentArea.clear();
            continue;
        }
        if (currentArea.isEmpty())
            continue;
        for (const TextSpan &sentence : c.layout.sentences(blocks.at(b).span)) {
            if (!outcomeSentence.match(c.slice(sentence)).hasMatch())
                continue;
            const QList<GradeWordMatch> words = c.vocabulary.gradeWords(
                c.text(), GradeVocabulary::Scale::Apa, sentence.start, sentence.end);
            if (words.size() != 1) {
                c.warn(tr("the %1 section states its judgement unclearly; it was left out").arg(currentArea));
                continue;
            }
            checks.add(currentArea, words.first().grade, words.first().words, sentence);
            currentArea.clear(); // one judgement per section: the first statement decides
            break;
        }
    }

    if (!checks.finish())
        return false;
    readFindings(c, year);
    return true;
}
