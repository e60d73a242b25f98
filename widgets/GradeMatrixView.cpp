#include "GradeMatrixView.h"

#include "GradeCellDelegate.h"
#include "domain/Evidence.h"
#include "itemmodels/GradeMatrixModel.h"

#include <QEvent>
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
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
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
    // Wide enough for the grade number and the longest single word of any grade's words in the
    // current language ("niewystarczająca" cannot wrap); with many authorities the table scrolls
    // rather than truncating.
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(font().pointSizeF() * 1.25);
    const int number = QFontMetrics(bold).horizontalAdvance(QStringLiteral("4")) + 4 + 6 + 10;
    int longestWord = fontMetrics().horizontalAdvance(QStringLiteral("outstanding"));
    if (model()) {
        for (int r = 0; r < model()->rowCount(); ++r) {
            for (int c = 0; c < model()->columnCount(); ++c) {
                const QString words = model()->index(r, c).data(GradeMatrixModel::LabelRole).toString();
                for (const QString &word : words.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    longestWord = qMax(longestWord, fontMetrics().horizontalAdvance(word));
            }
        }
    }
    const int width = number + longestWord + 12;
    if (width != horizontalHeader()->minimumSectionSize()) {
        horizontalHeader()->setMinimumSectionSize(width);
        applyColumnWidths();
    }
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
