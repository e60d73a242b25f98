#include "reference/AuthorityRegister.h"

#include "text/CsvReader.h"
#include "text/MatchOptions.h"
#include "text/ResourceText.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <algorithm>
#include <limits>

namespace {

// A name as people write it, reduced to its words: "St. Helens" and "St Helens", "Telford &
// Wrekin" and "Telford and Wrekin", "Stockton-on-Tees" and "Stockton on Tees", "Bristol City of" and
// "Bristol, City of", "Bedfordshire (Pre LGR 2009)" and the register's "Bedfordshire (Pre LG)" come
// to the same key.
QString looseName(const QString &s)
{
    static const QRegularExpression note(
        QStringLiteral("\\(\\s*pre\\s+lgr?\\b[^)]*\\)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QString out = s.toLower();
    out.replace(QChar(0x2019), QLatin1Char('\''));
    out.remove(note);
    out.replace(QLatin1Char('&'), QLatin1String(" and "));
    out.replace(nonWord, QStringLiteral(" "));
    return out.simplified();
}

// The place name inside a council's name, for comparing unknown names: "the London Borough of
// Fooham" and "Fooham Borough Council" are both "fooham".
QString placeWords(const QString &loose)
{
    static const QRegularExpression prefix(
        QStringLiteral("^(?:the )?(?:(?:london |royal |metropolitan )?borough of |city of |county of )"));
    static const QRegularExpression suffix(
        QStringLiteral("(?: (?:metropolitan borough|city|county|borough|district))? council$"));
    QString out = loose;
    out.remove(prefix);
    out.remove(suffix);
    return out.isEmpty() ? loose : out;
}

bool isAcronym(const QString &alias)
{
    if (alias.size() > 6)
        return false;
    return std::all_of(alias.cbegin(), alias.cend(), [](QChar c) { return c.isUpper(); });
}

// The pattern of a loose name as it may be written: words separated by spaces, line breaks, hyphens
// or commas, "&" for "and", "St." for "St".
QString namePattern(const QString &loose)
{
    QStringList words;
    for (const QString &w : loose.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (w == QLatin1String("and"))
            words.append(QStringLiteral("(?:and|&)"));
        else if (w == QLatin1String("st"))
            words.append(QStringLiteral("st\\.?"));
        else
            words.append(QRegularExpression::escape(w));
    }
    return words.join(QStringLiteral("[\\s,\\x{2010}-\\x{2014}-]+"));
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({ row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1) });
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The names an authority is known by, as loose names: its register name, "Bristol" for "Bristol,
// City of", its aliases other than acronyms.
QStringList looseNamesOf(const Authority &a)
{
    QStringList out;
    const QString name = looseName(a.name);
    out.append(name);
    if (name.endsWith(QLatin1String(" city of")))
        out.append(name.chopped(8));
    for (const QString &alias : a.aliases) {
        if (!isAcronym(alias))
            out.append(looseName(alias));
    }
    out.removeDuplicates();
    out.removeAll(QString());
    return out;
}

QDate isoDate(const QString &s)
{
    return QDate::fromString(s.trimmed(), Qt::ISODate);
}

} // namespace

AuthorityRegister AuthorityRegister::fromCsv(const QString &registerCsv, const QString &aliasCsv,
    QString *error, const QString &onsCodesCsv, const QString &periodsCsv)
{
    AuthorityRegister reg;
    const QList<QStringList> rows = CsvReader::readAll(registerCsv);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &r = rows.at(i);
        if (r.size() < 4)
            continue;
        Authority a;
        a.laNumber = r.at(0).trimmed().toInt();
        a.name = r.at(1).trimmed();
        a.region = r.at(2).trimmed();
        a.type = r.at(3).trimmed();
        if (a.laNumber <= 0 || a.name.isEmpty() || reg.m_indexByLa.contains(a.laNumber))
            continue;
        reg.m_indexByLa.insert(a.laNumber, int(reg.m_authorities.size()));
        reg.m_authorities.append(a);
    }
    const QList<QStringList> aliases = CsvReader::readAll(aliasCsv);
    for (qsizetype i = 1; i < aliases.size(); ++i) {
        const QStringList &r = aliases.at(i);
        if (r.size() < 2)
            continue;
        const int la = r.at(0).trimmed().toInt();
        const auto it = reg.m_indexByLa.constFind(la);
        if (it == reg.m_indexByLa.cend())
            continue;
        reg.m_authorities[*it].aliases.append(r.at(1).trimmed());
    }
    const QList<QStringList> codes = CsvReader::readAll(onsCodesCsv);
    const int codeColumn = int(codes.value(0).indexOf(QStringLiteral("ons_code")));
    const int laColumn = int(codes.value(0).indexOf(QStringLiteral("la_number")));
    for (qsizetype i = 1; i < codes.size() && codeColumn >= 0 && laColumn >= 0; ++i) {
        const QStringList &r = codes.at(i);
        const auto it = reg.m_indexByLa.constFind(r.value(laColumn).trimmed().toInt());
        if (it == reg.m_indexByLa.cend() || r.value(codeColumn).trimmed().isEmpty())
            continue;
        reg.m_authorities[*it].onsCode = r.value(codeColumn).trimmed().toUpper();
        reg.m_laByOnsCode.insert(reg.m_authorities.at(*it).onsCode, reg.m_authorities.at(*it).laNumber);
    }
    const QList<QStringList> periods = CsvReader::readAll(periodsCsv);
    const QStringList header = periods.value(0);
    const int periodLa = int(header.indexOf(QStringLiteral("la_number")));
    const int fromColumn = int(header.indexOf(QStringLiteral("from")));
    const int untilColumn = int(header.indexOf(QStringLiteral("until")));
    const int becameColumn = int(header.indexOf(QStringLiteral("became")));
    for (qsizetype i = 1; i < periods.size() && periodLa >= 0; ++i) {
        const QStringList &r = periods.at(i);
        const auto it = reg.m_indexByLa.constFind(r.value(periodLa).trimmed().toInt());
        if (it == reg.m_indexByLa.cend())
            continue;
        Authority &a = reg.m_authorities[*it];
        a.from = isoDate(r.value(fromColumn));
        a.until = isoDate(r.value(untilColumn));
        for (const QString &la : r.value(becameColumn).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (la.trimmed().toInt() > 0)
                a.successors.append(la.trimmed().toInt());
        }
    }
    if (reg.m_authorities.isEmpty() && error)
        *error = QCoreApplication::translate("AuthorityRegister", "the authority register is empty");
    reg.buildMatchers();
    return reg;
}

const AuthorityRegister &AuthorityRegister::bundled()
{
    static const AuthorityRegister reg = [] {
        QString error;
        const QString registerCsv = readResourceText(
            QStringLiteral(":/authorities/dfe-authorities.csv"), &error);
        const QString aliasCsv = readResourceText(QStringLiteral(":/authorities/aliases.csv"), &error);
        const QString onsCsv = readResourceText(QStringLiteral(":/authorities/ons-dfe-codes.csv"), &error);
        const QString periodsCsv = readResourceText(
            QStringLiteral(":/authorities/authority-periods.csv"), &error);
        AuthorityRegister r = fromCsv(registerCsv, aliasCsv, &error, onsCsv, periodsCsv);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return r;
    }();
    return reg;
}

void AuthorityRegister::buildMatchers()
{
    QSet<QString> authorityNames; // the keys matched in text: those of authorities, not regions
    QStringList acronyms;
    auto addKey = [&](const QString &key, int laNumber, bool isAuthority) {
        QList<int> &las = m_lasByName[key];
        if (las.contains(laNumber))
            return;
        if (isAuthority)
            authorityNames.insert(key);
        las.append(laNumber);
    };
    // Register names before aliases, so that a name the register gives one authority is not taken by
    // another's alias.
    for (const Authority &a : std::as_const(m_authorities)) {
        const QString name = looseName(a.name);
        addKey(name, a.laNumber, !a.type.isEmpty());
        if (name.endsWith(QLatin1String(" city of")))
            addKey(name.chopped(8), a.laNumber, !a.type.isEmpty());
    }
    for (const Authority &a : std::as_const(m_authorities)) {
        for (const QString &alias : a.aliases) {
            if (isAcronym(alias)) {
                if (a.type.isEmpty())
                    continue;
                m_laByAcronym.insert(alias, a.laNumber);
                acronyms.append(QRegularExpression::escape(alias));
            } else if (!looseName(alias).isEmpty()) {
                addKey(looseName(alias), a.laNumber, !a.type.isEmpty());
            }
        }
    }
    QStringList names(authorityNames.cbegin(), authorityNames.cend());
    names.sort(); // a fixed order among names of the same length, whatever the hash's
    // Longest first, so the alternation prefers "Leicester City Council" over "Leicester".
    std::stable_sort(
        names.begin(), names.end(), [](const QString &x, const QString &y) { return x.size() > y.size(); });
    QStringList alternatives;
    for (const QString &key : std::as_const(names))
        alternatives.append(namePattern(key));
    const QString prefix = QStringLiteral(
        "((?:(?:London|Royal|Metropolitan)\\s+Borough|Borough|City|County)\\s+of\\s+)?");
    const QString name = QStringLiteral("((?:") + alternatives.join(QLatin1Char('|'))
        + QStringLiteral(")(?:\\s*\\(\\s*pre\\s+lgr?\\b[^)\\n]*\\))?)");
    const QString suffix = QStringLiteral(
        "((?:\\s+(?:Metropolitan\\s+Borough|City|County|Borough|District))?\\s+Council)?");
    m_formsPattern = QRegularExpression(
        QStringLiteral("(?<!\\w)") + prefix + name + suffix + QStringLiteral("(?!\\w|-(?:under|upon|on)\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    m_wholeFormPattern = QRegularExpression(
        QStringLiteral("^\\s*(?:the\\s+)?") + prefix + name + suffix + QStringLiteral("\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    // Not checked here with isValid(), which would compile the pattern of every name for each
    // command that only looks one up (10 ms of `csdash list --authority`); the register's tests
    // match names through both patterns, and a pattern that fails to compile matches nothing.
    if (!acronyms.isEmpty())
        m_acronymsPattern = QRegularExpression(
            QStringLiteral("\\b(?:") + acronyms.join(QLatin1Char('|')) + QStringLiteral(")\\b"));
}

int AuthorityRegister::pick(const QList<int> &candidates, int year) const
{
    if (candidates.size() <= 1)
        return candidates.value(0);
    if (year > 0) {
        for (int la : candidates) {
            if (byLaNumber(la).existedIn(year))
                return la;
        }
    }
    for (int la : candidates) {
        if (byLaNumber(la).existedBetween(productFirstYear, productLastYear))
            return la;
    }
    return candidates.first();
}

QList<Authority> AuthorityRegister::authoritiesOf(int firstYear, int lastYear) const
{
    QList<Authority> out;
    for (const Authority &a : m_authorities) {
        if (!a.type.isEmpty() && a.existedBetween(firstYear, lastYear))
            out.append(a);
    }
    return out;
}

Authority AuthorityRegister::byLaNumber(int laNumber) const
{
    const auto it = m_indexByLa.constFind(laNumber);
    return it == m_indexByLa.cend() ? Authority() : m_authorities.at(*it);
}

Authority AuthorityRegister::byName(const QString &name, int year) const
{
    const auto it = m_lasByName.constFind(looseName(name));
    if (it != m_lasByName.cend())
        return byLaNumber(pick(*it, year));
    const auto acronym = m_laByAcronym.constFind(name.trimmed());
    if (acronym != m_laByAcronym.cend())
        return byLaNumber(*acronym);
    const auto m = m_wholeFormPattern.match(QString(name).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    if (m.hasMatch())
        return byLaNumber(pick(m_lasByName.value(looseName(m.captured(2))), year));
    return Authority();
}

Authority AuthorityRegister::byOnsCode(const QString &code) const
{
    const auto it = m_laByOnsCode.constFind(code.trimmed().toUpper());
    return it == m_laByOnsCode.cend() ? Authority() : byLaNumber(*it);
}

QStringList AuthorityRegister::nearestNames(const QString &name, int count) const
{
    const QString query = placeWords(looseName(name));
    const QStringList queryWords = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (query.isEmpty() || count <= 0)
        return {};
    struct Scored
    {
        int distance;
        bool inProductYears;
        int index;
    };
    QList<Scored> scored;
    for (qsizetype i = 0; i < m_authorities.size(); ++i) {
        const Authority &a = m_authorities.at(i);
        if (a.type.isEmpty())
            continue;
        int best = std::numeric_limits<int>::max();
        for (const QString &known : looseNamesOf(a)) {
            const QString place = placeWords(known);
            best = std::min(best, editDistance(query, place));
            // Word by word, a little behind a whole-name match: "Hamlets" is near Tower Hamlets.
            for (const QString &w : place.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                for (const QString &q : queryWords)
                    best = std::min(best, editDistance(q, w) + 1);
            }
        }
        scored.append({ best, a.existedBetween(productFirstYear, productLastYear), int(i) });
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored &x, const Scored &y) {
        if (x.distance != y.distance)
            return x.distance < y.distance;
        return x.inProductYears && !y.inProductYears;
    });
    QStringList out;
    for (const Scored &s : std::as_const(scored)) {
        if (out.size() >= count)
            break;
        out.append(m_authorities.at(s.index).name);
    }
    return out;
}

QList<AuthorityMention> AuthorityRegister::mentions(const QString &text, int from, int to, int year) const
{
    QList<AuthorityMention> out;
    if (m_authorities.isEmpty())
        return out;
    if (to < 0 || to > text.size())
        to = int(text.size());
    // Fold line breaks and typographic apostrophes in a copy of the same length, so that
    // "Leicester\nCity Council" is one mention and offsets still point into the original.
    QString view = text.mid(from, to - from);
    for (QChar &c : view) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
        else if (c == QChar(0x2019))
            c = QLatin1Char('\'');
    }
    const QRegularExpression::MatchOptions checked = MatchOptions::checkedOnce(view);
    auto it = m_formsPattern.globalMatch(view, 0, QRegularExpression::NormalMatch, checked);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString written = m.captured(2);
        const QString key = looseName(written);
        QList<int> candidates = m_lasByName.value(key);
        candidates.removeIf([this](int la) { return byLaNumber(la).type.isEmpty(); }); // not regions
        if (candidates.isEmpty())
            continue;
        const bool prefixed = m.capturedLength(1) > 0;
        const bool suffixed = m.capturedLength(3) > 0;
        if (!prefixed && !suffixed && !key.contains(QLatin1Char(' ')) && !written.at(0).isUpper())
            continue; // "reading the report" is not Reading
        const QStringList words = key.split(QLatin1Char(' '));
        const bool councilForm = prefixed || suffixed || words.contains(QLatin1String("council"))
            || key.contains(QLatin1String("borough of "));
        out.append({ pick(candidates, year), from + int(m.capturedStart()), from + int(m.capturedEnd()),
            councilForm });
    }
    if (m_acronymsPattern.isValid() && !m_acronymsPattern.pattern().isEmpty()) {
        auto ai = m_acronymsPattern.globalMatch(view, 0, QRegularExpression::NormalMatch, checked);
        while (ai.hasNext()) {
            const auto m = ai.next();
            out.append({ m_laByAcronym.value(m.captured()), from + int(m.capturedStart()),
                from + int(m.capturedEnd()), false });
        }
    }
    std::sort(out.begin(), out.end(),
        [](const AuthorityMention &a, const AuthorityMention &b) { return a.start < b.start; });
    return out;
}
