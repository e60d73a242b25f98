#pragma once

#include <QTableView>

struct Evidence;

// The comparison table: areas down, years and authorities across, a heat-map tile per grade.
// Choosing a cell (click or keyboard) asks for its evidence.
class GradeMatrixView : public QTableView
{
    Q_OBJECT
public:
    explicit GradeMatrixView(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model) override;

signals:
    void evidenceRequested(const Evidence &evidence);
    void emptyCellChosen(const QString &reason);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    void fitColumnsToWords();
    void applyColumnWidths();
    int m_numberWidth = 0; // the grade number with its margins
    int m_longestWord = 0; // the widest word of any grade's words on show
};
