#pragma once

#include <QWidget>

class AuthorityMapModel;

// The hexagon map: every authority a pointy-top hexagon coloured by its quartile (or grade) with
// the number written on it, so that it reads in greyscale; no data hatched grey with "–"; the
// compared authorities outlined; a legend with each quartile's bounds. A click, or Enter or Space
// on the tile chosen with the arrow keys, asks for the authority to be compared.
class AuthorityMapView : public QWidget
{
    Q_OBJECT
public:
    explicit AuthorityMapView(QWidget *parent = nullptr);

    void setModel(AuthorityMapModel *model);
    AuthorityMapModel *model() const { return m_model; }
    // The title and the context line (measure, period, source) drawn above the map on screen; an
    // export draws them itself from its context.
    void setHeading(const QString &title, const QString &context);
    QString title() const { return m_title; }
    QString contextLine() const { return m_context; }

    // The map and its legend fitted into rect, on any device (screen, image, SVG, PDF).
    void paint(QPainter *painter, const QRectF &rect) const;
    // Where a tile is drawn on screen (its centre), and what the tooltip says at a point.
    QPointF tileCentre(int laNumber) const;
    QString toolTipAt(const QPointF &pos) const;
    int focusedAuthority() const; // LA number of the tile chosen with the keys, 0 for none
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The colour of shade 1-4 (quartile or grade) and the text colour on it.
    QColor shadeColor(int shade) const;
    static QColor textColorOn(const QColor &background);

signals:
    void authorityActivated(int laNumber);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Geometry
    {
        QRectF map;
        QRectF legend;
        double size = 0; // a hexagon's circumradius
        double left = 0; // x of column 0's centre in an even row
        double top = 0; // y of the highest row's centre
        int maxRow = 0;
    };
    Geometry geometryFor(const QRectF &rect) const;
    QPointF centreOf(const Geometry &g, int row) const;
    QFont titleFont() const;
    QRectF mapRect() const; // the widget's area under the heading
    int rowAt(const QPointF &pos) const;
    void moveFocus(int dq, int dr);
    // Draws (or with draw false only measures) the legend; returns the y below its last line.
    double paintLegend(QPainter *painter, const Geometry &g, double textSize, bool draw) const;

    AuthorityMapModel *m_model = nullptr;
    QString m_title;
    QString m_context;
    int m_focusRow = -1;
};
