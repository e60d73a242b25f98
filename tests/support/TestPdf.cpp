#include "TestPdf.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <limits>

namespace TestPdf {
namespace {

// A4 in points, with the margins of a plain council letter.
constexpr qreal PageWidth = 595;
constexpr qreal PageHeight = 842;
constexpr qreal SideMargin = 56;
constexpr qreal BodyTop = 64;
constexpr qreal BodyBottom = PageHeight - 64;
constexpr qreal Gutter = 24;
constexpr qreal CellGap = 18;
constexpr qreal RowGap = 4;
constexpr int ScanDpi = 100;

enum FontId { Body, Heading1, Heading2, Heading3, Small, FontCount };

struct Run
{
    QPointF baseline;
    int font = Body;
    QString text;
};

struct Piece
{
    QString text;
    int hyphenation = -1; // index into Result::hyphenations when this piece is a fragment
    bool second = false;
};
using Line = QList<Piece>;

bool isLetters(QStringView s)
{
    for (const QChar c : s) {
        if (!c.isLetter())
            return false;
    }
    return !s.isEmpty();
}

class Layouter
{
public:
    Layouter(const Options &options, const QPaintDevice *device, Result *result)
        : m_options(options)
        , m_result(result)
    {
        const QString family = QStringLiteral("DejaVu Sans");
        const qreal body = options.bodySize;
        const qreal sizes[FontCount] = { body, body * 1.4, body * 1.2, body * 1.1, body * 0.8 };
        for (int i = 0; i < FontCount; ++i) {
            QFont font(family);
            font.setPointSizeF(sizes[i]);
            font.setBold(i >= Heading1 && i <= Heading3);
            // Kerning and ligatures would make the drawn words differ from their measured widths.
            font.setKerning(false);
            m_fonts.append(font);
            m_metrics.append(QFontMetricsF(font, device));
        }
        m_y = BodyTop;
        m_pages.append(QList<Run>());
    }

    const QList<QFont> &fonts() const { return m_fonts; }
    const QList<QList<Run>> &pages() const { return m_pages; }
    bool stopped() const { return m_stopped; }
    void limitPages(int pages) { m_pageLimit = pages; }

    void addLine(const QString &sourceLine)
    {
        if (m_stopped)
            return;
        QString line = sourceLine;
        while (line.endsWith(QLatin1Char(' ')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            return;
        if (line.contains(QLatin1Char('\t'))) {
            tableRow(plainText(line).split(QLatin1Char('\t')));
            return;
        }
        int level = 0;
        while (level < line.size() && line.at(level) == QLatin1Char('#'))
            ++level;
        const QString text = plainText(line).simplified();
        if (text.isEmpty())
            return;
        if (level > 0)
            paragraph(text, level == 1 ? Heading1 : level == 2 ? Heading2 : Heading3, true);
        else
            paragraph(text, Body, false);
    }

private:
    qreal columnWidth() const
    {
        const qreal width = PageWidth - 2 * SideMargin;
        return m_options.columns > 1 ? (width - Gutter) / 2 : width;
    }
    qreal columnX() const { return SideMargin + m_column * (columnWidth() + Gutter); }

    void nextColumn()
    {
        if (m_column + 1 < qBound(1, m_options.columns, 2)) {
            ++m_column;
        } else {
            m_column = 0;
            if (m_pages.size() >= m_pageLimit) {
                m_stopped = true;
                return;
            }
            m_pages.append(QList<Run>());
        }
        m_y = BodyTop;
    }

    // Room for height more points in this column, or the next column.
    bool ensure(qreal height)
    {
        if (m_y + height > BodyBottom && m_y > BodyTop)
            nextColumn();
        return !m_stopped;
    }

    void spaceBefore(bool tableRow, bool heading)
    {
        const qreal lineSpacing = m_metrics.at(Body).lineSpacing();
        if (m_blocks > 0 && m_y > BodyTop) {
            if (tableRow && m_previousWasRow)
                m_y += RowGap;
            else
                m_y += lineSpacing * (heading ? 1.0 : 0.7);
        }
        ++m_blocks;
        m_previousWasRow = tableRow;
    }

    QList<Line> wrap(const QString &text, int font, qreal width)
    {
        const QFontMetricsF &fm = m_metrics.at(font);
        const qreal space = fm.horizontalAdvance(QLatin1Char(' '));
        QList<Line> lines;
        Line line;
        qreal used = 0;
        auto flush = [&] {
            if (!line.isEmpty())
                lines.append(line);
            line.clear();
            used = 0;
        };
        QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int wi = 0; wi < words.size(); ++wi) {
            const QString word = words.at(wi);
            const qreal w = fm.horizontalAdvance(word);
            const qreal gap = line.isEmpty() ? 0 : space;
            if (used + gap + w <= width) {
                line.append({ word });
                used += gap + w;
                continue;
            }
            // The longest prefix of at least three letters that fits with its hyphen, leaving three.
            int letters = 0;
            while (letters < word.size() && word.at(letters).isLetter())
                ++letters;
            const int minimumWord = m_options.forceHyphenation ? 6 : 9;
            int split = 0;
            if (letters >= minimumWord && isLetters(QStringView(word).left(letters))) {
                for (int k = letters - 3; k >= 3; --k) {
                    if (used + gap + fm.horizontalAdvance(word.left(k) + QLatin1Char('-')) <= width) {
                        split = k;
                        break;
                    }
                }
            }
            if (split > 0) {
                Hyphenation h;
                h.word = word;
                h.first = word.left(split);
                h.second = word.mid(split);
                m_result->hyphenations.append(h);
                const int index = int(m_result->hyphenations.size()) - 1;
                line.append({ h.first + QLatin1Char('-'), index, false });
                flush();
                line.append({ h.second, index, true });
                used = fm.horizontalAdvance(h.second);
                continue;
            }
            flush();
            if (w <= width) {
                line.append({ word });
                used = w;
                continue;
            }
            // A word wider than the column (a URL, a row of dashes): broken where it must be.
            QString rest = word;
            while (!rest.isEmpty()) {
                int k = int(rest.size());
                while (k > 1 && fm.horizontalAdvance(rest.left(k)) > width)
                    --k;
                // Between two letters the break gets a hyphen, as a word processor's would.
                const bool midWord = k > 2 && k + 1 < rest.size() && rest.at(k - 2).isLetter()
                    && rest.at(k).isLetter() && rest.at(k).isLower();
                if (midWord)
                    --k;
                line.append({ midWord ? rest.left(k) + QLatin1Char('-') : rest.left(k) });
                used = fm.horizontalAdvance(line.last().text);
                rest = rest.mid(k);
                if (!rest.isEmpty())
                    flush();
            }
        }
        flush();
        return lines;
    }

    // Draws one line with its top at m_y, recording where hyphenated fragments went.
    void place(const Line &line, int font, qreal x)
    {
        const QFontMetricsF &fm = m_metrics.at(font);
        QString text;
        for (const Piece &p : line) {
            if (!text.isEmpty())
                text += QLatin1Char(' ');
            if (p.hyphenation >= 0) {
                Hyphenation &h = m_result->hyphenations[p.hyphenation];
                const QString fragment = p.second ? h.second : h.first;
                const QRectF rect(x + fm.horizontalAdvance(text), m_y, fm.horizontalAdvance(fragment),
                    fm.ascent() + fm.descent());
                (p.second ? h.secondRect : h.firstRect) = rect;
                (p.second ? h.secondPage : h.firstPage) = int(m_pages.size());
            }
            text += p.text;
        }
        m_pages.last().append({ QPointF(x, m_y + fm.ascent()), font, text });
    }

    void paragraph(const QString &text, int font, bool heading)
    {
        spaceBefore(false, heading);
        const qreal lineSpacing = m_metrics.at(font).lineSpacing();
        const QList<Line> lines = wrap(text, font, columnWidth());
        // A heading is kept with the first two lines after it, as word processors do.
        if (!ensure(heading ? lineSpacing * 3 : lineSpacing))
            return;
        for (int i = 0; i < lines.size(); ++i) {
            if (!ensure(lineSpacing))
                return;
            if (i == 0)
                m_result->paragraphs.append({ text, int(m_pages.size()), m_column, heading, false });
            place(lines.at(i), font, columnX());
            m_y += lineSpacing;
        }
    }

    void tableRow(const QStringList &rawCells)
    {
        QStringList cells;
        for (const QString &c : rawCells)
            cells.append(c.simplified());
        while (cells.size() > 1 && cells.last().isEmpty())
            cells.removeLast();
        spaceBefore(true, false);
        const int n = int(cells.size());
        const qreal width = columnWidth();
        QList<qreal> starts;
        QList<qreal> widths;
        if (n == 1) {
            starts = { 0 };
            widths = { width };
        } else {
            const qreal first = width * (n == 2 ? 0.62 : 0.40);
            const qreal other = (width - first) / (n - 1);
            for (int i = 0; i < n; ++i) {
                starts.append(i == 0 ? 0 : first + (i - 1) * other);
                widths.append((i == 0 ? first : other) - (i + 1 < n ? CellGap : 0));
            }
        }
        QList<QList<Line>> cellLines;
        int rowLines = 1;
        for (int i = 0; i < n; ++i) {
            cellLines.append(wrap(cells.at(i), Body, widths.at(i)));
            rowLines = qMax(rowLines, int(cellLines.last().size()));
        }
        const qreal lineSpacing = m_metrics.at(Body).lineSpacing();
        if (!ensure(rowLines * lineSpacing))
            return;
        m_result->paragraphs.append({ cells.join(QLatin1Char('\t')), int(m_pages.size()), m_column, false, true });
        const qreal top = m_y;
        for (int i = 0; i < n; ++i) {
            for (int l = 0; l < cellLines.at(i).size(); ++l) {
                m_y = top + l * lineSpacing;
                place(cellLines.at(i).at(l), Body, columnX() + starts.at(i));
            }
        }
        m_y = top + rowLines * lineSpacing;
    }

    const Options &m_options;
    Result *m_result;
    QList<QFont> m_fonts;
    QList<QFontMetricsF> m_metrics;
    QList<QList<Run>> m_pages;
    int m_column = 0;
    qreal m_y = 0;
    int m_blocks = 0;
    bool m_previousWasRow = false;
    bool m_stopped = false;
    int m_pageLimit = std::numeric_limits<int>::max();
};

void paintPage(QPainter &painter, const Layouter &layout, const Options &options, int page)
{
    painter.setPen(Qt::black);
    const QList<QFont> &fonts = layout.fonts();
    const int pageCount = int(layout.pages().size());
    if (!options.header.isEmpty()) {
        painter.setFont(fonts.at(Small));
        painter.drawText(QPointF(SideMargin, 36), options.header);
    }
    if (options.pageNumbers) {
        painter.setFont(fonts.at(Small));
        const QString footer = QStringLiteral("Page %1 of %2").arg(page + 1).arg(pageCount);
        const qreal w = QFontMetricsF(fonts.at(Small), painter.device()).horizontalAdvance(footer);
        painter.drawText(QPointF((PageWidth - w) / 2, PageHeight - 36), footer);
    }
    int font = -1;
    for (const Run &run : layout.pages().at(page)) {
        if (run.font != font) {
            font = run.font;
            painter.setFont(fonts.at(font));
        }
        painter.drawText(run.baseline, run.text);
    }
}

} // namespace

QString plainText(const QString &line)
{
    static const QRegularExpression heading(QStringLiteral("^#+\\s*"));
    static const QRegularExpression tags(QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]{0,80})?\\s*/?>"));
    static const QRegularExpression emphasis(QStringLiteral("(?<![\\w*])\\*(?=\\S)([^*\\n]*?\\S)\\*(?![\\w*])"));
    QString s = line;
    s.remove(heading);
    s.remove(tags);
    s.remove(QStringLiteral("**"));
    s.replace(emphasis, QStringLiteral("\\1"));
    return s;
}

Result make(const QString &markdownText, const Options &options)
{
    Result result;
    QBuffer buffer(&result.pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setResolution(72); // painter units are points, as Poppler's boxes are
    writer.setCreator(QStringLiteral("csdash TestPdf"));

    Layouter layout(options, &writer, &result);
    const QStringList lines = markdownText.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        layout.addLine(line);
    if (options.minimumPages > 0) {
        layout.limitPages(options.minimumPages);
        const int before = int(result.paragraphs.size());
        while (!layout.stopped() && int(layout.pages().size()) <= options.minimumPages && before > 0) {
            for (const QString &line : lines)
                layout.addLine(line);
        }
    }
    for (qsizetype i = result.hyphenations.size() - 1; i >= 0; --i) {
        if (result.hyphenations.at(i).firstPage == 0 || result.hyphenations.at(i).secondPage == 0)
            result.hyphenations.removeAt(i);
    }
    result.pageCount = int(layout.pages().size());

    QPainter painter;
    if (!painter.begin(&writer)) {
        result.error = QStringLiteral("QPainter cannot paint on the PDF writer");
        result.pdf.clear();
        return result;
    }
    for (int page = 0; page < result.pageCount; ++page) {
        if (page > 0 && !writer.newPage()) {
            result.error = QStringLiteral("the PDF writer cannot start page %1").arg(page + 1);
            break;
        }
        if (options.imageOnly) {
            QImage scan(qRound(PageWidth * ScanDpi / 72.0), qRound(PageHeight * ScanDpi / 72.0),
                QImage::Format_RGB32);
            // At 72 dots per inch a point size is that many pixels before the scale to the scan's resolution.
            scan.setDotsPerMeterX(2835);
            scan.setDotsPerMeterY(2835);
            scan.fill(Qt::white);
            QPainter scanPainter(&scan);
            scanPainter.setRenderHint(QPainter::TextAntialiasing);
            scanPainter.scale(ScanDpi / 72.0, ScanDpi / 72.0);
            paintPage(scanPainter, layout, options, page);
            scanPainter.end();
            painter.drawImage(QRectF(0, 0, PageWidth, PageHeight), scan.convertToFormat(QImage::Format_Grayscale8));
        } else {
            paintPage(painter, layout, options, page);
        }
    }
    painter.end();
    if (result.error.isEmpty() && result.pdf.isEmpty())
        result.error = QStringLiteral("the PDF writer wrote nothing");
    return result;
}

} // namespace TestPdf
