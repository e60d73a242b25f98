#include "ChartExporter.h"

#include "AuthorityMapView.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImage>
#include <QLegend>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QXYSeries>

#include <functional>
#include <vector>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChartExporter", text);
}

// The size a chart is laid out at is the export's chart area divided by this, so that its text
// keeps one proportion to the drawing at every size (as the title band's does): at 1000 pixels
// high the chart is laid out at 600, and its text drawn 1.67 times its size on screen.
double layoutScale(const QSizeF &size)
{
    return qMax(0.25, size.height() / 600.0);
}

// Chart text is sized in points, which each device resolves at its own resolution: a 300 dpi PNG
// would triple it and a 72 dpi SVG shrink it. While the chart is laid out and drawn for an export
// its fonts are fixed in device-independent pixels, so that PNG, SVG and PDF agree.
class PixelFonts
{
public:
    explicit PixelFonts(QChart *chart)
    {
        fix([chart] { return chart->titleFont(); }, [chart](const QFont &f) { chart->setTitleFont(f); });
        QLegend *legend = chart->legend();
        fix([legend] { return legend->font(); }, [legend](const QFont &f) { legend->setFont(f); });
        const QList<QAbstractAxis *> axes = chart->axes();
        for (QAbstractAxis *axis : axes) {
            fix([axis] { return axis->labelsFont(); }, [axis](const QFont &f) { axis->setLabelsFont(f); });
            fix([axis] { return axis->titleFont(); }, [axis](const QFont &f) { axis->setTitleFont(f); });
        }
        const QList<QAbstractSeries *> series = chart->series();
        for (QAbstractSeries *s : series) {
            if (auto *xy = qobject_cast<QXYSeries *>(s)) {
                fix([xy] { return xy->pointLabelsFont(); },
                    [xy](const QFont &f) { xy->setPointLabelsFont(f); });
            } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
                const QList<QBarSet *> sets = bars->barSets();
                for (QBarSet *set : sets)
                    fix([set] { return set->labelFont(); }, [set](const QFont &f) { set->setLabelFont(f); });
            }
        }
    }
    ~PixelFonts()
    {
        for (auto it = m_restore.rbegin(); it != m_restore.rend(); ++it)
            (*it)();
    }
    PixelFonts(const PixelFonts &) = delete;
    PixelFonts &operator=(const PixelFonts &) = delete;

private:
    void fix(const std::function<QFont()> &get, const std::function<void(const QFont &)> &set)
    {
        const QFont original = get();
        if (original.pixelSize() > 0)
            return;
        QFont pixels = original;
        pixels.setPixelSize(qMax(1, qRound(original.pointSizeF() * 96.0 / 72.0)));
        set(pixels);
        m_restore.push_back([set, original] { set(original); });
    }
    std::vector<std::function<void()>> m_restore;
};

// Lays the chart out afresh at the area's proportions, so that the plot, its axes and legend fill
// the area whatever the view's own shape, draws it, and gives the view its chart back as it was.
void paintChart(QPainter &painter, QChart *chart, const QRectF &area, double scale)
{
    const QRectF saved = chart->geometry();
    const QMargins savedMargins = chart->margins();
    {
        const PixelFonts fonts(chart);
        // The export has margins of its own; the chart's, meant for a window, only narrow it.
        chart->setMargins(QMargins(2, 2, 2, 2));
        chart->setGeometry(QRectF(saved.topLeft(), area.size() / scale));
        if (chart->layout())
            chart->layout()->activate();
        QCoreApplication::processEvents();
        chart->scene()->render(&painter, area, chart->mapRectToScene(chart->rect()), Qt::IgnoreAspectRatio);
    }
    chart->setMargins(savedMargins);
    chart->setGeometry(saved);
    if (chart->layout())
        chart->layout()->activate();
}

// Draws the title band, the chart and the source line into [0, size) of the painter's device;
// scale as layoutScale() gives it unless given.
void paintExport(
    QPainter &painter, QWidget *view, const ExportContext &context, const QSizeF &size, double scale = 0)
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
    const QRectF needed = context.source.isEmpty()
        ? QRectF()
        : metrics.boundingRect(QRectF(0, 0, size.width() - 2 * margin, size.height() / 3),
            Qt::AlignLeft | Qt::TextWordWrap, context.source);
    const QRectF footer(
        margin, size.height() - margin - needed.height(), size.width() - 2 * margin, needed.height());
    const QRectF chartArea(
        margin, band.bottom() + unit, size.width() - 2 * margin, footer.top() - band.bottom() - unit * 2);
    if (auto *map = qobject_cast<AuthorityMapView *>(view)) {
        // Drawn afresh at the export's size rather than scaled from the screen, so that hexagons,
        // numbers and legend fill the area at any size and stay vectors in SVG and PDF.
        map->paint(&painter, chartArea);
    } else if (auto *chartView = qobject_cast<QChartView *>(view)) {
        paintChart(painter, chartView->chart(), chartArea, scale > 0 ? scale : layoutScale(size));
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

void ChartExporter::paint(
    QPainter *painter, QWidget *view, const ExportContext &context, const QRectF &rect, double layoutScale)
{
    painter->save();
    painter->translate(rect.topLeft());
    paintExport(*painter, view, context, rect.size(), layoutScale);
    painter->restore();
}

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
    paintExport(painter, view, context, QSizeF(options.size));
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
            paintExport(painter, view, context, QSizeF(options.size));
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
            paintExport(painter, view, context, QSizeF(pdf.width(), pdf.height()));
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
