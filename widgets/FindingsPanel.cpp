#include "FindingsPanel.h"

#include "domain/Area.h"
#include "domain/Evidence.h"
#include "domain/Finding.h"
#include "itemmodels/AuthorityFilterProxyModel.h"
#include "itemmodels/FindingListModel.h"
#include "itemmodels/YearRangeProxyModel.h"

#include "YearChooser.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

FindingsPanel::FindingsPanel(FindingListModel *findings, QWidget *parent)
    : QWidget(parent)
    , m_findings(findings)
    , m_year(new YearChooser(YearChooser::AllYears::Offered, this))
    , m_columns(new QHBoxLayout)
{
    auto *top = new QHBoxLayout;
    top->addWidget(m_year);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(m_columns, 1);
    connect(m_year, &YearChooser::yearChanged, this, [this] {
        rebuildColumns();
        emit yearChanged(year());
    });
    retranslate();
}

void FindingsPanel::retranslate()
{
    rebuildColumns();
}

void FindingsPanel::setAuthorities(const QList<Authority> &authorities)
{
    m_authorities = authorities;
    rebuildColumns();
}

void FindingsPanel::setYears(const QList<int> &years)
{
    const QSignalBlocker blocker(m_year);
    m_year->setYears(years);
    rebuildColumns();
}

int FindingsPanel::year() const
{
    return m_year->year();
}

void FindingsPanel::setYear(int year)
{
    m_year->setYear(year);
}

Evidence FindingsPanel::currentEvidence() const
{
    if (!m_chosenView || !m_chosenView->currentIndex().isValid())
        return Evidence();
    return m_chosenView->currentIndex().data(ItemRoles::EvidenceRole).value<Evidence>();
}

void FindingsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_redraw.shown())
        rebuildColumns();
}

void FindingsPanel::rebuildColumns()
{
    if (m_redraw.postpone(this))
        return;
    qDeleteAll(m_columnWidgets);
    m_columnWidgets.clear();
    for (const Authority &authority : std::as_const(m_authorities)) {
        auto *column = new QWidget(this);
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(authority.name.toHtmlEscaped()), column);
        auto *byAuthority = new AuthorityFilterProxyModel(column);
        byAuthority->setSourceModel(m_findings);
        byAuthority->setAuthorities({ authority.laNumber });
        auto *byYear = new YearRangeProxyModel(column);
        byYear->setSourceModel(byAuthority);
        const int y = year();
        byYear->setYearRange(y == 0 ? 0 : y, y == 0 ? 9999 : y);
        byYear->sort(FindingListModel::KindColumn);
        auto *view = new QTableView(column);
        view->setModel(byYear);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setWordWrap(true);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        view->horizontalHeader()->setSectionResizeMode(FindingListModel::TextColumn, QHeaderView::Stretch);
        // Wide enough for the longest kind and a typical area name in the current language.
        int kindWidth = 0;
        for (FindingKind kind :
            { FindingKind::Strength, FindingKind::AreaForImprovement, FindingKind::AreaForDevelopment })
            kindWidth = qMax(kindWidth, view->fontMetrics().horizontalAdvance(findingKindDisplayName(kind)));
        view->setColumnWidth(FindingListModel::KindColumn, kindWidth + 12);
        view->setColumnWidth(FindingListModel::AreaColumn,
            view->fontMetrics().horizontalAdvance(areaDisplayName(QStringLiteral("enjoying-achieving")))
                + 12);
        view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->setAccessibleName(tr("Findings for %1").arg(authority.name));
        title->setBuddy(view);
        auto *empty = new QLabel(
            tr("No key strengths or areas for improvement in the loaded letters for this year."), column);
        empty->setWordWrap(true);
        empty->setVisible(byYear->rowCount() == 0);
        columnLayout->addWidget(title);
        columnLayout->addWidget(empty);
        columnLayout->addWidget(view, 1);
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, view](const QModelIndex &current) {
                m_chosenView = view;
                const QVariant evidence = current.data(ItemRoles::EvidenceRole);
                if (evidence.isValid())
                    emit evidenceRequested(evidence.value<Evidence>());
            });
        m_columns->addWidget(column, 1);
        m_columnWidgets.append(column);
    }
}
