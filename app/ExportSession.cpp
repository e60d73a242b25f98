#include "ExportSession.h"

#include "AuthorityMapView.h"
#include "ComparisonChartView.h"
#include "HeadlineChartView.h"
#include "IndicatorChartView.h"
#include "MapPanel.h"
#include "OutcomeChartView.h"
#include "SummaryReport.h"

#include "analysis/IndicatorComparison.h"
#include "analysis/ValueMerge.h"
#include "itemmodels/AuthorityMapModel.h"
#include "itemmodels/GradeMatrixModel.h"
#include "itemmodels/HeadlineSeriesModel.h"
#include "itemmodels/ObservationTableModel.h"
#include "reference/AuthorityRegister.h"
#include "reference/HexLayout.h"
#include "reference/MeasureRegister.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ExportSession", text);
}
} // namespace

ExportSession::ExportSession(Store &store, const QList<Authority> &authorities)
    : m_store(store)
    , m_authorities(authorities)
    , m_grades(std::make_unique<GradeMatrixModel>())
    , m_headline(std::make_unique<HeadlineSeriesModel>())
{
    const QList<Judgement> judgements = store.judgements();
    m_grades->setJudgements(judgements);
    m_grades->setAuthorities(authorities);
    m_headline->setHeadlines(judgements, authorities);
    for (const Document &d : store.documents()) {
        if (std::any_of(authorities.cbegin(), authorities.cend(),
                [&d](const Authority &a) { return a.laNumber == d.authority.laNumber; }))
            m_sources.append(d);
    }
}

ExportSession::~ExportSession() = default;

QString ExportSession::chartSlug(const QString &which)
{
    QString slug = which.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    return slug;
}

void ExportSession::Drawn::add(const Evidence &e, int laNumber, int first, int last)
{
    evidence.append(e);
    if (laNumber > 0 && !authorities.contains(laNumber))
        authorities.append(laNumber);
    if (first > 0) {
        firstYear = firstYear == 0 ? first : qMin(firstYear, first);
        lastYear = qMax(lastYear, qMax(first, last));
    }
}

ExportContext ExportSession::contextOf(const QString &title, const Drawn &drawn) const
{
    ExportContext c;
    c.title = title;
    // The compared authorities first, in their order, then any other the chart draws (a plan's table
    // can hold another authority's values).
    for (const Authority &a : m_authorities) {
        if (drawn.authorities.contains(a.laNumber))
            c.authorities.append(a.name);
        else
            c.authoritiesWithoutData.append(a.name);
    }
    for (int la : drawn.authorities) {
        const bool compared = std::any_of(m_authorities.cbegin(), m_authorities.cend(),
            [la](const Authority &a) { return a.laNumber == la; });
        if (!compared)
            c.authorities.append(AuthorityRegister::bundled().byLaNumber(la).name);
    }
    if (drawn.firstYear > 0)
        c.years = drawn.firstYear == drawn.lastYear
            ? QString::number(drawn.firstYear)
            : QStringLiteral("%1\u2013%2").arg(drawn.firstYear).arg(drawn.lastYear);
    c.source = ExportContext::sourceLine(m_store.documents(), drawn.evidence);
    return c;
}

ExportSession::Drawn ExportSession::gradesDrawn() const
{
    Drawn drawn;
    for (int r = 0; r < m_grades->rowCount(); ++r) {
        for (int column = 0; column < m_grades->columnCount(); ++column) {
            const Judgement j = m_grades->judgementAt(m_grades->index(r, column));
            if (j.grade > 0)
                drawn.add(j.evidence, j.authority.laNumber, j.year, j.year);
        }
    }
    return drawn;
}

ExportSession::Drawn ExportSession::headlinesDrawn() const
{
    Drawn drawn;
    for (int row = 0; row < m_headline->rowCount(); ++row) {
        for (int column = 0; column < m_headline->columnCount(); ++column) {
            const Judgement j = m_headline->judgementAt(row, column);
            if (j.grade > 0)
                drawn.add(j.evidence, j.authority.laNumber, 0, 0);
        }
    }
    // The chart's axis spans the years whether or not each has a grade.
    drawn.firstYear = HeadlineSeriesModel::FirstYear;
    drawn.lastYear = HeadlineSeriesModel::LastYear;
    return drawn;
}

ExportSession::Drawn ExportSession::outcomesDrawn(int year) const
{
    Drawn drawn;
    for (const QString &area : OutcomeChartView::areaKeys()) {
        for (const Authority &a : m_authorities) {
            const Judgement j = m_grades->judgementAt(
                m_grades->index(m_grades->rowForArea(area), m_grades->columnFor(year, a.laNumber)));
            if (j.grade > 0)
                drawn.add(j.evidence, j.authority.laNumber, 0, 0);
        }
    }
    drawn.firstYear = drawn.lastYear = year;
    return drawn;
}

ExportSession::Drawn ExportSession::observationsDrawn(
    const QList<Observation> &observations, const QList<Authority> &counted)
{
    Drawn drawn;
    for (const Observation &o : observations) {
        // England and the other authorities behind a comparison's means are not "shown" authorities.
        const bool shown = counted.isEmpty()
            || std::any_of(counted.cbegin(), counted.cend(),
                [&o](const Authority &a) { return a.laNumber == o.authority.laNumber; });
        drawn.add(o.evidence, shown && o.value ? o.authority.laNumber : 0,
            o.period.start.isValid() ? o.period.start.year() : 0,
            o.period.end.isValid() ? o.period.end.year() : 0);
    }
    return drawn;
}

ExportContext ExportSession::context(const QString &title) const
{
    return contextOf(title, gradesDrawn());
}

ExportContext ExportSession::context(const QString &title, QWidget *chart) const
{
    if (m_map && chart == m_map->mapView()) {
        ExportContext c = context(title);
        c.authoritiesWithoutData.clear(); // the map shows every authority; the compared are outlined
        c.authorities.clear();
        for (const Authority &a : m_authorities)
            c.authorities.append(a.name);
        c.title = m_map->title();
        c.years = m_mapModel->periodLabel();
        c.source = m_map->contextLine();
        return c;
    }
    if (chart && chart == m_drawnChart)
        return contextOf(title, m_drawn);
    return context(title);
}

QWidget *ExportSession::chart(const QString &which, const QSize &size, QString *error)
{
    QWidget *view = nullptr;
    if (which.startsWith(QLatin1String("map:"))) {
        // "map:CODE" or "map:CODE:2019": a trailing number is the year.
        QString code = which.mid(4);
        int year = 0;
        const qsizetype colon = code.lastIndexOf(QLatin1Char(':'));
        bool isYear = false;
        if (colon > 0) {
            year = code.mid(colon + 1).toInt(&isYear);
            if (isYear)
                code.truncate(colon);
            else
                year = 0;
        }
        m_mapModel = std::make_unique<AuthorityMapModel>(HexLayout::bundled(), AuthorityRegister::bundled());
        m_map = std::make_unique<MapPanel>(m_mapModel.get());
        QList<int> compared;
        for (const Authority &a : std::as_const(m_authorities))
            compared.append(a.laNumber);
        m_mapModel->setCompared(compared);
        if (code.compare(QLatin1String("grades"), Qt::CaseInsensitive) == 0) {
            m_map->showGrades(m_store.judgements());
        } else {
            Indicator indicator;
            for (const Indicator &i : m_store.indicators()) {
                if (indicatorMatches(i, code))
                    indicator = i;
            }
            if (indicator.code.isEmpty()) {
                *error = tr("no indicator \"%1\" in the database").arg(code);
                return nullptr;
            }
            m_map->showIndicator(indicator, m_store.observations(0, indicator.code));
        }
        if (year != 0) {
            if (!m_mapModel->years().contains(year)) {
                *error = tr("the map of \"%1\" has no values for %2").arg(code).arg(year);
                return nullptr;
            }
            m_map->setYear(year);
        }
        // Drawn at the export's size by the exporter itself; no layout on screen is needed.
        return m_map->mapView();
    }
    if (which == QLatin1String("timeline")) {
        if (!m_headlineView) {
            m_headlineView = std::make_unique<HeadlineChartView>();
            m_headlineView->setModel(m_headline.get());
        }
        view = m_headlineView.get();
        m_drawn = headlinesDrawn();
    } else if (which == QLatin1String("outcomes")) {
        if (!m_outcomes) {
            m_outcomes = std::make_unique<OutcomeChartView>();
            m_outcomes->setModel(m_grades.get());
        }
        m_outcomes->setYear(m_outcomeYear);
        m_outcomes->resize(size);
        view = m_outcomes->chartView();
        m_drawn = outcomesDrawn(m_outcomes->year());
    } else if (which.startsWith(QLatin1String("indicator:"))) {
        Indicator indicator;
        const QList<Indicator> indicators = listedIndicators(m_store);
        for (const Indicator &i : indicators) {
            if (indicatorMatches(i, which.mid(10)))
                indicator = i;
        }
        if (indicator.code.isEmpty()) {
            *error = tr("no indicator \"%1\" in the database").arg(which.mid(10));
            return nullptr;
        }
        const IndicatorView shown = indicatorView(m_store, indicator, m_authorities, indicators);
        if (shown.published) {
            m_comparisonView = std::make_unique<ComparisonChartView>();
            m_comparisonView->setComparisons(
                shown.measure, shown.comparisons, shown.england, shown.planValues);
            m_comparisonView->resize(size);
            view = m_comparisonView->chartView();
            m_drawn = observationsDrawn(shown.listed, m_authorities);
        } else {
            m_observations = std::make_unique<ObservationTableModel>();
            m_observations->setObservations(shown.listed);
            m_indicatorView = std::make_unique<IndicatorChartView>();
            m_indicatorView->setIndicatorTitle(indicator.title);
            m_indicatorView->setModel(m_observations.get());
            view = m_indicatorView.get();
            m_drawn = observationsDrawn(shown.listed, {});
        }
    } else {
        m_drawnChart = nullptr;
        *error = tr("unknown chart \"%1\"; use timeline, outcomes, indicator:CODE or map:CODE").arg(which);
        return nullptr;
    }
    m_drawnChart = view;
    // Lay the chart out at the proportions it is drawn at: a widget that was never shown has no
    // geometry, so it is shown off screen and its events processed.
    if (!m_holder) {
        m_holder = std::make_unique<QWidget>();
        m_holder->setAttribute(Qt::WA_DontShowOnScreen);
    }
    // The chart's own widget (the view, or the panel it sits in), as a child of the holder.
    QWidget *window = view;
    while (window->parentWidget() && window->parentWidget() != m_holder.get())
        window = window->parentWidget();
    window->setParent(m_holder.get());
    // Laid out smaller than it is drawn, so that its text is large enough to read in the export.
    const QSize laidOut(size.width() * 3 / 5, size.height() * 3 / 5);
    m_holder->resize(laidOut);
    window->setGeometry(QRect(QPoint(0, 0), laidOut));
    window->show();
    m_holder->show();
    if (window != view)
        view->resize(window->width(), window->height() * 9 / 10);
    QCoreApplication::processEvents();
    return view;
}

QList<Authority> ExportSession::defaultAuthorities(const Store &store)
{
    return defaultAuthorities(store.documents());
}

QList<Authority> ExportSession::defaultAuthorities(const QList<Document> &documents)
{
    QList<Authority> authorities;
    QHash<int, int> count;
    for (const Document &d : documents) {
        if (!d.authority.isValid())
            continue;
        if (!count.contains(d.authority.laNumber))
            authorities.append(d.authority);
        count[d.authority.laNumber]++;
    }
    std::stable_sort(
        authorities.begin(), authorities.end(), [&count](const Authority &a, const Authority &b) {
            return count.value(a.laNumber) > count.value(b.laNumber);
        });
    return authorities.mid(0, 2);
}

std::unique_ptr<SummaryReport> ExportSession::report()
{
    QString error;
    QWidget *timeline = chart(QStringLiteral("timeline"), QSize(1250, 520), &error);
    return std::make_unique<SummaryReport>(context(tr("Children's services: Ofsted grades compared")),
        m_grades.get(), qobject_cast<HeadlineChartView *>(timeline), m_store.findings(), m_sources);
}

QList<Indicator> ExportSession::listedIndicators(const Store &store)
{
    return listedIndicators(store.indicators());
}

QList<Indicator> ExportSession::listedIndicators(QList<Indicator> indicators)
{
    QSet<QString> codes;
    for (const Indicator &i : std::as_const(indicators))
        codes.insert(i.code);
    const MeasureRegister &measures = MeasureRegister::bundled();
    const QStringList nis = measures.linkedNationalIndicators();
    for (const QString &ni : nis) {
        if (codes.contains(ni))
            continue;
        const QStringList series = measures.linkedSeries(ni);
        const bool held = std::any_of(
            series.cbegin(), series.cend(), [&codes](const QString &code) { return codes.contains(code); });
        if (!held)
            continue;
        Indicator synthetic;
        synthetic.code = ni;
        synthetic.title = measures.nationalIndicatorTitle(ni);
        synthetic.topic = tr("National Indicators");
        for (const Indicator &i : std::as_const(indicators)) {
            if (i.code == series.first()) {
                synthetic.unit = i.unit;
                synthetic.polarity = i.polarity;
                synthetic.description = tr("Published series behind it: %1").arg(i.title);
                synthetic.authorityCount = i.authorityCount;
            }
        }
        indicators.append(synthetic);
    }
    return indicators;
}

ExportSession::IndicatorView ExportSession::indicatorView(const Store &store, const Indicator &indicator,
    const QList<Authority> &authorities, const QList<Indicator> &indicators)
{
    IndicatorView view;
    view.indicator = indicator;
    QList<int> shown { IndicatorComparison::EnglandLaNumber };
    for (const Authority &a : authorities)
        shown.append(a.laNumber);
    // Plans' own values only of the compared authorities (a database of every council's plan
    // reviews would otherwise chart a line for each, and read them all at each choice).
    const QList<Observation> own = store.indicatorValues(indicator.code, shown);

    // The series to compare: the indicator's own values from data files, else those behind the
    // National Indicator it is. The plans' own values (rows of no data file) are drawn over them
    // either way, so that a plan's baseline and target stay on the chart when data arrives.
    QList<QPair<Indicator, QList<Observation>>> series;
    QList<Observation> tables;
    QList<Observation> plans;
    for (const Observation &o : own)
        (o.sourceRow > 0 ? tables : plans).append(o);
    if (!tables.isEmpty()) {
        series.append({ indicator, tables });
    } else {
        const QStringList linked = MeasureRegister::bundled().linkedSeries(indicator.code);
        for (const QString &code : linked) {
            for (const Indicator &i : indicators) {
                if (i.code == code)
                    series.append({ i, store.observations(0, code) });
            }
        }
    }
    if (series.isEmpty()) {
        // Plans' own values: those of the compared authorities; the plan's own authority when none
        // is compared.
        view.listed = plans.isEmpty() ? store.observations(0, indicator.code) : plans;
        return view;
    }
    view.published = true;
    view.measure = series.first().first;
    if (view.measure.unit.isEmpty())
        view.measure.unit = indicator.unit;
    // The National Indicator's name over its series, when there are several or when the indicator
    // is one the database holds (a plan's), not only listed for the series behind it.
    if (series.size() > 1 || (tables.isEmpty() && indicator.id != 0))
        view.measure.title = indicator.title;
    for (const auto &[measure, observations] : std::as_const(series)) {
        const IndicatorComparison comparison(measure, observations, AuthorityRegister::bundled());
        QList<IndicatorComparison::AuthorityComparison> compared = compare(store, comparison, authorities);
        // Several series behind one indicator (free-school-meals pupils and the rest): each
        // authority's line says which it is.
        const qsizetype dash = measure.title.lastIndexOf(QStringLiteral(" \u2014 "));
        if (series.size() > 1 && dash > 0) {
            for (auto &c : compared)
                c.authority.name += QStringLiteral(" \u2014 ") + measure.title.mid(dash + 3);
        }
        view.comparisons += compared;
        if (view.england.isEmpty())
            view.england = comparison.england();
        for (const Observation &o : observations) {
            if (shown.contains(o.authority.laNumber))
                view.listed.append(o);
        }
    }
    // A plan's result that a published point gives too is that point, with the plan as a second source.
    view.planValues = ValueMerge::mergePlanValues(view.comparisons, plans);
    view.listed += plans;
    return view;
}

bool ExportSession::isPublishedData(const QList<Observation> &observations)
{
    return std::any_of(
        observations.cbegin(), observations.cend(), [](const Observation &o) { return o.sourceRow > 0; });
}

QList<IndicatorComparison::AuthorityComparison> ExportSession::compare(
    const Store &store, const IndicatorComparison &comparison, const QList<Authority> &authorities)
{
    QList<IndicatorComparison::AuthorityComparison> out;
    for (const Authority &a : authorities) {
        // The register's entry carries the region the comparison needs.
        const Authority registered = AuthorityRegister::bundled().byLaNumber(a.laNumber);
        out.append(comparison.compare(registered.isValid() ? registered : a, store.neighbours(a.laNumber)));
    }
    return out;
}
