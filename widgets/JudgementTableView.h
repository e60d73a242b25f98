#pragma once

#include <QTableView>

// A sortable, keyboard-navigable table of judgements with readable column widths.
class JudgementTableView : public QTableView
{
    Q_OBJECT
public:
    explicit JudgementTableView(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model) override;
};
