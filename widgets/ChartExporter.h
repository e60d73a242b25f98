#pragma once

#include "ExportContext.h"

#include <QSize>
#include <QString>

class QWidget;
class QImage;

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
    static bool isSupportedSuffix(const QString &suffix);
};
