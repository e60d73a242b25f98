#include "reference/AuthorityRegister.h"

#include "text/CsvReader.h"
#include "text/ResourceText.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace {

QString fold(const QString &s)
{
    QString out = s.toLower();
    out.replace(QChar(0x2019), QLatin1Char('\''));
    return out.simplified();
}

// A name as people write it, reduced to its words: "St. Helens" and "St Helens", "Telford &
// Wrekin" and "Telford and Wrekin", "Bristol City of" and "Bristol, City of", "Bedfordshire (Pre
// LGR 2009)" and the register's "Bedfordshire (Pre LG)" come to the same key.
QString looseName(const QString &s)
{
    static const QRegularExpression note(
        QStringLiteral("\\(\\s*pre\\s+lgr?\\b[^)]*\\)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QString out = s.toLower();
    out.remove(note);
    out.replace(QLatin1Char('&'), QLatin1String(" and "));
    out.replace(nonWord, QStringLiteral(" "));
    return out.simplified();
}

bool isAcronym(const QString &alias)
{
    if (alias.size() > 6)
        return false;
    return std::all_of(alias.cbegin(), alias.cend(), [](QChar c) { return c.isUpper(); });
}

} // namespace

AuthorityRegister AuthorityRegister::fromCsv(
    const QString &registerCsv, const QString &aliasCsv, QString *error, const QString &onsCodesCsv)
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
    if (reg.m_authorities.isEmpty() && error)
        *error = QCoreApplication::translate("AuthorityRegister", "the authority register is empty");
    reg.buildMatchers();
    return reg;
}

const AuthorityRegister &AuthorityRegister::bundled()
{
    static const AuthorityRegister reg = [] {
        QString error;
        const QString registerCsv = readResourceText(QStringLiteral(":/authorities/dfe-authorities.csv"), &error);
        const QString aliasCsv = readResourceText(QStringLiteral(":/authorities/aliases.csv"), &error);
        const QString onsCsv = readResourceText(QStringLiteral(":/authorities/ons-dfe-codes.csv"), &error);
        AuthorityRegister r = fromCsv(registerCsv, aliasCsv, &error, onsCsv);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return r;
    }();
    return reg;
}

void AuthorityRegister::buildMatchers()
{
    QStringList names;
    QStringList acronyms;
    auto addName = [&](const QString &name, int laNumber) {
        const QString key = fold(name);
        if (m_laByForm.contains(key))
            return;
        m_laByForm.insert(key, laNumber);
        names.append(QRegularExpression::escape(name).replace(QStringLiteral("\\ "), QStringLiteral("\\s+")));
    };
    for (const Authority &a : std::as_const(m_authorities)) {
        // Every name finds its authority in a data file, the first one written winning (the
        // register's own names come before aliases).
        m_laByLooseName.insert(looseName(a.name), a.laNumber);
        for (const QString &alias : a.aliases) {
            if (!isAcronym(alias) && !m_laByLooseName.contains(looseName(alias)))
                m_laByLooseName.insert(looseName(alias), a.laNumber);
        }
        if (a.type.isEmpty())
            continue; // regions and England are not addressees
        // "Bristol, City of" is written "Bristol" or "City of Bristol" in prose.
        if (a.name.endsWith(QLatin1String(", City of")))
            addName(a.name.chopped(9), a.laNumber);
        else
            addName(a.name, a.laNumber);
        for (const QString &alias : a.aliases) {
            if (isAcronym(alias)) {
                m_laByForm.insert(alias, a.laNumber);
                acronyms.append(QRegularExpression::escape(alias));
            } else {
                addName(alias, a.laNumber);
            }
        }
    }
    // Longest first, so the alternation prefers "Leicester City Council" over "Leicester". The council
    // forms around a place name ("London Borough of X", "X County Council") are matched around it.
    std::sort(
        names.begin(), names.end(), [](const QString &x, const QString &y) { return x.size() > y.size(); });
    m_formsPattern = QRegularExpression(
        QStringLiteral("(?<!\\w)((?:London\\s+Borough\\s+of|Royal\\s+Borough\\s+of|City\\s+of)\\s+)?(")
            + names.join(QLatin1Char('|'))
            + QStringLiteral(
                ")((?:\\s+(?:Metropolitan\\s+Borough|City|County|Borough|District))?\\s+Council)?(?!\\w)"),
        QRegularExpression::CaseInsensitiveOption);
    if (!m_formsPattern.isValid())
        qWarning("authority name pattern: %s", qPrintable(m_formsPattern.errorString()));
    if (!acronyms.isEmpty())
        m_acronymsPattern = QRegularExpression(
            QStringLiteral("\\b(?:") + acronyms.join(QLatin1Char('|')) + QStringLiteral(")\\b"));
}

Authority AuthorityRegister::byLaNumber(int laNumber) const
{
    const auto it = m_indexByLa.constFind(laNumber);
    return it == m_indexByLa.cend() ? Authority() : m_authorities.at(*it);
}

Authority AuthorityRegister::byName(const QString &name) const
{
    const auto it = m_laByForm.constFind(fold(name));
    if (it != m_laByForm.cend())
        return byLaNumber(*it);
    const auto acronym = m_laByForm.constFind(name.trimmed());
    if (acronym != m_laByForm.cend())
        return byLaNumber(*acronym);
    const auto loose = m_laByLooseName.constFind(looseName(name));
    if (loose != m_laByLooseName.cend())
        return byLaNumber(*loose);
    return Authority();
}

Authority AuthorityRegister::byOnsCode(const QString &code) const
{
    const auto it = m_laByOnsCode.constFind(code.trimmed().toUpper());
    return it == m_laByOnsCode.cend() ? Authority() : byLaNumber(*it);
}

QList<AuthorityMention> AuthorityRegister::mentions(const QString &text, int from, int to) const
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
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
        else if (c == QChar(0x2019))
            c = QLatin1Char('\'');
    }
    auto it = m_formsPattern.globalMatch(view);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = fold(m.captured(2));
        const int la = m_laByForm.value(name);
        if (la == 0)
            continue;
        const bool councilForm = m.capturedLength(1) > 0 || m.capturedLength(3) > 0
            || name.endsWith(QLatin1String(" council"));
        out.append({ la, from + int(m.capturedStart()), from + int(m.capturedEnd()), councilForm });
    }
    if (m_acronymsPattern.isValid() && !m_acronymsPattern.pattern().isEmpty()) {
        auto ai = m_acronymsPattern.globalMatch(view);
        while (ai.hasNext()) {
            const auto m = ai.next();
            out.append({ m_laByForm.value(m.captured()), from + int(m.capturedStart()),
                from + int(m.capturedEnd()), false });
        }
    }
    std::sort(out.begin(), out.end(),
        [](const AuthorityMention &a, const AuthorityMention &b) { return a.start < b.start; });
    return out;
}
