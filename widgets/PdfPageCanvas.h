#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QWidget>

// The page of a PdfPageView: the rendered image, with the evidence rectangles and the find match
// drawn over it. Rectangles are in PDF points (origin top left of the page); the canvas maps them
// with the scale it is given, so a new highlight needs no new rendering.
class PdfPageCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit PdfPageCanvas(QWidget *parent = nullptr);

    // image carries its devicePixelRatio; pointsToPixels maps points to logical pixels.
    void setPage(const QImage &image, qreal pointsToPixels);
    void setHighlights(const QList<QRectF> &evidence, const QRectF &match);
    QRectF toCanvas(const QRectF &points) const;
    static int margin() { return 8; }
    QSize sizeHint() const override;

signals:
    // The window moved to a screen of another pixel ratio: the page must be rendered again.
    void resolutionChanged();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
    qreal m_scale = 1.0;
    QList<QRectF> m_evidence;
    QRectF m_match;
};
