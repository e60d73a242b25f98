#include "GradeStatementReader.h"

#include "DocumentFacts.h"
#include "ParseContext.h"
#include "reference/AuthorityRegister.h"
#include "reference/StatementVocabulary.h"
#include "text/MatchOptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace {

using Cue = StatementVocabulary::Cue;
using VMatch = StatementVocabulary::Match;

constexpr QRegularExpression::PatternOptions Ci = QRegularExpression::CaseInsensitiveOption
    | QRegularExpression::UseUnicodePropertiesOption;

// A copy of the text of the same length with the artefacts of conversion that matter to matching
// made plain: non-breaking and other spaces, tabs, typographic quotes and dashes, bullets.
QString plainView(const QString &text)
{
    QString v = text;
    for (QChar &c : v) {
        const char16_t u = c.unicode();
        if (u == 0x00A0 || u == 0x2007 || u == 0x202F || u == 0x2009 || u == 0x200B || u == '\t' || u == '\r'
            || u == 0x000B || u == 0x000C)
            c = QLatin1Char(' ');
        else if (u == 0x2018 || u == 0x2019 || u == 0x2032 || u == 0x00B4 || u == 0x0060)
            c = QLatin1Char('\'');
        else if (u == 0x201C || u == 0x201D || u == 0x00AB || u == 0x00BB)
            c = QLatin1Char('"');
        else if (u == 0x2013 || u == 0x2014 || u == 0x2012 || u == 0x2212 || u == 0x2010 || u == 0x2011)
            c = QLatin1Char('-');
        else if (u == 0x2022 || u == 0x00B7 || u == 0x25AA || u == 0x25CF || u == 0x2023 || u == 0x25E6
            || u == 0x2043 || u == 0xF0B7)
            c = QLatin1Char('*'); // a bullet: starts a list item
    }
    // Words hyphenated over a line break ("capa-\ncity") are joined in place: the second part moves
    // up to the hyphen and the line break follows the joined word, so that every offset outside
    // the word stays where it was.
    static const QRegularExpression broken(QStringLiteral("(?<=\\p{Ll})-[ ]*\\n[ ]*(?=\\p{Ll})"));
    auto it = broken.globalMatch(QString(v));
    while (it.hasNext()) {
        const auto m = it.next();
        const int hyphen = int(m.capturedStart());
        int wordEnd = int(m.capturedEnd());
        while (wordEnd < v.size() && v.at(wordEnd).isLetter())
            ++wordEnd;
        const QString rest = v.mid(int(m.capturedEnd()), wordEnd - int(m.capturedEnd()));
        const int region = wordEnd - hyphen;
        QString replacement = rest;
        replacement += QString(region - int(rest.size()) - 1, QLatin1Char(' '));
        replacement += QLatin1Char('\n');
        v.replace(hyphen, region, replacement);
    }
    return v;
}

struct Span
{
    int start = 0;
    int end = 0;
};

// A grade as written: "grade 3 (good)", "3 out of 4", "adequate", "performs well", "two stars".
struct GradeToken
{
    int start = 0;
    int end = 0;
    int value = 0;
    enum class Form
    {
        Number, // with words that make it a grade: "grade 3", "3 out of 4", "3/4"
        NumberWithWord, // "3 (good)", "good (grade 3)"
        BareNumber, // "at 3", "is 2": a number made a grade by the words before it
        Word, // "good"
        Annual, // "performs well": also says the framework is the 2009 rating or 2010 assessment
        Stars,
    } form = Form::Number;
    bool prior = false; // "up from 2", "from good": the previous year's grade
    int priorYear = 0; // an explicit year for a prior grade ("in 2007")
    int unchangedYear = -1; // "unchanged from the 2007 assessment": the same grade that year (0: last year)
};

struct FrameworkMention
{
    int start = 0;
    int end = 0;
    Framework framework = Framework::Unknown;
    int year = 0;
    bool prior = false; // "last year's 2009 annual rating"
};

struct AreaMention
{
    int start = 0;
    int end = 0;
    QStringList areas; // one area, or an aggregate's areas
    bool aggregate = false;
    bool listed = false; // an aggregate whose areas are those the sentence lists ("both", "every category")
};

// What the reader has seen so far in the document: the framework and year last named, and the
// authority last named, for sentences that rely on them ("The county also achieved...").
struct RunningContext
{
    Framework framework = Framework::Unknown;
    int year = 0;
    int lastAuthority = 0;
};

// Where a judgement's parts came from, for its confidence and note.
struct Reading
{
    bool fuzzyArea = false;
    bool fuzzyAreaInProse = false;
    bool carriedArea = false;
    bool authorityFromEarlierText = false;
    bool authorityByPosition = false;
    bool yearFromContext = false;
    bool yearFromDate = false;
    bool yearFromDateThisYear = false;
    bool frameworkFromAreas = false;
};

bool isAnnual(Framework f)
{
    return f == Framework::AnnualRating2009 || f == Framework::AnnualAssessment2010;
}

const QRegularExpression &yearPattern()
{
    static const QRegularExpression re(QStringLiteral("(?<![\\p{N}.,/-])(20(?:0[4-9]|1[0-2]))(?![\\p{N}])"));
    return re;
}

QList<QPair<int, int>> yearsIn(const QString &v, int from, int to) // (position, year)
{
    QList<QPair<int, int>> out;
    auto it = yearPattern().globalMatch(QStringView(v).mid(from, to - from));
    while (it.hasNext()) {
        const auto m = it.next();
        out.append({ from + int(m.capturedStart()), m.captured(1).toInt() });
    }
    return out;
}

QString wordBefore(const QString &v, int pos, int *wordStart = nullptr)
{
    int i = pos - 1;
    while (i >= 0 && (v.at(i).isSpace() || v.at(i) == QLatin1Char('"') || v.at(i) == QLatin1Char('\'')))
        --i;
    const int end = i + 1;
    while (
        i >= 0 && (v.at(i).isLetterOrNumber() || v.at(i) == QLatin1Char('\'') || v.at(i) == QLatin1Char('-')))
        --i;
    if (wordStart)
        *wordStart = i + 1;
    QString w = v.mid(i + 1, end - i - 1);
    if (w.endsWith(QLatin1String("'s")))
        w.chop(2);
    return w;
}

QString wordAfter(const QString &v, int pos)
{
    int i = pos;
    while (i < v.size() && (v.at(i).isSpace() || v.at(i) == QLatin1Char('"')))
        ++i;
    const int start = i;
    while (i < v.size() && (v.at(i).isLetterOrNumber() || v.at(i) == QLatin1Char('\'')))
        ++i;
    return v.mid(start, i - start);
}

bool isMonth(const QString &word)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
                       "(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(word).hasMatch();
}

class Reader
{
public:
    Reader(const QString &text, const AuthorityRegister &authorities, const StatementVocabulary &vocabulary,
        const GradeStatementReader::Paper &paper)
        : m_text(text)
        , m_v(plainView(text))
        , m_authorities(authorities)
        , m_vocabulary(vocabulary)
        , m_paper(paper)
        , m_cell(vocabulary.gradeCellPattern())
        , m_numberWithWord(vocabulary.wordAfterNumberPattern())
        , m_wordWithNumber(vocabulary.numberAfterWordPattern())
        , m_checked(MatchOptions::checkedOnce(m_v))
    {
        splitLines();
    }

    QList<Judgement> read();

private:
    struct Line
    {
        int start = 0;
        int end = 0;
        bool blank = true;
        bool glued = false;
        bool used = false; // read as part of a table
    };
    struct Row
    {
        int first = 0; // line indices
        int last = 0;
        Span label;
        QList<GradeToken> cells;
        QString apaArea;
        QString jarArea;
        bool fuzzy = false;
    };
    struct Unit // a sentence, or a table with its lead-in sentence
    {
        Span span;
        QList<Row> rows; // empty for a sentence
        Span leadIn;
        Span caption;
        int firstLine = 0;
    };

    void splitLines();
    bool lineIsGlued(const Line &line) const;
    int lineAt(int offset) const; // the line holding offset (lines are in text order)
    Span stripBullet(int lineIndex) const;
    QList<Unit> units();
    std::optional<Row> rowAt(int lineIndex);
    void labelAreas(Span label, bool glued, Row *row) const;
    std::optional<GradeToken> cellGrade(int from, int to) const;
    QList<Span> sentencesOf(int firstLine, int lastLine) const;
    QList<Span> clausesOf(Span sentence) const;

    bool clauseDropped(Span clause) const;
    bool isLegend(Span sentence, const QList<GradeToken> &grades) const;
    QList<GradeToken> gradesIn(Span sentence) const;
    QList<FrameworkMention> frameworksIn(Span sentence) const;
    QList<AreaMention> areasIn(Span sentence, Framework framework, bool glued) const;
    QList<AuthorityMention> authoritiesIn(Span span) const;

    void readSentence(Span sentence, const QList<FrameworkMention> &mentions);
    void readTable(const Unit &unit);
    void updateContext(Span sentence, const QList<FrameworkMention> &mentions);

    int yearFromPaper(Framework framework, Span evidence, Reading *reading, QString *note) const;
    void record(int la, int year, Framework framework, const QString &area, const GradeToken &grade,
        Span evidence, const Reading &reading, const QString &note);
    QString areaFor(Framework framework, const QString &apaArea, const QString &jarArea) const;

    const QString &m_text;
    const QString m_v;
    const AuthorityRegister &m_authorities;
    const StatementVocabulary &m_vocabulary;
    const GradeStatementReader::Paper &m_paper;
    // Compiled once, by the vocabulary: a pattern made for each document is compiled again for each.
    const QRegularExpression &m_cell;
    const QRegularExpression &m_numberWithWord;
    const QRegularExpression &m_wordWithNumber;
    // For a cell: a piece of a line that begins and ends at neither half of a surrogate pair.
    const QRegularExpression::MatchOptions m_checked;
    QList<Line> m_lines;
    RunningContext m_context;
    QList<Judgement> m_out;
    bool m_textNamesJar = false;
};

void Reader::splitLines()
{
    int start = 0;
    for (int i = 0; i <= m_v.size(); ++i) {
        if (i == m_v.size() || m_v.at(i) == QLatin1Char('\n')) {
            Line line;
            line.start = start;
            line.end = i;
            line.blank = QStringView(m_v).mid(start, i - start).trimmed().isEmpty();
            line.glued = !line.blank && lineIsGlued(line);
            m_lines.append(line);
            start = i + 1;
        }
    }
}

int Reader::lineAt(int offset) const
{
    return int(std::lower_bound(m_lines.cbegin(), m_lines.cend(), offset, [](const Line &l, int pos) {
        return l.end < pos;
    }) - m_lines.cbegin());
}

// A line whose words a conversion ran together ("Overalleffectivenessofchildren'sservices 2").
bool Reader::lineIsGlued(const Line &line) const
{
    int run = 0;
    for (int i = line.start; i < line.end; ++i) {
        if (m_v.at(i).isLetter() || m_v.at(i) == QLatin1Char('\'')) {
            if (++run >= 24)
                return true;
        } else {
            run = 0;
        }
    }
    return false;
}

Span Reader::stripBullet(int lineIndex) const
{
    static const QRegularExpression bullet(QStringLiteral(
        "^\\s*(?:\\*+\\s*|[->o]\\s+|\\(?(?:[ivx]{1,4}|[a-h]|\\d{1,2}(?:\\.\\d{1,2})*)[.)]\\s+|\\d{1,2}"
        "(?:\\.\\d{1,2})+\\s+)?"));
    const Line &line = m_lines.at(lineIndex);
    const auto m = bullet.match(QStringView(m_v).mid(line.start, line.end - line.start));
    Span s { line.start + int(m.capturedEnd()), line.end };
    while (s.end > s.start && m_v.at(s.end - 1).isSpace())
        --s.end;
    return s;
}

std::optional<GradeToken> Reader::cellGrade(int from, int to) const
{
    const auto m = m_cell.match(
        QStringView(m_v).mid(from, to - from), 0, QRegularExpression::NormalMatch, m_checked);
    if (!m.hasMatch())
        return std::nullopt;
    GradeToken g;
    g.start = from;
    g.end = to;
    while (g.start < g.end && m_v.at(g.start).isSpace())
        ++g.start;
    while (g.end > g.start && m_v.at(g.end - 1).isSpace())
        --g.end;
    const auto wordGrade = [this](const QString &words) {
        int grade = 0;
        for (const VMatch &w : m_vocabulary.annualWords(words, 0, int(words.size())))
            grade = w.value;
        if (grade == 0) {
            for (const VMatch &w : m_vocabulary.gradeWords(words, 0, int(words.size())))
                grade = w.value;
        }
        return grade;
    };
    if (m.capturedLength(1) > 0) {
        g.value = m.captured(1).toInt();
        const QString words = m.capturedLength(2) > 0 ? m.captured(2) : m.captured(3);
        g.form = GradeToken::Form::Number;
        if (!words.isEmpty()) {
            if (wordGrade(words) != g.value)
                return std::nullopt; // a scale that runs the other way, or a different measure
            g.form = GradeToken::Form::NumberWithWord;
        }
    } else {
        const QString words = m.captured(4);
        g.value = wordGrade(words);
        g.form = words.contains(QLatin1String("perform"), Qt::CaseInsensitive) ? GradeToken::Form::Annual
                                                                               : GradeToken::Form::Word;
        if (m.capturedLength(5) > 0) {
            if (m.captured(5).toInt() != g.value)
                return std::nullopt;
            g.form = GradeToken::Form::NumberWithWord;
        }
    }
    return g.value >= 1 && g.value <= 4 ? std::optional<GradeToken>(g) : std::nullopt;
}

void Reader::labelAreas(Span label, bool glued, Row *row) const
{
    const auto pick = [&](Framework f) {
        const QList<VMatch> found = m_vocabulary.areas(f, m_v, label.start, label.end, glued);
        QString area;
        int covered = 0;
        for (const VMatch &m : found) {
            if (area.isEmpty() || m.end - m.start > covered) {
                if (!area.isEmpty() && area != m.key && m.end - m.start <= covered)
                    continue;
                area = m.key;
                covered = m.end - m.start;
            }
        }
        // Two different areas in one label is a sentence, not a row label - unless the label opens
        // with one and goes on to qualify it ("Capacity to improve, including the management of
        // children's services").
        QSet<QString> keys;
        for (const VMatch &m : found)
            keys.insert(m.key);
        if (keys.size() > 1) {
            if (found.first().start - label.start > 2)
                return QString();
            area = found.first().key;
        }
        if (area.isEmpty())
            return QString();
        // What the label says besides the area must be filler ("of the council's services").
        int others = 0;
        const QString rest = QString(m_v.mid(label.start, label.end - label.start));
        static const QRegularExpression word(QStringLiteral("[\\p{L}'/]+"));
        QString stripped = rest;
        for (const VMatch &m : found)
            stripped.replace(
                m.start - label.start, m.end - m.start, QString(m.end - m.start, QLatin1Char(' ')));
        auto wit = word.globalMatch(stripped);
        while (wit.hasNext()) {
            const QString w = wit.next().captured();
            if (!m_vocabulary.isLabelFiller(w)
                && !m_vocabulary.isLabelFiller(QString(w).remove(QLatin1Char('\''))))
                ++others;
        }
        return others <= (glued ? 3 : 2) ? area : QString();
    };
    row->apaArea = pick(Framework::Apa);
    row->jarArea = pick(Framework::Jar);
    if (row->apaArea.isEmpty() && row->jarArea.isEmpty()) {
        const QString text = m_v.mid(label.start, label.end - label.start);
        if (text.size() <= 80) {
            row->apaArea = m_vocabulary.fuzzyArea(Framework::Apa, text);
            row->jarArea = m_vocabulary.fuzzyArea(Framework::Jar, text);
            row->fuzzy = !row->apaArea.isEmpty() || !row->jarArea.isEmpty();
        }
    }
}

// A table row read from one line: a label naming an area and one or more cells stating grades;
// or a label on its own line with its grade on one of the next lines.
std::optional<Reader::Row> Reader::rowAt(int lineIndex)
{
    const Line &line = m_lines.at(lineIndex);
    if (line.blank)
        return std::nullopt;
    const Span body = stripBullet(lineIndex);
    if (body.end <= body.start)
        return std::nullopt;
    const QStringView text = QStringView(m_v).mid(body.start, body.end - body.start);
    Row row;
    row.first = row.last = lineIndex;

    if (text.count(QLatin1Char('|')) >= 1) {
        QList<Span> cells;
        int cellStart = body.start;
        for (int i = body.start; i <= body.end; ++i) {
            if (i == body.end || m_v.at(i) == QLatin1Char('|')) {
                Span c { cellStart, i };
                while (c.start < c.end && m_v.at(c.start).isSpace())
                    ++c.start;
                while (c.end > c.start && m_v.at(c.end - 1).isSpace())
                    --c.end;
                if (c.end > c.start)
                    cells.append(c);
                cellStart = i + 1;
            }
        }
        if (cells.size() < 2)
            return std::nullopt;
        row.label = cells.first();
        // "3 | The council's education services": the grade column may come first.
        if (cells.size() == 2 && cellGrade(cells.at(0).start, cells.at(0).end)
            && !cellGrade(cells.at(1).start, cells.at(1).end))
            std::swap(cells[0], cells[1]);
        row.label = cells.first();
        for (qsizetype i = 1; i < cells.size(); ++i) {
            if (auto g = cellGrade(cells.at(i).start, cells.at(i).end))
                row.cells.append(*g);
        }
        if (row.cells.isEmpty())
            return std::nullopt;
        labelAreas(row.label, line.glued, &row);
        if (row.apaArea.isEmpty() && row.jarArea.isEmpty())
            return std::nullopt;
        return row;
    }

    // Label, then a separator (tab or column gap, a dash or colon, or a single space), then the cells.
    static const QRegularExpression gap(QStringLiteral("\\s{2,}|\\s*[-:]\\s*|\\s+"));
    // Try each place a grade cell could start, from the left: the label is what comes before it.
    for (int i = body.start + 3; i < body.end; ++i) {
        if (!(m_v.at(i - 1).isSpace() || m_v.at(i - 1) == QLatin1Char('-')
                || m_v.at(i - 1) == QLatin1Char(':')))
            continue;
        if (m_v.at(i).isSpace())
            continue;
        // The value part runs to the end of the line, in column cells apart by two or more spaces.
        // The first is read before the others are looked for: at most places it holds no grade.
        const auto cellFrom = [&](int c) {
            int e = c;
            while (e < body.end && !(m_v.at(e).isSpace() && e + 1 < body.end && m_v.at(e + 1).isSpace()))
                ++e;
            Span cell { c, e };
            while (cell.end > cell.start && m_v.at(cell.end - 1).isSpace())
                --cell.end;
            return std::pair<Span, int> { cell, e };
        };
        const auto [firstCell, firstEnd] = cellFrom(i);
        auto first = cellGrade(firstCell.start, firstCell.end);
        if (!first)
            continue;
        QList<Span> cells { firstCell };
        for (int c = firstEnd; c < body.end;) {
            while (c < body.end && m_v.at(c).isSpace())
                ++c;
            if (c >= body.end)
                break;
            const auto [cell, end] = cellFrom(c);
            cells.append(cell);
            c = end;
        }
        Span label { body.start, i };
        // Dotted leaders ("Overall effectiveness ........ 3") separate like a dash or a colon.
        while (label.end > label.start
            && (m_v.at(label.end - 1).isSpace() || m_v.at(label.end - 1) == QLatin1Char('-')
                || m_v.at(label.end - 1) == QLatin1Char(':') || m_v.at(label.end - 1) == QLatin1Char('.')
                || m_v.at(label.end - 1) == QChar(0x2026)))
            --label.end;
        if (label.end <= label.start || label.end - label.start > 100)
            return std::nullopt;
        // A label ends with a word; one ending with a verb or a linker is a sentence ("was graded 3").
        const QString last = wordBefore(m_v, label.end);
        if (m_vocabulary.isLinker(last) || m_vocabulary.isReferenceWord(last))
            return std::nullopt;
        if (!m_v.at(label.end - 1).isLetter() && m_v.at(label.end - 1) != QLatin1Char(')')
            && m_v.at(label.end - 1) != QLatin1Char('\''))
            return std::nullopt;
        row.label = label;
        row.cells.append(*first);
        for (qsizetype k = 1; k < cells.size(); ++k) {
            if (auto g = cellGrade(cells.at(k).start, cells.at(k).end))
                row.cells.append(*g);
        }
        labelAreas(row.label, line.glued, &row);
        if (row.apaArea.isEmpty() && row.jarArea.isEmpty()) {
            // A label wrapped over two lines: "Children with learning difficulties and/or" then
            // "disabilities   3/4", or "Achieving economic" then "well-being  2".
            if (lineIndex > 0 && !m_lines.at(lineIndex - 1).blank && !m_lines.at(lineIndex - 1).used) {
                const Span previous = stripBullet(lineIndex - 1);
                if (previous.end - previous.start < 70) {
                    Row joined = row;
                    joined.label = { previous.start, label.end };
                    labelAreas(joined.label, line.glued, &joined);
                    if (!joined.apaArea.isEmpty() || !joined.jarArea.isEmpty()) {
                        joined.first = lineIndex - 1;
                        return joined;
                    }
                }
            }
            return std::nullopt;
        }
        return row;
    }

    // A label alone, its grade on one of the next lines (blank lines between are allowed).
    if (text.endsWith(QLatin1Char('.')) || text.size() > 100)
        return std::nullopt;
    Span label = body;
    while (label.end > label.start
        && (m_v.at(label.end - 1) == QLatin1Char(':') || m_v.at(label.end - 1).isSpace()))
        --label.end;
    labelAreas(label, line.glued, &row);
    if (row.apaArea.isEmpty() && row.jarArea.isEmpty())
        return std::nullopt;
    int next = lineIndex + 1;
    int blanks = 0;
    while (next < m_lines.size() && m_lines.at(next).blank && blanks < 2) {
        ++next;
        ++blanks;
    }
    if (next >= m_lines.size() || m_lines.at(next).blank)
        return std::nullopt;
    const Span value = stripBullet(next);
    auto g = cellGrade(value.start, value.end);
    if (!g)
        return std::nullopt;
    row.label = label;
    row.cells.append(*g);
    row.last = next;
    return row;
}

// Sentences of the lines not read as tables: lines of a paragraph are joined (hard-wrapped text),
// and split again where a list item or numbered paragraph begins or a line ends with a colon.
QList<Span> Reader::sentencesOf(int firstLine, int lastLine) const
{
    static const QRegularExpression itemStart(QStringLiteral(
        "^\\s*(?:\\*+\\s*|[->]\\s|\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+(?=[A-Z\"'(])|\\(?(?:[ivx]{1,4}|[a-"
        "h]|\\d{1,2})[.)]\\s)"));
    QList<Span> segments;
    Span current { -1, -1 };
    bool currentIsItem = false;
    for (int i = firstLine; i <= lastLine; ++i) {
        const Line &line = m_lines.at(i);
        if (line.blank || line.used) {
            if (current.start >= 0)
                segments.append(current);
            current = { -1, -1 };
            continue;
        }
        const bool startsItem =
            itemStart.match(QStringView(m_v).mid(line.start, line.end - line.start)).hasMatch();
        const bool previousEndsClause = current.start >= 0
            && QStringView(m_v)
                   .mid(current.start, current.end - current.start)
                   .trimmed()
                   .endsWith(QLatin1Char(':'));
        // A list item runs on over lines that continue it, not into a new capitalised sentence.
        int firstChar = line.start;
        while (firstChar < line.end && m_v.at(firstChar).isSpace())
            ++firstChar;
        const bool capitalised = firstChar < line.end && m_v.at(firstChar).isUpper();
        if (current.start >= 0 && (startsItem || previousEndsClause || (currentIsItem && capitalised))) {
            segments.append(current);
            current = { -1, -1 };
        }
        if (current.start < 0) {
            current = { line.start, line.end };
            currentIsItem = startsItem;
        } else {
            current.end = line.end;
        }
    }
    if (current.start >= 0)
        segments.append(current);

    static const QRegularExpression end(QStringLiteral("[.!?][\"')\\]]*(?=\\s+[\"'(]?[\\p{Lu}\\p{N}])"));
    static const QSet<QString> abbreviations { QStringLiteral("mr"), QStringLiteral("mrs"),
        QStringLiteral("ms"), QStringLiteral("dr"), QStringLiteral("st"), QStringLiteral("no"),
        QStringLiteral("cllr"), QStringLiteral("co"), QStringLiteral("eg"), QStringLiteral("ie"),
        QStringLiteral("e.g"), QStringLiteral("i.e"), QStringLiteral("etc"), QStringLiteral("para"),
        QStringLiteral("prof"), QStringLiteral("rev"), QStringLiteral("cf"), QStringLiteral("vs"),
        QStringLiteral("nos") };
    QList<Span> out;
    for (const Span &seg : std::as_const(segments)) {
        int s = seg.start;
        auto it = end.globalMatch(QStringView(m_v).mid(seg.start, seg.end - seg.start));
        while (it.hasNext()) {
            const auto m = it.next();
            const int dot = seg.start + int(m.capturedStart());
            const QString before = wordBefore(m_v, dot).toLower();
            if (abbreviations.contains(before) || (before.size() == 1 && before.at(0).isLetter()))
                continue;
            out.append({ s, seg.start + int(m.capturedEnd()) });
            s = seg.start + int(m.capturedEnd());
        }
        out.append({ s, seg.end });
    }
    QList<Span> trimmed;
    for (Span sp : std::as_const(out)) {
        while (sp.start < sp.end && m_v.at(sp.start).isSpace())
            ++sp.start;
        while (sp.end > sp.start && m_v.at(sp.end - 1).isSpace())
            --sp.end;
        if (sp.end > sp.start)
            trimmed.append(sp);
    }
    return trimmed;
}

QList<Span> Reader::clausesOf(Span sentence) const
{
    static const QRegularExpression boundary(
        QStringLiteral(";|,\\s*(?:while|whereas|but|although|though)\\s|\\s(?:while|whereas|but)\\s"), Ci);
    QList<Span> out;
    int s = sentence.start;
    auto it = boundary.globalMatch(QStringView(m_v).mid(sentence.start, sentence.end - sentence.start));
    while (it.hasNext()) {
        const auto m = it.next();
        out.append({ s, sentence.start + int(m.capturedStart()) });
        s = sentence.start + int(m.capturedStart());
    }
    out.append({ s, sentence.end });
    return out;
}

bool Reader::clauseDropped(Span c) const
{
    for (Cue cue : { Cue::OtherMeasure, Cue::SelfAssessment, Cue::Prediction, Cue::Count, Cue::Negation }) {
        if (m_vocabulary.hasCue(cue, m_v, c.start, c.end))
            return true;
    }
    return false;
}

bool Reader::isLegend(Span sentence, const QList<GradeToken> &grades) const
{
    if (m_vocabulary.hasCue(Cue::Legend, m_v, sentence.start, sentence.end))
        return true;
    // "from performs poorly to performs excellently": the scale's two ends.
    for (qsizetype i = 0; i + 1 < grades.size(); ++i) {
        const GradeToken &a = grades.at(i);
        const GradeToken &b = grades.at(i + 1);
        static const QRegularExpression to(QStringLiteral("^\\s*(?:\\)\\s*)?(?:to|-)\\s*$"), Ci);
        if (qAbs(a.value - b.value) == 3
            && wordBefore(m_v, a.start).compare(QLatin1String("from"), Qt::CaseInsensitive) == 0
            && to.match(m_v.mid(a.end, b.start - a.end)).hasMatch())
            return true;
    }
    static const QRegularExpression equals(QStringLiteral("[1-4]\\s*[=:]\\s*\\p{L}"));
    int count = 0;
    auto it = equals.globalMatch(QStringView(m_v).mid(sentence.start, sentence.end - sentence.start));
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    if (count >= 2)
        return true;
    QSet<int> values;
    for (const GradeToken &g : grades)
        values.insert(g.value);
    return values.size() >= 3 && grades.size() >= 3 && grades.size() <= 5
        && m_vocabulary.areas(Framework::Apa, m_v, sentence.start, sentence.end, false).size() < 2;
}

QList<GradeToken> Reader::gradesIn(Span s) const
{
    QList<GradeToken> out;
    QList<Span> taken;
    QList<Span> scaleSpans;
    const auto overlaps = [&taken, &scaleSpans](int a, int b) {
        const auto hit = [a, b](const Span &t) { return a < t.end && b > t.start; };
        return std::any_of(taken.cbegin(), taken.cend(), hit)
            || std::any_of(scaleSpans.cbegin(), scaleSpans.cend(), hit);
    };
    // A number's words after it ("3 (good)", "3 - good") join the token; false when they disagree.
    const auto withWords = [this, &s](GradeToken *g) {
        const auto w = m_numberWithWord.match(QStringView(m_v).mid(g->end, qMin<int>(40, s.end - g->end)));
        if (!w.hasMatch())
            return true;
        const QString words = w.capturedLength(1) > 0 ? w.captured(1) : w.captured(2);
        int wordGrade = 0;
        for (const VMatch &gw : m_vocabulary.gradeWords(words, 0, int(words.size())))
            wordGrade = gw.value;
        if (wordGrade != g->value)
            return false;
        g->end += int(w.capturedEnd());
        g->form = GradeToken::Form::NumberWithWord;
        return true;
    };
    const auto overlapsTaken = [&taken](int a, int b) {
        return std::any_of(
            taken.cbegin(), taken.cend(), [a, b](const Span &t) { return a < t.end && b > t.start; });
    };
    const QStringView view = QStringView(m_v).mid(s.start, s.end - s.start);

    // The scale itself is no grade: "out of 4", "/4", "on a 4 point scale", "(1 - 4)".
    static const QRegularExpression scale(
        QStringLiteral("out\\s+of\\s+(?:a\\s+(?:possible|maximum)\\s+(?:of\\s+)?)?(?:4|four)(?![\\p{N}])|/"
                       "\\s*4(?![\\p{N}])|(?:4|four)[\\s-]*point\\s+scale"
                       "|\\(?\\s*1\\s*(?:-|to)\\s*4\\s*\\)?|(?:4|four)\\s*(?:-|to)\\s*1(?![\\p{N}])"),
        Ci);
    auto sc = scale.globalMatch(view);
    while (sc.hasNext()) {
        const auto m = sc.next();
        scaleSpans.append({ s.start + int(m.capturedStart()), s.start + int(m.capturedEnd()) });
    }
    // Annual phrases first: they hold a grade word of their own ("performs well").
    for (const VMatch &m : m_vocabulary.annualWords(m_v, s.start, s.end)) {
        GradeToken g;
        g.start = m.start;
        g.end = m.end;
        g.value = m.value;
        g.form = GradeToken::Form::Annual;
        out.append(g);
        taken.append({ m.start, m.end });
    }
    // Stars: "two stars", "3-star rating", "one star".
    static const QRegularExpression stars(
        QStringLiteral("(?<![\\p{L}\\p{N}])(one|two|three|four|[1-4])(?:\\s*-\\s*|\\s+)stars?(?![\\p{L}])"),
        Ci);
    auto st = stars.globalMatch(view);
    while (st.hasNext()) {
        const auto m = st.next();
        GradeToken g;
        g.start = s.start + int(m.capturedStart());
        g.end = s.start + int(m.capturedEnd());
        g.value = m_vocabulary.numberWord(m.captured(1));
        g.form = GradeToken::Form::Stars;
        if (g.value > 0) {
            out.append(g);
            taken.append({ g.start, g.end });
        }
    }
    // Numbers that are grades by their own words: "grade 3", "graded 3", "3 out of 4", "3/4",
    // "2 on a 4 point scale", "scored 4", "a grade of 3".
    static const QRegularExpression explicitNumber(
        QStringLiteral("(?:(?<![\\p{L}])(?:grade(?:d)?(?:\\s+(?:of|at|as))?|scored?|scoring|a\\s+grade\\s+of)"
                       "\\s+([1-4]|one|two|three|four)(?![\\p{N}.,]\\d|[\\p{N}\\p{L}])(?:\\s*/"
                       "\\s*4|\\s+out\\s+of\\s+(?:a\\s+(?:possible|maximum)\\s+(?:of\\s+)?)?(?:4|four)|\\s+"
                       "on\\s+a\\s+(?:4|four)[\\s-]*point\\s+scale)?"
                       "|(?<![\\p{L}\\p{N}.,/£$-])([1-4])(?:\\s*/"
                       "\\s*4|\\s+out\\s+of\\s+(?:a\\s+(?:possible|maximum)\\s+(?:of\\s+)?)?(?:4|four)|\\s+"
                       "on\\s+a\\s+(?:4|four)[\\s-]*point\\s+scale)(?![\\p{N}]))"),
        Ci);
    auto ex = explicitNumber.globalMatch(view);
    while (ex.hasNext()) {
        const auto m = ex.next();
        const int cap = m.capturedLength(1) > 0 ? 1 : 2;
        GradeToken g;
        g.start = s.start + int(m.capturedStart(cap == 1 ? 0 : 2));
        g.end = s.start + int(m.capturedEnd());
        g.value = m_vocabulary.numberWord(m.captured(cap)); // "grade 3", "a grade three"
        g.form = GradeToken::Form::Number;
        if (overlapsTaken(g.start, g.end))
            continue;
        // "grade 3 (good)" or "3 out of 4 (good)": the words must agree.
        if (!withWords(&g))
            return {}; // "grade 1 (outstanding)": a scale that runs the other way
        // Skip numbers cited as references: "paragraph 3", "Annex 2".
        if (m_vocabulary.isReferenceWord(wordBefore(m_v, g.start)))
            continue;
        out.append(g);
        taken.append({ g.start, g.end });
    }
    // Grade words: "judged good", "is adequate", "an outstanding grade", "good (grade 3)".
    for (const VMatch &m : m_vocabulary.gradeWords(m_v, s.start, s.end)) {
        if (overlaps(m.start, m.end))
            continue;
        GradeToken g;
        g.start = m.start;
        g.end = m.end;
        g.value = m.value;
        g.form = GradeToken::Form::Word;
        const auto num = m_wordWithNumber.match(QStringView(m_v).mid(m.end, qMin<int>(20, s.end - m.end)));
        if (num.hasMatch()) {
            if (num.captured(1).toInt() != g.value) {
                // "outstanding (grade 1)": a scale that runs the other way; nothing here is ours.
                return {};
            }
            g.end = m.end + int(num.capturedEnd());
            g.form = GradeToken::Form::NumberWithWord;
        } else {
            QString before = wordBefore(m_v, m.start).toLower();
            int bstart = 0;
            // "judged to be good", "rated as good", "judged good overall": look past "to be", "also".
            int pos = m.start;
            for (int hop = 0; hop < 3
                 && (before == QLatin1String("be") || before == QLatin1String("also")
                     || before == QLatin1String("to") || before == QLatin1String("as")
                     || before == QLatin1String("both") || before == QLatin1String("again")
                     || before == QLatin1String("only") || before == QLatin1String("now"));
                 ++hop) {
                wordBefore(m_v, pos, &bstart);
                pos = bstart;
                const QString further = wordBefore(m_v, pos).toLower();
                if (!m_vocabulary.isLinker(further) && further != QLatin1String("be"))
                    break;
                before = further;
            }
            const QString after = wordAfter(m_v, m.end).toLower();
            const auto isGradeNoun = [](const QString &w) {
                return w == QLatin1String("grade") || w == QLatin1String("grades")
                    || w == QLatin1String("rating") || w == QLatin1String("judgement")
                    || w == QLatin1String("judgements");
            };
            // "an outstanding grade", "the good overall grade"
            bool gradeNoun = isGradeNoun(after);
            if (!gradeNoun && after == QLatin1String("overall")) {
                const int overallAt = int(m_v.indexOf(after, m.end, Qt::CaseInsensitive));
                gradeNoun = overallAt >= 0
                    && isGradeNoun(wordAfter(m_v, overallAt + int(after.size())).toLower());
            }
            // "Ofsted judged the council good": a judging verb earlier in the clause, and the word
            // ending the clause.
            static const QRegularExpression judging(
                QStringLiteral(
                    "(?<![\\p{L}])(?:judged|rated|graded|assessed|found|deemed|considered|described)\\s(?![^."
                    ";]*(?:judged|rated|graded|assessed|found|deemed|considered)\\s)[^.;]*$"),
                Ci);
            const int clauseFrom = qMax(s.start, m.start - 90);
            const bool judgedEarlier = judging.match(m_v.mid(clauseFrom, m.start - clauseFrom)).hasMatch()
                && (after.isEmpty() || after == QLatin1String("and") || after == QLatin1String("for")
                    || after == QLatin1String("in") || after == QLatin1String("overall"));
            if (!m_vocabulary.isLinker(before) && !gradeNoun && !judgedEarlier)
                continue;
            if (!gradeNoun && m_vocabulary.isNotGradeFollower(after))
                continue;
            if (before == QLatin1String("a") || before == QLatin1String("an")) {
                // "a good start", "an adequate number": only "a good grade" states one.
                if (!gradeNoun && after != QLatin1String("for") && after != QLatin1String("in"))
                    continue;
            }
        }
        out.append(g);
        taken.append({ g.start, g.end });
    }
    // Bare numbers made grades by the words around them: "is 3 (good)", "at 2", "improved to 3",
    // "up from 2", "as 3 - good", "Swindon 3 in both categories", "A 4 for positive contribution".
    static const QRegularExpression bare(
        QStringLiteral("(?<![\\p{L}\\p{N}.,/£$:-])([1-4])(?![\\p{N}]|[.,:/]\\d|\\s*%)"));
    auto bi = bare.globalMatch(view);
    while (bi.hasNext()) {
        const auto m = bi.next();
        GradeToken g;
        g.start = s.start + int(m.capturedStart());
        g.end = s.start + int(m.capturedEnd());
        g.value = m.captured(1).toInt();
        g.form = GradeToken::Form::BareNumber;
        if (overlaps(g.start, g.end))
            continue;
        const QString before = wordBefore(m_v, g.start);
        const QString after = wordAfter(m_v, g.end);
        if (!withWords(&g))
            return {}; // the scale runs the other way
        // "level 3 (good)" is a grade by its words; "Item 5", "Stage 2" and "3 December" are not.
        const bool worded = g.form == GradeToken::Form::NumberWithWord;
        if (!worded
            && (m_vocabulary.isReferenceWord(before) || isMonth(after)
                || m_vocabulary.isNotGradeFollower(after)))
            continue;
        if (!worded && isMonth(before))
            continue;
        if (g.form != GradeToken::Form::NumberWithWord) {
            static const QRegularExpression forward(QStringLiteral("^\\s*(?:for|in)\\s"), Ci);
            // "being healthy (3)": a number in brackets straight after words.
            const bool bracketed = g.start > s.start + 2 && m_v.at(g.start - 1) == QLatin1Char('(')
                && g.end < s.end && m_v.at(g.end) == QLatin1Char(')') && m_v.at(g.start - 2).isSpace()
                && g.start - 3 >= s.start && m_v.at(g.start - 3).isLetter();
            const bool linked = m_vocabulary.isLinker(before) || bracketed
                || forward.match(QStringView(m_v).mid(g.end, qMin<int>(6, s.end - g.end))).hasMatch();
            if (!linked)
                continue;
            // A number at the end of a heading or before a list is not a grade ("Item 5", "Grades 2").
            if (before.compare(QLatin1String("a"), Qt::CaseInsensitive) == 0
                && !forward.match(QStringView(m_v).mid(g.end, qMin<int>(6, s.end - g.end))).hasMatch())
                continue;
        }
        out.append(g);
        taken.append({ g.start, g.end });
    }
    std::sort(
        out.begin(), out.end(), [](const GradeToken &a, const GradeToken &b) { return a.start < b.start; });

    // The previous year's grade: "up from 2 last year", "from good to poor", "up from performing
    // adequately in the 2009 annual rating"; and "unchanged from the 2007 assessment".
    for (qsizetype i = 0; i < out.size(); ++i) {
        GradeToken &g = out[i];
        const int from = i > 0 ? out.at(i - 1).end : s.start;
        const int lookBack = qMax(from, g.start - 24);
        const QString before = m_v.mid(lookBack, g.start - lookBack);
        static const QRegularExpression tail(QStringLiteral("\\s*(?:a|an|the|grade|being)?\\s*$"), Ci);
        QString trimmedBefore = before;
        trimmedBefore.remove(tail);
        const auto prior = m_vocabulary.priorBefore().match(trimmedBefore);
        if (prior.hasMatch() && prior.capturedEnd() >= trimmedBefore.size() - 1) {
            g.prior = true;
            const int lookAhead = qMin(s.end, g.end + 40);
            const int next = i + 1 < out.size() ? qMin(lookAhead, out.at(i + 1).start) : lookAhead;
            const auto years = yearsIn(m_v, g.end, next);
            if (!years.isEmpty())
                g.priorYear = years.first().second;
        }
        const int nextStart = i + 1 < out.size() ? out.at(i + 1).start : s.end;
        const QString after = m_v.mid(g.end, qMin(nextStart, g.end + 40) - g.end);
        // "last year's grade of 2", "the previous grade, 2"
        const auto yearBefore = m_vocabulary.priorYearPhrase().match(trimmedBefore);
        if (!g.prior && yearBefore.hasMatch() && trimmedBefore.size() - yearBefore.capturedEnd() <= 12)
            g.prior = true;
        const auto yearAfter = m_vocabulary.priorYearPhrase().match(after);
        if (!g.prior && yearAfter.hasMatch() && after.left(yearAfter.capturedStart()).trimmed().isEmpty()) {
            g.prior = true; // "up from 2 last year" where "from" was too far back
        }
        const auto same = m_vocabulary.unchanged().match(after);
        if (same.hasMatch()) {
            const auto years = yearsIn(m_v, g.end + int(same.capturedEnd()), qMin(nextStart, g.end + 40));
            g.unchangedYear = years.isEmpty() ? 0 : years.first().second;
        }
    }
    return out;
}

QList<FrameworkMention> Reader::frameworksIn(Span s) const
{
    const bool glued = m_lines.value(lineAt(s.start)).glued;
    QList<FrameworkMention> out;
    const QList<VMatch> found = m_vocabulary.frameworks(m_v, s.start, s.end, glued);
    const QList<QPair<int, int>> years = yearsIn(m_v, s.start, s.end);
    for (qsizetype i = 0; i < found.size(); ++i) {
        const VMatch &m = found.at(i);
        FrameworkMention f;
        f.start = m.start;
        f.end = m.end;
        f.framework = frameworkFromKey(m.key);
        // The year attached to the name: "the 2008 APA", "APA 2007", "annual rating for 2009",
        // "published yesterday for 2008" - not past the next framework named.
        const int prevEnd = i > 0 ? found.at(i - 1).end : s.start;
        const int nextStart = i + 1 < found.size() ? found.at(i + 1).start : s.end;
        int best = 0;
        int bestDistance = 1000;
        for (const auto &[pos, year] : years) {
            int distance = 1000;
            // Before the name only as its qualifier ("the 2008 APA"), never a meeting's date.
            const bool dated = isMonth(wordBefore(m_v, pos));
            if (pos < m.start && pos >= prevEnd && m.start - pos <= 9 && !dated)
                distance = m.start - pos;
            else if (pos >= m.end && pos < nextStart && pos - m.end <= 72)
                distance = pos - m.end + 4;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = year;
            }
        }
        f.year = best;
        const int lb = qMax(prevEnd, m.start - 30);
        f.prior = m_vocabulary.priorYearPhrase().match(m_v.mid(lb, m.start - lb)).hasMatch()
            || m_vocabulary.priorBefore()
                   .match(m_v.mid(qMax(prevEnd, m.start - 16), m.start - qMax(prevEnd, m.start - 16)))
                   .hasMatch();
        out.append(f);
    }
    return out;
}

QList<AreaMention> Reader::areasIn(Span s, Framework framework, bool glued) const
{
    QList<AreaMention> out;
    const Framework set = framework == Framework::Jar ? Framework::Jar : Framework::Apa;
    for (const VMatch &m : m_vocabulary.areas(set, m_v, s.start, s.end, glued))
        out.append({ m.start, m.end, { m.key }, false, false });
    if (framework == Framework::Unknown) {
        // A JAR's own areas say the framework where nothing else does.
        for (const VMatch &m : m_vocabulary.areas(Framework::Jar, m_v, s.start, s.end, glued)) {
            if (m.key == QLatin1String("jar-capacity"))
                continue;
            const bool clash = std::any_of(out.cbegin(), out.cend(),
                [&m](const AreaMention &a) { return m.start < a.end && m.end > a.start; });
            if (!clash)
                out.append({ m.start, m.end, { m.key }, false, false });
        }
    }
    for (const VMatch &m : m_vocabulary.aggregates(m_v, s.start, s.end)) {
        const bool clash = std::any_of(out.cbegin(), out.cend(),
            [&m](const AreaMention &a) { return m.start < a.end && m.end > a.start; });
        if (clash)
            continue;
        AreaMention a { m.start, m.end, {}, true, m.key == QLatin1String("*") };
        if (!a.listed)
            a.areas = m.key.split(QLatin1Char(','), Qt::SkipEmptyParts);
        out.append(a);
    }
    std::sort(
        out.begin(), out.end(), [](const AreaMention &a, const AreaMention &b) { return a.start < b.start; });
    return out;
}

QList<AuthorityMention> Reader::authoritiesIn(Span span) const
{
    QList<AuthorityMention> out = m_authorities.mentions(m_v, span.start, span.end);
    // An abbreviation ("LCC") names a council only in that council's own paper: elsewhere it may
    // be another with the same initials.
    out.erase(std::remove_if(out.begin(), out.end(),
                  [this](const AuthorityMention &a) {
                      const QStringView written = QStringView(m_v).mid(a.start, a.end - a.start);
                      const bool acronym = written.size() <= 6
                          && std::all_of(
                              written.cbegin(), written.cend(), [](QChar c) { return c.isUpper(); });
                      return acronym && a.laNumber != m_paper.subject.laNumber;
                  }),
        out.end());
    return out;
}

QString Reader::areaFor(Framework framework, const QString &apaArea, const QString &jarArea) const
{
    if (framework == Framework::Jar) {
        if (!jarArea.isEmpty())
            return jarArea;
        return apaArea == QLatin1String("capacity") ? QStringLiteral("jar-capacity") : QString();
    }
    if (isAnnual(framework))
        return apaArea == QLatin1String("overall") ? apaArea : QString();
    if (apaArea.startsWith(QLatin1String("jar-")))
        return QString();
    return apaArea;
}

int Reader::yearFromPaper(Framework framework, Span evidence, Reading *reading, QString *note) const
{
    if (framework == Framework::AnnualRating2009)
        return 2009;
    if (framework == Framework::AnnualAssessment2010)
        return 2010;
    const QDate date = m_paper.published;
    if (!date.isValid() || (!DocumentFacts::isSupportedYear(date.year()) && date.year() != 2012))
        return 0;
    // The letters of a year's APA come out in November and December: a paper dated earlier in the
    // year speaks of the previous year's.
    static const QRegularExpression thisYear(
        QStringLiteral("this\\s+year'?s|today|yesterday|this\\s+week|just\\s+(?:been\\s+)?published|latest|"
                       "now\\s+published|has\\s+published"),
        Ci);
    const bool recent =
        thisYear.match(QStringView(m_v).mid(evidence.start, evidence.end - evidence.start)).hasMatch();
    int year = date.month() >= 11 ? date.year() : date.year() - 1;
    if (framework == Framework::Jar)
        year = date.month() >= 3 ? date.year() : date.year() - 1;
    reading->yearFromDate = true;
    reading->yearFromDateThisYear = recent && date.month() >= 11;
    *note = QCoreApplication::translate(
        "GradeStatementReader", "year %1 taken from the paper's date (%2): the text names no year")
                .arg(year)
                .arg(QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy")));
    return year;
}

void Reader::record(int la, int year, Framework framework, const QString &area, const GradeToken &grade,
    Span evidence, const Reading &reading, const QString &note)
{
    if (la <= 0 || area.isEmpty() || grade.value < 1 || grade.value > 4)
        return;
    if (!m_vocabulary.frameworkCovers(framework, year) || !m_vocabulary.areaCovers(area, year))
        return;
    const Authority authority = m_authorities.byLaNumber(la);
    if (!authority.isValid() || authority.type.isEmpty())
        return;
    double confidence = m_vocabulary.confidenceWeight(QStringLiteral("base"));
    const auto add = [&](bool when, const char *weight) {
        if (when)
            confidence += m_vocabulary.confidenceWeight(QLatin1String(weight));
    };
    add(grade.form == GradeToken::Form::Stars, "starGrade");
    add(grade.form == GradeToken::Form::BareNumber, "bareNumberInProse");
    add(reading.fuzzyArea, "fuzzyArea");
    add(reading.fuzzyAreaInProse, "fuzzyAreaInProse");
    add(reading.carriedArea, "carriedArea");
    add(reading.authorityFromEarlierText, "authorityFromEarlierText");
    add(reading.authorityByPosition, "authorityByPosition");
    add(reading.yearFromContext, "yearFromContext");
    add(reading.yearFromDate && !reading.yearFromDateThisYear, "yearFromPaperDate");
    add(reading.yearFromDate && reading.yearFromDateThisYear, "yearFromPaperDateThisYear");
    add(reading.frameworkFromAreas, "frameworkFromAreas");
    Judgement j;
    j.authority = authority;
    j.year = year;
    j.framework = framework;
    j.area = area;
    j.grade = grade.value;
    j.label = m_text.mid(grade.start, grade.end - grade.start).simplified();
    j.evidence = { 0, evidence.start, evidence.end };
    j.source = m_paper.source;
    j.confidence = qBound(0.0, confidence, 1.0);
    j.note = note;
    m_out.append(j);
}

void Reader::updateContext(Span sentence, const QList<FrameworkMention> &mentions)
{
    const bool dropped = clauseDropped(sentence);
    if (dropped) {
        // A heading or sentence about another measure ("Comprehensive Performance Assessment 2007",
        // "Inspection of safeguarding ...") ends what the earlier framework covered.
        if (mentions.isEmpty() && m_vocabulary.hasCue(Cue::OtherMeasure, m_v, sentence.start, sentence.end)) {
            m_context.framework = Framework::Unknown;
            m_context.year = 0;
        }
    } else {
        for (const FrameworkMention &f : mentions) {
            if (f.prior)
                continue;
            if (f.framework != m_context.framework)
                m_context.year = 0;
            m_context.framework = f.framework;
            if (f.year)
                m_context.year = f.year;
            else {
                const auto years = yearsIn(m_v, sentence.start, sentence.end);
                if (!years.isEmpty())
                    m_context.year = years.first().second;
            }
        }
    }
    // A newspaper's masthead ("Lewisham & Greenwich Mercury") names where it sells, not whom it grades.
    const bool masthead = m_paper.source == SourceKind::Secondary && !m_lines.isEmpty()
        && sentence.start <= m_lines.first().end + 1 && m_lines.first().start < sentence.end
        && sentence.start < m_lines.first().end;
    const QList<AuthorityMention> named = authoritiesIn(sentence);
    if (!named.isEmpty() && !masthead)
        m_context.lastAuthority = named.last().laNumber;
}

void Reader::readSentence(Span sentence, const QList<FrameworkMention> &mentions)
{
    bool glued = false;
    for (int i = lineAt(sentence.start); i < m_lines.size() && m_lines.at(i).start < sentence.end && !glued;
         ++i)
        glued = m_lines.at(i).glued;
    QList<GradeToken> grades = gradesIn(sentence);
    if (grades.isEmpty() || isLegend(sentence, grades))
        return;
    const QList<Span> clauses = clausesOf(sentence);
    const auto clauseOf = [&clauses](int pos) {
        for (qsizetype i = 0; i < clauses.size(); ++i) {
            if (pos >= clauses.at(i).start && pos < clauses.at(i).end)
                return int(i);
        }
        return int(clauses.size()) - 1;
    };
    // Grades in a clause about another measure, a self-assessment, a prediction or a count go.
    grades.erase(std::remove_if(grades.begin(), grades.end(),
                     [&](const GradeToken &g) { return clauseDropped(clauses.at(clauseOf(g.start))); }),
        grades.end());
    if (grades.isEmpty())
        return;

    Framework sentenceFramework = m_context.framework;
    for (const FrameworkMention &f : mentions) {
        if (!f.prior) {
            sentenceFramework = f.framework;
            break;
        }
    }
    if (std::all_of(grades.cbegin(), grades.cend(),
            [](const GradeToken &g) { return g.form == GradeToken::Form::Annual; })
        && !isAnnual(sentenceFramework))
        sentenceFramework = Framework::AnnualRating2009;
    QList<AreaMention> areas = areasIn(sentence, sentenceFramework, glued);
    bool fuzzyAreas = false;
    if (std::none_of(areas.cbegin(), areas.cend(), [](const AreaMention &a) { return !a.aggregate; })) {
        const Framework set = sentenceFramework == Framework::Jar ? Framework::Jar : Framework::Apa;
        for (const VMatch &m : m_vocabulary.fuzzyAreas(set, m_v, sentence.start, sentence.end))
            areas.append({ m.start, m.end, { m.key }, false, false });
        std::sort(areas.begin(), areas.end(),
            [](const AreaMention &a, const AreaMention &b) { return a.start < b.start; });
        fuzzyAreas = !areas.isEmpty();
    }
    const QList<AuthorityMention> named = authoritiesIn(sentence);

    // Pair each grade with the areas it grades.
    QList<QStringList> gradeAreas(grades.size());
    QList<bool> carried(grades.size(), false);
    QSet<int> usedAreas;
    static const QRegularExpression forwardLink(
        QStringLiteral("^[\\s,]*(?:\\([^)]{0,24}\\)\\s*)?(?:-?\\s*(?:star\\s+)?(?:rating|grade|judgement|"
                       "score|mark)s?\\s+)?(?:for|in)\\s+(?:[\\p{L}'-]+\\s+){0,4}$"),
        Ci);
    static const QRegularExpression listJoin(
        QStringLiteral("^\\s*(?:,\\s*(?:and\\s+)?|and\\s+|&\\s+)(?:the\\s+|its\\s+|their\\s+)?$"), Ci);
    static const QRegularExpression asWas(
        QStringLiteral("^\\s*,?\\s*as\\s+(?:was|were|is|are|did|does)\\s+(?:[\\p{L}']+\\s+){0,3}$"), Ci);
    const auto expand = [&](int areaIndex, int direction, QStringList *into) {
        const AreaMention &a = areas.at(areaIndex);
        if (!a.listed) {
            *into += a.areas;
            usedAreas.insert(areaIndex);
            return;
        }
        usedAreas.insert(areaIndex);
        // "both" / "every category": the areas the sentence lists before or after it.
        if (direction < 0) {
            for (int k = areaIndex - 1; k >= 0; --k) {
                if (areas.at(k).listed)
                    break;
                const bool graded = std::any_of(grades.cbegin(), grades.cend(),
                    [&](const GradeToken &g) { return g.start > areas.at(k).end && g.end <= a.start; });
                if (graded)
                    break;
                *into += areas.at(k).areas;
                usedAreas.insert(k);
            }
        } else {
            for (qsizetype k = areaIndex + 1; k < areas.size(); ++k) {
                const bool graded = std::any_of(grades.cbegin(), grades.cend(),
                    [&](const GradeToken &g) { return g.start >= a.end && g.end <= areas.at(k).start; });
                if (graded || areas.at(k).listed)
                    break;
                *into += areas.at(k).areas;
                usedAreas.insert(int(k));
            }
        }
    };
    for (qsizetype gi = 0; gi < grades.size(); ++gi) {
        const GradeToken &g = grades.at(gi);
        // Forward: "two stars for its capacity to improve", "4 in all three categories".
        for (qsizetype ai = 0; ai < areas.size(); ++ai) {
            const AreaMention &a = areas.at(ai);
            if (a.start < g.end)
                continue;
            const QString between = m_v.mid(g.end, a.start - g.end);
            // "the good overall grade": a grade word before the area it qualifies.
            const bool adjacent = g.form == GradeToken::Form::Word && !between.isEmpty()
                && between.trimmed().isEmpty() && !between.contains(QLatin1Char('\n'));
            if (between.size() <= 48 && (forwardLink.match(between).hasMatch() || adjacent)
                && !std::any_of(grades.cbegin(), grades.cend(),
                    [&](const GradeToken &o) { return o.start >= g.end && o.end <= a.start; })) {
                expand(int(ai), +1, &gradeAreas[gi]);
                // "for being healthy and staying safe"
                for (qsizetype k = ai + 1; k < areas.size() && !a.aggregate; ++k) {
                    const QString join = m_v.mid(
                        areas.at(k - 1).end, areas.at(k).start - areas.at(k - 1).end);
                    if (!listJoin.match(join).hasMatch() || areas.at(k).aggregate)
                        break;
                    gradeAreas[gi] += areas.at(k).areas;
                    usedAreas.insert(int(k));
                }
            }
            break;
        }
    }
    for (qsizetype gi = 0; gi < grades.size(); ++gi) {
        if (!gradeAreas.at(gi).isEmpty())
            continue;
        const GradeToken &g = grades.at(gi);
        const int previousEnd = gi > 0 ? grades.at(gi - 1).end : sentence.start;
        // Backward: the areas named since the previous grade ("Being healthy and enjoying and
        // achieving were judged good"), within the grade's clause or the sentence.
        for (int ai = int(areas.size()) - 1; ai >= 0; --ai) {
            const AreaMention &a = areas.at(ai);
            if (a.end > g.start || usedAreas.contains(ai))
                continue;
            if (a.start < previousEnd)
                break;
            if (a.listed) {
                expand(ai, -1, &gradeAreas[gi]);
                break;
            }
            // "the five outcomes as follows: being healthy (3)": an aggregate before a named area
            // introduces the list; the grade is the named area's.
            if (a.aggregate && !gradeAreas.at(gi).isEmpty())
                break;
            gradeAreas[gi] += a.areas;
            usedAreas.insert(ai);
        }
        // Backward past an earlier grade's forward link is not allowed; "as was X" after a grade.
        if (gradeAreas.at(gi).isEmpty()) {
            for (qsizetype ai = 0; ai < areas.size(); ++ai) {
                const AreaMention &a = areas.at(ai);
                if (a.start < g.end || usedAreas.contains(int(ai)))
                    continue;
                const int nextGrade = gi + 1 < grades.size() ? grades.at(gi + 1).start : sentence.end;
                if (a.start > nextGrade)
                    break;
                if (a.listed && m_v.mid(g.end, a.start - g.end).trimmed().size() <= 4) {
                    expand(int(ai), +1, &gradeAreas[gi]); // "3 in both categories - ..."
                    break;
                }
                break;
            }
        }
    }
    // "All five outcomes were judged good, as was the council's overall contribution".
    for (qsizetype gi = 0; gi < grades.size(); ++gi) {
        for (qsizetype ai = 0; ai < areas.size(); ++ai) {
            const AreaMention &a = areas.at(ai);
            if (a.start < grades.at(gi).end || usedAreas.contains(int(ai)))
                continue;
            if (gi + 1 < grades.size() && grades.at(gi + 1).start < a.start)
                break;
            if (asWas.match(m_v.mid(grades.at(gi).end, a.start - grades.at(gi).end)).hasMatch()) {
                gradeAreas[gi] += a.areas;
                usedAreas.insert(int(ai));
            }
            break;
        }
    }
    // A grade with no area of its own takes the one graded just before in the sentence ("Thurrock
    // and Luton were judged adequate"), a 2009-10 grade the single overall one.
    for (qsizetype gi = 0; gi < grades.size(); ++gi) {
        if (!gradeAreas.at(gi).isEmpty())
            continue;
        if (grades.at(gi).form == GradeToken::Form::Annual || isAnnual(sentenceFramework)) {
            gradeAreas[gi] = { QStringLiteral("overall") };
            continue;
        }
        for (qsizetype k = gi - 1; k >= 0; --k) {
            if (!gradeAreas.at(k).isEmpty()) {
                gradeAreas[gi] = gradeAreas.at(k);
                carried[gi] = true;
                break;
            }
        }
        // "up from 2 last year" after "is 3": the prior grade is the same area's.
        if (grades.at(gi).prior && gradeAreas.at(gi).isEmpty() && gi + 1 < grades.size())
            gradeAreas[gi] = gradeAreas.at(gi + 1);
        if (gradeAreas.at(gi).isEmpty() && grades.at(gi).prior)
            carried[gi] = false;
    }

    for (qsizetype gi = 0; gi < grades.size(); ++gi) {
        const GradeToken &g = grades.at(gi);
        if (gradeAreas.at(gi).isEmpty())
            continue;
        Reading reading;
        reading.carriedArea = carried.at(gi);
        reading.fuzzyAreaInProse = fuzzyAreas;
        QString note;
        // Framework and year: the framework named nearest before the grade (after, for a grade
        // before any), a prior grade's own; else what the document said last.
        const FrameworkMention *mention = nullptr;
        bool attachedToPrior = false;
        for (const FrameworkMention &f : mentions) {
            if (f.end <= g.start && (!f.prior || g.prior || f.year))
                mention = &f;
        }
        {
            // A framework that follows a grade directly is its own: "from performing adequately
            // in the 2009 annual rating", "the good overall grade in the 2008 APA".
            static const QRegularExpression attached(
                QStringLiteral("^[\\s,]*(?:[\\p{L}'-]+\\s+){0,3}?(?:in|at|under)\\s+(?:the\\s+|its\\s+|"
                               "their\\s+)?(?:20\\d\\d\\s+)?$"),
                Ci);
            static const QRegularExpression attachedToPriorGrade(
                QStringLiteral("^[\\s,]*(?:in|at|under)\\s+(?:the\\s+)?(?:last\\s+year'?s\\s+|previous\\s+(?:"
                               "year'?s\\s+)?)?"
                               "(?:20\\d\\d\\s+)?$"),
                Ci);
            const int nextGrade = gi + 1 < grades.size() ? grades.at(gi + 1).start : sentence.end;
            for (const FrameworkMention &f : mentions) {
                if (f.start < g.end || f.start > nextGrade)
                    continue;
                const QString between = m_v.mid(g.end, f.start - g.end);
                if ((g.prior ? attachedToPriorGrade : attached).match(between).hasMatch()) {
                    mention = &f;
                    attachedToPrior = g.prior;
                }
                break;
            }
        }
        if (!mention) {
            for (const FrameworkMention &f : mentions) {
                if (f.start >= g.end && !f.prior && f.start - g.end <= 120) {
                    mention = &f;
                    break;
                }
            }
        }
        Framework framework = mention ? mention->framework : m_context.framework;
        int year = mention ? mention->year : 0;
        if (!year && mention) {
            // A year elsewhere in the sentence that no other framework holds: "took place in
            // October 2007".
            const QList<QPair<int, int>> years = yearsIn(m_v, sentence.start, sentence.end);
            if (!years.isEmpty())
                year = years.first().second;
        }
        if (!mention) {
            // A year the clause names, not a meeting's date ("at its meeting on 13 January 2009")
            // where the document has already said which year it speaks of.
            QList<QPair<int, int>> years = yearsIn(
                m_v, clauses.at(clauseOf(g.start)).start, clauses.at(clauseOf(g.start)).end);
            // A year that belongs to a framework named in the clause ("last year's 2009 annual
            // rating") is that framework's, not this grade's.
            years.erase(std::remove_if(years.begin(), years.end(),
                            [&mentions](const QPair<int, int> &y) {
                                return std::any_of(
                                    mentions.cbegin(), mentions.cend(), [&y](const FrameworkMention &f) {
                                        return f.year == y.second && y.first >= f.start - 16
                                            && y.first <= f.end + 48;
                                    });
                            }),
                years.end());
            // "the 2008/09 year", "2008-09": a financial or school year, not a year assessed.
            years.erase(
                std::remove_if(years.begin(), years.end(),
                    [this](const QPair<int, int> &y) {
                        const int after = y.first + 4;
                        return after + 2 < m_v.size()
                            && (m_v.at(after) == QLatin1Char('/') || m_v.at(after) == QLatin1Char('-'))
                            && m_v.at(after + 1).isDigit();
                    }),
                years.end());
            // "remains at 3, unchanged from the 2007 assessment": 2007 is the other year's.
            if (g.unchangedYear > 0) {
                years.erase(std::remove_if(years.begin(), years.end(),
                                [&g](const QPair<int, int> &y) {
                                    return y.first > g.end && y.second == g.unchangedYear;
                                }),
                    years.end());
            }
            if (m_context.year) {
                years.erase(
                    std::remove_if(years.begin(), years.end(),
                        [this](const QPair<int, int> &y) { return isMonth(wordBefore(m_v, y.first)); }),
                    years.end());
            }
            if (!years.isEmpty() && !g.prior)
                year = years.first().second;
            else {
                year = m_context.year;
                reading.yearFromContext = year != 0;
            }
        }
        if (g.form == GradeToken::Form::Annual && !isAnnual(framework)) {
            if (framework == Framework::Apa || framework == Framework::Jar)
                continue; // "performs well" is not how an APA or JAR grade is given
            framework = year == 2010 ? Framework::AnnualAssessment2010 : Framework::AnnualRating2009;
        }
        if (framework == Framework::Unknown) {
            const bool jarOnly = std::all_of(gradeAreas.at(gi).cbegin(), gradeAreas.at(gi).cend(),
                [](const QString &a) { return a.startsWith(QLatin1String("jar-")); });
            // JAR areas say the framework only in a text that names the joint area review
            // somewhere; elsewhere "safeguarding" is as likely another inspection's.
            if (!jarOnly || !m_textNamesJar)
                continue; // no framework named anywhere: not a grade we can place
            framework = Framework::Jar;
            reading.frameworkFromAreas = true;
        }
        if (g.prior && !g.priorYear && !attachedToPrior) {
            // The previous year's: the framework before it for 2010's assessment was 2009's rating.
            const int current = year ? year : 0;
            if (current) {
                year = current - 1;
                if (framework == Framework::AnnualAssessment2010)
                    framework = Framework::AnnualRating2009;
                else if (framework == Framework::AnnualRating2009)
                    framework = Framework::Apa;
            }
        } else if (g.prior && g.priorYear) {
            year = g.priorYear;
        } else if (attachedToPrior && !year) {
            // "a drop from good in last year's annual performance assessment": the year before the
            // one the text speaks of.
            const int current = m_context.year ? m_context.year
                : isAnnual(m_context.framework)
                ? (m_context.framework == Framework::AnnualRating2009 ? 2009 : 2010)
                : 0;
            if (current)
                year = current - 1;
        }
        if (isAnnual(framework) && (year == 2009 || year == 2010))
            framework = year == 2009 ? Framework::AnnualRating2009 : Framework::AnnualAssessment2010;
        if (!year)
            year = yearFromPaper(framework, sentence, &reading, &note);
        if (!year)
            continue;
        if (isAnnual(framework) && year != (framework == Framework::AnnualRating2009 ? 2009 : 2010))
            year = framework == Framework::AnnualRating2009 ? 2009 : 2010;

        // Authorities: those named since the previous grade, else the nearest named in the
        // sentence, else the paper's own council, else the one the text named last.
        const int previousEnd = gi > 0 ? grades.at(gi - 1).end : clauses.at(clauseOf(g.start)).start;
        QList<int> las;
        for (const AuthorityMention &a : named) {
            if (a.start >= previousEnd && a.end <= g.start && !las.contains(a.laNumber))
                las.append(a.laNumber);
        }
        if (las.isEmpty()) {
            for (const AuthorityMention &a : named) {
                if (a.end <= g.start)
                    las = { a.laNumber };
            }
            if (las.isEmpty() && !named.isEmpty()) {
                las = { named.first().laNumber };
                reading.authorityByPosition = true;
            }
        }
        // "Wirral's services were judged good, as were Rochdale's."
        static const QRegularExpression asWereCouncils(
            QStringLiteral("^\\s*,?\\s*as\\s+(?:was|were|is|are|did)\\s+(?:those\\s+of\\s+)?$"), Ci);
        for (const AuthorityMention &a : named) {
            if (a.start >= g.end && asWereCouncils.match(m_v.mid(g.end, a.start - g.end)).hasMatch()
                && !las.contains(a.laNumber) && !las.isEmpty())
                las.append(a.laNumber);
        }
        if (las.isEmpty() && m_paper.subject.isValid())
            las = { m_paper.subject.laNumber };
        if (las.isEmpty() && m_context.lastAuthority) {
            las = { m_context.lastAuthority };
            reading.authorityFromEarlierText = true;
        }
        for (int la : std::as_const(las)) {
            QStringList seen;
            for (const QString &a : gradeAreas.at(gi)) {
                const QString area = areaFor(framework, a.startsWith(QLatin1String("jar-")) ? QString() : a,
                    a.startsWith(QLatin1String("jar-")) ? a : QString());
                if (area.isEmpty() || seen.contains(area))
                    continue;
                seen.append(area);
                record(la, year, framework, area, g, sentence, reading, note);
                if (g.unchangedYear >= 0 && !g.prior) {
                    GradeToken same = g;
                    const int priorYear = g.unchangedYear > 0 ? g.unchangedYear : year - 1;
                    record(la, priorYear, framework, area, same, sentence, reading, note);
                }
            }
        }
    }
}

void Reader::readTable(const Unit &unit)
{
    const Span lead = unit.leadIn;
    const Span caption = unit.caption;
    if ((lead.end > lead.start && clauseDropped(lead))
        || (caption.end > caption.start && clauseDropped(caption)))
        return; // "The department's self-assessment grades our contribution as follows:"
    Framework framework = m_context.framework;
    int year = m_context.year;
    bool yearFromContext = year != 0;
    int la = 0;
    bool authorityFromEarlierText = false;
    bool frameworkNamed = false;
    for (const Span &introduction : { caption, lead }) {
        if (introduction.end <= introduction.start)
            continue;
        for (const FrameworkMention &f : frameworksIn(introduction)) {
            if (f.prior || frameworkNamed)
                continue;
            framework = f.framework;
            year = f.year;
            yearFromContext = false;
            if (!year) {
                const auto years = yearsIn(m_v, introduction.start, introduction.end);
                year = years.isEmpty() ? m_context.year : years.first().second;
                yearFromContext = years.isEmpty() && year;
            }
            frameworkNamed = true;
        }
        const QList<AuthorityMention> councils = authoritiesIn(introduction);
        if (!councils.isEmpty() && !la)
            la = councils.first().laNumber;
    }
    if (!la && m_paper.subject.isValid())
        la = m_paper.subject.laNumber;
    if (!la) {
        la = m_context.lastAuthority;
        authorityFromEarlierText = la != 0;
    }
    const bool anyJarOnly = std::any_of(unit.rows.cbegin(), unit.rows.cend(),
        [](const Row &r) { return r.apaArea.isEmpty() && !r.jarArea.isEmpty(); });
    bool frameworkFromAreas = false;
    if (framework == Framework::Unknown && anyJarOnly) {
        framework = Framework::Jar;
        frameworkFromAreas = true;
    }
    if (framework == Framework::Unknown)
        return;

    // Column headings above the first row may name a year for each column ("2008   2007").
    QList<QPair<int, int>> headerYears; // (column, year)
    QList<QPair<int, int>> relativeColumns; // (column, year) from "this year", "last year"
    const int firstRowLine = unit.rows.first().first;
    for (int li = firstRowLine - 1; li >= 0 && li >= firstRowLine - 6; --li) {
        const Line &l = m_lines.at(li);
        if (l.blank)
            continue;
        const QStringView t = QStringView(m_v).mid(l.start, l.end - l.start).trimmed();
        // Column headings stand between the lead-in sentence and the rows; a sentence's end stops the search.
        if (t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char(':'))
            || t.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() > 8)
            break;
        for (const auto &[pos, y] : yearsIn(m_v, l.start, l.end))
            headerYears.append({ pos - l.start, y });
        // "This year / Last year" columns, the words often wrapped over two heading lines.
        static const QRegularExpression relative(
            QStringLiteral("(?<![\\p{L}])(this|current|last|previous|prior)(?![\\p{L}])"), Ci);
        auto ri = relative.globalMatch(QStringView(m_v).mid(l.start, l.end - l.start));
        while (ri.hasNext()) {
            const auto m = ri.next();
            const QString w = m.captured(1).toLower();
            const int base = year ? year : 0;
            if (base)
                relativeColumns.append({ int(m.capturedStart()),
                    w == QLatin1String("this") || w == QLatin1String("current") ? base : base - 1 });
        }
    }
    if (headerYears.isEmpty())
        headerYears = relativeColumns;

    for (const Row &row : unit.rows) {
        const QString area = areaFor(framework, row.apaArea, row.jarArea);
        if (area.isEmpty())
            continue;
        for (qsizetype ci = 0; ci < row.cells.size(); ++ci) {
            const GradeToken &g = row.cells.at(ci);
            if (g.form == GradeToken::Form::Annual && !isAnnual(framework))
                continue;
            Reading reading;
            reading.fuzzyArea = row.fuzzy;
            reading.authorityFromEarlierText = authorityFromEarlierText;
            reading.frameworkFromAreas = frameworkFromAreas;
            int cellYear = year;
            reading.yearFromContext = yearFromContext;
            if (!headerYears.isEmpty()) {
                const int column = g.start
                    - m_lines.at(m_lines.at(row.last).start <= g.start ? row.last : row.first).start;
                int best = 0, bestDistance = 1000;
                for (const auto &[col, y] : std::as_const(headerYears)) {
                    const int d = qAbs(col - column);
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = y;
                    }
                }
                if (headerYears.size() == 1 || bestDistance <= 8) {
                    cellYear = best;
                    reading.yearFromContext = false;
                }
            } else if (ci > 0) {
                continue; // a second column with no heading to say its year
            }
            QString note;
            Span evidence { m_lines.at(row.first).start, m_lines.at(row.last).end };
            while (evidence.start < evidence.end && m_v.at(evidence.start).isSpace())
                ++evidence.start;
            if (!cellYear)
                cellYear = yearFromPaper(framework, lead.end > lead.start ? lead : evidence, &reading, &note);
            Framework f = framework;
            if (isAnnual(f))
                f = cellYear == 2010 ? Framework::AnnualAssessment2010 : Framework::AnnualRating2009;
            record(la, cellYear, f, area, g, evidence, reading, note);
        }
    }
}

QList<Reader::Unit> Reader::units()
{
    QList<Unit> out;
    // Tables first: rows mark their lines as used, so that sentences are read from the rest.
    QList<QList<Row>> blocks;
    QList<int> blockEnds;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).used)
            continue;
        auto row = rowAt(i);
        if (!row)
            continue;
        for (int k = row->first; k <= row->last; ++k)
            m_lines[k].used = true;
        // Rows apart by no more than two blank lines belong to one table.
        bool joined = false;
        if (!blockEnds.isEmpty()) {
            bool onlyBlanks = true;
            for (int k = blockEnds.last() + 1; k < row->first; ++k) {
                if (!m_lines.at(k).blank) {
                    onlyBlanks = false;
                    break;
                }
            }
            if (onlyBlanks && row->first - blockEnds.last() <= 3) {
                blocks.last().append(*row);
                blockEnds.last() = row->last;
                joined = true;
            }
        }
        if (!joined) {
            blocks.append({ *row });
            blockEnds.append(row->last);
        }
        i = row->last;
    }
    // Sentences of the paragraphs between.
    const QList<Span> sentences = sentencesOf(0, int(m_lines.size()) - 1);
    for (const Span &s : sentences) {
        Unit u;
        u.span = s;
        out.append(u);
    }
    for (const QList<Row> &rows : std::as_const(blocks)) {
        Unit u;
        u.rows = rows;
        u.span = { m_lines.at(rows.first().first).start, m_lines.at(rows.last().last).end };
        // The lead-in: the last sentence before the table (its column headings aside).
        // Column headings ("This  Last", "Area for judgement  Grade") are not the lead-in: a
        // sentence is, ending as one or long enough to be one.
        for (const Span &s : sentences) {
            if (s.end > u.span.start)
                break;
            const QStringView t = QStringView(m_v).mid(s.start, s.end - s.start).trimmed();
            const bool ends = t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char(':'))
                || t.endsWith(QLatin1Char('!'));
            if (ends || t.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() >= 6) {
                u.leadIn = s;
                u.caption = {};
            } else {
                u.caption = s; // a short line just above: column headings, or a caption
            }
        }
        // A sentence too far above (past a heading or another paragraph) does not lead in.
        out.append(u);
    }
    std::sort(
        out.begin(), out.end(), [](const Unit &a, const Unit &b) { return a.span.start < b.span.start; });
    return out;
}

// One grade a key: authority, year, framework and area.
QString gradeKey(const Judgement &j)
{
    return QString::number(j.authority.laNumber) + QLatin1Char('|') + QString::number(j.year)
        + QLatin1Char('|') + frameworkKey(j.framework) + QLatin1Char('|') + j.area;
}

QList<Judgement> Reader::read()
{
    for (const VMatch &m : m_vocabulary.frameworks(m_v, 0, int(m_v.size()), false))
        m_textNamesJar = m_textNamesJar || frameworkFromKey(m.key) == Framework::Jar;
    const QList<Unit> all = units();
    for (const Unit &u : all) {
        if (u.rows.isEmpty()) {
            // The frameworks a sentence names serve both its grades and the context after it.
            const QList<FrameworkMention> mentions = frameworksIn(u.span);
            readSentence(u.span, mentions);
            updateContext(u.span, mentions);
        } else {
            readTable(u);
        }
    }
    // One grade a key: the same grade stated twice is one judgement (the first, most sure);
    // different grades for one key are both kept for an officer to decide.
    QList<Judgement> out;
    QHash<QString, int> byKey;
    for (const Judgement &j : std::as_const(m_out)) {
        const QString key = gradeKey(j);
        const auto it = byKey.constFind(key);
        if (it == byKey.cend()) {
            byKey.insert(key, int(out.size()));
            out.append(j);
            continue;
        }
        Judgement &kept = out[*it];
        if (kept.grade == j.grade) {
            if (j.confidence > kept.confidence)
                kept = j;
            continue;
        }
        const double penalty = m_vocabulary.confidenceWeight(QStringLiteral("conflict"));
        kept.confidence = qBound(0.0, kept.confidence + penalty, 1.0);
        Judgement other = j;
        other.confidence = qBound(0.0, other.confidence + penalty, 1.0);
        const QString why = QCoreApplication::translate(
            "GradeStatementReader", "the text also gives this area grade %1 elsewhere");
        kept.note = why.arg(j.grade);
        other.note = why.arg(kept.grade);
        out.append(other);
    }
    const double threshold = m_vocabulary.reviewThreshold();
    for (Judgement &j : out)
        j.review = j.confidence < threshold ? ReviewState::ToReview : ReviewState::Confirmed;
    return out;
}

} // namespace

GradeStatementReader::GradeStatementReader(
    const AuthorityRegister &authorities, const StatementVocabulary &vocabulary)
    : m_authorities(authorities)
    , m_vocabulary(vocabulary)
{
}

QList<Judgement> GradeStatementReader::read(const QString &text, const Paper &paper) const
{
    if (!m_vocabulary.isValid() || m_authorities.isEmpty())
        return {};
    Reader reader(text, m_authorities, m_vocabulary, paper);
    return reader.read();
}

SourceKind GradeStatementReader::sourceKindOf(const QString &text, const StatementVocabulary &vocabulary)
{
    // The masthead or header: the first lines with words, up to the first blank line (at most three),
    // so that a council named in the story does not make a newspaper a council paper.
    QStringList head;
    for (const QString &line : QStringView(text).left(2000).toString().split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty()) {
            if (!head.isEmpty())
                break;
            continue;
        }
        head.append(line);
        if (head.size() == 3)
            break;
    }
    // The first line is the masthead where it says what it is ("Evening Echo", "Cabinet").
    const QString first = head.value(0);
    if (vocabulary.sourceSignals(false, first) > 0)
        return SourceKind::CouncilPaper;
    if (vocabulary.sourceSignals(true, first) > 0)
        return SourceKind::Secondary;
    const QString top = head.join(QLatin1Char('\n'));
    const int secondary = vocabulary.sourceSignals(true, top);
    const int council = vocabulary.sourceSignals(false, top);
    return secondary > 0 && council == 0 ? SourceKind::Secondary : SourceKind::CouncilPaper;
}

void GradeStatementReader::addTo(ParseContext &c, SourceKind source)
{
    const StatementVocabulary &vocabulary = StatementVocabulary::bundled();
    const GradeStatementReader reader(c.authorities, vocabulary);
    Paper paper;
    paper.published = c.result.document.published;
    // A news item is by nobody it grades: the councils it names are found sentence by sentence.
    paper.subject = source == SourceKind::Secondary ? Authority() : c.result.document.authority;
    paper.source = source;
    const QList<Judgement> found = reader.read(c.text(), paper);
    QSet<QString> graded;
    for (const Judgement &j : std::as_const(c.result.judgements))
        graded.insert(gradeKey(j));
    for (const Judgement &j : found) {
        if (!graded.contains(gradeKey(j)))
            c.result.judgements.append(j);
    }
    // A news item about one council is that council's; one about several is nobody's own.
    if (source == SourceKind::Secondary) {
        QSet<int> councils;
        for (const Judgement &j : std::as_const(c.result.judgements))
            councils.insert(j.authority.laNumber);
        c.result.document.authority = councils.size() == 1 ? c.result.judgements.first().authority
                                                           : Authority();
    }
}
