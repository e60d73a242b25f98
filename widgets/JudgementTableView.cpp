#include "JudgementTableView.h"

#include "itemmodels/JudgementTableModel.h"

#include <QHeaderView>

JudgementTableView::JudgementTableView(QWidget *parent)
    : QTableView(parent)
{
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    setAccessibleName(tr("Judgements"));
    setAccessibleDescription(tr("Every grade read from the documents, with the sentence it came from"));
}

void JudgementTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setResizeContentsPrecision(100); // every authority's grades: widths from the first
    horizontalHeader()->setSectionResizeMode(JudgementTableModel::EvidenceColumn, QHeaderView::Stretch);
}
