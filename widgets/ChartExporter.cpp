#include "ChartExporter.h"

#include "AuthorityMapView.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsView>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChartExporter", text);
}

// Draws the title band, the chart and the source line into [0, size) of the painter's device.
void paint(QPainter &painter, QWidget *view, const ExportContext &context, const QSizeF &size)
{
    const double unit = size.height() / 100.0; // text scales with the drawing
    QFont titleFont = view->font();
    titleFont.setPixelSize(qMax(10, int(unit * 3.6)));
    titleFont.setBold(true);
    QFont textFont = view->font();
    textFont.setPixelSize(qMax(8, int(unit * 2.4)));

    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    painter.setPen(Qt::black);
    const double margin = unit * 2;
    // A title band unless the chart sits under a heading of its own (as in the summary report).
    QRectF band(margin, margin, size.width() - 2 * margin, context.title.isEmpty() ? 0 : unit * 5);
    if (!context.title.isEmpty()) {
        painter.setFont(titleFont);
        painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, context.title);
        band.translate(0, band.height());
        painter.setFont(textFont);
        painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, context.subtitle());
    }

    // The source line takes the lines it needs at the bottom.
    const QFontMetricsF metrics(textFont, painter.device());
    const QRectF needed = metrics.boundingRect(QRectF(0, 0, size.width() - 2 * margin, size.height() / 3),
        Qt::AlignLeft | Qt::TextWordWrap, context.source);
    const QRectF footer(
        margin, size.height() - margin - needed.height(), size.width() - 2 * margin, needed.height());
    const QRectF chartArea(
        margin, band.bottom() + unit, size.width() - 2 * margin, footer.top() - band.bottom() - unit * 2);
    if (auto *map = qobject_cast<AuthorityMapView *>(view)) {
        // Drawn afresh at the export's size rather than scaled from the screen, so that hexagons,
        // numbers and legend fill the area at any size and stay vectors in SVG and PDF.
        map->paint(&painter, chartArea);
    } else if (auto *graphics = qobject_cast<QGraphicsView *>(view)) {
        graphics->render(&painter, chartArea, graphics->viewport()->rect(), Qt::KeepAspectRatio);
    } else {
        // Any other chart widget, scaled into the chart area.
        const QSizeF fitted = QSizeF(view->size()).scaled(chartArea.size(), Qt::KeepAspectRatio);
        painter.save();
        painter.translate(chartArea.topLeft());
        painter.scale(fitted.width() / qMax(1, view->width()), fitted.height() / qMax(1, view->height()));
        view->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.restore();
    }
    painter.setFont(textFont);
    painter.setPen(Qt::black);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, context.source);
}

} // namespace

bool ChartExporter::isSupportedSuffix(const QString &suffix)
{
    const QString s = suffix.toLower();
    return s == QLatin1String("png") || s == QLatin1String("svg") || s == QLatin1String("pdf");
}

QImage ChartExporter::image(QWidget *view, const ExportContext &context, const Options &options)
{
    QImage img(options.size, QImage::Format_ARGB32);
    const int dotsPerMeter = qRound(options.dpi / 0.0254);
    img.setDotsPerMeterX(dotsPerMeter);
    img.setDotsPerMeterY(dotsPerMeter);
    img.fill(Qt::white);
    QPainter painter(&img);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(painter, view, context, QSizeF(options.size));
    return img;
}

bool ChartExporter::save(QWidget *view, const ExportContext &context, const QString &fileName,
    const Options &options, QString *error)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (!isSupportedSuffix(suffix)) {
        *error = tr("%1: unknown file type \"%2\"; use .png, .svg or .pdf").arg(fileName, suffix);
        return false;
    }
    if (options.size.width() < 100 || options.size.height() < 100 || options.size.width() > 20000
        || options.size.height() > 20000) {
        *error = tr("%1: a size of %2 x %3 pixels is not one that can be drawn")
                     .arg(fileName)
                     .arg(options.size.width())
                     .arg(options.size.height());
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write: %2").arg(fileName, file.errorString());
        return false;
    }
    bool drawn = false;
    if (suffix == QLatin1String("png")) {
        drawn = image(view, context, options).save(&file, "PNG");
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(options.size);
        svg.setViewBox(QRect(QPoint(0, 0), options.size));
        svg.setTitle(context.title);
        svg.setDescription(context.subtitle() + QLatin1Char('\n') + context.source);
        QPainter painter;
        drawn = painter.begin(&svg);
        if (drawn) {
            paint(painter, view, context, QSizeF(options.size));
            drawn = painter.end();
        }
    } else {
        QPdfWriter pdf(&file);
        pdf.setTitle(context.title);
        pdf.setCreator(QStringLiteral("csdash"));
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(
            QSizeF(options.size) * 72.0 / 96.0, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        drawn = painter.begin(&pdf);
        if (drawn) {
            paint(painter, view, context, QSizeF(pdf.width(), pdf.height()));
            drawn = painter.end();
        }
    }
    if (!drawn) {
        file.cancelWriting();
        *error = tr("%1: the chart could not be drawn into the file").arg(fileName);
        return false;
    }
    if (!file.commit()) {
        *error = tr("%1: cannot write: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}
