#pragma once

#include "domain/Document.h"
#include "domain/Evidence.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QTextBrowser;
class QLabel;

// Reads a whole document: section headings to navigate by, find-in-text, and the place a grade or
// search result came from highlighted and scrolled to.
class DocumentReader : public QDialog
{
    Q_OBJECT
public:
    explicit DocumentReader(QWidget *parent = nullptr);
    void showDocument(const Document &document, const Evidence &evidence);
    QString plainText() const;
    // Who saved the document and when (on a team's database, the colleague's user name).
    QString provenance() const;

private:
    void find(bool backwards);

    QListWidget *m_headings;
    QTextBrowser *m_text;
    QLineEdit *m_find;
    QLabel *m_status;
    QLabel *m_provenance;
};
