#include "reference/StatementVocabulary.h"

#include "text/ResourceText.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <vector>

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

const QString wordStart = QStringLiteral("(?<![\\p{L}\\p{N}])");

// A phrase as a pattern: words apart by any white space (none where a conversion ran them
// together), an apostrophe optional, whole words only. The guard that the phrase starts a word is
// left to the caller when it says so (*startsWord), so that an alternation tests it once.
QString phrasePattern(const QString &phrase, bool glued, bool *startsWord = nullptr)
{
    QStringList words = phrase.simplified().split(QLatin1Char(' '));
    for (QString &w : words) {
        w = QRegularExpression::escape(w);
        w.replace(QStringLiteral("\\'"), QStringLiteral("'?"));
        w.replace(QStringLiteral("\\-"), QStringLiteral("-?"));
    }
    QString body = words.join(glued ? QStringLiteral("\\s*") : QStringLiteral("\\s+"));
    if (startsWord)
        *startsWord = false;
    if (glued)
        return body;
    const QString p = phrase.simplified();
    if (!p.isEmpty() && isWordChar(p.front())) {
        if (startsWord)
            *startsWord = true;
        else
            body.prepend(wordStart);
    }
    if (!p.isEmpty() && isWordChar(p.back()))
        body.append(QStringLiteral("(?![\\p{L}\\p{N}])"));
    return body;
}

struct Branch
{
    QString pattern;
    bool startsWord = false; // the pattern is to match only where a word starts
};

Branch phraseBranch(const QString &phrase)
{
    Branch b;
    b.pattern = phrasePattern(phrase, false, &b.startsWord);
    return b;
}

QList<Branch> phraseBranches(const QStringList &phrases)
{
    QList<Branch> branches;
    for (const QString &p : phrases)
        branches.append(phraseBranch(p));
    return branches;
}

// "(?:a|b|c)" with the branches in their order (the first that matches wins), each run of branches
// that must start a word behind one guard: tested once a position instead of once a branch, which
// is most of the cost of these long alternations on text.
QString alternationPattern(const QList<Branch> &branches)
{
    QString out = QStringLiteral("(?:");
    for (qsizetype i = 0; i < branches.size();) {
        if (i > 0)
            out += QLatin1Char('|');
        if (!branches.at(i).startsWord) {
            out += branches.at(i++).pattern;
            continue;
        }
        out += wordStart + QStringLiteral("(?:");
        for (qsizetype first = i; i < branches.size() && branches.at(i).startsWord; ++i)
            out += (i > first ? QStringLiteral("|") : QString()) + branches.at(i).pattern;
        out += QLatin1Char(')');
    }
    return out + QLatin1Char(')');
}

QRegularExpression::PatternOptions options(const QString &phrase)
{
    // Acronyms (APA, JAR, CPA) are matched as written, so that "jar" or "caa" in prose are not them.
    const bool acronym = phrase.size() <= 5 && phrase == phrase.toUpper() && phrase.front().isLetter();
    return acronym ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption;
}

QRegularExpression phrase(const QString &text, bool glued = false)
{
    QRegularExpression re(
        phrasePattern(text, glued), options(text) | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    // Longest first, so that "social care services" is preferred over "social care".
    std::stable_sort(
        out.begin(), out.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return out;
}

QRegularExpression alternation(const QStringList &phrases)
{
    return QRegularExpression(alternationPattern(phraseBranches(phrases)),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

QSet<QString> lowerSet(const QJsonValue &value)
{
    QSet<QString> out;
    for (const QJsonValue &v : value.toArray())
        out.insert(v.toString().toLower());
    return out;
}

QString lettersOnly(const QString &s)
{
    QString out;
    for (QChar c : s) {
        if (c.isLetter())
            out.append(c.toLower());
    }
    return out;
}

// The fewest edits (insert, delete, change, swap of neighbours) that turn needle into some
// substring of hay: how closely a label contains an area name.
int substringDistance(const QString &needle, const QString &hay, int limit)
{
    // Edit distance (with transpositions) of needle to its closest substring of hay, by rows of the
    // usual table. A cell is at least the smallest of the row above, or of the row two above plus one
    // (a transposition): once both say over limit, so is the answer. Three rows are reused: labels
    // are read by the thousand.
    const int n = int(needle.size());
    const int m = int(hay.size());
    const QChar *a = needle.constData();
    const QChar *b = hay.constData();
    std::vector<int> prev2(m + 1, 0), prev(m + 1, 0), cur(m + 1, 0);
    int previousMinimum = 0;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        int rowMinimum = i;
        for (int j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({ prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
            rowMinimum = std::min(rowMinimum, v);
        }
        if (rowMinimum > limit && previousMinimum >= limit)
            return limit + 1;
        previousMinimum = rowMinimum;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return *std::min_element(prev.cbegin(), prev.cend());
}

// How many letters of each kind a text has: a to z, and one bin for every other letter.
using LetterCounts = std::array<int, 27>;
LetterCounts letterCounts(const QString &letters)
{
    LetterCounts counts {};
    for (QChar c : letters)
        ++counts[c >= QLatin1Char('a') && c <= QLatin1Char('z') ? c.unicode() - 'a' : 26];
    return counts;
}

// A lower bound of substringDistance(needle, hay) from hay's counts: every letter of needle that
// hay lacks costs an edit (a swap moves none). Most labels lack many letters of every area
// name, and this spares them the whole table.
int missingLetters(const QString &needle, LetterCounts hay)
{
    int missing = 0;
    for (QChar c : needle) {
        int &n = hay[c >= QLatin1Char('a') && c <= QLatin1Char('z') ? c.unicode() - 'a' : 26];
        if (n > 0)
            --n;
        else
            ++missing;
    }
    return missing;
}

QList<StatementVocabulary::Match> matchAll(
    const QRegularExpression &re, const QString &text, int from, int to, const QString &key, int value)
{
    QList<StatementVocabulary::Match> out;
    auto it = re.globalMatch(QStringView(text).mid(from, to - from));
    while (it.hasNext()) {
        const auto m = it.next();
        out.append({ from + int(m.capturedStart()), from + int(m.capturedEnd()),
            key.isNull() ? m.captured() : key, value });
    }
    return out;
}

// One pattern that matches wherever one of these does, each with its own case rule; invalid (and so
// never used) when they cannot be joined. A search for it tells whether running them one by one can
// find anything.
QRegularExpression anyOf(const QList<QRegularExpression> &patterns)
{
    constexpr auto known = QRegularExpression::CaseInsensitiveOption
        | QRegularExpression::UseUnicodePropertiesOption;
    QStringList branches;
    for (const QRegularExpression &re : patterns) {
        if ((re.patternOptions() & ~known) != 0
            || !(re.patternOptions() & QRegularExpression::UseUnicodePropertiesOption))
            return QRegularExpression(QStringLiteral("("));
        branches.append(
            (re.patternOptions() & QRegularExpression::CaseInsensitiveOption ? QStringLiteral("(?i:")
                                                                             : QStringLiteral("(?-i:"))
            + re.pattern() + QLatin1Char(')'));
    }
    QRegularExpression any(QStringLiteral("(?:") + branches.join(QLatin1Char('|')) + QLatin1Char(')'),
        QRegularExpression::UseUnicodePropertiesOption);
    any.optimize();
    return any;
}

// False only when none of the patterns any joins can match in text[from, to).
bool mayMatch(const QRegularExpression &any, const QString &text, int from, int to)
{
    return !any.isValid() || any.match(QStringView(text).mid(from, to - from)).hasMatch();
}

// Keeps the longest of overlapping matches, in text order.
QList<StatementVocabulary::Match> longestFirst(QList<StatementVocabulary::Match> all)
{
    std::sort(all.begin(), all.end(),
        [](const auto &a, const auto &b) { return a.start != b.start ? a.start < b.start : a.end > b.end; });
    QList<StatementVocabulary::Match> out;
    for (const auto &m : all) {
        if (!out.isEmpty() && m.start < out.last().end) {
            if (m.end - m.start > out.last().end - out.last().start)
                out.last() = m;
            continue;
        }
        out.append(m);
    }
    return out;
}

} // namespace

StatementVocabulary StatementVocabulary::fromJson(const QByteArray &json, QString *error)
{
    StatementVocabulary v;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate(
                "StatementVocabulary", "the grade-statement vocabulary is not valid JSON: %1")
                         .arg(parseError.errorString());
        return v;
    }
    const QJsonObject root = doc.object();
    v.m_reviewThreshold = root.value(QLatin1String("reviewThreshold")).toDouble(0.6);
    const QJsonObject frameworks = root.value(QLatin1String("frameworks")).toObject();
    for (auto it = frameworks.begin(); it != frameworks.end(); ++it) {
        const int f = int(frameworkFromKey(it.key()));
        for (const QString &p : strings(it.value())) {
            v.m_frameworks[f].append(phrase(p));
            v.m_frameworksGlued[f].append(phrase(p, true));
        }
    }
    const QJsonObject years = root.value(QLatin1String("frameworkYears")).toObject();
    for (auto it = years.begin(); it != years.end(); ++it) {
        const QJsonArray range = it.value().toArray();
        v.m_frameworkYears.insert(
            int(frameworkFromKey(it.key())), { range.at(0).toInt(), range.at(1).toInt() });
    }
    const QJsonObject areaYears = root.value(QLatin1String("areaYears")).toObject();
    for (auto it = areaYears.begin(); it != areaYears.end(); ++it) {
        const QJsonArray range = it.value().toArray();
        v.m_areaYears.insert(it.key(), { range.at(0).toInt(), range.at(1).toInt() });
    }
    const QJsonObject areas = root.value(QLatin1String("areas")).toObject();
    for (auto it = areas.begin(); it != areas.end(); ++it) {
        const int f = int(frameworkFromKey(it.key()));
        for (const QJsonValue &a : it.value().toArray()) {
            AreaSet set, glued;
            set.key = glued.key = a.toObject().value(QLatin1String("key")).toString();
            for (const QString &p : strings(a.toObject().value(QLatin1String("phrases")))) {
                set.phrases.append(phrase(p));
                glued.phrases.append(phrase(p, true));
                v.m_areaLetters[f].append({ set.key, lettersOnly(p) });
            }
            v.m_areas[f].append(set);
            v.m_areasGlued[f].append(glued);
        }
    }
    for (const QJsonValue &a : root.value(QLatin1String("aggregates")).toArray()) {
        for (const QString &p : strings(a.toObject().value(QLatin1String("phrases")))) {
            Aggregate agg;
            agg.pattern = phrase(p);
            for (const QJsonValue &k : a.toObject().value(QLatin1String("areas")).toArray())
                agg.areas.append(k.toString());
            v.m_aggregates.append(agg);
        }
    }
    auto words = [](const QJsonObject &object) {
        QList<QPair<QRegularExpression, int>> out;
        QStringList keys = object.keys();
        std::sort(
            keys.begin(), keys.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &k : keys)
            out.append({ phrase(k), object.value(k).toInt() });
        return out;
    };
    v.m_gradeWords = words(root.value(QLatin1String("gradeWords")).toObject());
    {
        QStringList all = root.value(QLatin1String("gradeWords")).toObject().keys()
            + root.value(QLatin1String("annualWords")).toObject().keys();
        std::sort(
            all.begin(), all.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        v.m_wordAlternation = alternationPattern(phraseBranches(all));
        const QString &words = v.m_wordAlternation;
        constexpr QRegularExpression::PatternOptions ci = QRegularExpression::CaseInsensitiveOption
            | QRegularExpression::UseUnicodePropertiesOption;
        v.m_gradeCell = QRegularExpression(
            QStringLiteral("^\\s*(?:(?:grade|score)\\s*)?([1-4])(?:\\s*/\\s*4|\\s+out\\s+of\\s+4)?"
                           "(?:\\s*\\(\\s*(")
                + words + QStringLiteral(")\\s*\\)|\\s+-\\s*(") + words + QStringLiteral("))?\\s*$|^\\s*(")
                + words + QStringLiteral(")(?:\\s*\\(\\s*(?:grade\\s*)?([1-4])\\s*\\))?\\s*$"),
            ci);
        v.m_wordAfterNumber = QRegularExpression(QStringLiteral("^\\s*(?:\\(\\s*(?:grade\\s*)?(") + words
                + QStringLiteral(")\\s*\\)|-\\s*(") + words + QStringLiteral(")(?![\\p{L}]))"),
            ci);
        v.m_numberAfterWord = QRegularExpression(
            QStringLiteral("^\\s*\\(\\s*(?:grade\\s*)?([1-4])\\s*\\)"), ci);
    }
    v.m_annualWords = words(root.value(QLatin1String("annualWords")).toObject());
    const QJsonObject numbers = root.value(QLatin1String("numberWords")).toObject();
    for (auto it = numbers.begin(); it != numbers.end(); ++it)
        v.m_numberWords.insert(it.key().toLower(), it.value().toInt());
    v.m_linkers = lowerSet(root.value(QLatin1String("linkers")));
    v.m_notGradeFollowers = lowerSet(root.value(QLatin1String("notGradeFollowers")));
    v.m_referenceWords = lowerSet(root.value(QLatin1String("referenceWords")));
    v.m_labelFiller = lowerSet(root.value(QLatin1String("labelFiller")));
    const QJsonObject prior = root.value(QLatin1String("priorMarkers")).toObject();
    v.m_priorBefore = alternation(strings(prior.value(QLatin1String("before"))));
    v.m_priorYear = alternation(strings(prior.value(QLatin1String("yearPhrases"))));
    v.m_unchanged = alternation(strings(prior.value(QLatin1String("unchanged"))));
    const QJsonObject cues = root.value(QLatin1String("cues")).toObject();
    const std::pair<Cue, const char *> cueNames[] = { { Cue::OtherMeasure, "otherMeasure" },
        { Cue::SelfAssessment, "selfAssessment" }, { Cue::Prediction, "prediction" },
        { Cue::Legend, "legend" }, { Cue::Count, "count" }, { Cue::Negation, "negation" } };
    for (const auto &[cue, name] : cueNames) {
        QList<Branch> branches;
        for (const QString &p : strings(cues.value(QLatin1String(name)))) {
            Branch b = phraseBranch(p);
            if (options(p) == QRegularExpression::NoPatternOption)
                b.pattern = QStringLiteral("(?-i:") + b.pattern + QLatin1Char(')');
            branches.append(b);
        }
        if (cue == Cue::Count) {
            for (const QJsonValue &pattern : root.value(QLatin1String("countPatterns")).toArray())
                branches.append({ pattern.toString(), false });
        }
        v.m_cues.insert(cue,
            QRegularExpression(alternationPattern(branches),
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption));
    }
    const QJsonObject signals_ = root.value(QLatin1String("sourceSignals")).toObject();
    v.m_secondary = alternation(strings(signals_.value(QLatin1String("secondary"))));
    v.m_council = alternation(strings(signals_.value(QLatin1String("council"))));
    const QJsonObject confidence = root.value(QLatin1String("confidence")).toObject();
    for (auto it = confidence.begin(); it != confidence.end(); ++it)
        v.m_confidence.insert(it.key(), it.value().toDouble());
    const auto joined = [](const auto &table) {
        QList<QRegularExpression> all;
        for (auto it = table.cbegin(); it != table.cend(); ++it)
            all += it.value();
        return anyOf(all);
    };
    v.m_frameworksAny = joined(v.m_frameworks);
    v.m_frameworksGluedAny = joined(v.m_frameworksGlued);
    const auto areaFilters = [](const QHash<int, QList<AreaSet>> &table) {
        QHash<int, QRegularExpression> out;
        for (auto it = table.cbegin(); it != table.cend(); ++it) {
            QList<QRegularExpression> all;
            for (const AreaSet &set : it.value())
                all += set.phrases;
            out.insert(it.key(), anyOf(all));
        }
        return out;
    };
    v.m_areasAny = areaFilters(v.m_areas);
    v.m_areasGluedAny = areaFilters(v.m_areasGlued);
    const auto wordFilter = [](const QList<QPair<QRegularExpression, int>> &words) {
        QList<QRegularExpression> all;
        for (const auto &w : words)
            all.append(w.first);
        return anyOf(all);
    };
    v.m_gradeWordsAny = wordFilter(v.m_gradeWords);
    v.m_annualWordsAny = wordFilter(v.m_annualWords);
    if (v.m_frameworks.isEmpty() && error)
        *error = QCoreApplication::translate(
            "StatementVocabulary", "the grade-statement vocabulary names no framework");
    return v;
}

const StatementVocabulary &StatementVocabulary::bundled()
{
    static const StatementVocabulary vocabulary = [] {
        QString error;
        const QString json = readResourceText(QStringLiteral(":/grade-statements.json"), &error);
        StatementVocabulary v = fromJson(json.toUtf8(), &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return v;
    }();
    return vocabulary;
}

QList<StatementVocabulary::Match> StatementVocabulary::frameworks(
    const QString &text, int from, int to, bool glued) const
{
    QList<Match> all;
    if (!mayMatch(glued ? m_frameworksGluedAny : m_frameworksAny, text, from, to))
        return all;
    const auto &table = glued ? m_frameworksGlued : m_frameworks;
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        for (const QRegularExpression &re : it.value())
            all += matchAll(re, text, from, to, frameworkKey(Framework(it.key())), 0);
    }
    return longestFirst(all);
}

QList<StatementVocabulary::Match> StatementVocabulary::areas(
    Framework framework, const QString &text, int from, int to, bool glued) const
{
    QList<Match> all;
    const auto &filters = glued ? m_areasGluedAny : m_areasAny;
    if (const auto filter = filters.constFind(int(framework));
        filter != filters.cend() && !mayMatch(*filter, text, from, to))
        return all;
    const auto &table = glued ? m_areasGlued : m_areas;
    for (const AreaSet &set : table.value(int(framework))) {
        for (const QRegularExpression &re : set.phrases)
            all += matchAll(re, text, from, to, set.key, 0);
    }
    return longestFirst(all);
}

QList<StatementVocabulary::Match> StatementVocabulary::aggregates(const QString &text, int from, int to) const
{
    QList<Match> all;
    for (int i = 0; i < m_aggregates.size(); ++i)
        all += matchAll(m_aggregates.at(i).pattern, text, from, to,
            m_aggregates.at(i).areas.isEmpty() ? QStringLiteral("*")
                                               : m_aggregates.at(i).areas.join(QLatin1Char(',')),
            i);
    return longestFirst(all);
}

QList<StatementVocabulary::Match> StatementVocabulary::gradeWords(const QString &text, int from, int to) const
{
    QList<Match> all;
    if (!mayMatch(m_gradeWordsAny, text, from, to))
        return all;
    for (const auto &[re, grade] : m_gradeWords)
        all += matchAll(re, text, from, to, QString(), grade);
    return longestFirst(all);
}

QList<StatementVocabulary::Match> StatementVocabulary::annualWords(
    const QString &text, int from, int to) const
{
    QList<Match> all;
    if (!mayMatch(m_annualWordsAny, text, from, to))
        return all;
    for (const auto &[re, grade] : m_annualWords)
        all += matchAll(re, text, from, to, QString(), grade);
    return longestFirst(all);
}

QString StatementVocabulary::fuzzyArea(Framework framework, const QString &label) const
{
    const QString hay = lettersOnly(label);
    const LetterCounts hayCounts = letterCounts(hay);
    QString best;
    int bestDistance = 1000;
    int bestLength = 0;
    for (const auto &[key, letters] : m_areaLetters.value(int(framework))) {
        if (letters.size() < 8)
            continue; // short names ("overall") are too easily made from other words
        const int allowed = std::max<int>(1, int(letters.size()) / 8);
        if (missingLetters(letters, hayCounts) > allowed)
            continue;
        const int d = substringDistance(letters, hay, allowed);
        if (d <= allowed && (d < bestDistance || (d == bestDistance && letters.size() > bestLength))) {
            best = key;
            bestDistance = d;
            bestLength = int(letters.size());
        }
    }
    return best;
}

bool StatementVocabulary::hasCue(Cue cue, const QString &text, int from, int to) const
{
    const auto it = m_cues.constFind(cue);
    return it != m_cues.cend() && it->match(QStringView(text).mid(from, to - from)).hasMatch();
}

int StatementVocabulary::sourceSignals(bool secondary, const QString &text) const
{
    const QRegularExpression &re = secondary ? m_secondary : m_council;
    int count = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

bool StatementVocabulary::frameworkCovers(Framework framework, int year) const
{
    const auto it = m_frameworkYears.constFind(int(framework));
    return it != m_frameworkYears.cend() && year >= it->first && year <= it->second;
}

bool StatementVocabulary::areaCovers(const QString &area, int year) const
{
    const auto it = m_areaYears.constFind(area);
    return it == m_areaYears.cend() || (year >= it->first && year <= it->second);
}

QList<StatementVocabulary::Match> StatementVocabulary::fuzzyAreas(
    Framework framework, const QString &text, int from, int to) const
{
    QList<Match> all;
    const auto &names = m_areaLetters.value(int(framework));
    for (int p = from; p < to; ++p) {
        if (!text.at(p).isLetter() || (p > from && text.at(p - 1).isLetter()))
            continue;
        // The letters from this word on, and where each sits in the text.
        QString letters;
        QList<int> at;
        for (int i = p; i < to && letters.size() < 40; ++i) {
            if (text.at(i).isLetter()) {
                letters.append(text.at(i).toLower());
                at.append(i);
            } else if (!text.at(i).isSpace() && text.at(i) != QLatin1Char('-')
                && text.at(i) != QLatin1Char('\'')) {
                break;
            }
        }
        const LetterCounts counts = letterCounts(letters); // of the longest window: a weaker bound
        for (const auto &[key, name] : names) {
            if (name.size() < 10 || letters.size() < name.size() - 1 || letters.at(0) != name.at(0))
                continue;
            const int window = qMin<int>(int(letters.size()), int(name.size()) + 1);
            const int allowed = std::max<int>(1, int(name.size()) / 8);
            if (missingLetters(name, counts) <= allowed
                && substringDistance(name, letters.left(window), allowed) <= allowed) {
                int end = at.at(window - 1) + 1;
                while (end < to && text.at(end).isLetter())
                    ++end;
                all.append({ p, end, key, 0 });
            }
        }
    }
    return longestFirst(all);
}
