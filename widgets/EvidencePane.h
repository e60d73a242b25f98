#pragma once

#include "EvidenceAlternative.h"
#include "domain/Document.h"
#include "domain/Evidence.h"

#include <QList>

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

// Shows the source sentence of a grade or value highlighted inside its paragraph, with the
// document's title, authority and date, and an action to open the whole document there.
class EvidencePane : public QWidget
{
    Q_OBJECT
public:
    explicit EvidencePane(QWidget *parent = nullptr);

    // For a grade, source names the kind of source it was read from, and alternatives are other
    // sources giving a different grade, each shown with its sentence and document.
    void showEvidence(const Document &document, const Evidence &evidence, const QString &subject,
        const QString &source = QString(), const QList<EvidenceAlternative> &alternatives = {});
    void showMessage(const QString &message);
    // Back to what to do: nothing is chosen in the view on show.
    void showPrompt();
    QString paragraphText() const; // the plain text shown, for tests and accessibility
    QString subject() const { return m_subject; } // what the evidence is for, as headed
    const Evidence &evidence() const { return m_evidence; }
    void retranslate();

signals:
    void openDocumentRequested(const Evidence &evidence);

private:
    QLabel *m_heading;
    QTextBrowser *m_text;
    QPushButton *m_open;
    Evidence m_evidence;
    bool m_showingPrompt = false;
    QString m_subject;
};
