#include "MainWindow.h"

#include "JudgementTableView.h"
#include "itemmodels/JudgementTableModel.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_judgements(new JudgementTableModel(this))
{
    setWindowTitle(tr("Children's Services Dashboard"));
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_judgements);
    proxy->setSortRole(JudgementTableModel::SortRole);
    auto *view = new JudgementTableView(this);
    view->setModel(proxy);
    setCentralWidget(view);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    reload();
    view->sortByColumn(JudgementTableModel::AuthorityColumn, Qt::AscendingOrder);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1200, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::reload()
{
    const QList<Judgement> judgements = m_store.judgements();
    m_judgements->setJudgements(judgements);
    statusBar()->showMessage(tr("%n judgement(s) from %1 document(s)", nullptr, int(judgements.size()))
                                 .arg(m_store.documents().size()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}
