#pragma once

#include <QMainWindow>

class JudgementTableModel;
class Store;

// The window an officer works in. This first version lists every judgement with its evidence.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    void reload();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    Store &m_store;
    JudgementTableModel *m_judgements;
};
