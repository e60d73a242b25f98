#include "IndicatorChartView.h"

#include "ChartStyle.h"
#include "GradePalette.h"
#include "domain/Evidence.h"
#include "itemmodels/ObservationTableModel.h"
#include "itemmodels/ValueFormat.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMap>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

IndicatorChartView::IndicatorChartView(QWidget *parent)
    : QChartView(parent)
{
    ChartStyle::setUpView(this);
    setMinimumHeight(240);
    setAccessibleName(tr("Indicator chart"));
    setAccessibleDescription(tr("The chosen indicator's baseline and results by period, with its target"));
    ChartStyle::apply(chart(), palette());
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void IndicatorChartView::setModel(ObservationTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model)
        connect(m_model, &QAbstractItemModel::modelReset, this, &IndicatorChartView::rebuild);
    rebuild();
}

void IndicatorChartView::setIndicatorTitle(const QString &title)
{
    m_title = title;
    chart()->setTitle(title);
}

void IndicatorChartView::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    if (m_redraw.shown())
        rebuild();
}

void IndicatorChartView::rebuild()
{
    if (m_redraw.postpone(this))
        return;
    QChart *c = chart();
    ChartStyle::clear(c);
    c->setTitle(m_title);
    if (!m_model)
        return;
    const QList<Observation> &all = m_model->observations();

    // Slots along the x axis: the baseline first, then each result period in date order.
    struct Slot
    {
        QString label;
        QDate start;
    };
    QList<Slot> positions;
    auto positionOf = [&positions](const QString &label) {
        for (int i = 0; i < positions.size(); ++i) {
            if (positions.at(i).label == label)
                return i;
        }
        return -1;
    };
    const QString baselineLabel = tr("Baseline");
    bool hasBaseline = false;
    for (const Observation &o : all)
        hasBaseline = hasBaseline || (o.kind == ObservationKind::Baseline && o.value);
    if (hasBaseline)
        positions.append({ baselineLabel, QDate() });
    QList<Slot> results;
    for (const Observation &o : all) {
        if (o.kind != ObservationKind::Result || !o.value)
            continue;
        const QString label = o.period.text.isEmpty() ? tr("Result") : o.period.text;
        if (std::none_of(
                results.cbegin(), results.cend(), [&label](const Slot &s) { return s.label == label; }))
            results.append({ label, o.period.start });
    }
    std::stable_sort(results.begin(), results.end(), [](const Slot &a, const Slot &b) {
        if (a.start.isValid() != b.start.isValid())
            return a.start.isValid();
        return a.start < b.start;
    });
    positions.append(results);
    if (positions.isEmpty()) {
        c->setTitle(m_title.isEmpty() ? tr("Choose an indicator to chart its values")
                                      : m_title + QLatin1Char('\n') + tr("(no numeric values to chart)"));
        return;
    }

    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < positions.size(); ++i)
        axisX->append(positions.at(i).label, i);
    axisX->setRange(-0.5, positions.size() - 0.5);
    auto *axisY = new QValueAxis;
    ChartStyle::addAxis(c, axisX, Qt::AlignBottom);
    ChartStyle::addAxis(c, axisY, Qt::AlignLeft);
    double low = 0, high = 0;
    bool first = true;
    auto extend = [&](double v) {
        low = first ? v : qMin(low, v);
        high = first ? v : qMax(high, v);
        first = false;
    };

    // One line per authority and labelled series.
    QMap<QString, QList<Observation>> groups;
    for (const Observation &o : all) {
        if (!o.value || (o.kind != ObservationKind::Baseline && o.kind != ObservationKind::Result))
            continue;
        groups[o.authority.name + (o.series.isEmpty() ? QString() : QStringLiteral(" \u2014 ") + o.series)]
            .append(o);
    }
    int g = 0;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it, ++g) {
        QMap<int, Observation> bySlot;
        for (const Observation &o : it.value()) {
            const int s = o.kind == ObservationKind::Baseline
                ? positionOf(baselineLabel)
                : positionOf(o.period.text.isEmpty() ? tr("Result") : o.period.text);
            if (s >= 0)
                bySlot.insert(s, o);
        }
        const QColor color = GradePalette::seriesColor(g);
        auto *markers = new QScatterSeries;
        markers->setName(it.key());
        markers->setColor(color);
        markers->setMarkerSize(11);
        markers->setMarkerShape(
            g % 2 ? QScatterSeries::MarkerShapeRectangle : QScatterSeries::MarkerShapeCircle);
        markers->setPointLabelsVisible(true);
        markers->setPointLabelsFormat(QStringLiteral("@yPoint"));
        markers->setPointLabelsColor(palette().color(QPalette::Text));
        QLineSeries *line = nullptr;
        int previous = -2;
        for (auto p = bySlot.cbegin(); p != bySlot.cend(); ++p) {
            if (!line || p.key() != previous + 1) {
                line = new QLineSeries;
                line->setPen(QPen(color, 2, g % 2 ? Qt::DashLine : Qt::SolidLine));
                c->addSeries(line);
                line->attachAxis(axisX);
                line->attachAxis(axisY);
                for (QLegendMarker *m : c->legend()->markers(line))
                    m->setVisible(false);
            }
            line->append(p.key(), *p.value().value);
            markers->append(p.key(), *p.value().value);
            extend(*p.value().value);
            previous = p.key();
        }
        c->addSeries(markers);
        markers->attachAxis(axisX);
        markers->attachAxis(axisY);
        const QMap<int, Observation> points = bySlot;
        connect(markers, &QScatterSeries::clicked, this, [this, points](const QPointF &point) {
            const auto found = points.constFind(qRound(point.x()));
            if (found != points.cend())
                emit evidenceRequested(found.value().evidence);
        });
    }

    // Targets as dashed reference lines.
    for (const Observation &o : all) {
        if (o.kind != ObservationKind::Target || !o.value)
            continue;
        auto *target = new QLineSeries;
        target->setName(tr("Target %1").arg(ValueFormat::observation(o)));
        target->setPen(QPen(palette().color(QPalette::Text), 1.5, Qt::DashDotLine));
        target->append(-0.5, *o.value);
        target->append(positions.size() - 0.5, *o.value);
        extend(*o.value);
        c->addSeries(target);
        target->attachAxis(axisX);
        target->attachAxis(axisY);
    }
    const double margin = qMax(1.0, (high - low) * 0.15);
    axisY->setRange(low >= 0 && low - margin < 0 ? 0 : low - margin, high + margin);
    axisY->applyNiceNumbers();
}
