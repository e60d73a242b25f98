#include "GradeCellDelegate.h"

#include "GradePalette.h"
#include "itemmodels/GradeMatrixModel.h"

#include <QApplication>
#include <QPaintEngine>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QPolygon>
#include <QVarLengthArray>

#include <algorithm>

namespace {

// The hatching of an empty cell, in color, over r.
void drawHatch(QPainter *painter, const QRect &r, const QColor &color)
{
    // Hatched with lines of its own rather than a pattern brush, whose tiling depends on the brush
    // origin and left some cells blank: diagonal lines from the bottom edge up and to the right, 8
    // pixels apart, cut at the cell's edges.
    const auto drawLines = [](QPainter *p, const QRect &cell, const QColor &c) {
        QVarLengthArray<QLine, 64> lines;
        // A line rises height - 1 pixels from the bottom row to the top one, and no further: one
        // more would draw on the gap above the cell.
        const int rise = cell.height() - 1;
        for (int x = cell.left() - rise; x < cell.right(); x += 8) {
            const int x0 = qMax(x, cell.left());
            const int x1 = qMin(x + rise, cell.right());
            lines.append(QLine(x0, cell.bottom() - (x0 - x), x1, cell.bottom() - (x1 - x)));
        }
        p->setPen(QPen(c, 1));
        p->drawLines(lines.constData(), int(lines.size()));
    };
    // On screen a table has hundreds of empty cells of a few sizes, each drawn again at every
    // change: the raster engine drew their lines a pixel at a time (17% of changing the compared
    // authorities at England scale), so each size is drawn once into a pixmap and copied. Printed
    // and exported pages keep the lines themselves.
    const QPaintEngine *engine = painter->paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster || r.isEmpty()) {
        drawLines(painter, r, color);
        return;
    }
    const qreal ratio = painter->device()->devicePixelRatioF();
    const QString key = QStringLiteral("csdash-hatch-%1x%2-%3-%4")
                            .arg(r.width())
                            .arg(r.height())
                            .arg(color.rgba(), 0, 16)
                            .arg(ratio);
    QPixmap tile;
    if (!QPixmapCache::find(key, &tile)) {
        tile = QPixmap((QSizeF(r.size()) * ratio).toSize());
        tile.setDevicePixelRatio(ratio);
        tile.fill(Qt::transparent);
        QPainter p(&tile);
        drawLines(&p, QRect(QPoint(0, 0), r.size()), color);
        p.end();
        QPixmapCache::insert(key, tile);
    }
    painter->drawPixmap(r.topLeft(), tile);
}

} // namespace

QString GradeCellDelegate::wordsThatFit(
    const QFontMetrics &metrics, const QRect &rect, const QStringList &candidates)
{
    // The first candidate whose every word fits the width, on as many lines as the height holds:
    // the grade words shorten, then go, before the number is ever cut (the tooltip has them all).
    const int lines = qMax(1, rect.height() / qMax(1, metrics.lineSpacing()));
    for (const QString &text : candidates) {
        if (text.isEmpty())
            continue;
        const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const bool wordsFit = std::all_of(words.cbegin(), words.cend(),
            [&](const QString &w) { return metrics.horizontalAdvance(w) <= rect.width(); });
        const QRect needed = metrics.boundingRect(
            QRect(0, 0, rect.width(), 100000), Qt::AlignLeft | Qt::TextWordWrap, text);
        if (wordsFit && needed.height() <= lines * metrics.lineSpacing())
            return text;
    }
    return QString();
}

GradeCellDelegate::GradeCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void GradeCellDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant gradeValue = index.data(GradeMatrixModel::GradeRole);
    const int grade = gradeValue.isValid() ? gradeValue.toInt() : 0;
    // Sources that disagree about the grade: a corner mark and a "not equal" sign, so that it reads
    // without colour too. The tooltip and the evidence pane say which source says what.
    const bool disagrees = grade > 0 && index.data(GradeMatrixModel::DisagreementRole).toBool();
    QFont signFont = option.font;
    signFont.setBold(true);
    const int markSide = qMax(10, option.fontMetrics.height());
    painter->save();
    painter->setBrush(Qt::NoBrush); // the outlines below must not fill
    const QRect r = option.rect.adjusted(1, 1, -1, -1);
    if (grade > 0) {
        painter->fillRect(r, GradePalette::background(grade));
        painter->setPen(GradePalette::foreground(grade));
        QFont bold = option.font;
        bold.setBold(true);
        bold.setPointSizeF(option.font.pointSizeF() * 1.25);
        const QString words = index.data(GradeMatrixModel::LabelRole).toString();
        const QFontMetrics fm(bold);
        // Beside the number in a wide cell; under it in a narrow one, where a word can use the
        // cell's whole width.
        const QRect numberRect = m_stacked
            ? QRect(r.left() + 6, r.top() + 2, r.width() - 10, fm.height())
            : QRect(r.left() + 6, r.top(), fm.horizontalAdvance(QStringLiteral("4")) + 4, r.height());
        painter->setFont(bold);
        painter->drawText(numberRect, Qt::AlignVCenter | Qt::AlignLeft, QString::number(grade));
        // Under the number the words are a little smaller, so that the longer ones
        // ("outstanding", "inadequate") still fit a narrow column.
        QFont wordsFont = option.font;
        if (m_stacked)
            wordsFont.setPointSizeF(option.font.pointSizeF() * 0.9);
        painter->setFont(wordsFont);
        QRect wordsRect = m_stacked ? QRect(r.left() + 5, numberRect.bottom() + 1, r.width() - 7,
                              r.bottom() - numberRect.bottom() - 1)
                                    : r.adjusted(numberRect.width() + 10, 0, -4, 0);
        // The "not equal" sign drawn below sits on the number's line in a narrow cell, and at the
        // words' right in a wide one, where they give it room rather than have it drawn over them
        // ("Performs we\u2260ll").
        if (!m_stacked && disagrees)
            wordsRect.setRight(r.right() - markSide / 2 - 4
                - QFontMetrics(signFont).horizontalAdvance(QStringLiteral("\u2260")));
        const QString shown = wordsThatFit(QFontMetrics(wordsFont), wordsRect,
            { words, index.data(GradeMatrixModel::ShortLabelRole).toString() });
        painter->drawText(wordsRect,
            (m_stacked ? Qt::AlignTop : Qt::AlignVCenter) | Qt::AlignLeft | Qt::TextWordWrap, shown);
    } else {
        painter->fillRect(r, option.palette.color(QPalette::Base));
        drawHatch(painter, r, option.palette.color(QPalette::Midlight));
        painter->setPen(option.palette.color(QPalette::Text));
        painter->drawText(r, Qt::AlignCenter, QStringLiteral("\u2013"));
    }
    if (option.state & QStyle::State_Selected) {
        QPen pen(option.palette.color(QPalette::Highlight), 3);
        painter->setPen(pen);
        painter->drawRect(r.adjusted(1, 1, -2, -2));
    }
    if (option.state & QStyle::State_HasFocus) {
        QPen pen(option.palette.color(QPalette::Text), 1, Qt::DotLine);
        painter->setPen(pen);
        painter->drawRect(r.adjusted(3, 3, -4, -4));
    }
    // The disagreement's mark and sign, drawn last, over the selection's outline.
    if (disagrees) {
        const QPoint corner = r.topRight();
        painter->setPen(Qt::NoPen);
        painter->setBrush(GradePalette::foreground(grade));
        painter->drawPolygon(QPolygon { corner, corner - QPoint(markSide, 0), corner + QPoint(0, markSide) });
        painter->setBrush(Qt::NoBrush);
        painter->setPen(GradePalette::foreground(grade));
        painter->setFont(signFont);
        if (m_stacked) {
            const QFontMetrics numberMetrics(painter->font());
            painter->drawText(
                QRect(r.left(), r.top() + 2, r.width() - markSide - 2, numberMetrics.height() + 4),
                Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("\u2260"));
        } else {
            painter->drawText(r.adjusted(0, 0, -markSide / 2 - 2, -4), Qt::AlignRight | Qt::AlignBottom,
                QStringLiteral("\u2260"));
        }
    }
    painter->restore();
}

QSize GradeCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics fm(option.font);
    return QSize(
        fm.horizontalAdvance(QStringLiteral("4 Performs adequately")) / 2 + 40, fm.height() * 2 + 10);
}
