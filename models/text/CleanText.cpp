#include "CleanText.h"

#include <QRegularExpression>

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// Length of an HTML tag starting at pos, or 0.
int tagLength(const QString &s, int pos, int end)
{
    static const QRegularExpression tag(QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]{0,80})?\\s*/?>"));
    if (s.at(pos) != QLatin1Char('<'))
        return 0;
    const auto m = tag.match(
        s, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    if (!m.hasMatch() || m.capturedEnd() > end)
        return 0;
    return int(m.capturedLength());
}

} // namespace

CleanText CleanText::fromOriginal(const QString &s, int start, int end)
{
    CleanText out;
    start = qBound(0, start, int(s.size()));
    end = qBound(start, end, int(s.size()));
    out.m_text.reserve(end - start);
    out.m_map.reserve(end - start + 1);

    auto put = [&out](QChar c, int at) {
        out.m_text.append(c);
        out.m_map.append(at);
    };

    int p = start;
    bool atLineStart = true;
    while (p < end) {
        const QChar c = s.at(p);

        if (atLineStart) {
            // Markdown heading marks left by the conversion: "## Being healthy".
            int q = p;
            while (q < end && (s.at(q) == QLatin1Char(' ') || s.at(q) == QLatin1Char('\t')))
                ++q;
            int hashes = q;
            while (hashes < end && s.at(hashes) == QLatin1Char('#'))
                ++hashes;
            if (hashes > q && hashes < end && s.at(hashes) == QLatin1Char(' ')) {
                p = hashes + 1;
                atLineStart = false;
                continue;
            }
            atLineStart = false;
        }

        if (c.isSpace() || c == QChar(0x00A0)) {
            int q = p;
            int newlines = 0;
            while (q < end && (s.at(q).isSpace() || s.at(q) == QChar(0x00A0))) {
                newlines += s.at(q) == QLatin1Char('\n');
                ++q;
            }
            if (!out.m_text.isEmpty() && q < end)
                put(newlines == 1 ? QLatin1Char('\n') : QLatin1Char(' '), p);
            atLineStart = newlines > 0;
            p = q;
            continue;
        }
        if (c == QLatin1Char('<')) {
            const int len = tagLength(s, p, end);
            if (len > 0) {
                // A footnote marker such as <sup>1</sup> is dropped with its contents.
                if (s.mid(p, 5).compare(QLatin1String("<sup>"), Qt::CaseInsensitive) == 0) {
                    const int close = int(s.indexOf(QLatin1String("</sup>"), p, Qt::CaseInsensitive));
                    if (close >= 0 && close + 6 <= end && close - p < 20) {
                        p = close + 6;
                        continue;
                    }
                }
                p += len;
                continue;
            }
        }
        if (c == QChar(0xFFFD)) {
            ++p;
            continue;
        }
        if (c == QLatin1Char('*')) {
            if (p + 1 < end && s.at(p + 1) == QLatin1Char('*')) {
                p += 2;
                continue;
            }
            const QChar before = p > start ? s.at(p - 1) : QLatin1Char(' ');
            const QChar after = p + 1 < end ? s.at(p + 1) : QLatin1Char(' ');
            const bool opens = !isWordChar(before) && isWordChar(after);
            const bool closes = isWordChar(before)
                && (after.isSpace() || after == QLatin1Char(',') || after == QLatin1Char('.')
                    || after == QLatin1Char(')') || p + 1 == end);
            if (opens || closes) {
                ++p;
                continue;
            }
        }
        put(c, p);
        ++p;
    }
    while (!out.m_text.isEmpty() && out.m_text.back().isSpace()) {
        out.m_text.chop(1);
        out.m_map.removeLast();
    }
    out.m_map.append(end);
    return out;
}

int CleanText::originalOffset(int cleanIndex) const
{
    if (m_map.isEmpty())
        return 0;
    return m_map.at(qBound(0, cleanIndex, int(m_map.size()) - 1));
}

bool CleanText::cleanSpan(int originalStart, int originalEnd, int *cleanStart, int *cleanEnd) const
{
    int first = -1;
    int last = -1;
    for (int i = 0; i < m_text.size(); ++i) {
        const int o = m_map.at(i);
        if (o >= originalStart && o < originalEnd) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    if (first < 0)
        return false;
    *cleanStart = first;
    *cleanEnd = last + 1;
    return true;
}
