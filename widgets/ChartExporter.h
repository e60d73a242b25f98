#pragma once

#include "ExportContext.h"

#include <QSize>
#include <QString>

class QImage;
class QPainter;
class QRectF;
class QWidget;

// Exports a chart with its context (title, authorities, years, source line) as PNG at a chosen
// size and resolution, SVG (vector, text as text) or PDF (vector), by the file's suffix. Files are
// written to a temporary file and renamed, so a failure leaves no partial file. The chart is any
// chart widget of widgets/: a graphics view's scene is drawn as vectors.
class ChartExporter
{
public:
    struct Options
    {
        QSize size { 1600, 1000 }; // pixels for PNG; the drawing size for SVG and PDF
        int dpi = 300; // recorded in the PNG and used to scale its text
    };

    static bool save(QWidget *view, const ExportContext &context, const QString &fileName,
        const Options &options, QString *error);
    static QImage image(QWidget *view, const ExportContext &context, const Options &options);
    // Draws into rect of any painter (the summary report's page): a chart laid out at rect's size
    // divided by layoutScale, so that its text is drawn layoutScale times its size on screen.
    static void paint(QPainter *painter, QWidget *view, const ExportContext &context, const QRectF &rect,
        double layoutScale);
    static bool isSupportedSuffix(const QString &suffix);
};
