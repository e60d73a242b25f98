#include "LaidOutTextDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>

namespace {
// Enough for every cell of a few screens of several views; past it the cache starts again rather
// than growing with every text a long session shows.
constexpr qsizetype MaxCachedTexts = 4000;

// True when paint() may draw the cell's text itself: one line, plain, nothing beside it.
bool drawsTextOf(const QStyleOptionViewItem &option)
{
    const auto others = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration;
    return !option.text.isEmpty() && !(option.features & others) && !(option.state & QStyle::State_Editing)
        && !option.text.contains(QLatin1Char('\n')) && !option.text.contains(QChar::LineSeparator);
}
} // namespace

LaidOutTextDelegate::LaidOutTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void LaidOutTextDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!drawsTextOf(opt)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const LaidOut &text = laidOut(opt);
    // A text that wraps is the style's to lay out; one that fits its line reads the same either way.
    if (text.wraps) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The cell drawn without its text (background, selection, focus), and the text over it in the
    // colour the style uses.
    const QRect textRect = text.textRect.translated(opt.rect.topLeft());
    QStyleOptionViewItem bare = opt;
    bare.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &bare, painter, widget);

    QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->save();
    painter->setClipRect(textRect, Qt::IntersectClip);
    painter->setPen(opt.palette.color(
        group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    painter->drawStaticText(QPointF(textRect.topLeft()) + text.offset, text.text);
    painter->restore();
}

QSize LaidOutTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // A column sized to its contents asks every visible cell its size at each change: a text's
    // size in a font is the style's answer once.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!drawsTextOf(opt) || (opt.features & QStyleOptionViewItem::WrapText))
        return QStyledItemDelegate::sizeHint(option, index);
    const QString key = opt.text + QChar(0) + opt.font.key();
    const auto found = m_sizes.constFind(key);
    if (found != m_sizes.cend())
        return found.value();
    if (m_sizes.size() >= MaxCachedTexts)
        m_sizes.clear();
    return *m_sizes.insert(key, QStyledItemDelegate::sizeHint(option, index));
}

const LaidOutTextDelegate::LaidOut &LaidOutTextDelegate::laidOut(const QStyleOptionViewItem &option) const
{
    const Qt::Alignment alignment = QStyle::visualAlignment(option.direction, option.displayAlignment);
    const QString key = option.text + QChar(0) + option.font.key() + QChar(0)
        + QString::number(option.rect.width()) + QLatin1Char(',') + QString::number(option.rect.height())
        + QLatin1Char(',') + QString::number(int(option.features)) + QLatin1Char(',')
        + QString::number(int(alignment)) + QLatin1Char(',') + QString::number(int(option.textElideMode))
        + QLatin1Char(',') + QString::number(int(option.direction));
    const auto found = m_cache.constFind(key);
    if (found != m_cache.cend())
        return found.value();
    if (m_cache.size() >= MaxCachedTexts)
        m_cache.clear();

    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Where the style puts the text (asked with the text in, as it lays the cell out to draw it),
    // kept relative to the cell: the same text in a cell of the same size sits in the same place.
    QStyleOptionViewItem atOrigin = option;
    atOrigin.rect.moveTopLeft(QPoint(0, 0));
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &atOrigin, widget);
    // As the style lays the text out: within the focus frame's margin, elided to the width left.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect inner = textRect.adjusted(margin, 0, -margin, 0);

    const QFontMetrics metrics(option.font);
    const bool tooWide = metrics.horizontalAdvance(option.text) > inner.width();
    LaidOut result;
    result.textRect = textRect;
    result.wraps = tooWide && (option.features & QStyleOptionViewItem::WrapText);
    if (result.wraps)
        return *m_cache.insert(key, result);
    const QString shown = tooWide ? metrics.elidedText(option.text, option.textElideMode, inner.width())
                                  : option.text;
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(option.direction);
    textOption.setAlignment(alignment);
    result.text.setTextFormat(Qt::PlainText);
    result.text.setTextOption(textOption);
    result.text.setTextWidth(inner.width());
    result.text.setText(shown);
    result.text.prepare(QTransform(), option.font);
    // Vertically as QStyle::alignedRect places the line's height in the cell.
    QTextLayout line(shown, option.font);
    line.beginLayout();
    QTextLine l = line.createLine();
    l.setLineWidth(inner.width());
    line.endLayout();
    const QRect placed = QStyle::alignedRect(
        option.direction, alignment & Qt::AlignVertical_Mask, QSize(inner.width(), int(l.height())), inner);
    result.offset = QPointF(margin, placed.top() - textRect.top());
    return *m_cache.insert(key, result);
}
