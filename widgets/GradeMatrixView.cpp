#include "GradeMatrixView.h"

#include "GradeCellDelegate.h"
#include "YearGroupHeaderView.h"
#include "domain/Evidence.h"
#include "itemmodels/GradeMatrixModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>

GradeMatrixView::GradeMatrixView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new GradeCellDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalHeader(new YearGroupHeaderView(this));
    setShowGrid(true);
    setWordWrap(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    // The style draws a header's text with its alignment's flags: word wrap among them.
    verticalHeader()->setDefaultAlignment(
        Qt::Alignment::fromInt(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap));
    setAccessibleName(tr("Grade comparison"));
    setAccessibleDescription(
        tr("Ofsted grades by area, year and authority. Each cell shows the grade number and "
           "words; choose a cell to read the sentence it came from."));
}

void GradeMatrixView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setSectionsClickable(true);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (model) {
        // Grade words change with the data and with the language.
        connect(model, &QAbstractItemModel::modelReset, this, &GradeMatrixView::fitColumnsToWords);
        connect(model, &QAbstractItemModel::dataChanged, this, &GradeMatrixView::fitColumnsToWords);
        connect(model, &QAbstractItemModel::columnsInserted, this, &GradeMatrixView::fitColumnsToWords);
    }
    fitColumnsToWords();
}

void GradeMatrixView::fitColumnsToWords()
{
    // The narrowest a column may be is the grade number with its margins: the words shorten and
    // then go before the number does (the tooltip has them). Wider columns come from stretching.
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(font().pointSizeF() * 1.25);
    m_numberWidth = QFontMetrics(bold).horizontalAdvance(QStringLiteral("4")) + 4 + 6 + 10;
    // Words go beside the number while the longest single word of any grade's words fits there.
    m_longestWord = 0;
    if (model()) {
        for (int r = 0; r < model()->rowCount(); ++r) {
            for (int c = 0; c < model()->columnCount(); ++c) {
                const QString words = model()->index(r, c).data(GradeMatrixModel::LabelRole).toString();
                for (const QString &word : words.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    m_longestWord = qMax(m_longestWord, fontMetrics().horizontalAdvance(word));
            }
        }
    }
    horizontalHeader()->setMinimumSectionSize(
        m_numberWidth + fontMetrics().horizontalAdvance(QStringLiteral("\u2260")) + 12);
    // Area names wrap onto two lines rather than taking a third of the table's width.
    verticalHeader()->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    applyColumnWidths();
}

void GradeMatrixView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitColumnsToWords();
}

void GradeMatrixView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    applyColumnWidths();
}

void GradeMatrixView::applyColumnWidths()
{
    // Stretch while every column fits at its minimum width; once they do not, scroll, starting
    // at the latest years, which an officer reads first.
    const int needed = model() ? model()->columnCount() * horizontalHeader()->minimumSectionSize() : 0;
    const bool fits = needed <= viewport()->width();
    horizontalHeader()->setSectionResizeMode(fits ? QHeaderView::Stretch : QHeaderView::Interactive);
    if (!fits) {
        for (int c = 0; c < horizontalHeader()->count(); ++c)
            horizontalHeader()->resizeSection(c, horizontalHeader()->minimumSectionSize());
        if (!currentIndex().isValid())
            horizontalScrollBar()->setValue(horizontalScrollBar()->maximum());
    }
    const int count = model() ? qMax(1, model()->columnCount()) : 1;
    const int columnWidth = fits ? viewport()->width() / count : horizontalHeader()->minimumSectionSize();
    auto *delegate = static_cast<GradeCellDelegate *>(itemDelegate());
    const bool stacked = columnWidth < m_numberWidth + m_longestWord + 8;
    if (delegate->isStacked() != stacked) {
        delegate->setStacked(stacked);
        viewport()->update();
    }
}

void GradeMatrixView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    if (!current.isValid())
        return;
    const QVariant evidence = current.data(ItemRoles::EvidenceRole);
    if (evidence.isValid())
        emit evidenceRequested(evidence.value<Evidence>());
    else
        emit emptyCellChosen(current.data(GradeMatrixModel::EmptyReasonRole).toString());
}
