#include "AuthorityMapView.h"

#include "GradePalette.h"

#include "itemmodels/AuthorityMapModel.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <climits>
#include <cmath>
#include <functional>

namespace {

const double Sqrt3 = std::sqrt(3.0);

QPolygonF hexagon(const QPointF &centre, double radius)
{
    // Pointy-top: corners at 30°, 90°, ... so that odd rows interlock half a hexagon to the right.
    QPolygonF polygon;
    for (int i = 0; i < 6; ++i) {
        const double angle = M_PI / 180.0 * (60.0 * i - 30.0);
        polygon.append(centre + QPointF(radius * std::cos(angle), radius * std::sin(angle)));
    }
    return polygon;
}

QColor noDataColor()
{
    return QColor(0xE4, 0xE4, 0xE4);
}

QColor hatchColor()
{
    return QColor(0xA8, 0xA8, 0xA8);
}

QFont pixelFont(const QFont &base, double pixels, bool bold = false)
{
    QFont f = base;
    f.setPixelSize(qMax(7, int(std::lround(pixels))));
    f.setBold(bold);
    return f;
}

} // namespace

AuthorityMapView::AuthorityMapView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void AuthorityMapView::setModel(AuthorityMapModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_focusRow = -1;
    if (m_model) {
        const auto repaint = [this] { update(); };
        connect(m_model, &QAbstractItemModel::modelReset, this, repaint);
        connect(m_model, &QAbstractItemModel::dataChanged, this, repaint);
        connect(m_model, &QObject::destroyed, this, [this] {
            m_model = nullptr;
            m_focusRow = -1;
        });
    }
    update();
}

void AuthorityMapView::setHeading(const QString &title, const QString &context)
{
    m_title = title;
    m_context = context;
    setAccessibleName(title);
    setAccessibleDescription(context);
    update();
}

QSize AuthorityMapView::sizeHint() const
{
    return QSize(900, 680);
}

QSize AuthorityMapView::minimumSizeHint() const
{
    return QSize(360, 300);
}

QColor AuthorityMapView::shadeColor(int shade) const
{
    if (m_model && m_model->mode() == AuthorityMapModel::Mode::Grades)
        return GradePalette::background(shade);
    // Four steps of cividis (a ramp made to be read with colour-vision deficiencies, and light to
    // dark in greyscale), darkest for the best quarter as grade 4 is the darkest grade colour.
    switch (shade) {
    case 1:
        return QColor(0x00, 0x22, 0x4E);
    case 2:
        return QColor(0x57, 0x5C, 0x6D);
    case 3:
        return QColor(0xA6, 0x9D, 0x75);
    case 4:
        return QColor(0xFD, 0xE7, 0x37);
    default:
        return QColor();
    }
}

QColor AuthorityMapView::textColorOn(const QColor &background)
{
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF()
        + 0.0722 * background.blueF();
    return luminance > 0.45 ? QColor(Qt::black) : QColor(Qt::white);
}

AuthorityMapView::Geometry AuthorityMapView::geometryFor(const QRectF &rect) const
{
    Geometry g;
    if (!m_model || m_model->rowCount() == 0)
        return g;
    int minQ = INT_MAX, maxQ = INT_MIN, minR = INT_MAX, maxR = INT_MIN;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const HexTile t = m_model->tileAt(i);
        minQ = qMin(minQ, t.q);
        maxQ = qMax(maxQ, t.q);
        minR = qMin(minR, t.r);
        maxR = qMax(maxR, t.r);
    }
    // The legend beside the map when there is width to spare, else below it.
    const bool beside = rect.width() > rect.height() * 1.15;
    if (beside) {
        // At least room for a legend line, never more than under half the width.
        const double legendWidth = qMin(qMax(170.0, rect.width() * 0.3), rect.width() * 0.45);
        g.map = QRectF(rect.left(), rect.top(), rect.width() - legendWidth, rect.height());
        g.legend = QRectF(g.map.right(), rect.top(), legendWidth, rect.height());
    } else {
        const double legendHeight = rect.height() * 0.3;
        g.map = QRectF(rect.left(), rect.top(), rect.width(), rect.height() - legendHeight);
        g.legend = QRectF(rect.left(), g.map.bottom(), rect.width(), legendHeight);
    }
    const double columns = Sqrt3 * (maxQ - minQ + 1.5);
    const double rows = 1.5 * (maxR - minR) + 2.0;
    g.size = qMax(1.0, qMin(g.map.width() / columns, g.map.height() / rows));
    const double width = g.size * columns;
    const double height = g.size * rows;
    g.left = g.map.left() + (g.map.width() - width) / 2 + Sqrt3 * g.size / 2 - Sqrt3 * g.size * minQ;
    g.top = g.map.top() + (g.map.height() - height) / 2 + g.size;
    g.maxRow = maxR;
    return g;
}

QPointF AuthorityMapView::centreOf(const Geometry &g, int row) const
{
    const HexTile t = m_model->tileAt(row);
    const double shift = (qAbs(t.r) % 2) ? 0.5 : 0.0; // odd-r: odd rows half a hexagon right
    return QPointF(g.left + Sqrt3 * g.size * (t.q + shift), g.top + 1.5 * g.size * (g.maxRow - t.r));
}

QFont AuthorityMapView::titleFont() const
{
    return pixelFont(font(), QFontInfo(font()).pixelSize() * 1.3, true);
}

QRectF AuthorityMapView::mapRect() const
{
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8);
    const QFontMetricsF title(titleFont());
    const QFontMetricsF text(font());
    double heading = 0;
    if (!m_title.isEmpty())
        heading += title.height() + 2;
    if (!m_context.isEmpty())
        heading += text.boundingRect(area, Qt::TextWordWrap, m_context).height() + 4;
    return area.adjusted(0, heading, 0, 0);
}

void AuthorityMapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8);
    double y = area.top();
    painter.setPen(Qt::black);
    if (!m_title.isEmpty()) {
        painter.setFont(titleFont());
        const QFontMetricsF metrics(titleFont());
        const double h = metrics.height();
        painter.drawText(QRectF(area.left(), y, area.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(m_title, Qt::ElideRight, area.width()));
        y += h + 2;
    }
    if (!m_context.isEmpty()) {
        painter.setFont(font());
        const QRectF needed = painter.fontMetrics().boundingRect(area.toRect(), Qt::TextWordWrap, m_context);
        painter.drawText(QRectF(area.left(), y, area.width(), needed.height()), Qt::TextWordWrap, m_context);
    }
    const QRectF map = mapRect();
    paint(&painter, map);
    // The keyboard's tile, on screen only: an export shows no focus.
    if (hasFocus() && m_model && m_focusRow >= 0 && m_focusRow < m_model->rowCount()) {
        const Geometry g = geometryFor(map);
        QPen pen(palette().color(QPalette::Highlight), qMax(2.0, g.size * 0.14), Qt::DotLine);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPolygon(hexagon(centreOf(g, m_focusRow), g.size * 1.05));
    }
}

void AuthorityMapView::paint(QPainter *painter, const QRectF &rect) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(rect, Qt::white);
    const Geometry g = geometryFor(rect);
    if (g.size <= 1.0) {
        painter->restore();
        return;
    }
    const QFont numberFont = pixelFont(font(), g.size * 0.8, true);
    const QFont dashFont = pixelFont(font(), g.size * 0.8);
    QList<int> outlined;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const QModelIndex index = m_model->index(i, 0);
        const QPointF centre = centreOf(g, i);
        const QPolygonF tile = hexagon(centre, g.size * 0.94);
        const int shade = index.data(AuthorityMapModel::ShadeRole).toInt();
        const bool added = index.data(AuthorityMapModel::AddedRole).toBool();
        // Authorities before or after the layout's years have a dashed edge, so that an empty one
        // reads as "did not exist then" rather than as missing data.
        const QPen edge(added ? QColor(0x60, 0x60, 0x60) : QColor(Qt::white), qMax(0.5, g.size * 0.06),
            added ? Qt::DashLine : Qt::SolidLine);
        painter->setPen(edge);
        if (shade > 0) {
            const QColor fill = shadeColor(shade);
            painter->setBrush(fill);
            painter->drawPolygon(tile);
            painter->setFont(numberFont);
            painter->setPen(textColorOn(fill));
            painter->drawText(QRectF(centre - QPointF(g.size, g.size), QSizeF(2 * g.size, 2 * g.size)),
                Qt::AlignCenter, QString::number(shade));
        } else {
            painter->setBrush(added ? QColor(Qt::white) : noDataColor());
            painter->drawPolygon(tile);
            if (!added) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(QBrush(hatchColor(), Qt::BDiagPattern));
                painter->drawPolygon(tile);
            }
            painter->setFont(dashFont);
            painter->setPen(QColor(0x50, 0x50, 0x50));
            painter->drawText(QRectF(centre - QPointF(g.size, g.size), QSizeF(2 * g.size, 2 * g.size)),
                Qt::AlignCenter, QStringLiteral("\u2013"));
        }
        if (index.data(AuthorityMapModel::ComparedRole).toBool())
            outlined.append(i);
    }
    // The compared authorities last, so that their outline lies over the neighbours' edges: black
    // outside, white inside, visible on every fill.
    for (int i : std::as_const(outlined)) {
        const QPointF centre = centreOf(g, i);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(Qt::black, g.size * 0.24, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPolygon(hexagon(centre, g.size * 0.98));
        painter->setPen(QPen(Qt::white, g.size * 0.07, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPolygon(hexagon(centre, g.size * 0.82));
    }
    // The legend's text as large as the hexagons allow (larger below the map, where it has the
    // full width), smaller until it fits its area.
    const bool below = g.legend.width() > g.map.width() * 0.9;
    double textSize = qMax(9.0, qMin(g.size * (below ? 0.8 : 0.62), g.legend.width() / 14));
    while (textSize > 7.5 && paintLegend(painter, g, textSize, false) > g.legend.bottom())
        textSize *= 0.9;
    paintLegend(painter, g, textSize, true);
    painter->restore();
}

double AuthorityMapView::paintLegend(QPainter *painter, const Geometry &g, double textSize, bool draw) const
{
    const QRectF area = g.legend.adjusted(g.size * 0.6, g.size * 0.3, 0, 0);
    const QFont text = pixelFont(font(), textSize);
    const QFont bold = pixelFont(font(), textSize, true);
    const QFont number = pixelFont(font(), textSize * 0.95, true);
    const double line = QFontMetricsF(text, painter->device()).height();
    const double swatch = line * 0.75; // a swatch hexagon's radius
    const double textLeft = area.left() + swatch * 2 + line * 0.5;
    double y = area.top();

    const auto paragraph = [&](const QString &words, const QFont &font) {
        painter->setFont(font);
        painter->setPen(Qt::black);
        const QRectF box(area.left(), y, area.width(), g.legend.height());
        const QRectF needed = painter->boundingRect(box, Qt::TextWordWrap, words);
        if (draw)
            painter->drawText(box, Qt::TextWordWrap, words);
        y += needed.height() + line * 0.4;
    };
    const auto entry = [&](const QString &words, const std::function<void(const QPointF &)> &drawSwatch) {
        painter->setFont(text);
        const QRectF box(textLeft, y, area.right() - textLeft, g.legend.height());
        const QRectF needed = painter->boundingRect(box, Qt::TextWordWrap, words);
        const double height = qMax(needed.height(), swatch * 2);
        if (!draw) {
            y += height + line * 0.35;
            return;
        }
        drawSwatch(QPointF(area.left() + swatch, y + swatch));
        painter->setFont(text);
        painter->setPen(Qt::black);
        painter->drawText(
            QRectF(textLeft, y, box.width(), height), Qt::TextWordWrap | Qt::AlignVCenter, words);
        y += height + line * 0.35;
    };
    const auto shadeSwatch = [&](int shade) {
        return [&, shade](const QPointF &c) {
            const QColor fill = shadeColor(shade);
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawPolygon(hexagon(c, swatch));
            painter->setFont(number);
            painter->setPen(textColorOn(fill));
            painter->drawText(QRectF(c - QPointF(swatch, swatch), QSizeF(2 * swatch, 2 * swatch)),
                Qt::AlignCenter, QString::number(shade));
        };
    };

    if (!m_model || m_model->mode() == AuthorityMapModel::Mode::Empty) {
        paragraph(tr("Choose a measure or the grades of a year to colour the map."), text);
        return y;
    }
    paragraph(m_model->scaleDescription(), bold);
    int noData = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const QModelIndex index = m_model->index(i, 0);
        if (index.data(AuthorityMapModel::ShadeRole).toInt() == 0
            && !index.data(AuthorityMapModel::AddedRole).toBool())
            ++noData;
    }
    if (m_model->mode() == AuthorityMapModel::Mode::Grades) {
        QList<int> counts(5, 0);
        for (int i = 0; i < m_model->rowCount(); ++i)
            counts[m_model->index(i, 0).data(AuthorityMapModel::GradeRole).toInt()]++;
        for (int grade = 4; grade >= 1; --grade)
            entry(tr("%1: %2 (%3 of %4)")
                      .arg(grade)
                      .arg(GradePalette::gradeWord(grade))
                      .arg(counts.at(grade))
                      .arg(m_model->rowCount()),
                shadeSwatch(grade));
    } else {
        // A unit in words ("rate per 10,000") is said once, above the bounds; "%" follows each.
        const QString unit = m_model->indicator().unit;
        const bool percent = unit == QLatin1String("%");
        if (!unit.isEmpty() && !percent)
            paragraph(tr("Values: %1").arg(unit), text);
        const auto number = [&](double v) {
            return percent ? m_model->formatValue(v) : m_model->formatNumber(v);
        };
        for (const AuthorityMapModel::QuartileBounds &b : m_model->quartileBounds()) {
            const QString range = b.count == 0 ? tr("none")
                : qFuzzyCompare(b.low, b.high)
                ? number(b.low)
                : tr("%1\u2013%2").arg(m_model->formatNumber(b.low), number(b.high));
            entry(tr("%1: %2 (%3 of %4)").arg(b.quartile).arg(range).arg(b.count).arg(m_model->valueCount()),
                shadeSwatch(b.quartile));
        }
    }
    entry(tr("No data (%1 of %2)").arg(noData).arg(m_model->rowCount()), [&](const QPointF &c) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(noDataColor());
        painter->drawPolygon(hexagon(c, swatch));
        painter->setBrush(QBrush(hatchColor(), Qt::BDiagPattern));
        painter->drawPolygon(hexagon(c, swatch));
        painter->setFont(number);
        painter->setPen(QColor(0x50, 0x50, 0x50));
        painter->drawText(QRectF(c - QPointF(swatch, swatch), QSizeF(2 * swatch, 2 * swatch)),
            Qt::AlignCenter, QStringLiteral("\u2013"));
    });
    QStringList compared;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const QModelIndex index = m_model->index(i, AuthorityMapModel::NameColumn);
        if (index.data(AuthorityMapModel::ComparedRole).toBool())
            compared.append(index.data().toString());
    }
    if (!compared.isEmpty()) {
        entry(tr("Outlined: %1").arg(compared.join(QStringLiteral(", "))), [&](const QPointF &c) {
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(Qt::black, swatch * 0.24, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->drawPolygon(hexagon(c, swatch * 0.9));
        });
    }
    entry(tr("Dashed edge: authorities before 2019 or since 2021, beside their successors"),
        [&](const QPointF &c) {
            painter->setBrush(Qt::white);
            painter->setPen(QPen(QColor(0x60, 0x60, 0x60), qMax(0.5, swatch * 0.1), Qt::DashLine));
            painter->drawPolygon(hexagon(c, swatch * 0.94));
        });
    return y;
}

int AuthorityMapView::rowAt(const QPointF &pos) const
{
    if (!m_model)
        return -1;
    const Geometry g = geometryFor(mapRect());
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (hexagon(centreOf(g, i), g.size).containsPoint(pos, Qt::OddEvenFill))
            return i;
    }
    return -1;
}

QPointF AuthorityMapView::tileCentre(int laNumber) const
{
    if (!m_model || m_model->rowOf(laNumber) < 0)
        return QPointF(-1, -1);
    return centreOf(geometryFor(mapRect()), m_model->rowOf(laNumber));
}

QString AuthorityMapView::toolTipAt(const QPointF &pos) const
{
    const int row = rowAt(pos);
    return row >= 0 ? m_model->index(row, 0).data(Qt::ToolTipRole).toString() : QString();
}

int AuthorityMapView::focusedAuthority() const
{
    return m_model && m_focusRow >= 0 ? m_model->tileAt(m_focusRow).laNumber : 0;
}

bool AuthorityMapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

void AuthorityMapView::mouseReleaseEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position());
    if (event->button() == Qt::LeftButton && row >= 0) {
        m_focusRow = row;
        update();
        emit authorityActivated(m_model->tileAt(row).laNumber);
    }
    QWidget::mouseReleaseEvent(event);
}

void AuthorityMapView::moveFocus(int dq, int dr)
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    if (m_focusRow < 0) {
        // Start on the first compared authority, where the user is most likely to look.
        m_focusRow = 0;
        for (int i = 0; i < m_model->rowCount(); ++i) {
            if (m_model->index(i, 0).data(AuthorityMapModel::ComparedRole).toBool()) {
                m_focusRow = i;
                break;
            }
        }
        update();
        return;
    }
    // The nearest tile in the direction asked, by drawn position, so that a gap in the grid is
    // stepped over rather than a dead end.
    const Geometry g = geometryFor(mapRect());
    const QPointF from = centreOf(g, m_focusRow);
    int best = -1;
    double bestScore = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const QPointF d = centreOf(g, i) - from;
        const double along = dq != 0 ? d.x() * dq : -d.y() * dr; // rows count upwards
        const double across = dq != 0 ? std::abs(d.y()) : std::abs(d.x());
        if (along <= g.size * 0.1 || across > along * 1.8 + g.size)
            continue;
        const double score = along + across * 2;
        if (best < 0 || score < bestScore) {
            best = i;
            bestScore = score;
        }
    }
    if (best >= 0) {
        m_focusRow = best;
        update();
    }
}

void AuthorityMapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        moveFocus(-1, 0);
        break;
    case Qt::Key_Right:
        moveFocus(1, 0);
        break;
    case Qt::Key_Up:
        moveFocus(0, 1);
        break;
    case Qt::Key_Down:
        moveFocus(0, -1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (focusedAuthority() > 0)
            emit authorityActivated(focusedAuthority());
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (m_focusRow >= 0) {
        const QString tip = m_model->index(m_focusRow, 0).data(Qt::ToolTipRole).toString();
        const Geometry g = geometryFor(mapRect());
        // The keyboard user reads the tile's tooltip without a mouse.
        QToolTip::showText(mapToGlobal(centreOf(g, m_focusRow).toPoint()), tip, this);
    }
    event->accept();
}
