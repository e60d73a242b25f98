#include "DocumentFacts.h"

#include <QRegularExpression>

namespace DocumentFacts {

QList<DateMatch> dates(const QString &text, int from, int to)
{
    static const QRegularExpression re(
        QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(January|February|March|April|May|June|July|August|"
                       "September|October|November|December)\\s+(\\d{4})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList months { QStringLiteral("january"), QStringLiteral("february"),
        QStringLiteral("march"), QStringLiteral("april"), QStringLiteral("may"), QStringLiteral("june"),
        QStringLiteral("july"), QStringLiteral("august"), QStringLiteral("september"),
        QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december") };
    if (to < 0 || to > text.size())
        to = int(text.size());
    QList<DateMatch> out;
    auto it = re.globalMatch(QStringView(text).mid(from, to - from));
    while (it.hasNext()) {
        const auto m = it.next();
        const QDate d(
            m.captured(3).toInt(), int(months.indexOf(m.captured(2).toLower())) + 1, m.captured(1).toInt());
        if (d.isValid())
            out.append({ d, from + int(m.capturedStart()), from + int(m.capturedEnd()) });
    }
    return out;
}

QList<int> years(const QString &text, int from, int to)
{
    static const QRegularExpression re(QStringLiteral("(?<![\\d/.-])(20[0-2]\\d)(?![\\d%])"));
    if (to < 0 || to > text.size())
        to = int(text.size());
    QList<int> out;
    auto it = re.globalMatch(QStringView(text).mid(from, to - from));
    while (it.hasNext())
        out.append(it.next().captured(1).toInt());
    return out;
}

} // namespace DocumentFacts
