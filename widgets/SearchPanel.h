#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class SearchResultModel;
struct Evidence;

// A search field over every passage of every document, with results and their snippets.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(SearchResultModel *results, QWidget *parent = nullptr);
    void focusSearch();
    void showError(const QString &message);
    void showCount(int count);
    QString query() const;
    void retranslate();

signals:
    void searchRequested(const QString &query);
    void passageChosen(const Evidence &evidence);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void shareColumnWidths();
    QLineEdit *m_query;
    QTableView *m_results;
    QLabel *m_status;
};
