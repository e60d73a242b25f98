#pragma once

#include <QAbstractTableModel>

// A table model whose words (headers, kinds, grade words, dates) follow the language: on a
// language change the window calls retranslate(), and the views fetch everything again.
class TranslatableTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void retranslate();
};
