#include "SearchPanel.h"

#include "domain/Evidence.h"
#include "itemmodels/SearchResultModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

SearchPanel::SearchPanel(SearchResultModel *results, QWidget *parent)
    : QWidget(parent)
    , m_query(new QLineEdit(this))
    , m_results(new QTableView(this))
    , m_status(new QLabel(this))
{
    m_query->setClearButtonEnabled(true);
    m_results->setModel(results);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->verticalHeader()->hide();
    // A narrow dock: the document's title, the section and the sentence wrap in their columns
    // and each row is as tall as its text, so that nothing is cut at a column's edge.
    m_results->setWordWrap(true);
    m_results->setTextElideMode(Qt::ElideNone);
    m_results->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_results->horizontalHeader()->setStretchLastSection(true);
    connect(results, &QAbstractItemModel::modelReset, this, &SearchPanel::shareColumnWidths);
    m_results->viewport()->installEventFilter(this);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    connect(m_query, &QLineEdit::returnPressed, this, [this] { emit searchRequested(m_query->text()); });
    connect(m_results, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QVariant evidence = index.data(ItemRoles::EvidenceRole);
        if (evidence.isValid())
            emit passageChosen(evidence.value<Evidence>());
    });
    retranslate();
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport's own resize: the panel's comes before the table has laid out its viewport.
    if (watched == m_results->viewport() && event->type() == QEvent::Resize)
        shareColumnWidths();
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::shareColumnWidths()
{
    // The sentence is what is read: it has the most room; title and section share the rest.
    // Never narrower than a column's header, so that its name is read whole in a narrow dock.
    const int width = m_results->viewport()->width();
    const QHeaderView *header = m_results->horizontalHeader();
    m_results->setColumnWidth(SearchResultModel::DocumentColumn,
        qMax(width * 3 / 10, header->sectionSizeHint(SearchResultModel::DocumentColumn)));
    m_results->setColumnWidth(SearchResultModel::HeadingColumn,
        qMax(width / 4, header->sectionSizeHint(SearchResultModel::HeadingColumn)));
    m_results->resizeRowsToContents();
}

void SearchPanel::retranslate()
{
    m_query->setPlaceholderText(tr("Search every document (Ctrl+F), then Enter"));
    m_query->setAccessibleName(tr("Search documents"));
    m_results->setAccessibleName(tr("Search results"));
}

void SearchPanel::focusSearch()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

QString SearchPanel::query() const
{
    return m_query->text();
}

void SearchPanel::showError(const QString &message)
{
    m_status->setText(message);
}

void SearchPanel::showCount(int count)
{
    m_status->setText(tr("%n passage(s) found; press Enter on one to open it", nullptr, count));
}
