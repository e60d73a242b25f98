#include "SubjectAuthority.h"

#include "reference/AuthorityRegister.h"
#include "text/TextLayout.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SubjectAuthority", text);
}

QSet<int> authoritiesIn(
    const AuthorityRegister &reg, const QString &text, int from, int to, bool councilFormOnly, int year)
{
    QSet<int> out;
    for (const AuthorityMention &m : reg.mentions(text, from, to, year)) {
        if (!councilFormOnly || m.councilForm)
            out.insert(m.laNumber);
    }
    return out;
}

QString names(const AuthorityRegister &reg, const QSet<int> &las)
{
    QStringList out;
    for (int la : las)
        out.append(reg.byLaNumber(la).name);
    out.sort();
    return out.join(QStringLiteral(", "));
}

} // namespace

SubjectAuthority SubjectAuthority::resolve(
    const TextLayout &layout, const AuthorityRegister &reg, bool isLetter, int year)
{
    SubjectAuthority out;
    const QString &text = layout.text();
    static const QRegularExpression dear(
        QStringLiteral("^\\s*Dear\\s+\\S"), QRegularExpression::MultilineOption);
    const auto salutation = dear.match(text);

    // The addressee block of a letter, and the subject lines that name the assessed authority.
    QSet<int> addressed;
    int zoneEnd = 0;
    if (salutation.hasMatch() && salutation.capturedStart() < 3000) {
        zoneEnd = int(salutation.capturedStart());
        addressed = authoritiesIn(reg, text, 0, zoneEnd, true, year);
    }
    static const QRegularExpression subject(
        QStringLiteral(
            "(?:assessment|performance)\\s+of\\s+services\\s+for\\s+children\\s+and\\s+young\\s+people\\s+"
            "in\\s+([^\\n]{3,80})|^([^\\n]{3,80}?)\\s+children.s\\s+services\\s+(?:assessment|rating)\\s+"
            "20\\d\\d|children.s\\s+services\\s+in\\s+([^\\n.]{3,80}?)\\s+perform"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    QSet<int> subjects;
    auto it = subject.globalMatch(text, 0, QRegularExpression::NormalMatch, layout.matchOptions());
    while (it.hasNext()) {
        const auto m = it.next();
        for (int g = 1; g <= 3; ++g) {
            if (m.capturedLength(g) > 0)
                subjects.unite(
                    authoritiesIn(reg, text, int(m.capturedStart(g)), int(m.capturedEnd(g)), false, year));
        }
    }
    QSet<int> decided = addressed;
    decided.unite(subjects);
    if (decided.size() > 1) {
        out.error =
            tr("the document is addressed to or about more than one authority (%1)").arg(names(reg, decided));
        return out;
    }
    if (decided.size() == 1) {
        out.authority = reg.byLaNumber(*decided.cbegin());
        out.reason = addressed.isEmpty() ? tr("named in the subject line")
                                         : tr("named in the addressee block");
        return out;
    }

    // A report's or plan's header: the lines before the first paragraph of prose.
    int headerEnd = 0;
    int lines = 0;
    for (const TextSpan &line : layout.lines()) {
        if (line.end - line.start > 160)
            break;
        headerEnd = line.end;
        if (line.end > line.start && ++lines >= 14)
            break;
    }
    if (zoneEnd > 0) {
        // A letter whose addressee block names no authority in the register: say what it names, from
        // the council's own line (the line above is the addressee's title).
        static const QRegularExpression council(QStringLiteral(
            "\\b((?:[A-Z][\\w'-]+[ \\t]+){1,4}(?:(?:County|City|Borough|District)[ \\t]+)?Council)\\b"));
        const auto m = council.match(QStringView(text).left(zoneEnd));
        if (m.hasMatch() && addressed.isEmpty()) {
            const QString written = m.captured(1).simplified();
            out.error = tr("the letter is addressed to \"%1\", which is not in the register of English "
                           "authorities; nearest names: %2")
                            .arg(written, reg.nearestNames(written).join(QStringLiteral(", ")));
            return out;
        }
    }
    if (isLetter)
        return out; // a letter names its addressee; a town in an address is not one
    for (bool councilForm : { true, false }) {
        const QSet<int> header = authoritiesIn(reg, text, 0, headerEnd, councilForm, year);
        if (header.size() == 1) {
            out.authority = reg.byLaNumber(*header.cbegin());
            out.reason = tr("named in the document's header");
            return out;
        }
        if (header.size() > 1) {
            // The title line decides when the header names several places ("Leicester, Leicestershire and
            // Rutland").
            for (const TextSpan &line : layout.lines()) {
                if (line.start >= headerEnd)
                    break;
                const QSet<int> inLine = authoritiesIn(reg, text, line.start, line.end, councilForm, year);
                if (inLine.size() == 1
                    && (councilForm
                        || text.mid(line.start, line.end - line.start)
                               .contains(QLatin1String("Plan"), Qt::CaseInsensitive))) {
                    out.authority = reg.byLaNumber(*inLine.cbegin());
                    out.reason = tr("named in the document's title");
                    return out;
                }
            }
            out.error =
                tr("the document's header names more than one authority (%1)").arg(names(reg, header));
            return out;
        }
    }
    return out;
}
