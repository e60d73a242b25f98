#pragma once

#include <QDialog>

struct ImportResult;
class QLabel;

// Before a data file is written: how each column was understood, how many rows will be imported
// (and how many of them are missing values), and which rows will be left out and why.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ImportPreviewDialog(const QString &file, const ImportResult &preview, QWidget *parent = nullptr);
    QString summary() const;

private:
    QLabel *m_summary;
};
