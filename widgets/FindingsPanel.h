#pragma once

#include "domain/Authority.h"

#include <QList>
#include <QWidget>

class FindingListModel;
class YearChooser;
class QHBoxLayout;
class QLabel;
struct Evidence;

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

signals:
    void evidenceRequested(const Evidence &evidence);

private:
    void rebuildColumns();

    FindingListModel *m_findings;
    QList<Authority> m_authorities;
    YearChooser *m_year;
    QHBoxLayout *m_columns;
    QList<QWidget *> m_columnWidgets;
};
