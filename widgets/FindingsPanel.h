#pragma once

#include "domain/Authority.h"
#include "domain/Evidence.h"

#include "RedrawWhenShown.h"
#include <QList>
#include <QPointer>

#include <QWidget>

class FindingListModel;
class YearChooser;
class QHBoxLayout;
class QLabel;
class QTableView;

// The letters' key strengths and areas for improvement (or further development) for the chosen
// year, one column per compared authority; choosing one shows it in its letter.
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(FindingListModel *findings, QWidget *parent = nullptr);

    void setAuthorities(const QList<Authority> &authorities);
    void setYears(const QList<int> &years);
    int year() const;
    void setYear(int year);
    void retranslate();
    // On screen among tabs: while hidden, a change only marks it out of date, and it is drawn
    // when shown. Off (the default) for the hidden copies exports draw from.
    void setDeferredWhileHidden(bool deferred) { m_redraw.setEnabled(deferred); }
    // The evidence of the finding last chosen in one of the columns; invalid when none is.
    Evidence currentEvidence() const;

signals:
    void evidenceRequested(const Evidence &evidence);
    void yearChanged(int year);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Builds a column a compared authority.
    void rebuildColumns();

    FindingListModel *m_findings;
    QList<Authority> m_authorities;
    YearChooser *m_year;
    QHBoxLayout *m_columns;
    QList<QWidget *> m_columnWidgets;
    RedrawWhenShown m_redraw;
    QPointer<QTableView> m_chosenView; // the column whose finding was chosen last
};
