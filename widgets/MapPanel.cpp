#include "MapPanel.h"

#include "AuthorityMapView.h"
#include "YearChooser.h"

#include "itemmodels/AuthorityMapModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

MapPanel::MapPanel(AuthorityMapModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_measureLabel(new QLabel(this))
    , m_measure(new QComboBox(this))
    , m_year(new YearChooser(YearChooser::AllYears::NotOffered, this))
    , m_export(new QPushButton(this))
    , m_view(new AuthorityMapView(this))
{
    setObjectName(QStringLiteral("mapPanel"));
    m_measure->setObjectName(QStringLiteral("mapMeasure"));
    m_measure->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_measure->setMinimumContentsLength(40);
    m_measureLabel->setBuddy(m_measure);
    m_view->setObjectName(QStringLiteral("authorityMap"));
    m_view->setModel(model);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_measureLabel);
    bar->addWidget(m_measure, 1);
    bar->addWidget(m_year);
    bar->addStretch();
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    m_measure->addItem(QString()); // the headline grades, worded in retranslate()
    connect(m_measure, &QComboBox::activated, this, [this] { emit measureChosen(currentCode()); });
    connect(m_year, &YearChooser::yearChanged, this, [this] { apply(); });
    connect(m_view, &AuthorityMapView::authorityActivated, this, &MapPanel::authorityActivated);
    connect(m_export, &QPushButton::clicked, this, &MapPanel::exportRequested);
    retranslate();
}

void MapPanel::setIndicators(const QList<Indicator> &indicators)
{
    const QString current = currentCode();
    QList<Indicator> offered;
    for (const Indicator &i : indicators) {
        if (i.authorityCount >= MinimumAuthorities)
            offered.append(i);
    }
    std::sort(offered.begin(), offered.end(),
        [](const Indicator &a, const Indicator &b) { return a.title.localeAwareCompare(b.title) < 0; });
    const QSignalBlocker blocker(m_measure);
    while (m_measure->count() > 1)
        m_measure->removeItem(1);
    for (const Indicator &i : std::as_const(offered)) {
        m_measure->addItem(i.title, i.code);
        m_measure->setItemData(m_measure->count() - 1,
            tr("%1 (%2, %n authorities)", nullptr, i.authorityCount).arg(i.title, i.code), Qt::ToolTipRole);
    }
    const int index = m_measure->findData(current);
    m_measure->setCurrentIndex(index >= 0 ? index : 0);
}

QString MapPanel::currentCode() const
{
    return m_measure->currentIndex() > 0 ? m_measure->currentData().toString() : QString();
}

void MapPanel::selectCode(const QString &code)
{
    const int index = code.isEmpty() ? 0 : m_measure->findData(code);
    if (index >= 0 && index != m_measure->currentIndex()) {
        m_measure->setCurrentIndex(index);
        emit measureChosen(currentCode());
    }
}

int MapPanel::year() const
{
    return m_year->year();
}

void MapPanel::setYear(int year)
{
    m_year->setYear(year);
}

void MapPanel::showGrades(const QList<Judgement> &judgements)
{
    m_grades = true;
    m_measure->setCurrentIndex(0);
    m_judgements = judgements;
    m_observations.clear();
    m_indicator = Indicator();
    // The years with a headline grade; the model finds them with the same rule it colours by.
    m_model->setGrades(judgements, 0);
    {
        const QSignalBlocker blocker(m_year);
        m_year->setYears(m_model->years());
    }
    apply();
}

void MapPanel::showIndicator(const Indicator &indicator, const QList<Observation> &observations)
{
    m_grades = false;
    // The chooser names what is shown, also when the caller chose it (the command line, a test).
    int index = m_measure->findData(indicator.code);
    if (index <= 0) {
        m_measure->addItem(indicator.title, indicator.code);
        index = m_measure->count() - 1;
    }
    m_measure->setCurrentIndex(index);
    m_judgements.clear();
    m_indicator = indicator;
    m_observations = observations;
    m_model->setIndicator(indicator, observations, 0);
    {
        const QSignalBlocker blocker(m_year);
        m_year->setYears(m_model->years());
    }
    apply();
}

void MapPanel::apply()
{
    if (m_grades)
        m_model->setGrades(m_judgements, year());
    else
        m_model->setIndicator(m_indicator, m_observations, year());
    updateHeading();
}

QString MapPanel::title() const
{
    if (m_grades)
        return tr("Headline Ofsted grade, %1").arg(m_model->periodLabel());
    return m_model->periodLabel().isEmpty() ? m_indicator.title
                                            : tr("%1, %2").arg(m_indicator.title, m_model->periodLabel());
}

QString MapPanel::contextLine() const
{
    // Where the values came from: the documents and data files they were read from, by name.
    QStringList sources;
    if (m_grades) {
        for (const Judgement &j : m_judgements) {
            if (j.year == m_model->year() && !j.documentTitle.isEmpty() && !sources.contains(j.documentTitle))
                sources.append(j.documentTitle);
        }
    } else {
        for (const Observation &o : m_observations) {
            if (!o.documentTitle.isEmpty() && !sources.contains(o.documentTitle))
                sources.append(o.documentTitle);
        }
    }
    const QString source = sources.isEmpty() ? tr("no loaded data")
        : sources.size() > 3                 ? tr("%1 and %n more", nullptr, int(sources.size()) - 3)
                                   .arg(sources.mid(0, 3).join(QStringLiteral("; ")))
                             : sources.join(QStringLiteral("; "));
    const QString measure = m_grades ? tr("Headline grade (APA overall to 2008, annual rating 2009, "
                                          "annual assessment 2010)")
                                     : m_indicator.code;
    // A grade's scale is in the legend; a measure's direction is said here too, as exports of a
    // quartile map are read without the program.
    if (m_grades)
        return tr("%1 \u00b7 %2 of %3 authorities graded \u00b7 Source: %4")
            .arg(measure)
            .arg(m_model->valueCount())
            .arg(m_model->rowCount())
            .arg(source);
    return tr("%1 \u00b7 %2 of %3 authorities with a value \u00b7 %4 \u00b7 Source: %5")
        .arg(measure)
        .arg(m_model->valueCount())
        .arg(m_model->rowCount())
        .arg(m_model->scaleDescription(), source);
}

void MapPanel::updateHeading()
{
    m_view->setHeading(title(), contextLine());
}

void MapPanel::retranslate()
{
    m_measureLabel->setText(tr("&Colour by:"));
    m_measure->setItemText(0, tr("Headline Ofsted grades"));
    m_export->setText(tr("E&xport map\u2026"));
    m_view->setAccessibleName(tr("Map of England's authorities"));
    updateHeading();
}
