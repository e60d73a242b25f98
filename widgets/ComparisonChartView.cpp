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
#include <QToolTip>
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
    ChartStyle::setUpView(m_view);
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
    return m_standing->text() + QStringLiteral("<br>") + m_standing->toolTip().toHtmlEscaped();
}

void ComparisonChartView::setComparisons(const Indicator &indicator,
    const QList<IndicatorComparison::AuthorityComparison> &comparisons,
    const IndicatorComparison::Series &england, const QList<Observation> &planValues)
{
    QChart *c = m_view->chart();
    ChartStyle::clear(c);
    m_shared.clear();
    c->setTitle(
        indicator.unit.isEmpty() ? indicator.title : tr("%1 (%2)").arg(indicator.title, indicator.unit));

    double minX = 1e9, maxX = -1e9, minY = 1e300, maxY = -1e300;
    auto *axisX = new QValueAxis;
    auto *axisY = new QValueAxis;
    ChartStyle::addAxis(c, axisX, Qt::AlignBottom);
    ChartStyle::addAxis(c, axisY, Qt::AlignLeft);

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
        const QString name = cmp.authority.name;
        const int decimals = indicator.decimals;
        connect(markers, &QScatterSeries::clicked, this, [this, values](const QPointF &point) {
            for (const auto &p : values) {
                if (qAbs(position(p) - point.x()) < 0.01 && qAbs(p.value - point.y()) < 1e-9)
                    emit evidenceRequested(p.evidence);
            }
        });
        connect(markers, &QScatterSeries::hovered, this,
            [values, name, decimals](const QPointF &point, bool state) {
                if (!state) {
                    QToolTip::hideText();
                    return;
                }
                for (const auto &p : values) {
                    if (qAbs(position(p) - point.x()) < 0.01 && qAbs(p.value - point.y()) < 1e-9)
                        QToolTip::showText(QCursor::pos(), pointToolTip(name, p, decimals));
                }
            });
        for (const auto &p : cmp.values) {
            if (p.sources.size() > 1)
                m_shared.append(p.sources);
        }
        addLine(cmp.neighbourMean, tr("%1: neighbours\u2019 mean").arg(cmp.authority.name),
            QPen(color, 1.8, Qt::DashLine));
        if (!cmp.regionName.isEmpty() && !regionsDrawn.contains(cmp.regionName)) {
            regionsDrawn.append(cmp.regionName);
            addLine(cmp.region, cmp.regionName,
                QPen(GradePalette::seriesColor(2 + int(regionsDrawn.size())), 1.8, Qt::DotLine));
        }
        if (cmp.latest)
            standings.append(standingText(cmp.authority, *cmp.latest, cmp.values.last().value, indicator));
        else
            standings.append(
                tr("<b>%1</b>: no value in the loaded data").arg(cmp.authority.name.toHtmlEscaped()));
    }
    addLine(england, tr("England"), QPen(palette().color(QPalette::Text), 1.8, Qt::DashDotLine));

    // A plan's own figures for the indicator: results and baselines as filled triangles, targets
    // for a period as hollow ones, one series per authority and kind, named after the document, in
    // that authority's colour. A target that states no period is a dashed line across the chart.
    const auto colourOf = [&](const Observation &o) {
        int colourIndex = 0;
        for (int i = 0; i < comparisons.size(); ++i) {
            if (comparisons.at(i).authority.laNumber == o.authority.laNumber)
                colourIndex = i;
        }
        return GradePalette::seriesColor(colourIndex);
    };
    QMap<QString, QScatterSeries *> planSeries;
    QList<Observation> targetLines;
    for (const Observation &o : planValues) {
        if (!o.value || o.kind == ObservationKind::Unassigned)
            continue;
        const bool target = o.kind == ObservationKind::Target;
        if (!o.period.isNormalised()) {
            if (target)
                targetLines.append(o);
            continue;
        }
        const QString name = target ? tr("%1: target (%2)").arg(o.authority.name, o.documentTitle)
            : o.kind == ObservationKind::Baseline
            ? tr("%1: plan baseline (%2)").arg(o.authority.name, o.documentTitle)
            : tr("%1: plan figure (%2)").arg(o.authority.name, o.documentTitle);
        QScatterSeries *&series = planSeries[name];
        if (!series) {
            series = new QScatterSeries;
            series->setName(name);
            series->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
            series->setMarkerSize(12);
            const QColor color = colourOf(o);
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
            o.evidence, 0, QString(), {} };
        const double x = position(p);
        series->append(x, *o.value);
        minX = qMin(minX, x);
        maxX = qMax(maxX, x);
        minY = qMin(minY, *o.value);
        maxY = qMax(maxY, *o.value);
    }
    if (minX <= maxX) {
        for (const Observation &o : std::as_const(targetLines)) {
            auto *line = new QLineSeries;
            line->setName(
                tr("%1: target %2 (%3)").arg(o.authority.name, ValueFormat::observation(o), o.documentTitle));
            line->setPen(QPen(colourOf(o), 1.5, Qt::DashLine));
            const double lastYear = std::ceil(maxX + 1e-9);
            line->append(std::floor(minX), *o.value);
            line->append(qMax(lastYear, std::floor(minX) + 1), *o.value);
            c->addSeries(line);
            line->attachAxis(axisX);
            line->attachAxis(axisY);
            minY = qMin(minY, *o.value);
            maxY = qMax(maxY, *o.value);
            const Evidence evidence = o.evidence;
            connect(
                line, &QLineSeries::clicked, this, [this, evidence] { emit evidenceRequested(evidence); });
        }
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
        "authorities with a value in the loaded data, shown where %1 or more have one, and "
        "quartiles where %2 or more do.")
                              .arg(IndicatorComparison::MinimumForRank)
                              .arg(IndicatorComparison::MinimumForQuartile);
    // How neighbours and ranks are counted is read on demand (the label's tooltip), so that the
    // standings leave the chart its room in a small window.
    m_standing->setText(
        standings.join(QStringLiteral("<br>")) + QStringLiteral("<br>") + polarity.toHtmlEscaped());
    m_standing->setToolTip(about);
}

QString ComparisonChartView::standingText(const Authority &authority, const IndicatorComparison::Standing &s,
    double value, const Indicator &indicator)
{
    QString versus;
    if (s.betterThanEngland.has_value())
        // In words, and in the palette's colours for good and poor grades as a second signal.
        versus = *s.betterThanEngland
            ? QStringLiteral("<span style=\"color:#0072B2\"><b>%1</b></span>").arg(tr("better than England"))
            : QStringLiteral("<span style=\"color:#D55E00\"><b>%1</b></span>").arg(tr("worse than England"));
    else if (indicator.polarity == Polarity::Unknown)
        versus = tr("no stated direction, so not judged better or worse");
    else if (!s.england)
        versus = tr("no England value for this period to compare with");
    else
        versus = tr("the same as England");
    QString place;
    const QString best = indicator.polarity == Polarity::LowerIsBetter ? tr("the lowest values")
                                                                       : tr("the highest values");
    if (s.rank > 0 && s.quartile > 0)
        place = tr("rank %1 of %2 (quartile %3; 1 is %4)").arg(s.rank).arg(s.outOf).arg(s.quartile).arg(best);
    else if (s.rank > 0)
        place = tr("rank %1 of %2 (1 is %3); quartile not shown: %n authorities have a value, %4 needed",
            nullptr, s.outOf)
                    .arg(s.rank)
                    .arg(s.outOf)
                    .arg(best)
                    .arg(IndicatorComparison::MinimumForQuartile);
    else if (s.outOf == 1)
        place = tr("rank not shown: only 1 authority has a value");
    else
        place = tr("rank not shown: only %1 authorities have a value, %2 needed")
                    .arg(s.outOf)
                    .arg(IndicatorComparison::MinimumForRank);
    const Period period { s.period, s.start, s.end };
    return tr("<b>%1</b>, %2: %3 \u2014 %4; %5")
        .arg(authority.name.toHtmlEscaped(), ValueFormat::period(period).toHtmlEscaped(),
            ValueFormat::number(value, indicator.decimals), place, versus);
}

QString ComparisonChartView::pointToolTip(
    const QString &authority, const IndicatorComparison::Point &point, int decimals)
{
    QStringList lines { tr("%1, %2: %3")
                            .arg(authority, ValueFormat::period({ point.label, point.start, point.end }),
                                ValueFormat::number(point.value, decimals)) };
    for (const IndicatorComparison::Source &source : point.sources)
        lines.append(tr("from %1 (%2: %3)").arg(source.document, source.period, source.raw));
    return lines.join(QLatin1Char('\n'));
}

QList<IndicatorComparison::Source> ComparisonChartView::otherSources(const Evidence &evidence) const
{
    for (const QList<IndicatorComparison::Source> &sources : m_shared) {
        if (std::any_of(sources.cbegin(), sources.cend(),
                [&evidence](const IndicatorComparison::Source &s) { return s.evidence == evidence; })) {
            QList<IndicatorComparison::Source> others;
            for (const IndicatorComparison::Source &s : sources) {
                if (!(s.evidence == evidence))
                    others.append(s);
            }
            return others;
        }
    }
    return {};
}
