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
    // Matched in the span alone: PCRE checks that its subject is valid UTF-16 from the offset to
    // the subject's end at every match, and with the whole text as the subject, each '<' of a
    // block cost a pass over the rest of the document.
    const auto m = tag.match(QStringView(s).mid(pos, end - pos), 0, QRegularExpression::NormalMatch,
        QRegularExpression::AnchorAtOffsetMatchOption);
    if (!m.hasMatch())
        return 0;
    return int(m.capturedLength());
}

} // namespace

// The one cleaning loop behind fromOriginal() and clean(). It writes into buffers sized for the
// whole span and trims them once: appending a character at a time costs a capacity check each, and
// the import cleans every block of every document several times. The map is written only when asked.
void CleanText::build(const QString &s, int start, int end, QString *text, QList<int> *map)
{
    start = qBound(0, start, int(s.size()));
    end = qBound(start, end, int(s.size()));
    text->resize(end - start);
    QChar *const out = text->data();
    int *const at = map ? (map->resize(end - start + 1), map->data()) : nullptr;
    const QChar *const in = s.constData();
    int n = 0;
    auto put = [&](QChar c, int from) {
        out[n] = c;
        if (at)
            at[n] = from;
        ++n;
    };
    auto isBlank = [](QChar c) { return c.isSpace() || c == QChar(0x00A0); };

    int p = start;
    bool atLineStart = true;
    while (p < end) {
        const QChar c = in[p];

        if (atLineStart) {
            // Markdown heading marks left by the conversion: "## Being healthy".
            int q = p;
            while (q < end && (in[q] == QLatin1Char(' ') || in[q] == QLatin1Char('\t')))
                ++q;
            int hashes = q;
            while (hashes < end && in[hashes] == QLatin1Char('#'))
                ++hashes;
            if (hashes > q && hashes < end && in[hashes] == QLatin1Char(' ')) {
                p = hashes + 1;
                atLineStart = false;
                continue;
            }
            atLineStart = false;
        }

        if (isBlank(c)) {
            int q = p;
            int newlines = 0;
            while (q < end && isBlank(in[q])) {
                newlines += in[q] == QLatin1Char('\n');
                ++q;
            }
            if (n > 0 && q < end)
                put(newlines == 1 ? QLatin1Char('\n') : QLatin1Char(' '), p);
            atLineStart = newlines > 0;
            p = q;
            continue;
        }
        if (c == QLatin1Char('<')) {
            const int len = tagLength(s, p, end);
            if (len > 0) {
                // A footnote marker such as <sup>1</sup> is dropped with its contents.
                if (QStringView(s).mid(p, 5).compare(QLatin1String("<sup>"), Qt::CaseInsensitive) == 0) {
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
            if (p + 1 < end && in[p + 1] == QLatin1Char('*')) {
                p += 2;
                continue;
            }
            const QChar before = p > start ? in[p - 1] : QLatin1Char(' ');
            const QChar after = p + 1 < end ? in[p + 1] : QLatin1Char(' ');
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
    while (n > 0 && out[n - 1].isSpace())
        --n;
    text->truncate(n);
    if (map) {
        at[n] = end;
        map->resize(n + 1);
    }
}

CleanText CleanText::fromOriginal(const QString &s, int start, int end)
{
    CleanText out;
    build(s, start, end, &out.m_text, &out.m_map);
    return out;
}

QString CleanText::clean(const QString &original, int start, int end)
{
    QString text;
    build(original, start, end, &text, nullptr);
    return text;
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
