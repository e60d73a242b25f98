#include "TextLayout.h"

#include "CleanText.h"
#include "MatchOptions.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

bool isBlank(const QString &s, TextSpan span)
{
    for (int i = span.start; i < span.end; ++i) {
        if (!s.at(i).isSpace() && s.at(i) != QChar(0x00A0))
            return false;
    }
    return true;
}

bool isTerminator(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?');
}

} // namespace

// A line break ends a sentence unless the text merely wraps: it does when a blank line, a table
// row, a list item or a heading follows, or the line it ends is a table row.
bool TextLayout::isHardLineBreak(int newline) const
{
    const int next = newline + 1;
    if (next >= m_text.size())
        return true;
    const QChar n = m_text.at(next);
    if (n == QLatin1Char('\n')) {
        // Blank lines inside one paragraph are a page break the paragraph was joined across.
        int k = next;
        while (k < m_text.size() && m_text.at(k).isSpace())
            ++k;
        return k >= m_text.size() || !(m_text.at(k).isLower() || m_text.at(k).isDigit());
    }
    if (n == QLatin1Char('\t') || n == QLatin1Char('-') || n == QLatin1Char('#') || n == QLatin1Char('*')
        || n == QChar(0x2022) || n == QChar(0x00B7) || n == QLatin1Char('<') || n.isSpace())
        return true;
    const int lineStart = int(m_text.lastIndexOf(QLatin1Char('\n'), newline - 1)) + 1;
    if (QStringView(m_text).mid(lineStart, newline - lineStart).contains(QLatin1Char('\t')))
        return true;
    int nextEnd = int(m_text.indexOf(QLatin1Char('\n'), next));
    if (nextEnd < 0)
        nextEnd = int(m_text.size());
    return QStringView(m_text).mid(next, nextEnd - next).contains(QLatin1Char('\t'));
}

TextLayout::TextLayout(const QString &text)
    : m_text(text)
    , m_matchOptions(MatchOptions::checkedOnce(m_text))
{
    splitLines();
    splitBlocks();
}

void TextLayout::splitLines()
{
    int start = 0;
    for (int i = 0; i < m_text.size(); ++i) {
        if (m_text.at(i) == QLatin1Char('\n')) {
            m_lines.append({ start, i });
            start = i + 1;
        }
    }
    if (start <= m_text.size())
        m_lines.append({ start, int(m_text.size()) });
}

void TextLayout::splitBlocks()
{
    struct Raw
    {
        int firstLine;
        int lastLine;
        int blankLinesBefore;
    };
    QList<Raw> raws;
    int blanks = 0;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (isBlank(m_text, m_lines.at(i))) {
            ++blanks;
            continue;
        }
        if (!raws.isEmpty() && blanks == 0)
            raws.last().lastLine = i;
        else
            raws.append({ i, i, blanks });
        blanks = 0;
    }

    // A page break in the converted text splits a paragraph mid-sentence: a long line ending in a
    // word, then blank lines, then text that starts in lower case or with a number.
    QList<Raw> joined;
    for (const Raw &raw : std::as_const(raws)) {
        if (!joined.isEmpty()) {
            // The next block first: most start a sentence, and the line before need not be cleaned.
            const QString next = CleanText::clean(
                m_text, m_lines.at(raw.firstLine).start, m_lines.at(raw.firstLine).end);
            const bool nextContinues = !next.isEmpty() && (next.front().isLower() || next.front().isDigit())
                && !m_text.at(m_lines.at(raw.firstLine).start).isSpace();
            if (nextContinues) {
                const QString previous = CleanText::clean(
                    m_text, m_lines.at(joined.last().lastLine).start, m_lines.at(joined.last().lastLine).end);
                const bool previousOpen = previous.size() >= 60
                    && (previous.back().isLetter() || previous.back() == QLatin1Char(','));
                if (previousOpen) {
                    joined.last().lastLine = raw.lastLine;
                    continue;
                }
            }
        }
        joined.append(raw);
    }

    for (int i = 0; i < joined.size(); ++i) {
        const Raw &raw = joined.at(i);
        TextBlock block;
        block.span = { m_lines.at(raw.firstLine).start, m_lines.at(raw.lastLine).end };
        m_blocks.append(block);
    }

    for (int i = 0; i < m_blocks.size(); ++i) {
        TextBlock &block = m_blocks[i];
        const QString raw = m_text.mid(block.span.start, block.span.end - block.span.start).trimmed();
        block.clean = CleanText::clean(m_text, block.span.start, block.span.end);
        const QString &clean = block.clean;
        if (clean.isEmpty() || clean.contains(QLatin1Char('\n')) || raw.startsWith(QLatin1Char('\t')))
            continue;
        if (raw.startsWith(QLatin1Char('#'))) {
            block.heading = true;
            continue;
        }
        // A title has words: a bare number or figure ("1", "14.60%") is a table's or a page's,
        // and a line of several comma-separated parts is an address or a list of names. The cheap
        // tests first: most blocks are paragraphs, longer than any title.
        const QChar last = clean.back();
        if (i + 1 >= m_blocks.size() || clean.size() > 100 || isTerminator(last) || last == QLatin1Char(',')
            || last == QLatin1Char(';') || !(clean.front().isUpper() || clean.front().isDigit())
            || clean.count(QLatin1Char(',')) >= 2)
            continue;
        static const QRegularExpression twoLetters(QStringLiteral("\\p{L}{2}"));
        if (int(clean.split(QLatin1Char(' '), Qt::SkipEmptyParts).size()) > 12 || !clean.contains(twoLetters))
            continue;
        const TextSpan next = m_blocks.at(i + 1).span;
        block.heading = next.end - next.start > clean.size() * 2 && next.end - next.start > 120;
    }
}

QString TextLayout::lineText(int index) const
{
    const TextSpan l = m_lines.at(index);
    return m_text.mid(l.start, l.end - l.start);
}

int TextLayout::lineIndexAt(int offset) const
{
    auto it = std::upper_bound(
        m_lines.cbegin(), m_lines.cend(), offset, [](int o, const TextSpan &l) { return o < l.start; });
    return int(std::distance(m_lines.cbegin(), it)) - 1;
}

TextSpan TextLayout::sentenceAt(int offset) const
{
    const int li = qMax(0, lineIndexAt(offset));
    const TextSpan line = m_lines.at(li);
    for (const TextSpan &s : sentences(line)) {
        if (offset >= s.start && offset < s.end)
            return s;
    }
    return trimmed(line);
}

QList<TextSpan> TextLayout::sentences(TextSpan within) const
{
    QList<TextSpan> out;
    int start = within.start;
    for (int i = within.start; i < within.end; ++i) {
        const QChar c = m_text.at(i);
        bool boundary = c == QLatin1Char('\t') || (c == QLatin1Char('\n') && isHardLineBreak(i));
        int endHere = i;
        if (!boundary && isTerminator(c)) {
            int j = i + 1;
            while (j < within.end
                && (m_text.at(j) == QLatin1Char(')') || m_text.at(j) == QLatin1Char('"')
                    || m_text.at(j) == QChar(0x201D)))
                ++j;
            if (j >= within.end) {
                boundary = true;
                endHere = j;
            } else if (m_text.at(j).isSpace()) {
                int k = j;
                while (k < within.end && m_text.at(k).isSpace())
                    ++k;
                if (k >= within.end || m_text.at(k).isUpper() || m_text.at(k).isDigit()
                    || m_text.at(k) == QLatin1Char('<') || m_text.at(k) == QLatin1Char('*')) {
                    boundary = true;
                    endHere = j;
                }
            }
        }
        if (boundary) {
            const TextSpan s = trimmed({ start, endHere });
            if (!s.isEmpty())
                out.append(s);
            start = qMax(endHere, i + 1);
            i = start - 1;
        }
    }
    const TextSpan s = trimmed({ start, within.end });
    if (!s.isEmpty())
        out.append(s);
    return out;
}

TextSpan TextLayout::trimmed(TextSpan span) const
{
    while (span.start < span.end && m_text.at(span.start).isSpace())
        ++span.start;
    while (span.end > span.start && m_text.at(span.end - 1).isSpace())
        --span.end;
    return span;
}
