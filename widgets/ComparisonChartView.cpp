#include "ComparisonChartView.h"

#include "ChartStyle.h"
#include "GradePalette.h"
#include "itemmodels/ValueFormat.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMap>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

double position(const IndicatorComparison::Point &p)
{
    // The middle of the period, in years.
    const QDate middle = p.start.addDays(p.start.daysTo(p.end) / 2);
    return middle.year() + (middle.dayOfYear() - 1) / double(middle.daysInYear());
}

// Consecutive periods join; a missing period breaks the line.
bool adjacent(const IndicatorComparison::Point &a, const IndicatorComparison::Point &b)
{
    return a.end.addDays(1) >= b.start || a.end.addYears(1) >= b.end;
}

} // namespace

ComparisonChartView::ComparisonChartView(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_standing(new QLabel(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Indicator comparison chart"));
    m_view->setAccessibleDescription(
        tr("The compared authorities' values by year, with their statistical neighbours' "
           "mean, their region and England"));
    ChartStyle::apply(m_view->chart(), palette());
    // Beside the plot, where the series' full names fit.
    m_view->chart()->legend()->setAlignment(Qt::AlignRight);
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    m_view->chart()->legend()->setFont(legendFont);
    m_standing->setWordWrap(true);
    m_standing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_standing);
}

QString ComparisonChartView::standingText() const
{
    return m_standing->text();
}

void ComparisonChartView::setComparisons(const Indicator &indicator,
    const QList<IndicatorComparison::AuthorityComparison> &comparisons,
    const IndicatorComparison::Series &england, const QList<Observation> &planValues)
{
    QChart *c = m_view->chart();
    ChartStyle::localize(c);
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    c->setTitle(
        indicator.unit.isEmpty() ? indicator.title : tr("%1 (%2)").arg(indicator.title, indicator.unit));

    double minX = 1e9, maxX = -1e9, minY = 1e300, maxY = -1e300;
    auto *axisX = new QValueAxis;
    auto *axisY = new QValueAxis;
    c->addAxis(axisX, Qt::AlignBottom);
    c->addAxis(axisY, Qt::AlignLeft);

    auto addLine = [&](const IndicatorComparison::Series &series, const QString &name, const QPen &pen) {
        QLineSeries *line = nullptr;
        bool named = false;
        for (int i = 0; i < series.size(); ++i) {
            const auto &p = series.at(i);
            if (!line || !adjacent(series.at(i - 1), p)) {
                line = new QLineSeries;
                line->setPen(pen);
                line->setName(name);
                c->addSeries(line);
                line->attachAxis(axisX);
                line->attachAxis(axisY);
                if (named) {
                    for (QLegendMarker *m : c->legend()->markers(line))
                        m->setVisible(false);
                }
                named = true;
            }
            const double x = position(p);
            line->append(x, p.value);
            minX = qMin(minX, x);
            maxX = qMax(maxX, x);
            minY = qMin(minY, p.value);
            maxY = qMax(maxY, p.value);
        }
    };

    QStringList standings;
    QStringList regionsDrawn;
    for (int i = 0; i < comparisons.size(); ++i) {
        const auto &cmp = comparisons.at(i);
        const QColor color = GradePalette::seriesColor(i);
        addLine(cmp.values, cmp.authority.name, QPen(color, 2.5, Qt::SolidLine));
        auto *markers = new QScatterSeries;
        markers->setColor(color);
        markers->setMarkerSize(9);
        markers->setMarkerShape(
            i % 2 ? QScatterSeries::MarkerShapeRectangle : QScatterSeries::MarkerShapeCircle);
        for (const auto &p : cmp.values)
            markers->append(position(p), p.value);
        c->addSeries(markers);
        markers->attachAxis(axisX);
        markers->attachAxis(axisY);
        for (QLegendMarker *m : c->legend()->markers(markers))
            m->setVisible(false);
        const IndicatorComparison::Series values = cmp.values;
        connect(markers, &QScatterSeries::clicked, this, [this, values](const QPointF &point) {
            for (const auto &p : values) {
                if (qAbs(position(p) - point.x()) < 0.01 && qAbs(p.value - point.y()) < 1e-9)
                    emit evidenceRequested(p.evidence);
            }
        });
        addLine(cmp.neighbourMean, tr("%1: neighbours\u2019 mean").arg(cmp.authority.name),
            QPen(color, 1.8, Qt::DashLine));
        if (!cmp.regionName.isEmpty() && !regionsDrawn.contains(cmp.regionName)) {
            regionsDrawn.append(cmp.regionName);
            addLine(cmp.region, cmp.regionName,
                QPen(GradePalette::seriesColor(2 + int(regionsDrawn.size())), 1.8, Qt::DotLine));
        }
        if (cmp.latest) {
            const auto &s = *cmp.latest;
            QString versus;
            if (s.betterThanEngland.has_value())
                // In words, and in the palette's colours for good and poor grades as a second signal.
                versus = *s.betterThanEngland
                    ? QStringLiteral("<span style=\"color:#0072B2\"><b>%1</b></span>")
                          .arg(tr("better than England"))
                    : QStringLiteral("<span style=\"color:#D55E00\"><b>%1</b></span>")
                          .arg(tr("worse than England"));
            else if (indicator.polarity == Polarity::Unknown)
                versus = tr("no stated direction, so not judged better or worse");
            else
                versus = tr("the same as England");
            standings.append(
                tr("<b>%1</b>, %2: %3 \u2014 rank %4 of %5 (quartile %6; 1 is %7); %8")
                    .arg(cmp.authority.name.toHtmlEscaped(), s.period,
                        ValueFormat::number(cmp.values.last().value, indicator.decimals))
                    .arg(s.rank)
                    .arg(s.outOf)
                    .arg(s.quartile)
                    .arg(indicator.polarity == Polarity::LowerIsBetter ? tr("the lowest values")
                                                                       : tr("the highest values"))
                    .arg(versus));
        } else {
            standings.append(
                tr("<b>%1</b>: no value in the loaded data").arg(cmp.authority.name.toHtmlEscaped()));
        }
    }
    addLine(england, tr("England"), QPen(palette().color(QPalette::Text), 1.8, Qt::DashDotLine));

    // A plan's own figures for the indicator: results as filled triangles, targets as hollow ones,
    // one series per authority and kind, named after the document, in that authority's colour.
    QMap<QString, QScatterSeries *> planSeries;
    for (const Observation &o : planValues) {
        if (!o.value || !o.period.isNormalised() || o.kind == ObservationKind::Unassigned)
            continue;
        const bool target = o.kind == ObservationKind::Target;
        int colourIndex = 0;
        for (int i = 0; i < comparisons.size(); ++i) {
            if (comparisons.at(i).authority.laNumber == o.authority.laNumber)
                colourIndex = i;
        }
        const QString name = target ? tr("%1: target (%2)").arg(o.authority.name, o.documentTitle)
                                    : tr("%1: plan figure (%2)").arg(o.authority.name, o.documentTitle);
        QScatterSeries *&series = planSeries[name];
        if (!series) {
            series = new QScatterSeries;
            series->setName(name);
            series->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
            series->setMarkerSize(12);
            const QColor color = GradePalette::seriesColor(colourIndex);
            series->setColor(target ? palette().color(QPalette::Base) : color);
            series->setBorderColor(color);
            series->setPen(QPen(color, 2));
            c->addSeries(series);
            series->attachAxis(axisX);
            series->attachAxis(axisY);
            connect(series, &QScatterSeries::clicked, this, [this, planValues, name](const QPointF &point) {
                for (const Observation &v : planValues) {
                    if (v.value && qAbs(*v.value - point.y()) < 1e-9)
                        emit evidenceRequested(v.evidence);
                }
            });
        }
        const IndicatorComparison::Point p { o.period.start, o.period.end, o.period.text, *o.value, 1,
            o.evidence, 0, QString() };
        const double x = position(p);
        series->append(x, *o.value);
        minX = qMin(minX, x);
        maxX = qMax(maxX, x);
        minY = qMin(minY, *o.value);
        maxY = qMax(maxY, *o.value);
    }

    if (minX > maxX) {
        c->setTitle(c->title() + QLatin1Char('\n') + tr("(no values for the compared authorities)"));
        m_standing->setText(standings.join(QStringLiteral("<br>")));
        return;
    }
    // Year labels at year starts, every year while they fit and every other year beyond that.
    const int firstYear = int(std::floor(minX));
    const int lastYear = int(std::ceil(maxX));
    // Labels every year over a short span, every other year up to a dozen, every fifth beyond.
    const int step = lastYear - firstYear > 12 ? 5 : lastYear - firstYear > 5 ? 2 : 1;
    const int span = ((lastYear - firstYear + step - 1) / step) * step;
    axisX->setRange(firstYear, firstYear + span);
    axisX->setTickCount(span / step + 1);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    const double margin = qMax(1e-6, (maxY - minY) * 0.1);
    axisY->setRange(minY - margin < 0 && minY >= 0 ? 0 : minY - margin, maxY + margin);
    axisY->applyNiceNumbers();
    QString polarity;
    switch (indicator.polarity) {
    case Polarity::HigherIsBetter:
        polarity = tr("Higher is better.");
        break;
    case Polarity::LowerIsBetter:
        polarity = tr("Lower is better.");
        break;
    case Polarity::Unknown:
        polarity = tr("The data does not say whether higher or lower is better.");
        break;
    }
    const QString about = tr(
        "Neighbours are the DfE 2025 statistical neighbour set; ranks are among the local "
        "authorities with a value in the loaded data.");
    m_standing->setText(standings.join(QStringLiteral("<br>")) + QStringLiteral("<br>")
        + polarity.toHtmlEscaped() + QLatin1Char(' ') + about.toHtmlEscaped());
}
