#include "HeadlineChartView.h"

#include "ChartStyle.h"
#include "GradePalette.h"
#include "domain/Evidence.h"
#include "itemmodels/HeadlineSeriesModel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>

namespace {

Qt::PenStyle lineStyle(int index)
{
    static const Qt::PenStyle styles[] = { Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine };
    return styles[index % 4];
}

QScatterSeries::MarkerShape markerShape(int index)
{
    static const QScatterSeries::MarkerShape shapes[] = { QScatterSeries::MarkerShapeCircle,
        QScatterSeries::MarkerShapeRectangle, QScatterSeries::MarkerShapeTriangle,
        QScatterSeries::MarkerShapeStar };
    return shapes[index % 4];
}

} // namespace

HeadlineChartView::HeadlineChartView(QWidget *parent)
    : QChartView(parent)
{
    ChartStyle::setUpView(this);
    setMinimumHeight(260);
    ChartStyle::apply(chart(), palette());
    chart()->legend()->setAlignment(Qt::AlignBottom);
    retranslate();
}

void HeadlineChartView::setModel(HeadlineSeriesModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &HeadlineChartView::rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &HeadlineChartView::rebuild);
    }
    rebuild();
}

void HeadlineChartView::retranslate()
{
    setAccessibleName(tr("Headline grades chart"));
    setAccessibleDescription(
        tr("Headline grade by year for each authority compared: the APA overall grade to 2008, "
           "the annual rating in 2009 and the annual assessment in 2010."));
    chart()->setTitle(tr("Headline grade, %1\u2013%2")
                          .arg(HeadlineSeriesModel::FirstYear)
                          .arg(HeadlineSeriesModel::LastYear));
    rebuild();
}

void HeadlineChartView::rebuild()
{
    QChart *c = chart();
    ChartStyle::clear(c);
    if (!m_model)
        return;

    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int year = HeadlineSeriesModel::FirstYear; year <= HeadlineSeriesModel::LastYear; ++year)
        axisX->append(QString::number(year), year);
    axisX->setRange(HeadlineSeriesModel::FirstYear - 0.4, HeadlineSeriesModel::LastYear + 0.4);
    axisX->setTitleText(tr("Year"));
    auto *axisY = new QCategoryAxis;
    axisY->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisY->append(tr("1 inadequate / performs poorly"), 1);
    axisY->append(tr("2 adequate / performs adequately"), 2);
    axisY->append(tr("3 good / performs well"), 3);
    axisY->append(tr("4 outstanding / performs excellently"), 4);
    axisY->setRange(0.5, 4.5);
    ChartStyle::addAxis(c, axisX, Qt::AlignBottom);
    ChartStyle::addAxis(c, axisY, Qt::AlignLeft);

    auto attach = [&](QXYSeries *series) {
        c->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    };

    // The change of framework, marked where no line may cross it.
    const double change = HeadlineSeriesModel::FrameworkChangeYear - 0.5;
    auto *divider = new QLineSeries;
    divider->setName(tr("APA to 2008 | annual rating from 2009"));
    divider->append(change, 0.5);
    divider->append(change, 4.5);
    QPen dividerPen(palette().color(QPalette::Mid), 1.5, Qt::DashDotDotLine);
    divider->setPen(dividerPen);
    attach(divider);

    for (int a = 0; a < m_model->columnCount(); ++a) {
        const QColor color = GradePalette::seriesColor(a);
        QLineSeries *segment = nullptr;
        int previousYear = 0;
        auto *markers = new QScatterSeries;
        markers->setName(m_model->headerData(a, Qt::Horizontal).toString());
        markers->setMarkerShape(markerShape(a));
        markers->setMarkerSize(13);
        markers->setColor(color);
        markers->setBorderColor(palette().color(QPalette::Base));
        markers->setPointLabelsVisible(true);
        markers->setPointLabelsFormat(QStringLiteral("@yPoint"));
        markers->setPointLabelsClipping(false);
        markers->setPointLabelsColor(palette().color(QPalette::Text));
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QVariant value = m_model->index(row, a).data(ItemRoles::ValueRole);
            const int year = m_model->yearOfRow(row);
            if (!value.isValid()) {
                segment = nullptr;
                continue;
            }
            const bool crossesChange = previousYear < HeadlineSeriesModel::FrameworkChangeYear
                && year >= HeadlineSeriesModel::FrameworkChangeYear;
            if (!segment || previousYear != year - 1 || crossesChange) {
                segment = new QLineSeries;
                QPen pen(color, 2.5, lineStyle(a));
                segment->setPen(pen);
                attach(segment);
                for (QLegendMarker *marker : c->legend()->markers(segment))
                    marker->setVisible(false);
            }
            segment->append(year, value.toDouble());
            markers->append(year, value.toDouble());
            previousYear = year;
        }
        attach(markers);
        connect(markers, &QScatterSeries::clicked, this, [this, a](const QPointF &point) {
            const int row = qRound(point.x()) - HeadlineSeriesModel::FirstYear;
            const QVariant evidence = m_model->index(row, a).data(ItemRoles::EvidenceRole);
            if (evidence.isValid())
                emit evidenceRequested(evidence.value<Evidence>());
        });
    }
}
