#include "OutcomeChartView.h"

#include "ChartStyle.h"
#include "GradePalette.h"
#include "YearChooser.h"
#include "domain/Area.h"
#include "domain/Evidence.h"
#include "itemmodels/GradeMatrixModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

const QStringList &areas()
{
    return OutcomeChartView::areaKeys();
}

Qt::BrushStyle barPattern(int index)
{
    static const Qt::BrushStyle patterns[] = { Qt::SolidPattern, Qt::Dense3Pattern, Qt::DiagCrossPattern,
        Qt::Dense5Pattern };
    return patterns[index % 4];
}

} // namespace

const QStringList &OutcomeChartView::areaKeys()
{
    static const QStringList keys = outcomeAreaKeys() + QStringList { QStringLiteral("capacity") };
    return keys;
}

OutcomeChartView::OutcomeChartView(QWidget *parent)
    : QWidget(parent)
    , m_year(new YearChooser(YearChooser::AllYears::NotOffered, this))
    , m_view(new QChartView(this))
    , m_missing(new QLabel(this))
{
    // Outcome grades were given by the annual performance assessments, to 2008.
    QList<int> years;
    for (int y = GradeMatrixModel::FirstYear; y <= 2008; ++y)
        years.append(y);
    m_year->setYears(years);
    ChartStyle::setUpView(m_view);
    ChartStyle::apply(m_view->chart(), palette());
    m_missing->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_year);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_missing);
    connect(m_year, &YearChooser::yearChanged, this, [this] {
        rebuild();
        emit yearChanged(year());
    });
    retranslate();
}

void OutcomeChartView::setModel(GradeMatrixModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model)
        connect(m_model, &QAbstractItemModel::modelReset, this, &OutcomeChartView::rebuild);
    rebuild();
}

int OutcomeChartView::year() const
{
    return m_year->year();
}

void OutcomeChartView::setYear(int year)
{
    m_year->setYear(year);
}

void OutcomeChartView::retranslate()
{
    m_view->setAccessibleName(tr("Outcome grades chart"));
    m_view->setAccessibleDescription(
        tr("Grades for the five outcomes and capacity to improve in the chosen year, "
           "one bar per authority"));
    rebuild();
}

void OutcomeChartView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_redraw.shown())
        rebuild();
}

void OutcomeChartView::rebuild()
{
    if (m_redraw.postpone(this))
        return;
    QChart *c = m_view->chart();
    ChartStyle::clear(c);
    c->setTitle(tr("Outcome grades, %1").arg(year()));
    if (!m_model)
        return;
    auto *series = new QBarSeries;
    QStringList missing;
    const QList<Authority> &authorities = m_model->authorities();
    for (int a = 0; a < authorities.size(); ++a) {
        auto *set = new QBarSet(authorities.at(a).name);
        QBrush brush(GradePalette::seriesColor(a), barPattern(a));
        set->setBrush(brush);
        set->setPen(QPen(GradePalette::seriesColor(a), 1.5));
        set->setLabelColor(palette().color(QPalette::Text));
        for (const QString &area : areas()) {
            const QModelIndex index = m_model->index(
                m_model->rowForArea(area), m_model->columnFor(year(), authorities.at(a).laNumber));
            const QVariant grade = index.data(GradeMatrixModel::GradeRole);
            set->append(grade.isValid() ? grade.toDouble() : 0.0);
            if (!grade.isValid())
                missing.append(tr("%1: %2").arg(authorities.at(a).name, areaDisplayName(area)));
        }
        connect(set, &QBarSet::clicked, this, [this, a, authorities](int i) {
            const QModelIndex index = m_model->index(
                m_model->rowForArea(areas().at(i)), m_model->columnFor(year(), authorities.at(a).laNumber));
            const QVariant evidence = index.data(ItemRoles::EvidenceRole);
            if (evidence.isValid())
                emit evidenceRequested(evidence.value<Evidence>());
        });
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    c->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    QStringList names;
    for (const QString &area : areas()) {
        // Two lines for long names, so that no label is cut short.
        QString name = areaDisplayName(area);
        // Short lines (axis labels take rich text), so that no label is cut short.
        QStringList lines;
        for (const QString &word : name.split(QLatin1Char(' '))) {
            if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= 9)
                lines.last() += QLatin1Char(' ') + word;
            else
                lines.append(word);
        }
        name = lines.join(QStringLiteral("<br>"));
        names.append(name);
    }
    axisX->append(names);
    auto *axisY = new QCategoryAxis;
    axisY->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int g = 1; g <= 4; ++g)
        axisY->append(tr("%1 %2").arg(g).arg(GradePalette::gradeWord(g)), g);
    axisY->setRange(0, 4.3);
    ChartStyle::addAxis(c, axisX, Qt::AlignBottom);
    ChartStyle::addAxis(c, axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    c->legend()->setAlignment(Qt::AlignBottom);
    m_missing->setText(missing.isEmpty() ? QString()
                                         : tr("No grade in the loaded documents (shown as an empty bar): %1")
                                               .arg(missing.join(QStringLiteral("; "))));
}
