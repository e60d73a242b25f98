#include "PdfPageCanvas.h"

#include <QPaintEvent>
#include <QPainter>
#include <QTimer>

PdfPageCanvas::PdfPageCanvas(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Page"));
}

void PdfPageCanvas::setPage(const QImage &image, qreal pointsToPixels)
{
    m_image = image;
    m_scale = pointsToPixels;
    resize(sizeHint());
    update();
}

void PdfPageCanvas::setHighlights(const QList<QRectF> &evidence, const QRectF &match)
{
    m_evidence = evidence;
    m_match = match;
    update();
}

QRectF PdfPageCanvas::toCanvas(const QRectF &points) const
{
    return QRectF(points.x() * m_scale + margin(), points.y() * m_scale + margin(), points.width() * m_scale,
        points.height() * m_scale);
}

QSize PdfPageCanvas::sizeHint() const
{
    if (m_image.isNull())
        return QSize(2 * margin(), 2 * margin());
    return (QSizeF(m_image.size()) / m_image.devicePixelRatio()).toSize() + QSize(2 * margin(), 2 * margin());
}

void PdfPageCanvas::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::Dark));
    if (m_image.isNull())
        return;
    if (!qFuzzyCompare(m_image.devicePixelRatio(), devicePixelRatioF()))
        QTimer::singleShot(0, this, &PdfPageCanvas::resolutionChanged);

    const QRectF page(QPointF(margin(), margin()), QSizeF(m_image.size()) / m_image.devicePixelRatio());
    painter.setPen(QPen(palette().color(QPalette::Shadow), 1));
    painter.drawRect(page.adjusted(-0.5, -0.5, 0.5, 0.5));
    painter.drawImage(page.topLeft(), m_image);

    // Multiplying keeps the text under a highlight as black and sharp as the rest of the page;
    // the outline tells a highlight apart without relying on its colour.
    painter.setRenderHint(QPainter::Antialiasing);
    const auto draw = [&](const QRectF &points, const QColor &fill, const QPen &outline) {
        const QRectF r = toCanvas(points).adjusted(-1, -1, 1, 1);
        painter.setCompositionMode(QPainter::CompositionMode_Multiply);
        painter.fillRect(r, fill);
        painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
        painter.setPen(outline);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(r.adjusted(-1, -1, 1, 1));
    };
    for (const QRectF &r : std::as_const(m_evidence))
        draw(r, QColor(255, 214, 64), QPen(QColor(176, 110, 0), 2));
    if (!m_match.isNull()) {
        QPen dashed(QColor(0, 90, 200), 2, Qt::DashLine);
        draw(m_match, QColor(150, 200, 255), dashed);
    }
}
