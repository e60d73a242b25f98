#include "IndicatorPanel.h"

#include "ComparisonChartView.h"
#include "IndicatorChartView.h"
#include "LaidOutTextDelegate.h"
#include "domain/Evidence.h"
#include "itemmodels/IndicatorFilterProxyModel.h"
#include "itemmodels/IndicatorListModel.h"
#include "itemmodels/ObservationTableModel.h"
#include "itemmodels/TopicGroupProxyModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

IndicatorPanel::IndicatorPanel(
    IndicatorListModel *indicators, ObservationTableModel *observations, QWidget *parent)
    : QWidget(parent)
    , m_indicators(indicators)
    , m_filter(new IndicatorFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_topics(new TopicGroupProxyModel(IndicatorListModel::TopicColumn, this))
    , m_list(new QTreeView(this))
    , m_chart(new IndicatorChartView(this))
    , m_values(new QTableView(this))
    , m_searchLabel(new QLabel(this))
    , m_comparison(new ComparisonChartView(this))
    , m_charts(new QStackedWidget(this))
    , m_description(new QTextBrowser(this))
{
    m_charts->addWidget(m_chart);
    m_charts->addWidget(m_comparison);
    // The description in a box of a constant height, three lines, scrolled when longer: a label
    // wrapping each indicator's description to another height made every layout up to the tab
    // widget lay itself out again, and the tab widget then repainted the whole window at each
    // change of indicator (a third of its time); the chart no longer jumps up and down either.
    m_description->setObjectName(QStringLiteral("indicatorDescription"));
    m_description->setAccessibleName(tr("Indicator description"));
    m_description->setFrameShape(QFrame::NoFrame);
    m_description->document()->setDocumentMargin(0);
    m_description->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_description->setFocusPolicy(Qt::ClickFocus); // selectable and copied, as the label was
    fitDescription();
    m_filter->setSourceModel(indicators);
    // Grouped by topic (LAIT topics, or the plan's outcome sections) after filtering, so that a
    // search shows only the topics with a match.
    m_topics->setSourceModel(m_filter);
    m_list->setModel(m_topics);
    // Both lists repaint whole at each choice of indicator: their texts are laid out once.
    m_list->setItemDelegate(new LaidOutTextDelegate(m_list));
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(-1, Qt::AscendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformRowHeights(true);
    m_list->setColumnHidden(IndicatorListModel::TopicColumn, true); // the topic rows say it
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(IndicatorListModel::TitleColumn, QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(false);
    m_list->setWordWrap(false);
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);

    auto *valuesProxy = new QSortFilterProxyModel(this);
    valuesProxy->setSourceModel(observations);
    valuesProxy->setSortRole(ItemRoles::SortRole);
    m_values->setObjectName(QStringLiteral("indicatorValues"));
    m_values->setModel(valuesProxy);
    m_values->setItemDelegate(new LaidOutTextDelegate(m_values));
    // One line a value: a text longer than its column ends in "…" rather than being cut.
    m_values->setWordWrap(false);
    m_values->setSortingEnabled(true);
    m_values->sortByColumn(-1, Qt::AscendingOrder);
    m_values->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_values->verticalHeader()->hide();
    // Every column as wide as its header and cells (a stretched column is squeezed below its
    // header's width when the pane is narrow, as "As written" was in Polish); the last fills what
    // is left, and a narrow pane scrolls sideways instead of cutting words.
    m_values->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_values->horizontalHeader()->setStretchLastSection(true);
    m_chart->setDeferredWhileHidden(true);
    m_chart->setModel(observations);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_list, 1);
    auto *right = new QSplitter(Qt::Vertical, this);
    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_description);
    chartLayout->addWidget(m_charts, 1);
    right->addWidget(chartBox);
    right->addWidget(m_values);
    // The chart is what is looked at; the values table is read a few rows at a time.
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("indicatorSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 420, 1000 });
    m_list->setColumnWidth(IndicatorListModel::TitleColumn, 260);
    connect(m_topics, &QAbstractItemModel::modelReset, this, &IndicatorPanel::showTopics);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, m_filter, &IndicatorFilterProxyModel::setFilterText);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            const int row = sourceRow(current);
            if (row < 0)
                return; // a topic row
            updateChartTitle();
            emit indicatorChosen(m_indicators->indicatorAt(row).code);
        });
    connect(m_values->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            const QVariant evidence = current.data(ItemRoles::EvidenceRole);
            if (evidence.isValid())
                emit evidenceRequested(evidence.value<Evidence>());
        });
    connect(m_chart, &IndicatorChartView::evidenceRequested, this, &IndicatorPanel::evidenceRequested);
    connect(m_comparison, &ComparisonChartView::evidenceRequested, this, &IndicatorPanel::evidenceRequested);
    retranslate();
}

void IndicatorPanel::retranslate()
{
    m_searchLabel->setText(tr("&Find indicator:"));
    m_search->setPlaceholderText(tr("Name or code, e.g. NI 53 or breastfeeding"));
    m_list->setAccessibleName(tr("Indicators"));
    m_values->setAccessibleName(tr("Indicator values"));
    m_topics->retranslate();
    updateChartTitle();
}

void IndicatorPanel::updateChartTitle()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const int row = sourceRow(current);
    if (row < 0)
        return;
    m_chart->setIndicatorTitle(
        tr("%1 \u2014 %2")
            .arg(m_indicators->index(row, IndicatorListModel::CodeColumn).data().toString(),
                m_indicators->indicatorAt(row).title));
}

Evidence IndicatorPanel::currentEvidence() const
{
    const QModelIndex current = m_values->currentIndex();
    return current.isValid() ? current.data(ItemRoles::EvidenceRole).value<Evidence>() : Evidence();
}

QString IndicatorPanel::currentCode() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(IndicatorListModel::CodeRole).toString() : QString();
}

void IndicatorPanel::changeEvent(QEvent *event)
{
    // The panel's font and colours have reached the description by now; its height and its
    // window-coloured base follow them (a high-contrast scheme, a larger font).
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        fitDescription();
    QWidget::changeEvent(event);
}

void IndicatorPanel::fitDescription()
{
    // Read as a label, on the window's colour, and opaque: a transparent box would have the panel
    // under it repainted with it.
    QPalette colours = palette();
    colours.setBrush(QPalette::Base, colours.brush(QPalette::Window));
    m_description->setPalette(colours);
    m_description->setFixedHeight(3 * m_description->fontMetrics().lineSpacing() + 2);
}

void IndicatorPanel::selectCode(const QString &code)
{
    const int row = m_indicators->rowForCode(code);
    if (row < 0)
        return;
    const QModelIndex index = m_topics->mapFromSource(m_filter->mapFromSource(m_indicators->index(row, 0)));
    if (index.isValid())
        m_list->setCurrentIndex(index);
}

int IndicatorPanel::sourceRow(const QModelIndex &listIndex) const
{
    const QModelIndex filtered = m_topics->mapToSource(listIndex);
    return filtered.isValid() ? m_filter->mapToSource(filtered).row() : -1;
}

void IndicatorPanel::showTopics()
{
    // Topic rows are headings across the whole width, open from the start.
    for (int t = 0; t < m_topics->rowCount(); ++t)
        m_list->setFirstColumnSpanned(t, QModelIndex(), true);
    m_list->expandAll();
    // Something to look at from the start: the first indicator, until the user chooses another.
    const QModelIndex firstTopic = m_topics->index(0, 0);
    if (!m_list->currentIndex().isValid() && m_topics->rowCount(firstTopic) > 0)
        m_list->setCurrentIndex(m_topics->index(0, 0, firstTopic));
}

namespace {
QString describe(const Indicator &indicator)
{
    QStringList parts;
    const QString topic = indicator.topic.isEmpty() ? indicator.section : indicator.topic;
    if (!topic.isEmpty())
        parts.append(QStringLiteral("<b>%1</b>").arg(topic.toHtmlEscaped()));
    if (!indicator.description.isEmpty())
        parts.append(indicator.description.toHtmlEscaped());
    return parts.join(QStringLiteral(" \u2014 "));
}
} // namespace

void IndicatorPanel::showComparison(const Indicator &indicator,
    const QList<IndicatorComparison::AuthorityComparison> &comparisons,
    const IndicatorComparison::Series &england, const QList<Observation> &planValues)
{
    m_description->setHtml(describe(indicator));
    m_comparison->setComparisons(indicator, comparisons, england, planValues);
    m_charts->setCurrentWidget(m_comparison);
}

void IndicatorPanel::showPlanValues(const Indicator &indicator)
{
    m_description->setHtml(describe(indicator));
    m_charts->setCurrentWidget(m_chart);
}
