#include "GradeMatrixView.h"

#include "GradeCellDelegate.h"
#include "domain/Evidence.h"
#include "itemmodels/GradeMatrixModel.h"

#include <QHeaderView>

GradeMatrixView::GradeMatrixView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new GradeCellDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setShowGrid(true);
    setWordWrap(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setAccessibleName(tr("Grade comparison"));
    setAccessibleDescription(
        tr("Ofsted grades by area, year and authority. Each cell shows the grade number and "
           "words; choose a cell to read the sentence it came from."));
}

void GradeMatrixView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    // Wide enough for "4 outstanding"; with many authorities the table scrolls rather than truncating.
    horizontalHeader()->setMinimumSectionSize(
        fontMetrics().horizontalAdvance(QStringLiteral("4 outstanding")) + 24);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void GradeMatrixView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    // Stretch while every column fits at its minimum width, scroll once they do not.
    const int needed = model() ? model()->columnCount() * horizontalHeader()->minimumSectionSize() : 0;
    horizontalHeader()->setSectionResizeMode(
        needed <= viewport()->width() ? QHeaderView::Stretch : QHeaderView::Interactive);
    if (needed > viewport()->width()) {
        for (int c = 0; c < horizontalHeader()->count(); ++c)
            horizontalHeader()->resizeSection(c, horizontalHeader()->minimumSectionSize());
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
