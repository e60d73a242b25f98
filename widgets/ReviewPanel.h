#pragma once

#include "domain/Judgement.h"

#include <QWidget>

class CandidateListModel;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;
struct Document;

// Grades read with too little confidence, for an officer to accept or reject one by one: the list,
// the chosen one's sentence highlighted in its paragraph, and the two decisions (A or Enter to
// accept, R or Delete to reject). The panel only asks: the window records the decision and
// reloads, and the panel then moves on to the next candidate.
class ReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPanel(CandidateListModel *candidates, QWidget *parent = nullptr);

    bool showDecided() const;
    // "Review (3)": the panel's title with the candidates still waiting.
    QString title() const;
    // The chosen candidate's paragraph, once the window has found its document.
    void showSentence(const Document &document, const Evidence &evidence);
    Judgement currentCandidate() const;
    QTableView *table() const { return m_table; }
    QString sentenceText() const; // the plain text shown, for tests and accessibility
    void retranslate();

signals:
    void decisionMade(qint64 judgementId, ReviewState decision);
    void candidateChosen(const Judgement &candidate);
    void showDecidedChanged(bool showDecided);

private:
    void decide(ReviewState decision);
    void currentChanged();
    void restoreCurrent(); // after the list was reloaded

    CandidateListModel *m_candidates;
    QLabel *m_heading;
    QTableView *m_table;
    QTextBrowser *m_sentence;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QCheckBox *m_showDecided;
    qint64 m_nextId = 0; // the candidate to choose once the list is reloaded after a decision
    int m_decidedRow = -1;
};
