#include "PdfText.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>
#include <optional>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PdfText", text);
}

// Poppler reports damage only as messages; they are collected for the read running on this thread.
thread_local QStringList *t_popplerMessages = nullptr;

void popplerMessage(const QString &message, const QVariant &)
{
    if (t_popplerMessages && t_popplerMessages->size() < 100)
        t_popplerMessages->append(message);
}

void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction(popplerMessage, QVariant()); });
}

struct Word
{
    QString text;
    QRectF rect;
    qreal hyphenRight = 0; // where the word's ink ends without its final hyphen
    bool spaceAfter = true;
};

struct Line
{
    QList<Word> words;
    QRectF rect;
    int page = 0;
    int region = 0; // 0 the whole width, 1 the left column, 2 the right column
    qreal pitch = 0; // the distance from this line's top to the next line's of the same paragraph
    qreal regionRight = 0; // where this region's longest lines end

    qreal top() const { return rect.top(); }
    qreal height() const { return rect.height(); }
};

QString wordText(const QString &raw)
{
    QString s;
    s.reserve(raw.size());
    for (const QChar c : raw) {
        switch (c.unicode()) {
        case 0xFB00:
            s += QLatin1String("ff");
            break;
        case 0xFB01:
            s += QLatin1String("fi");
            break;
        case 0xFB02:
            s += QLatin1String("fl");
            break;
        case 0xFB03:
            s += QLatin1String("ffi");
            break;
        case 0xFB04:
            s += QLatin1String("ffl");
            break;
        case 0xFB05:
        case 0xFB06:
            s += QLatin1String("st");
            break;
        default:
            s += (c.unicode() < 0x20 || c.unicode() == 0x7F || c.isSpace()) ? QLatin1Char(' ') : c;
        }
    }
    return s.trimmed();
}

bool finite(const QRectF &r)
{
    return std::isfinite(r.x()) && std::isfinite(r.y()) && std::isfinite(r.width())
        && std::isfinite(r.height()) && std::abs(r.x()) < 1e6 && std::abs(r.y()) < 1e6 && r.width() >= 0
        && r.height() > 0 && r.width() < 1e6 && r.height() < 1e6;
}

void finish(Line &line)
{
    std::stable_sort(line.words.begin(), line.words.end(),
        [](const Word &a, const Word &b) { return a.rect.left() < b.rect.left(); });
    QRectF r;
    for (const Word &w : std::as_const(line.words))
        r = r.isNull() ? w.rect : r.united(w.rect);
    line.rect = r;
}

// Words that share a vertical band form a line; lines from the top, words from the left.
QList<Line> groupLines(QList<Word> words)
{
    std::stable_sort(words.begin(), words.end(),
        [](const Word &a, const Word &b) { return a.rect.center().y() < b.rect.center().y(); });
    QList<Line> lines;
    QList<QPair<qreal, qreal>> bands; // top and bottom of each line so far
    for (const Word &w : std::as_const(words)) {
        int found = -1;
        for (int i = int(lines.size()) - 1; i >= 0 && i >= int(lines.size()) - 3; --i) {
            const qreal overlap = std::min(bands.at(i).second, w.rect.bottom())
                - std::max(bands.at(i).first, w.rect.top());
            if (overlap >= 0.5 * std::min(w.rect.height(), bands.at(i).second - bands.at(i).first)) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            lines.append(Line());
            bands.append({ w.rect.top(), w.rect.bottom() });
            found = int(lines.size()) - 1;
        }
        lines[found].words.append(w);
        bands[found] = { std::min(bands.at(found).first, w.rect.top()),
            std::max(bands.at(found).second, w.rect.bottom()) };
    }
    for (Line &l : lines)
        finish(l);
    std::stable_sort(
        lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.top() < b.top(); });
    return lines;
}

// A gap wider than this between two words on a line separates table cells (a space is about a
// quarter of it).
qreal cellGap(const Line &line)
{
    return std::max<qreal>(line.height(), 4);
}

// Where a line ending at lineEnd would end with one more word of this width after a space: the
// test of whether a line wrapped (the next line's first word would not have fitted) or stopped short.
qreal endWithWord(qreal lineEnd, qreal wordWidth, qreal height)
{
    return lineEnd + 0.3 * height + wordWidth;
}

// Word indexes of a line split where the gaps are wide.
QList<QList<int>> cellsOf(const Line &line)
{
    QList<QList<int>> cells;
    for (int i = 0; i < line.words.size(); ++i) {
        if (i == 0 || line.words.at(i).rect.left() - line.words.at(i - 1).rect.right() > cellGap(line))
            cells.append(QList<int>());
        cells.last().append(i);
    }
    return cells;
}

// The x extents a line's ink covers, words close together merged.
QList<QPair<qreal, qreal>> occupied(const Line &line)
{
    QList<QPair<qreal, qreal>> out;
    for (const Word &w : line.words) {
        if (!out.isEmpty() && w.rect.left() - out.last().second <= cellGap(line))
            out.last().second = std::max(out.last().second, w.rect.right());
        else
            out.append({ w.rect.left(), w.rect.right() });
    }
    return out;
}

bool crosses(const Line &line, qreal left, qreal right)
{
    for (const auto &span : occupied(line)) {
        if (span.first < right && span.second > left)
            return true;
    }
    return false;
}

// A two-column page has a vertical band near the middle that most lines do not cross, with
// text of a column's width on both sides of it. Returns the band, or an empty pair.
QPair<qreal, qreal> findGutter(const QList<Line> &lines, qreal pageWidth)
{
    if (lines.size() < 6 || pageWidth <= 0 || pageWidth > 10000)
        return {};
    const int from = int(pageWidth * 0.3);
    const int to = int(pageWidth * 0.7);
    QList<int> crossing(to - from + 1, 0);
    for (const Line &l : lines) {
        for (const auto &span : occupied(l)) {
            const int a = std::max(from, int(std::ceil(span.first)));
            const int b = std::min(to, int(std::floor(span.second)));
            for (int x = a; x <= b; ++x)
                ++crossing[x - from];
        }
    }
    const int limit = int(lines.size()) / 10;
    qreal bestLeft = 0, bestRight = 0, bestDistance = 1e9;
    for (int x = from; x <= to;) {
        if (crossing.at(x - from) > limit) {
            ++x;
            continue;
        }
        int end = x;
        while (end + 1 <= to && crossing.at(end + 1 - from) <= limit)
            ++end;
        const qreal distance = std::abs((x + end) / 2.0 - pageWidth / 2);
        if (end - x >= 8 && distance < bestDistance) {
            bestDistance = distance;
            bestLeft = x;
            bestRight = end;
        }
        x = end + 1;
    }
    if (bestDistance > 1e8)
        return {};
    // Text of about a column's width on each side (a table's short grade cells are not a column).
    qreal minLeft = 1e9, maxRight = 0;
    QList<qreal> leftWidths, rightWidths;
    for (const Line &l : lines) {
        minLeft = std::min(minLeft, l.rect.left());
        maxRight = std::max(maxRight, l.rect.right());
        qreal leftStart = 1e9, leftEnd = -1, rightStart = 1e9, rightEnd = -1;
        for (const Word &w : l.words) {
            if (w.rect.center().x() < (bestLeft + bestRight) / 2) {
                leftStart = std::min(leftStart, w.rect.left());
                leftEnd = std::max(leftEnd, w.rect.right());
            } else {
                rightStart = std::min(rightStart, w.rect.left());
                rightEnd = std::max(rightEnd, w.rect.right());
            }
        }
        if (leftEnd >= 0)
            leftWidths.append(leftEnd - leftStart);
        if (rightEnd >= 0)
            rightWidths.append(rightEnd - rightStart);
    }
    const int n = int(lines.size());
    if (leftWidths.size() < 3 || rightWidths.size() < 3 || leftWidths.size() * 100 < n * 15
        || rightWidths.size() * 100 < n * 15)
        return {};
    std::sort(leftWidths.begin(), leftWidths.end());
    std::sort(rightWidths.begin(), rightWidths.end());
    if (rightWidths.at(rightWidths.size() / 2) < 0.5 * (maxRight - bestRight)
        || leftWidths.at(leftWidths.size() / 2) < 0.5 * (bestLeft - minLeft))
        return {};
    return { bestLeft, bestRight };
}

// A page's lines in reading order: on a two-column page, the left column then the right between
// lines that span both.
QList<Line> readingOrder(const QList<Line> &lines, qreal pageWidth, int page)
{
    const QPair<qreal, qreal> gutter = findGutter(lines, pageWidth);
    if (gutter.second <= gutter.first)
        return lines;
    const qreal middle = (gutter.first + gutter.second) / 2;
    QList<Line> out;
    QList<Word> left, right;
    auto flush = [&] {
        for (QList<Word> *side : { &left, &right }) {
            for (Line l : groupLines(*side)) {
                l.region = side == &left ? 1 : 2;
                l.page = page;
                out.append(l);
            }
            side->clear();
        }
    };
    for (const Line &l : lines) {
        // Lines of a column may reach into the band a little; a line across both columns covers its middle.
        if (crosses(l, middle - 1, middle + 1)) {
            flush();
            out.append(l);
            continue;
        }
        for (const Word &w : l.words)
            (w.rect.center().x() < middle ? left : right).append(w);
    }
    flush();
    return out;
}

// The smallest ratio, in hundredths, measured at least atLeast times and at least a fifth as
// often as the commonest (0 if none is).
int smallestRecurring(const QHash<int, int> &ratios, int atLeast)
{
    int most = 0;
    for (const int n : ratios)
        most = std::max(most, n);
    int best = 0;
    for (auto it = ratios.cbegin(); it != ratios.cend(); ++it) {
        // Neighbouring hundredths are one pitch measured with rounding.
        const int n = it.value() + ratios.value(it.key() - 1) + ratios.value(it.key() + 1);
        if (n >= std::max(atLeast, most / 5) && (best == 0 || it.key() < best))
            best = it.key();
    }
    return best;
}

// The distance from one line's top to the next within a paragraph, as a multiple of the lines'
// height. Measured first after lines that wrapped (the next line's first word would not have
// fitted at their end): table rows and paragraphs are spaced more widely, and on a page of
// one-line paragraphs and a table the row pitch is the one that recurs most. Without a wrapped
// line, the smallest pitch that recurs.
qreal pitchPerHeight(const QList<QList<Line>> &pages)
{
    QHash<int, int> all, afterWrappedLines; // in hundredths
    for (const QList<Line> &lines : pages) {
        qreal right = 0;
        for (const Line &l : lines)
            right = std::max(right, l.rect.right());
        for (int i = 1; i < lines.size(); ++i) {
            const Line &a = lines.at(i - 1);
            const Line &b = lines.at(i);
            if (std::abs(a.height() - b.height()) >= 0.1 * b.height())
                continue;
            const qreal ratio = (b.top() - a.top()) / b.height();
            if (ratio <= 0.8 || ratio >= 3)
                continue;
            const int hundredths = int(std::lround(ratio * 100));
            ++all[hundredths];
            // The first word of the line below would not have fitted at the end of this one.
            if (!b.words.isEmpty()
                && endWithWord(a.rect.right(), b.words.first().rect.width(), a.height()) > right)
                ++afterWrappedLines[hundredths];
        }
    }
    // After a wrapped line one measure is enough; among all lines one alone is chance.
    int best = smallestRecurring(afterWrappedLines, 1);
    if (best == 0)
        best = smallestRecurring(all, 2);
    return best > 0 ? best / 100.0 : 1.2;
}

// The line pitch and right edge of each region of a page.
void measureRegions(QList<Line> &lines, qreal pitchPerHeight)
{
    for (int region = 0; region < 3; ++region) {
        qreal right = 0;
        for (const Line &l : std::as_const(lines)) {
            if (l.region == region)
                right = std::max(right, l.rect.right());
        }
        for (Line &l : lines) {
            if (l.region != region)
                continue;
            l.regionRight = right;
            l.pitch = pitchPerHeight * l.height();
        }
    }
}

QString lineKey(const Line &line)
{
    QString s;
    for (const Word &w : line.words) {
        if (!s.isEmpty())
            s += QLatin1Char(' ');
        s += w.text;
    }
    for (QChar &c : s) {
        if (c.isDigit())
            c = QLatin1Char('#');
    }
    return s.toLower();
}

bool isPageNumber(const Line &line)
{
    static const QRegularExpression number(
        QStringLiteral(
            "^(?:page\\s*)?[-\u2013\u2014]?\\s*[0-9ivxlc]+\\s*[-\u2013\u2014]?(?:\\s*(?:of|/)\\s*[0-9]+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    QString s;
    for (const Word &w : line.words)
        s += w.text + QLatin1Char(' ');
    s = s.trimmed();
    if (s.size() > 24)
        return false;
    const QRegularExpressionMatch m = number.match(s);
    // Roman numerals alone only when short, so "civil" or "LIC" are not taken for page numbers.
    return m.hasMatch() && (s.contains(QRegularExpression(QStringLiteral("[0-9]"))) || s.size() <= 4);
}

// Lines at the top and bottom of pages that repeat on most pages (digits aside) are running
// headers and footers; a lone page number at either end goes too.
void removeRunningLines(QList<QList<Line>> &pages)
{
    const int pageCount = int(pages.size());
    constexpr int Depth = 2;
    QHash<QString, int> topCount, bottomCount;
    for (const QList<Line> &lines : std::as_const(pages)) {
        QSet<QString> top, bottom;
        for (int i = 0; i < std::min<int>(Depth, int(lines.size())); ++i) {
            top.insert(lineKey(lines.at(i)));
            bottom.insert(lineKey(lines.at(lines.size() - 1 - i)));
        }
        for (const QString &k : std::as_const(top))
            ++topCount[k];
        for (const QString &k : std::as_const(bottom))
            ++bottomCount[k];
    }
    auto repeated = [pageCount](const QHash<QString, int> &counts, const QString &key) {
        const int n = counts.value(key);
        return pageCount >= 2 && n >= 2 && n * 2 >= pageCount;
    };
    // Running lines and page numbers stand apart from the body; a paragraph's first line that
    // differs from the next page's only in its numbers ("Paragraph 12 says ...") does not, nor
    // does a number in the last row of a table.
    auto apart = [](const Line &line, const Line *neighbour) {
        if (!neighbour)
            return true;
        const qreal gap = line.top() > neighbour->top() ? line.top() - neighbour->rect.bottom()
                                                        : neighbour->top() - line.rect.bottom();
        return gap >= std::max(line.height(), neighbour->height());
    };
    for (QList<Line> &lines : pages) {
        for (int i = std::min<int>(Depth, int(lines.size())) - 1; i >= 0; --i) {
            const Line *inward = i + 1 < lines.size() ? &lines.at(i + 1) : nullptr;
            if (repeated(topCount, lineKey(lines.at(i))) && apart(lines.at(i), inward))
                lines.removeAt(i);
        }
        for (int i = 0, at = int(lines.size()) - 1; i < Depth && at >= 0; ++i, --at) {
            const Line *inward = at > 0 ? &lines.at(at - 1) : nullptr;
            if (repeated(bottomCount, lineKey(lines.at(at))) && apart(lines.at(at), inward))
                lines.removeAt(at);
        }
        if (!lines.isEmpty() && isPageNumber(lines.first())
            && apart(lines.first(), lines.size() > 1 ? &lines.at(1) : nullptr))
            lines.removeFirst();
        if (!lines.isEmpty() && isPageNumber(lines.last())
            && apart(lines.last(), lines.size() > 1 ? &lines.at(lines.size() - 2) : nullptr))
            lines.removeLast();
    }
}

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x00AD) || c == QChar(0x2010);
}

bool endsWithHyphen(const Word &w)
{
    const int n = int(w.text.size());
    return n >= 2 && isHyphen(w.text.at(n - 1)) && w.text.at(n - 2).isLetter();
}

bool startsLower(const Word &w)
{
    for (const QChar c : w.text) {
        if (c == QLatin1Char('(') || c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QChar(0x2018)
            || c == QChar(0x201C))
            continue;
        return c.isLower();
    }
    return false;
}

bool endsSentence(const Word &w)
{
    for (int i = int(w.text.size()) - 1; i >= 0; --i) {
        const QChar c = w.text.at(i);
        if (c == QLatin1Char(')') || c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QChar(0x2019)
            || c == QChar(0x201D))
            continue;
        return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')
            || c == QLatin1Char(':') || c == QLatin1Char(';');
    }
    return false;
}

// Builds the text and its boxes word by word.
class Writer
{
public:
    QString text;
    QList<PageBox> boxes;

    void separate(const QString &separator)
    {
        if (!text.isEmpty())
            text += separator;
    }
    void word(const Word &w, int page)
    {
        const int start = int(text.size());
        text += w.text;
        boxes.append({ start, int(text.size()), page, w.rect });
        m_last = w;
    }
    // The hyphen at the end of the last word goes: the word continues on the next line.
    void dropHyphen()
    {
        text.chop(1);
        PageBox &b = boxes.last();
        b.end -= 1;
        b.rect.setRight(std::max(b.rect.left(), m_last.hyphenRight));
    }

private:
    Word m_last;
};

struct RowCells
{
    QList<QList<Word>> cells;
    QList<qreal> starts;
};

class Assembler
{
public:
    Writer out;

    void add(const QList<Line> &lines)
    {
        for (int i = 0; i < lines.size();) {
            const Line &line = lines.at(i);
            const QList<QList<int>> cells = cellsOf(line);
            if (cells.size() >= 2)
                i = row(lines, i, cells);
            else {
                paragraphLine(line);
                ++i;
            }
        }
    }

private:
    enum class Break
    {
        None,
        Region
    };

    Break breakBefore(const Line &line) const
    {
        if (!m_previous || m_previous->page != line.page || m_previous->region != line.region
            || line.top() < m_previous->top() + 0.5 * line.height())
            return Break::Region;
        return Break::None;
    }

    bool gapBefore(const Line &line) const
    {
        const qreal pitch = line.top() - m_previous->top();
        return pitch > line.pitch * 1.3 + 0.5
            || std::abs(line.height() - m_previous->height())
            > 0.12 * std::min(line.height(), m_previous->height());
    }

    void paragraphLine(const Line &line)
    {
        const Word &first = line.words.first();
        if (!m_previous) {
            emitWords(line.words, line.page);
        } else {
            const Word &last = m_previous->words.last();
            const bool lower = startsLower(first);
            const bool hyphen = endsWithHyphen(last) && lower && !m_previousWasRow;
            bool join = false;
            QString separator = QStringLiteral("\n\n");
            if (m_previousWasRow) {
                join = false;
                if (breakBefore(line) == Break::None && !gapBefore(line))
                    separator = QStringLiteral("\n");
            } else if (breakBefore(line) == Break::Region) {
                join = !endsSentence(last) && lower;
            } else if (gapBefore(line)) {
                join = false;
            } else if (hyphen) {
                join = true;
            } else {
                // The previous line stopped short although this line's first word would have fitted:
                // it ended there on purpose (an address line, a list item).
                const bool fitted = endWithWord(m_previous->rect.right(), first.rect.width(), line.height())
                    < m_previous->regionRight - 2;
                const bool indented = line.rect.left() > m_previous->rect.left() + 0.8 * line.height();
                join = lower || !(fitted || indented);
                separator = QStringLiteral("\n");
            }
            if (join && hyphen) {
                out.dropHyphen();
            } else {
                out.separate(join ? QStringLiteral(" ") : separator);
            }
            emitWords(line.words, line.page);
        }
        m_previous = line;
        m_previousWasRow = false;
    }

    void emitWords(const QList<Word> &words, int page)
    {
        for (int i = 0; i < words.size(); ++i) {
            if (i > 0) {
                const Word &p = words.at(i - 1);
                const bool touching = words.at(i).rect.left() - p.rect.right() < 0.1 * p.rect.height();
                if (!(touching && !p.spaceAfter))
                    out.separate(QStringLiteral(" "));
            }
            out.word(words.at(i), page);
        }
    }

    // A table row from its first line at index i and the lines after it that continue its cells;
    // returns the index of the line after the row.
    int row(const QList<Line> &lines, int i, const QList<QList<int>> &cells)
    {
        const Line &line = lines.at(i);
        RowCells r;
        for (const QList<int> &cell : cells) {
            QList<Word> words;
            for (int k : cell)
                words.append(line.words.at(k));
            r.starts.append(words.first().rect.left());
            r.cells.append(words);
        }
        if (m_previous) {
            const bool sameTable = m_previousWasRow
                && (breakBefore(line) == Break::Region || !gapBefore(line)
                    || line.top() - m_previous->top() < 2.5 * line.pitch);
            out.separate(sameTable ? QStringLiteral("\n") : QStringLiteral("\n\n"));
        }
        QList<qreal> lastRight; // where each column's text ends on the last line with text in it
        for (const QList<Word> &cell : std::as_const(r.cells))
            lastRight.append(cell.last().rect.right());
        QList<qreal> widest = lastRight;
        const Line *last = &line;
        int next = i + 1;
        for (; next < lines.size(); ++next) {
            const Line &c = lines.at(next);
            if (c.region != line.region || c.page != line.page)
                break;
            const qreal pitch = c.top() - last->top();
            if (pitch <= 0.5 * c.height() || pitch > c.pitch + std::max<qreal>(1.5, 0.12 * c.height()))
                break;
            const QList<QList<int>> cc = cellsOf(c);
            QList<int> columns;
            for (const QList<int> &cell : cc) {
                const qreal left = c.words.at(cell.first()).rect.left();
                const qreal right = c.words.at(cell.last()).rect.right();
                int column = -1;
                for (int k = 0; k < r.starts.size(); ++k) {
                    const qreal end = k + 1 < r.starts.size() ? r.starts.at(k + 1) - 2 : 1e9;
                    if (left >= r.starts.at(k) - 2 && right <= end)
                        column = k;
                }
                if (column < 0 || columns.contains(column))
                    break;
                columns.append(column);
            }
            if (columns.size() != cc.size())
                break;
            // The line is the next row, not more of this one, unless every one of its cells starts
            // with a word that did not fit on the line above in that column. Lines with some
            // columns empty too: a key or note under the table is set as closely as a wrapped
            // label's second line where the page's paragraphs are all one line long, and the
            // spacing alone cannot tell them apart.
            bool wrapped = true;
            for (int k = 0; k < cc.size() && wrapped; ++k) {
                const int column = columns.at(k);
                // Where the column's lines may end: its widest line so far, or near the next column.
                const qreal limit = column + 1 < r.starts.size() ? r.starts.at(column + 1) : c.regionRight;
                const qreal end = std::max(widest.at(column), limit - 2 * cellGap(c));
                const qreal width = c.words.at(cc.at(k).first()).rect.width();
                wrapped = lastRight.at(column) >= 0
                    && endWithWord(lastRight.at(column), width, c.height()) > end;
            }
            if (!wrapped)
                break;
            for (int k = 0; k < cc.size(); ++k) {
                for (int w : cc.at(k))
                    r.cells[columns.at(k)].append(c.words.at(w));
                lastRight[columns.at(k)] = c.words.at(cc.at(k).last()).rect.right();
                widest[columns.at(k)] = std::max(widest.at(columns.at(k)), lastRight.at(columns.at(k)));
            }
            last = &c;
        }
        for (int k = 0; k < r.cells.size(); ++k) {
            if (k > 0)
                out.separate(QStringLiteral("\t"));
            const QList<Word> &words = r.cells.at(k);
            for (int w = 0; w < words.size(); ++w) {
                if (w > 0) {
                    const Word &p = words.at(w - 1);
                    const bool sameLine = std::abs(p.rect.center().y() - words.at(w).rect.center().y())
                        < 0.5 * p.rect.height();
                    if (!sameLine && endsWithHyphen(p) && startsLower(words.at(w)))
                        out.dropHyphen();
                    else if (!(sameLine && words.at(w).rect.left() - p.rect.right() < 0.1 * p.rect.height()
                                 && !p.spaceAfter))
                        out.separate(QStringLiteral(" "));
                }
                out.word(words.at(w), line.page);
            }
        }
        m_previous = *last;
        m_previousWasRow = true;
        return next;
    }

    // The line the text so far ends with, kept by value: a page's lines go when the next page comes.
    std::optional<Line> m_previous;
    bool m_previousWasRow = false;
};

PdfText failed(PdfText::Problem problem, const QString &error, int pageCount = 0)
{
    PdfText r;
    r.problem = problem;
    r.error = error;
    r.pageCount = pageCount;
    return r;
}

QString truncatedError()
{
    return tr("the PDF is incomplete: it was cut short, perhaps by an interrupted download or e-mail; "
              "ask for the file again");
}

bool reportsDamage(const QStringList &messages)
{
    for (const QString &m : messages) {
        if (m.contains(QLatin1String("damaged"), Qt::CaseInsensitive)
            || m.contains(QLatin1String("reconstruct"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

bool PdfText::isPdf(const QByteArray &bytes)
{
    return bytes.left(1024).contains("%PDF-");
}

PdfText PdfText::read(const QByteArray &bytes, const Progress &progress)
{
    if (!isPdf(bytes))
        return failed(Problem::Damaged, tr("the file is not a PDF: it does not begin with %PDF-"));
    silencePoppler();
    QStringList messages;
    t_popplerMessages = &messages;
    struct Restore
    {
        ~Restore() { t_popplerMessages = nullptr; }
    } restore;

    const bool cutShort = !bytes.right(1024).contains("%%EOF");
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (document && document->isLocked())
        return failed(Problem::Encrypted,
            tr("the PDF is password-protected; open it in a PDF reader, save an unprotected copy and import "
               "that"));
    if (!document) {
        if (bytes.contains("/Encrypt"))
            return failed(Problem::Encrypted,
                tr("the PDF is password-protected; open it in a PDF reader, save an unprotected copy and "
                   "import "
                   "that"));
        if (cutShort)
            return failed(Problem::Truncated, truncatedError());
        return failed(
            Problem::Damaged, tr("the PDF is damaged and cannot be read; ask for a fresh copy of it"));
    }
    const int pageCount = document->numPages();
    if (pageCount <= 0) {
        if (cutShort || reportsDamage(messages))
            return failed(Problem::Truncated, truncatedError());
        return failed(
            Problem::Damaged, tr("the PDF has no pages that can be read; ask for a fresh copy of it"));
    }

    QList<QList<Line>> pages;
    QList<qreal> widths;
    qsizetype words = 0;
    for (int i = 0; i < pageCount; ++i) {
        QList<Word> pageWords;
        qreal width = 0;
        if (const std::unique_ptr<Poppler::Page> page = document->page(i)) {
            width = page->pageSizeF().width();
            for (const std::unique_ptr<Poppler::TextBox> &box : page->textList()) {
                Word w;
                w.text = wordText(box->text());
                w.rect = box->boundingBox();
                if (w.text.isEmpty() || !finite(w.rect))
                    continue;
                w.spaceAfter = box->hasSpaceAfter();
                if (endsWithHyphen(w)) {
                    const QRectF hyphen = box->charBoundingBox(int(box->text().size()) - 1);
                    w.hyphenRight = finite(hyphen) && hyphen.left() > w.rect.left()
                        ? hyphen.left()
                        : w.rect.right() - w.rect.width() / w.text.size();
                }
                pageWords.append(w);
            }
        }
        words += pageWords.size();
        QList<Line> lines = groupLines(pageWords);
        for (Line &l : lines)
            l.page = i + 1;
        pages.append(lines);
        widths.append(width);
        if (progress && !progress(i + 1, pageCount))
            return failed(Problem::Cancelled, tr("reading the PDF was cancelled"), pageCount);
    }

    if (cutShort || reportsDamage(messages)) {
        PdfText r = failed(Problem::Truncated, truncatedError(), pageCount);
        return r;
    }
    if (words == 0)
        return failed(Problem::ImageOnly,
            tr("the PDF is a scan with no text layer: its pages are pictures of text, so there is nothing to "
               "read; "
               "run it through OCR (text recognition) first and import the searchable PDF that makes"),
            pageCount);

    removeRunningLines(pages);
    const qreal pitch = pitchPerHeight(pages);
    Assembler assembler;
    for (int i = 0; i < pages.size(); ++i) {
        QList<Line> lines = readingOrder(pages.at(i), widths.at(i), i + 1);
        measureRegions(lines, pitch);
        assembler.add(lines);
        pages[i].clear();
    }
    PdfText r;
    r.text = assembler.out.text;
    if (!r.text.isEmpty())
        r.text += QLatin1Char('\n');
    r.boxes = assembler.out.boxes;
    r.pageCount = pageCount;
    return r;
}
