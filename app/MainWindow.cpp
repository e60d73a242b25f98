#include "MainWindow.h"

#include "ChartExporter.h"
#include "ComparisonChartView.h"
#include "ConnectDatabaseDialog.h"
#include "DatabaseOpener.h"
#include "DatabaseWatcher.h"
#include "DocumentReader.h"
#include "EvidencePane.h"
#include "ExportSession.h"
#include "FindingsPanel.h"
#include "GradeMatrixView.h"
#include "HeadlineChartView.h"
#include "ImportController.h"
#include "ImportPreviewDialog.h"
#include "IndicatorPanel.h"
#include "LayoutBeforePaint.h"
#include "MapPanel.h"
#include "OutcomeChartView.h"
#include "PdfDocumentReader.h"
#include "ReviewPanel.h"
#include "SearchPanel.h"
#include "SummaryReport.h"
#include "TableExporter.h"
#include "Translations.h"

#include "analysis/IndicatorComparison.h"
#include "domain/Area.h"
#include "ingest/BundledCorpus.h"
#include "ingest/DocumentImporter.h"
#include "ingest/ImportReport.h"
#include "ingest/IndicatorTableParser.h"
#include "ingest/PublishedDataWorker.h"
#include "ingest/WideTableParser.h"
#include "itemmodels/AuthorityMapModel.h"
#include "itemmodels/CandidateListModel.h"
#include "itemmodels/DocumentListModel.h"
#include "itemmodels/FindingListModel.h"
#include "itemmodels/GradeMatrixModel.h"
#include "itemmodels/HeadlineSeriesModel.h"
#include "itemmodels/IndicatorListModel.h"
#include "itemmodels/ObservationTableModel.h"
#include "itemmodels/SearchResultModel.h"
#include "reference/AuthorityRegister.h"
#include "reference/HexLayout.h"
#include "reference/MeasureRegister.h"
#include "store/Store.h"
#include "text/SourceText.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QProgressDialog>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>
#include <QThread>
#include <QToolBar>

#include <algorithm>
#include <memory>
#include <optional>

namespace {

enum ActionId
{
    ImportAction,
    QuitAction,
    SearchAction,
    AddAuthorityAction,
    ResetAuthoritiesAction,
    AboutAction,
    ExportChartAction,
    CopyChartAction,
    ExportTableAction,
    CopyAction,
    PrintSummaryAction,
    ExportSummaryAction,
    ReviewAction,
    RefreshAction,
    CheckDatabaseAction,
    ConnectAction,
    ActionCount
};

} // namespace

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_matrix(new GradeMatrixModel(this))
    , m_headline(new HeadlineSeriesModel(this))
    , m_indicators(new IndicatorListModel(this))
    , m_observations(new ObservationTableModel(this))
    , m_findings(new FindingListModel(this))
    , m_documents(new DocumentListModel(this))
    , m_searchResults(new SearchResultModel(this))
    , m_map(new AuthorityMapModel(HexLayout::bundled(), AuthorityRegister::bundled(), this))
    , m_candidates(new CandidateListModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    // One paint for a change, with everything where it settles (issue 16: a change of
    // authorities or indicator was painted two to four times).
    new LayoutBeforePaint(this);
    createImportController();
    createWidgets();
    createActions();
    retranslate();
    // The compared authorities are applied once, as the settings restore them.
    readDatabase();
    restoreSettings();
    showEvidenceOfCurrentView();
    watchDatabase();
}

void MainWindow::createImportController()
{
    delete m_import;
    m_import = new ImportController(m_store.access(), this);
    setAcceptDrops(!m_store.isReadOnly());
    connect(m_import, &ImportController::importFinished, this, &MainWindow::importFinished);
}

void MainWindow::watchDatabase()
{
    delete m_watcher;
    m_watcher = new DatabaseWatcher(m_store, this);
    connect(m_watcher, &DatabaseWatcher::changedElsewhere, this, &MainWindow::databaseChangedElsewhere);
    if (!m_store.isReadOnly() && BundledCorpus::publishedDataPending(m_store))
        seedPublishedData();
}

void MainWindow::connectToTeamDatabase()
{
    if (m_import->isRunning() || m_seedThread) {
        QMessageBox::information(this, tr("Connect to team database"),
            tr("An import is still running; connect when it has finished."));
        return;
    }
    ConnectDatabaseDialog dialog(QSettings().value(QStringLiteral("teamDatabases")).toStringList(), this);
    if (dialog.exec() == QDialog::Accepted)
        switchDatabase(dialog.location());
}

bool MainWindow::openAskingForPassword(
    QWidget *parent, const DatabaseOpener &opener, Store &store, QString *error, QStringList *seedProblems)
{
    // Tests answer no dialogs: a password the server wants is then a failure to connect.
    const bool noDialogs = qEnvironmentVariableIsSet("CSDASH_NO_DIALOGS");
    bool opened = opener.open(store, error, seedProblems);
    for (int attempt = 0; !opened && store.needsPassword() && !noDialogs && attempt < 3; ++attempt) {
        bool given = false;
        const QString location = store.databasePath();
        const QString password = QInputDialog::getText(parent, tr("Password"),
            attempt == 0 ? tr("The password for %1:").arg(location)
                         : tr("The server refused the password. The password for %1:").arg(location),
            QLineEdit::Password, QString(), &given);
        if (!given)
            break;
        store.setPassword(password);
        opened = opener.open(store, error, seedProblems);
    }
    return opened;
}

bool MainWindow::switchDatabase(const QString &location)
{
    const bool noDialogs = qEnvironmentVariableIsSet("CSDASH_NO_DIALOGS");
    const DatabaseAccess previous = m_store.access();
    QString error;
    QStringList seedProblems;
    // A new team database is seeded as a new file is; its published figures follow in the background.
    if (!openAskingForPassword(
            this, DatabaseOpener { location, true, false }, m_store, &error, &seedProblems)) {
        // Back to the database the window was on, as it was, and watched again: a server's
        // notifications came through the connection that was closed.
        QString reopenError;
        m_store.open(previous, &reopenError);
        watchDatabase();
        if (!noDialogs)
            QMessageBox::warning(this, tr("Cannot connect"), error);
        statusBar()->showMessage(tr("Not connected: %1").arg(error), 15000);
        return false;
    }
    createImportController();
    reload();
    watchDatabase();
    // Addresses only, never a password: DatabaseLocation refuses an address that holds one.
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("teamDatabases")).toStringList();
    recent.removeAll(location);
    recent.prepend(location);
    settings.setValue(QStringLiteral("teamDatabases"), QStringList(recent.mid(0, 8)));
    statusBar()->showMessage(tr("Connected to %1").arg(m_store.databasePath()), 10000);
    if (!seedProblems.isEmpty() && !noDialogs)
        QMessageBox::warning(this, tr("Bundled documents"), seedProblems.join(QLatin1Char('\n')));
    return true;
}

MainWindow::~MainWindow()
{
    if (m_seedThread) {
        m_seedWorker->cancel();
        m_seedThread->quit();
        m_seedThread->wait();
    }
}

void MainWindow::seedPublishedData()
{
    m_seedThread = new QThread(this);
    m_seedWorker = new PublishedDataWorker(m_store.access());
    m_seedWorker->moveToThread(m_seedThread);
    connect(m_seedThread, &QThread::started, m_seedWorker, &PublishedDataWorker::run);
    connect(m_seedThread, &QThread::finished, m_seedWorker, &QObject::deleteLater);
    m_seedProgress = new QProgressBar(this);
    m_seedProgress->setObjectName(QStringLiteral("seedProgress"));
    m_seedProgress->setRange(0, 1000);
    m_seedProgress->setMaximumWidth(220);
    m_seedProgress->setFormat(tr("Adding published figures: %p%"));
    m_seedProgress->setAccessibleName(tr("Adding the DfE's published figures"));
    statusBar()->addPermanentWidget(m_seedProgress);
    connect(m_seedWorker, &PublishedDataWorker::progressed, m_seedProgress, [this](int done, int total) {
        m_seedProgress->setMaximum(total);
        m_seedProgress->setValue(done);
    });
    connect(m_seedWorker, &PublishedDataWorker::finished, this, [this](const QStringList &problems) {
        m_seedThread->quit();
        m_seedThread->wait();
        m_seedThread->deleteLater();
        m_seedThread = nullptr;
        m_seedWorker = nullptr;
        statusBar()->removeWidget(m_seedProgress);
        m_seedProgress->deleteLater();
        m_seedProgress = nullptr;
        reload();
        m_indicatorPanel->selectCode(defaultIndicatorCode());
        if (m_mapPanel->currentCode().isEmpty())
            m_mapPanel->selectCode(defaultMapCode());
        emit publishedDataAdded();
        if (!problems.isEmpty())
            statusBar()->showMessage(
                tr("Some published figures could not be added: %1").arg(problems.join(QStringLiteral("; "))));
    });
    m_seedThread->start();
}

void MainWindow::createWidgets()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));

    m_matrixView = new GradeMatrixView(this);
    m_matrixView->setModel(m_matrix);
    m_headlineChart = new HeadlineChartView(this);
    m_headlineChart->setModel(m_headline);
    m_gradesSplitter = new QSplitter(Qt::Vertical, this);
    m_gradesSplitter->setObjectName(QStringLiteral("gradesSplitter"));
    m_gradesSplitter->addWidget(m_matrixView);
    m_gradesSplitter->addWidget(m_headlineChart);
    m_gradesSplitter->setStretchFactor(0, 3);
    m_gradesSplitter->setStretchFactor(1, 2);
    m_tabs->addTab(m_gradesSplitter, QString());

    m_outcomes = new OutcomeChartView(this);
    m_outcomes->setDeferredWhileHidden(true);
    m_outcomes->setModel(m_matrix);
    m_tabs->addTab(m_outcomes, QString());

    m_indicatorPanel = new IndicatorPanel(m_indicators, m_observations, this);
    m_tabs->addTab(m_indicatorPanel, QString());

    m_findingsPanel = new FindingsPanel(m_findings, this);
    m_findingsPanel->setDeferredWhileHidden(true);
    m_tabs->addTab(m_findingsPanel, QString());

    m_documentsView = new QTableView(this);
    m_documentsView->setObjectName(QStringLiteral("documentsView"));
    auto *documentsProxy = new QSortFilterProxyModel(this);
    documentsProxy->setSourceModel(m_documents);
    documentsProxy->setSortRole(ItemRoles::SortRole);
    m_documentsView->setModel(documentsProxy);
    m_documentsView->setSortingEnabled(true);
    m_documentsView->sortByColumn(DocumentListModel::DateColumn, Qt::AscendingOrder);
    m_documentsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_documentsView->verticalHeader()->hide();
    m_documentsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Widths from the first rows, not every document's: measuring a thousand titles' text costs
    // tens of milliseconds at every reload, and the first hundred show the columns' shapes.
    m_documentsView->horizontalHeader()->setResizeContentsPrecision(100);
    m_documentsView->horizontalHeader()->setSectionResizeMode(
        DocumentListModel::TitleColumn, QHeaderView::Stretch);
    m_tabs->addTab(m_documentsView, QString());

    m_mapPanel = new MapPanel(m_map, this);
    m_tabs->addTab(m_mapPanel, QString());

    m_review = new ReviewPanel(m_candidates, this);
    m_tabs->addTab(m_review, QString());
    connect(m_review, &ReviewPanel::decisionMade, this, &MainWindow::decideCandidate);
    connect(m_review, &ReviewPanel::candidateChosen, this, &MainWindow::showCandidate);
    connect(m_review, &ReviewPanel::showDecidedChanged, this, &MainWindow::reloadCandidates);
    setCentralWidget(m_tabs);

    m_evidence = new EvidencePane(this);
    auto *evidenceDock = new QDockWidget(this);
    evidenceDock->setObjectName(QStringLiteral("evidenceDock"));
    evidenceDock->setWidget(m_evidence);
    addDockWidget(Qt::RightDockWidgetArea, evidenceDock);

    m_search = new SearchPanel(m_searchResults, this);
    auto *searchDock = new QDockWidget(this);
    searchDock->setObjectName(QStringLiteral("searchDock"));
    searchDock->setWidget(m_search);
    addDockWidget(Qt::RightDockWidgetArea, searchDock);

    m_first = new QComboBox(this);
    m_second = new QComboBox(this);
    m_first->setObjectName(QStringLiteral("firstAuthority"));
    m_second->setObjectName(QStringLiteral("secondAuthority"));
    // Wide enough for most authorities' whole names ("Hammersmith and Fulham"), whatever the
    // database holds now: the bar does not jump as authorities come and go.
    for (QComboBox *box : { m_first, m_second }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(22);
    }

    // Subjects are worded when shown, so that a language change can word them again.
    connect(m_matrixView, &GradeMatrixView::evidenceRequested, this, [this] { showMatrixCell(); });
    connect(m_matrixView, &GradeMatrixView::emptyCellChosen, this, [this] { showMatrixCell(); });
    connect(m_headlineChart, &HeadlineChartView::evidenceRequested, this,
        [this](const Evidence &e) { showEvidence(e, [] { return tr("Headline grade"); }); });
    connect(m_outcomes, &OutcomeChartView::evidenceRequested, this,
        [this](const Evidence &e) { showEvidence(e, [] { return tr("Outcome grade"); }); });
    connect(m_indicatorPanel, &IndicatorPanel::indicatorChosen, this, [this](const QString &code) {
        // Chosen while another tab is on show (a reload, restored settings): drawn when shown.
        if (m_tabs->currentWidget() != m_indicatorPanel) {
            m_indicatorStale = true;
            return;
        }
        showIndicator(code);
        showEvidenceOfCurrentView(); // the values table has new rows, none chosen
    });
    connect(m_indicatorPanel, &IndicatorPanel::evidenceRequested, this,
        [this](const Evidence &e) { showEvidence(e, [] { return tr("Indicator value"); }); });
    connect(m_findingsPanel, &FindingsPanel::evidenceRequested, this,
        [this](const Evidence &e) { showEvidence(e, [] { return tr("Finding"); }); });
    // The pane shows what is chosen in the view on show, or its prompt: never a sentence left
    // over from another tab, year or indicator.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_indicatorStale && m_tabs->currentWidget() == m_indicatorPanel)
            showIndicator(m_indicatorPanel->currentCode());
        showEvidenceOfCurrentView();
    });
    connect(m_outcomes, &OutcomeChartView::yearChanged, this, &MainWindow::showEvidenceOfCurrentView);
    connect(m_findingsPanel, &FindingsPanel::yearChanged, this, &MainWindow::showEvidenceOfCurrentView);
    connect(m_mapPanel, &MapPanel::measureChosen, this, &MainWindow::showMap);
    connect(m_mapPanel, &MapPanel::authorityActivated, this, &MainWindow::compareAuthority);
    connect(m_mapPanel, &MapPanel::exportRequested, this, &MainWindow::exportChart);
    connect(m_evidence, &EvidencePane::openDocumentRequested, this, &MainWindow::openDocument);
    connect(m_search, &SearchPanel::searchRequested, this, &MainWindow::runSearch);
    connect(m_search, &SearchPanel::passageChosen, this, &MainWindow::openDocument);
    connect(m_documentsView, &QTableView::activated, this, [this, documentsProxy](const QModelIndex &index) {
        const qint64 id =
            documentsProxy->index(index.row(), 0).data(DocumentListModel::DocumentIdRole).toLongLong();
        openDocument({ id, 0, 0 });
    });
    auto onAuthorityChosen = [this] {
        m_extraAuthorities.clear();
        applyAuthorities();
    };
    connect(m_first, &QComboBox::activated, this, onAuthorityChosen);
    connect(m_second, &QComboBox::activated, this, onAuthorityChosen);
}

void MainWindow::createActions()
{
    m_actions.resize(ActionCount);
    for (int i = 0; i < ActionCount; ++i)
        m_actions[i] = new QAction(this);
    m_actions[ImportAction]->setShortcut(QKeySequence::Open);
    connect(m_actions[ImportAction], &QAction::triggered, this, &MainWindow::chooseImportFiles);
    m_actions[ConnectAction]->setObjectName(QStringLiteral("connectAction"));
    connect(m_actions[ConnectAction], &QAction::triggered, this, &MainWindow::connectToTeamDatabase);
    m_actions[QuitAction]->setShortcut(QKeySequence::Quit);
    connect(m_actions[QuitAction], &QAction::triggered, this, &QWidget::close);
    m_actions[SearchAction]->setShortcut(QKeySequence::Find);
    connect(m_actions[SearchAction], &QAction::triggered, this, [this] {
        m_search->parentWidget()->show();
        m_search->focusSearch();
    });
    connect(m_actions[AddAuthorityAction], &QAction::triggered, this, &MainWindow::addAuthority);
    m_actions[ExportChartAction]->setShortcut(Qt::CTRL | Qt::Key_E);
    connect(m_actions[ExportChartAction], &QAction::triggered, this, &MainWindow::exportChart);
    connect(m_actions[CopyChartAction], &QAction::triggered, this, &MainWindow::copyChart);
    connect(m_actions[ExportTableAction], &QAction::triggered, this, &MainWindow::exportTable);
    m_actions[CopyAction]->setShortcut(QKeySequence::Copy);
    connect(m_actions[CopyAction], &QAction::triggered, this, &MainWindow::copySelection);
    m_actions[PrintSummaryAction]->setShortcut(QKeySequence::Print);
    connect(m_actions[PrintSummaryAction], &QAction::triggered, this, &MainWindow::printSummary);
    connect(m_actions[ExportSummaryAction], &QAction::triggered, this, &MainWindow::exportSummary);
    m_actions[CheckDatabaseAction]->setObjectName(QStringLiteral("checkDatabaseAction"));
    connect(m_actions[CheckDatabaseAction], &QAction::triggered, this, &MainWindow::checkDatabase);
    m_actions[RefreshAction]->setShortcut(Qt::Key_F5);
    connect(m_actions[RefreshAction], &QAction::triggered, this, [this] {
        if (reload())
            statusBar()->showMessage(tr("Reloaded from the database."), 5000);
    });
    m_actions[ReviewAction]->setShortcut(Qt::CTRL | Qt::Key_R);
    connect(m_actions[ReviewAction], &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_review);
        m_review->table()->setFocus();
    });
    connect(m_actions[ResetAuthoritiesAction], &QAction::triggered, this, [this] {
        m_extraAuthorities.clear();
        applyAuthorities();
    });
    // View > Language: each language under its own name, the current one checked.
    m_languages = new QActionGroup(this);
    for (const Translations::Language &language : Translations::available()) {
        QAction *action = m_languages->addAction(language.nativeName);
        action->setCheckable(true);
        action->setData(language.code);
        action->setChecked(language.code == Translations::current());
        connect(action, &QAction::triggered, this, [this, code = language.code] { chooseLanguage(code); });
    }
    createMenus();
    connect(m_actions[AboutAction], &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About csdash"),
            tr("<b>Children's Services Dashboard</b> %1<p>Ofsted grades and performance indicators "
               "with the sentence each came from.</p><p>Ofsted letters: Crown copyright, Open "
               "Government Licence v3.0.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Children's Services Dashboard"));
    m_tabs->setTabText(0, tr("&Grades"));
    m_tabs->setTabText(1, tr("&Outcomes"));
    m_tabs->setTabText(2, tr("&Indicators"));
    m_tabs->setTabText(3, tr("Fi&ndings"));
    m_tabs->setTabText(4, tr("&Documents"));
    m_tabs->setTabText(5, tr("&Map"));
    m_tabs->setTabText(m_tabs->indexOf(m_review), m_review->title());
    m_documentsView->setAccessibleName(tr("Documents"));
    findChild<QDockWidget *>(QStringLiteral("evidenceDock"))->setWindowTitle(tr("Evidence"));
    findChild<QDockWidget *>(QStringLiteral("searchDock"))->setWindowTitle(tr("Search"));
    m_first->setAccessibleName(tr("First authority"));
    m_second->setAccessibleName(tr("Second authority"));

    m_actions[ImportAction]->setText(tr("&Import documents\u2026"));
    m_actions[ImportAction]->setStatusTip(tr("Read letters, reports and plan reviews into the database"));
    m_actions[ConnectAction]->setText(tr("Co&nnect to team database\u2026"));
    m_actions[ConnectAction]->setStatusTip(tr("Work on the team's shared PostgreSQL database"));
    m_actions[QuitAction]->setText(tr("&Quit"));
    m_actions[RefreshAction]->setText(tr("&Refresh"));
    m_actions[RefreshAction]->setStatusTip(
        tr("Read the database again, with what other programs have added"));
    m_actions[SearchAction]->setText(tr("&Search documents"));
    m_actions[CheckDatabaseAction]->setText(tr("&Check database…"));
    m_actions[CheckDatabaseAction]->setStatusTip(
        tr("Read the whole database file and report any damage (the file is not checked at every start)"));
    m_actions[AddAuthorityAction]->setText(tr("&Add authority to compare\u2026"));
    m_actions[ResetAuthoritiesAction]->setText(tr("&Compare two authorities only"));
    m_actions[AboutAction]->setText(tr("&About csdash"));
    m_actions[ExportChartAction]->setText(tr("Export &chart\u2026"));
    m_actions[ExportChartAction]->setStatusTip(tr("Save the chart on the current tab as PNG, SVG or PDF"));
    m_actions[CopyChartAction]->setText(tr("Copy c&hart"));
    m_actions[ExportTableAction]->setText(tr("Export &table as CSV\u2026"));
    m_actions[CopyAction]->setText(tr("&Copy"));
    m_actions[PrintSummaryAction]->setText(tr("&Print summary\u2026"));
    m_actions[ExportSummaryAction]->setText(tr("Export summary as P&DF\u2026"));
    m_actions[ReviewAction]->setText(tr("&Review grades read with little confidence"));
    m_actions[ReviewAction]->setStatusTip(tr("Accept or reject grades read from papers and news"));

    m_menus[FileMenu]->setTitle(tr("&File"));
    m_menus[EditMenu]->setTitle(tr("&Edit"));
    m_menus[ViewMenu]->setTitle(tr("&View"));
    m_menus[LanguageMenu]->setTitle(tr("&Language"));
    m_menus[ToolsMenu]->setTitle(tr("&Tools"));
    m_menus[HelpMenu]->setTitle(tr("&Help"));

    QToolBar *bar = findChild<QToolBar *>(QStringLiteral("compareBar"));
    if (!bar) {
        bar = addToolBar(QString());
        bar->setObjectName(QStringLiteral("compareBar"));
    }
    bar->setWindowTitle(tr("Compare"));
    // Built once: clearing the bar would delete the authority choosers it holds.
    auto *compare = bar->findChild<QLabel *>(QStringLiteral("compareLabel"));
    auto *with = bar->findChild<QLabel *>(QStringLiteral("withLabel"));
    if (!compare) {
        compare = new QLabel(bar);
        compare->setObjectName(QStringLiteral("compareLabel"));
        compare->setBuddy(m_first);
        with = new QLabel(bar);
        with->setObjectName(QStringLiteral("withLabel"));
        bar->addWidget(compare);
        bar->addWidget(m_first);
        bar->addWidget(with);
        bar->addWidget(m_second);
        bar->addAction(m_actions[AddAuthorityAction]);
        bar->addSeparator();
        bar->addAction(m_actions[ImportAction]);
    }
    compare->setText(tr("Compare "));
    with->setText(tr(" with "));
}

void MainWindow::createMenus()
{
    // Built once; a language change only renames them.
    QMenu *file = menuBar()->addMenu(QString());
    file->addAction(m_actions[ImportAction]);
    file->addAction(m_actions[ConnectAction]);
    file->addAction(m_actions[RefreshAction]);
    file->addSeparator();
    file->addAction(m_actions[ExportChartAction]);
    file->addAction(m_actions[ExportTableAction]);
    file->addAction(m_actions[ExportSummaryAction]);
    file->addAction(m_actions[PrintSummaryAction]);
    file->addSeparator();
    file->addAction(m_actions[QuitAction]);
    QMenu *edit = menuBar()->addMenu(QString());
    edit->addAction(m_actions[CopyAction]);
    edit->addAction(m_actions[CopyChartAction]);
    edit->addSeparator();
    edit->addAction(m_actions[SearchAction]);
    QMenu *view = menuBar()->addMenu(QString());
    view->addAction(m_actions[AddAuthorityAction]);
    view->addAction(m_actions[ResetAuthoritiesAction]);
    view->addAction(m_actions[ReviewAction]);
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QMenu *language = view->addMenu(QString());
    language->setObjectName(QStringLiteral("languageMenu"));
    language->addActions(m_languages->actions());
    QMenu *tools = menuBar()->addMenu(QString());
    tools->addAction(m_actions[CheckDatabaseAction]);
    QMenu *help = menuBar()->addMenu(QString());
    help->addAction(m_actions[AboutAction]);
    m_menus = { file, edit, view, language, tools, help };
}

void MainWindow::chooseLanguage(const QString &code)
{
    // Installing the translation sends LanguageChange, which retranslates the window (changeEvent).
    Translations::apply(code);
    for (QAction *action : m_languages->actions())
        action->setChecked(action->data().toString() == Translations::current());
    QSettings().setValue(QStringLiteral("language"), Translations::current());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showDatabaseStatus();
        // The evidence on show is headed and dated again in the new language, without reopening
        // the pane if it was closed.
        if (m_evidenceSubject && m_evidence->evidence().isValid())
            showEvidence(m_evidence->evidence(), m_evidenceSubject, false);
        else if (m_evidenceMessage && !m_evidence->evidence().isValid() && !m_evidenceMessage().isEmpty())
            m_evidence->showMessage(m_evidenceMessage());
        m_matrix->retranslate();
        m_indicators->retranslate();
        m_observations->retranslate();
        m_findings->retranslate();
        m_documents->retranslate();
        m_searchResults->retranslate();
        m_headlineChart->retranslate();
        m_outcomes->retranslate();
        m_indicatorPanel->retranslate();
        // The indicator's chart is drawn with words (titles, "Baseline"): draw it again.
        if (!m_indicatorPanel->currentCode().isEmpty())
            showIndicator(m_indicatorPanel->currentCode());
        m_findingsPanel->retranslate();
        m_map->retranslate();
        m_mapPanel->retranslate();
        m_evidence->retranslate();
        m_search->retranslate();
        m_candidates->retranslate();
        m_review->retranslate();
        m_tabs->setTabText(m_tabs->indexOf(m_review), m_review->title());
    }
    QMainWindow::changeEvent(event);
}

bool MainWindow::readDatabase()
{
    // Everything is read before anything on show changes: a server that cannot be reached now
    // leaves the window as it was (the store has already tried a new connection), not empty.
    // The first read tells whether the server can be reached (and waits for it once).
    m_store.takeLastError();
    const QList<Document> documents = m_store.documents();
    QString failure = m_store.takeLastError();
    QList<Judgement> judgements;
    QList<Indicator> indicators;
    QList<Observation> planValues;
    QList<Finding> findings;
    if (failure.isEmpty()) {
        judgements = m_store.judgements();
        indicators = m_store.indicators();
        planValues = m_store.singleAuthorityObservations();
        findings = m_store.findings();
        failure = m_store.takeLastError();
    }
    if (!failure.isEmpty()) {
        statusBar()->showMessage(
            tr("Could not read the database (%1). Shown: what was read before; F5 reads again.")
                .arg(failure));
        return false;
    }
    m_allAuthorities.clear();
    for (const Document &d : documents) {
        if (d.authority.isValid() && !m_allAuthorities.contains(d.authority))
            m_allAuthorities.append(d.authority);
    }
    // What the database holds, read once a reload: changing the compared authorities or the
    // indicator works from these, without asking the store again.
    m_shownJudgements = std::move(judgements);
    m_matrix->setJudgements(m_shownJudgements);
    m_storeIndicators = std::move(indicators);
    m_listedIndicators = ExportSession::listedIndicators(m_storeIndicators);
    // A paper or news item may be about authorities it does not belong to: theirs are compared too.
    for (const Judgement &j : std::as_const(m_shownJudgements)) {
        if (!m_allAuthorities.contains(j.authority))
            m_allAuthorities.append(j.authority);
    }
    std::sort(m_allAuthorities.begin(), m_allAuthorities.end(),
        [](const Authority &a, const Authority &b) { return a.name < b.name; });
    // The same pair the command line compares by default, until the user chooses others.
    const QList<Authority> defaults = ExportSession::defaultAuthorities(documents);
    fillAuthorityChoosers(defaults.value(0).laNumber, defaults.value(1).laNumber);
    m_documents->setDocuments(documents);
    m_indicators->setIndicators(m_listedIndicators, planValues);
    m_findings->setFindings(findings);
    QList<int> years;
    for (const Finding &f : findings) {
        if (!years.contains(f.year))
            years.append(f.year);
    }
    std::sort(years.begin(), years.end());
    m_findingsPanel->setYears(years);
    m_mapPanel->setIndicators(m_storeIndicators);
    showMap(m_mapPanel->currentCode());
    m_documentCount = int(documents.size());
    reloadCandidates();
    showDatabaseStatus();
    m_actions[ImportAction]->setEnabled(!m_store.isReadOnly());
    return true;
}

bool MainWindow::reload()
{
    const MatrixCell keep = chosenCell(); // reading the grades again resets the matrix
    if (!readDatabase())
        return false; // nothing changed on show; the watcher still tells of the next change
    applyAuthorities(keep);
    showEvidenceOfCurrentView(); // its document may have gone
    // What is on show now is what the database holds: a later change is someone else's.
    if (m_watcher)
        m_watcher->acknowledge();
    return true;
}

void MainWindow::databaseChangedElsewhere()
{
    // An import or the published figures being added here reload when they finish.
    if (m_import->isRunning() || m_seedThread)
        return;
    if (reload())
        statusBar()->showMessage(
            tr("The database was changed by another program; the window shows the changes."), 10000);
}

void MainWindow::checkDatabase()
{
    const QString path = m_store.databasePath();
    const DatabaseAccess access = m_store.access();
    auto *dialog = new QProgressDialog(
        tr("Checking %1…").arg(QDir::toNativeSeparators(path)), tr("Close"), 0, 0, this);
    dialog->setWindowTitle(tr("Check database"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinimumDuration(0);
    auto problem = std::make_shared<QString>();
    auto opened = std::make_shared<bool>(false);
    QThread *thread = QThread::create([access, problem, opened] {
        Store check;
        check.setReadOnly(true);
        QString error;
        *opened = check.open(access, &error);
        *problem = *opened ? check.integrityProblem() : error;
    });
    // Closing the dialog leaves the check to finish on its own; its answer is then not shown.
    QPointer<QProgressDialog> waiting = dialog;
    connect(thread, &QThread::finished, this, [this, thread, waiting, problem, opened, path] {
        thread->deleteLater();
        if (!waiting)
            return;
        waiting->close();
        if (*opened && problem->isEmpty()) {
            QMessageBox::information(this, tr("Check database"),
                tr("%1 is sound: SQLite's integrity check found no damage.")
                    .arg(QDir::toNativeSeparators(path)));
            return;
        }
        QMessageBox box(QMessageBox::Warning, tr("Check database"),
            tr("%1 is damaged or could not be read.").arg(QDir::toNativeSeparators(path)), QMessageBox::Ok,
            this);
        box.setInformativeText(tr("To rebuild it from the document texts it still holds, keeping the damaged "
                                  "file as a backup, close csdash and run: csdash --rebuild check"));
        box.setDetailedText(*problem);
        box.exec();
    });
    thread->start();
    dialog->show();
}

void MainWindow::showDatabaseStatus()
{
    if (m_store.isReadOnly()) {
        statusBar()->showMessage(
            tr("Read-only database: it can be read but nothing can be imported \u2014 %1")
                .arg(QDir::toNativeSeparators(m_store.databasePath())));
        return;
    }
    statusBar()->showMessage(tr("%1 documents, %2 authorities \u2014 %3")
                                 .arg(m_documentCount)
                                 .arg(m_allAuthorities.size())
                                 .arg(QDir::toNativeSeparators(m_store.databasePath())));
}

void MainWindow::fillAuthorityChoosers(int defaultFirst, int defaultSecond)
{
    const int first = m_first->count() ? m_first->currentData().toInt() : defaultFirst;
    int second = m_second->count() ? m_second->currentData().toInt() : defaultSecond;
    // With one authority in the database both had it; a second one arriving is compared with it.
    if (m_second->count() == 1 && second == first) {
        for (const Authority &a : std::as_const(m_allAuthorities)) {
            if (a.laNumber != first) {
                second = a.laNumber;
                break;
            }
        }
    }
    for (QComboBox *box : { m_first, m_second }) {
        const QSignalBlocker blocker(box);
        box->clear();
        for (const Authority &a : std::as_const(m_allAuthorities))
            box->addItem(a.name, a.laNumber);
    }
    auto select = [](QComboBox *box, int la, int fallbackIndex) {
        const int i = box->findData(la);
        box->setCurrentIndex(i >= 0 ? i : qMin(fallbackIndex, box->count() - 1));
    };
    select(m_first, first, 0);
    select(m_second, second, 1);
}

QList<Authority> MainWindow::comparedAuthorities() const
{
    QList<int> wanted { m_first->currentData().toInt(), m_second->currentData().toInt() };
    wanted.append(m_extraAuthorities);
    QList<Authority> out;
    for (int la : std::as_const(wanted)) {
        bool found = false;
        for (const Authority &a : m_allAuthorities) {
            if (a.laNumber == la && !out.contains(a)) {
                out.append(a);
                found = true;
            }
        }
        // An authority chosen on the map may have indicator values but no documents.
        const Authority registered = AuthorityRegister::bundled().byLaNumber(la);
        if (!found && la != 0 && registered.isValid() && !out.contains(registered)
            && m_extraAuthorities.contains(la))
            out.append(registered);
    }
    return out;
}

void MainWindow::applyAuthorities()
{
    applyAuthorities(chosenCell());
}

MainWindow::MatrixCell MainWindow::chosenCell() const
{
    const QModelIndex current = m_matrixView->currentIndex();
    if (!current.isValid())
        return MatrixCell();
    return { current.row(), m_matrix->yearOfColumn(current.column()),
        m_matrix->authorityOfColumn(current.column()).laNumber };
}

void MainWindow::applyAuthorities(const MatrixCell &keep)
{
    const QList<Authority> authorities = comparedAuthorities();
    // The grades were given to the matrix as they were read: a change of authorities resets it
    // once, and the views over it redraw once.
    m_matrix->setAuthorities(authorities);
    m_headline->setHeadlines(m_shownJudgements, authorities);
    m_findingsPanel->setAuthorities(authorities);
    QList<int> compared;
    for (const Authority &a : authorities)
        compared.append(a.laNumber);
    m_map->setCompared(compared);
    if (keep.row >= 0) {
        const int column = m_matrix->columnFor(keep.year, keep.laNumber);
        if (column >= 0)
            m_matrixView->setCurrentIndex(m_matrix->index(keep.row, column));
    }
    // The indicator's chart and table follow when they are on show, else when the tab is opened:
    // drawing a chart nobody sees would slow every change of authorities.
    m_indicatorStale = true;
    if (m_tabs->currentWidget() == m_indicatorPanel)
        showIndicator(m_indicatorPanel->currentCode());
}

void MainWindow::showEvidence(const Evidence &evidence, const std::function<QString()> &subject, bool reveal)
{
    m_evidenceMessage = nullptr;
    m_evidenceSubject = evidence.isValid() ? subject : std::function<QString()>();
    if (!evidence.isValid()) {
        m_evidence->showMessage(tr("This value has no stored source text."));
        return;
    }
    const Document document = m_store.document(evidence.documentId);
    if (document.id == 0) {
        m_evidence->showMessage(tr("The source document is no longer in the database."));
        return;
    }
    // A grade says where it was read, and which other sources give a different one for its cell.
    QString source;
    QList<EvidenceAlternative> alternatives;
    const auto grade = std::find_if(m_shownJudgements.cbegin(), m_shownJudgements.cend(),
        [&evidence](const Judgement &j) { return j.evidence == evidence; });
    if (grade != m_shownJudgements.cend()) {
        source = sourceKindDisplayName(grade->source);
        const QModelIndex cell = m_matrix->index(
            m_matrix->rowForArea(grade->area), m_matrix->columnFor(grade->year, grade->authority.laNumber));
        if (cell.isValid() && m_matrix->judgementAt(cell).evidence == evidence) {
            for (const Judgement &other : m_matrix->alternativesAt(cell)) {
                if (other.grade != grade->grade)
                    alternatives.append({ m_store.document(other.evidence.documentId), other.evidence,
                        tr("grade %1 (%2), from: %3")
                            .arg(other.grade)
                            .arg(gradeLabelDisplayName(other.label), sourceKindDisplayName(other.source)) });
            }
        }
    }
    // An indicator value that other documents give too is shown with theirs.
    for (const IndicatorComparison::Source &other :
        m_indicatorPanel->comparisonView()->otherSources(evidence))
        alternatives.append({ m_store.document(other.evidence.documentId), other.evidence,
            tr("%1 (%2)").arg(other.raw, other.period), true });
    m_evidence->showEvidence(document, evidence, subject(), source, alternatives);
    if (reveal)
        findChild<QDockWidget *>(QStringLiteral("evidenceDock"))->show();
}

void MainWindow::showMatrixCell(bool reveal)
{
    const QModelIndex index = m_matrixView->currentIndex();
    if (!index.isValid()) {
        m_evidence->showPrompt();
        return;
    }
    const QVariant evidence = index.data(ItemRoles::EvidenceRole);
    if (!evidence.isValid()) {
        // Why the cell is empty is asked of the model again when the language changes.
        m_evidenceSubject = nullptr;
        m_evidence->showMessage(index.data(GradeMatrixModel::EmptyReasonRole).toString());
        const QPersistentModelIndex cell(index);
        m_evidenceMessage = [cell] { return cell.data(GradeMatrixModel::EmptyReasonRole).toString(); };
        return;
    }
    // Subjects are worded when shown, so that a language change can word them again.
    showEvidence(
        evidence.value<Evidence>(),
        [this, row = index.row(), column = index.column()] {
            return tr("%1 \u2014 %2, %3")
                .arg(m_matrix->headerData(row, Qt::Vertical).toString(),
                    m_matrix->authorityOfColumn(column).name)
                .arg(m_matrix->yearOfColumn(column));
        },
        reveal);
}

void MainWindow::showEvidenceOfCurrentView()
{
    QWidget *tab = m_tabs->currentWidget();
    Evidence chosen;
    std::function<QString()> subject;
    if (tab == m_gradesSplitter) {
        showMatrixCell(false);
        return;
    }
    if (tab == m_indicatorPanel) {
        chosen = m_indicatorPanel->currentEvidence();
        subject = [] { return tr("Indicator value"); };
    } else if (tab == m_findingsPanel) {
        chosen = m_findingsPanel->currentEvidence();
        subject = [] { return tr("Finding"); };
    }
    // The outcome chart, the documents, the map and the review (which shows its own sentence)
    // have no chosen figure for the pane.
    if (chosen.isValid()) {
        showEvidence(chosen, subject, false);
    } else {
        m_evidenceSubject = nullptr;
        m_evidenceMessage = nullptr;
        m_evidence->showPrompt();
    }
}

void MainWindow::reloadCandidates()
{
    m_candidates->setCandidates(m_store.candidates(m_review->showDecided()));
    m_tabs->setTabText(m_tabs->indexOf(m_review), m_review->title());
}

void MainWindow::decideCandidate(qint64 judgementId, ReviewState decision)
{
    QString error;
    if (!m_store.decide(judgementId, decision, &error)) {
        statusBar()->showMessage(tr("The decision could not be recorded: %1").arg(error), 8000);
        return;
    }
    // An accepted grade may be for an authority no document belongs to: reload it all.
    reload();
}

void MainWindow::showCandidate(const Judgement &candidate)
{
    const Document document = m_store.document(candidate.evidence.documentId);
    if (document.id == 0) {
        m_review->showSentence(Document(), candidate.evidence);
        return;
    }
    m_review->showSentence(document, candidate.evidence);
}

void MainWindow::openDocument(const Evidence &evidence)
{
    const Document document = m_store.document(evidence.documentId);
    if (document.id == 0)
        return;
    // A PDF opens on its page; should its stored file not open, its text still can.
    if (document.pageCount > 0 && !document.fileBytes.isEmpty()) {
        auto *pdf = new PdfDocumentReader(this);
        pdf->setAttribute(Qt::WA_DeleteOnClose);
        QString error;
        if (pdf->showDocument(document, m_store.pageArea(evidence), &error)) {
            pdf->show();
            return;
        }
        delete pdf;
        statusBar()->showMessage(
            tr("The PDF cannot be shown (%1); its text is shown instead.").arg(error), 8000);
    }
    auto *reader = new DocumentReader(this);
    reader->setAttribute(Qt::WA_DeleteOnClose);
    reader->showDocument(document, evidence);
    reader->show();
}

void MainWindow::runSearch(const QString &query)
{
    QString error;
    const QList<Passage> hits = m_store.search(query, &error);
    m_searchResults->setResults(hits);
    if (!error.isEmpty())
        m_search->showError(error);
    else
        m_search->showCount(int(hits.size()));
}

void MainWindow::showIndicator(const QString &code)
{
    m_indicatorStale = false;
    if (code.isEmpty())
        return;
    Indicator indicator;
    const QList<Indicator> &indicators = m_listedIndicators;
    for (const Indicator &i : indicators) {
        if (i.code == code)
            indicator = i;
    }
    // Published data, and a National Indicator with published series behind it, are charted
    // as a comparison; a plan's own indicator as its baseline, results and target.
    const ExportSession::IndicatorView view = ExportSession::indicatorView(
        m_store, indicator, comparedAuthorities(), indicators);
    m_observations->setObservations(view.listed);
    if (!view.published) {
        m_indicatorPanel->showPlanValues(indicator);
        return;
    }
    m_indicatorPanel->showComparison(view.measure, view.comparisons, view.england, view.planValues);
}

QString MainWindow::defaultMapCode() const
{
    // Until the officer chooses, the map shows a National Indicator's published series that
    // reaches every authority (the headline grades reach only those with letters loaded).
    const MeasureRegister &measures = MeasureRegister::bundled();
    Indicator best;
    for (const Indicator &i : m_storeIndicators) {
        const bool behindNi = !measures.nationalIndicatorsOf(i.code).isEmpty();
        const bool bestBehindNi = !measures.nationalIndicatorsOf(best.code).isEmpty();
        if (i.authorityCount > 1
            && (behindNi > bestBehindNi
                || (behindNi == bestBehindNi && i.authorityCount > best.authorityCount)))
            best = i;
    }
    return best.code;
}

QString MainWindow::defaultIndicatorCode() const
{
    // The first National Indicator (in the NI set's own order) with published series behind it,
    // so that a new user sees both authorities compared on real figures; else the first indicator
    // held for several authorities.
    const QList<Indicator> &indicators = m_listedIndicators;
    for (const QString &ni : MeasureRegister::bundled().linkedNationalIndicators()) {
        const bool listed = std::any_of(
            indicators.cbegin(), indicators.cend(), [&ni](const Indicator &i) { return i.code == ni; });
        if (listed)
            return ni;
    }
    for (const Indicator &i : indicators) {
        if (i.authorityCount > 1)
            return i.code;
    }
    return QString();
}

void MainWindow::showMap(const QString &code)
{
    if (code.isEmpty()) {
        m_mapPanel->showGrades(m_shownJudgements);
        return;
    }
    for (const Indicator &i : std::as_const(m_storeIndicators)) {
        if (i.code == code) {
            m_mapPanel->showIndicator(i, m_store.observations(0, code));
            return;
        }
    }
    m_mapPanel->selectCode(QString()); // the measure is gone from the database
}

void MainWindow::compareAuthority(int laNumber)
{
    const QList<Authority> compared = comparedAuthorities();
    const bool already = std::any_of(compared.cbegin(), compared.cend(),
        [laNumber](const Authority &a) { return a.laNumber == laNumber; });
    const Authority authority = AuthorityRegister::bundled().byLaNumber(laNumber);
    if (already || !authority.isValid()) {
        statusBar()->showMessage(tr("%1 is already compared").arg(authority.name), 5000);
        return;
    }
    m_extraAuthorities.append(laNumber);
    applyAuthorities();
    statusBar()->showMessage(tr("%1 added to the compared authorities").arg(authority.name), 5000);
}

void MainWindow::chooseImportFiles()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import documents"),
        settings.value(QStringLiteral("import/lastFolder")).toString(),
        tr("Letters, reports and data tables (*.pdf *.txt *.text *.md *.csv *.tsv *.xlsx);;"
           "Letters and reports (*.pdf *.txt);;Data tables (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastFolder"), QFileInfo(files.first()).absolutePath());
    importFiles(files);
}

void MainWindow::importFiles(const QStringList &files)
{
    if (m_import->isRunning()) {
        statusBar()->showMessage(tr("An import is already running."), 5000);
        return;
    }
    // Data tables are previewed before anything is written: columns, counts, rows left out; for a
    // wide table, the measures and breakdown to import too.
    QStringList accepted;
    QHash<QString, TableOptions> options;
    const DocumentImporter importer;
    const IndicatorTableParser tables(AuthorityRegister::bundled(), MeasureRegister::bundled());
    const WideTableParser wide(AuthorityRegister::bundled(), MeasureRegister::bundled());
    const bool noDialogs = qEnvironmentVariableIsSet("CSDASH_NO_DIALOGS");
    for (const QString &file : files) {
        // A workbook: the officer chooses its sheet first (the table on it is then previewed).
        TableOptions chosenSheet;
        QString sheetError;
        const QStringList sheets = DocumentImporter::sheetsOf(file, &sheetError);
        QString head;
        std::optional<DocumentImporter::Outcome> workbook; // the chosen sheet, read once
        if (sheets.size() > 1 && !noDialogs) {
            bool ok = false;
            chosenSheet.sheet = QInputDialog::getItem(this, tr("Import %1").arg(QFileInfo(file).fileName()),
                tr("The workbook has %n sheet(s). Sheet to import:", nullptr, int(sheets.size())), sheets, 0,
                false, &ok);
            if (!ok)
                continue;
        }
        if (!sheets.isEmpty()) {
            workbook = importer.readFile(file, nullptr, chosenSheet);
            head = workbook->ok() ? workbook->result.document.originalText.left(64 * 1024) : QString();
        } else {
            QFile f(file);
            const SourceText decoded = SourceText::decode(
                f.open(QIODevice::ReadOnly) ? f.read(64 * 1024) : QByteArray());
            head = decoded.isValid() ? decoded.text : QString();
        }
        const bool longTable = !head.isEmpty()
            && tables.recognise(head) != IndicatorTableParser::Layout::None;
        const WideTableLayout layout = !head.isEmpty() && !longTable ? wide.describe(head)
                                                                     : WideTableLayout();
        if (!longTable && !layout.isValid()) {
            accepted.append(file); // the import reports what it is, or why it cannot be read
            continue;
        }
        TableOptions remembered = ImportPreviewDialog::rememberedOptions(layout);
        remembered.sheet = chosenSheet.sheet;
        // A workbook already read with the same choices is not read again for its preview.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const DocumentImporter::Outcome preview = workbook && !remembered.hasReadingChoices()
            ? *workbook
            : importer.readFile(file, nullptr, remembered);
        QApplication::restoreOverrideCursor();
        if (!preview.ok()) {
            accepted.append(file); // the import reports the error with the other results
            continue;
        }
        std::unique_ptr<ImportPreviewDialog> dialog;
        if (layout.isValid()) {
            dialog = std::make_unique<ImportPreviewDialog>(
                file, preview.result, layout, remembered,
                [&importer, file](
                    const TableOptions &chosen) { return importer.readFile(file, nullptr, chosen).result; },
                this);
        } else {
            dialog = std::make_unique<ImportPreviewDialog>(file, preview.result, this);
        }
        if (noDialogs || dialog->exec() == QDialog::Accepted) {
            accepted.append(file);
            TableOptions chosen = dialog->options();
            chosen.sheet = chosenSheet.sheet;
            options.insert(file, chosen);
        }
    }
    m_import->start(accepted, options);
}

void MainWindow::importFinished(const ImportReport &report)
{
    reload();
    statusBar()->showMessage(tr("Import finished: %1 imported, %2 already present, %3 not imported")
                                 .arg(report.count(ImportFileResult::Status::Imported))
                                 .arg(report.count(ImportFileResult::Status::AlreadyPresent))
                                 .arg(report.count(ImportFileResult::Status::Failed)),
        10000);
}

void MainWindow::addAuthority()
{
    QStringList names;
    const QList<Authority> compared = comparedAuthorities();
    QList<Authority> candidates;
    for (const Authority &a : std::as_const(m_allAuthorities)) {
        if (!compared.contains(a)) {
            candidates.append(a);
            names.append(a.name);
        }
    }
    if (candidates.isEmpty()) {
        QMessageBox::information(this, tr("Add authority"),
            tr("Every authority in the database is already compared. Import letters for "
               "another authority to compare it."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(
        this, tr("Add authority"), tr("Authority to add as a further column group:"), names, 0, false, &ok);
    if (!ok)
        return;
    m_extraAuthorities.append(candidates.at(names.indexOf(name)).laNumber);
    applyAuthorities();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        importFiles(files);
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1400, 860);
    if (!restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray()))
        resizeDocks({ findChild<QDockWidget *>(QStringLiteral("evidenceDock")) }, { 340 }, Qt::Horizontal);
    m_gradesSplitter->restoreState(settings.value(QStringLiteral("mainWindow/gradesSplitter")).toByteArray());
    const int first = m_first->findData(settings.value(QStringLiteral("compare/first")).toInt());
    const int second = m_second->findData(settings.value(QStringLiteral("compare/second")).toInt());
    if (first >= 0)
        m_first->setCurrentIndex(first);
    if (second >= 0)
        m_second->setCurrentIndex(second);
    m_extraAuthorities.clear();
    for (const QVariant &v : settings.value(QStringLiteral("compare/extra")).toList())
        m_extraAuthorities.append(v.toInt());
    applyAuthorities();
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("mainWindow/tab"), 0).toInt());
    m_outcomes->setYear(settings.value(QStringLiteral("outcomes/year"), 2008).toInt());
    m_findingsPanel->setYear(settings.value(QStringLiteral("findings/year"), 0).toInt());
    m_mapPanel->selectCode(settings.value(QStringLiteral("map/code"), defaultMapCode()).toString());
    m_mapPanel->setYear(settings.value(QStringLiteral("map/year")).toInt());
    const QString code = settings.value(QStringLiteral("indicators/code"), defaultIndicatorCode()).toString();
    if (!code.isEmpty())
        m_indicatorPanel->selectCode(code);
    const int row = settings.value(QStringLiteral("grades/row"), -1).toInt();
    const int column = m_matrix->columnFor(settings.value(QStringLiteral("grades/year")).toInt(),
        settings.value(QStringLiteral("grades/authority")).toInt());
    if (row >= 0 && column >= 0)
        m_matrixView->setCurrentIndex(m_matrix->index(row, column));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/gradesSplitter"), m_gradesSplitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/tab"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("compare/first"), m_first->currentData());
    settings.setValue(QStringLiteral("compare/second"), m_second->currentData());
    QVariantList extra;
    for (int la : m_extraAuthorities)
        extra.append(la);
    settings.setValue(QStringLiteral("compare/extra"), extra);
    settings.setValue(QStringLiteral("outcomes/year"), m_outcomes->year());
    settings.setValue(QStringLiteral("findings/year"), m_findingsPanel->year());
    settings.setValue(QStringLiteral("indicators/code"), m_indicatorPanel->currentCode());
    settings.setValue(QStringLiteral("map/code"), m_mapPanel->currentCode());
    settings.setValue(QStringLiteral("map/year"), m_mapPanel->year());
    const QModelIndex current = m_matrixView->currentIndex();
    settings.setValue(QStringLiteral("grades/row"), current.isValid() ? current.row() : -1);
    settings.setValue(
        QStringLiteral("grades/year"), current.isValid() ? m_matrix->yearOfColumn(current.column()) : 0);
    settings.setValue(QStringLiteral("grades/authority"),
        current.isValid() ? m_matrix->authorityOfColumn(current.column()).laNumber : 0);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

QString MainWindow::currentChart() const
{
    if (m_tabs->currentWidget() == m_outcomes)
        return QStringLiteral("outcomes");
    if (m_tabs->currentWidget() == m_mapPanel) {
        const QString code = m_mapPanel->currentCode();
        return QStringLiteral("map:%1:%2")
            .arg(code.isEmpty() ? QStringLiteral("grades") : code)
            .arg(m_mapPanel->year());
    }
    if (m_tabs->currentWidget() == m_indicatorPanel && !m_indicatorPanel->currentCode().isEmpty())
        return QStringLiteral("indicator:") + m_indicatorPanel->currentCode();
    return QStringLiteral("timeline");
}

QString MainWindow::chartTitle(const QString &chart) const
{
    if (chart == QLatin1String("outcomes"))
        return tr("Outcome grades, %1").arg(m_outcomes->year());
    if (chart.startsWith(QLatin1String("indicator:")))
        return tr("Indicator %1").arg(chart.mid(10));
    if (chart.startsWith(QLatin1String("map:")))
        return m_mapPanel->title();
    return tr("Headline grade by year");
}

void MainWindow::exportChart()
{
    const QString chart = currentChart();
    ExportSession session(m_store, comparedAuthorities());
    session.setOutcomeYear(m_outcomes->year());
    const ExportContext context = session.context(chartTitle(chart));
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/lastFolder"), QDir::homePath()).toString();
    QString filter;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export chart"),
        QDir(folder).filePath(
            context.suggestedFileName(ExportSession::chartSlug(chart), QStringLiteral("png"))),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &filter);
    if (file.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/lastFolder"), QFileInfo(file).absolutePath());
    ChartExporter::Options options;
    options.size = settings.value(QStringLiteral("export/size"), options.size).toSize();
    options.dpi = settings.value(QStringLiteral("export/dpi"), options.dpi).toInt();
    if (QFileInfo(file).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0) {
        // Size and resolution for a picture; 300 dpi prints sharply.
        QDialog dialog(this);
        dialog.setWindowTitle(tr("PNG size"));
        auto *form = new QFormLayout(&dialog);
        auto *width = new QSpinBox(&dialog);
        auto *height = new QSpinBox(&dialog);
        auto *dpi = new QSpinBox(&dialog);
        width->setRange(200, 12000);
        height->setRange(200, 12000);
        dpi->setRange(72, 1200);
        width->setValue(options.size.width());
        height->setValue(options.size.height());
        dpi->setValue(options.dpi);
        width->setSuffix(tr(" px"));
        height->setSuffix(tr(" px"));
        dpi->setSuffix(tr(" dpi"));
        form->addRow(tr("&Width:"), width);
        form->addRow(tr("&Height:"), height);
        form->addRow(tr("&Resolution:"), dpi);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        form->addRow(buttons);
        if (dialog.exec() != QDialog::Accepted)
            return;
        options.size = QSize(width->value(), height->value());
        options.dpi = dpi->value();
        settings.setValue(QStringLiteral("export/size"), options.size);
        settings.setValue(QStringLiteral("export/dpi"), options.dpi);
    }
    QString error;
    QWidget *view = session.chart(chart, options.size, &error);
    if (!view || !ChartExporter::save(view, session.context(context.title, view), file, options, &error)) {
        QMessageBox::warning(this, tr("Export chart"), error);
        return;
    }
    statusBar()->showMessage(tr("Chart saved to %1").arg(QDir::toNativeSeparators(file)), 8000);
}

void MainWindow::copyChart()
{
    const QString chart = currentChart();
    ExportSession session(m_store, comparedAuthorities());
    session.setOutcomeYear(m_outcomes->year());
    ChartExporter::Options options;
    options.size = QSize(1200, 750);
    options.dpi = 150;
    QString error;
    QWidget *view = session.chart(chart, options.size, &error);
    if (!view) {
        statusBar()->showMessage(error, 8000);
        return;
    }
    QApplication::clipboard()->setImage(
        ChartExporter::image(view, session.context(chartTitle(chart), view), options));
    statusBar()->showMessage(tr("Chart copied"), 5000);
}

QAbstractItemView *MainWindow::currentTable() const
{
    if (auto *view = qobject_cast<QAbstractItemView *>(QApplication::focusWidget()))
        return view;
    if (m_tabs->currentWidget() == m_gradesSplitter)
        return m_matrixView;
    if (m_tabs->currentWidget() == m_documentsView)
        return m_documentsView;
    return m_matrixView;
}

void MainWindow::exportTable()
{
    QAbstractItemView *view = currentTable();
    ExportSession session(m_store, comparedAuthorities());
    const QString what = view == m_matrixView ? tr("Grades") : view->accessibleName();
    const ExportContext context = session.context(what);
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/lastFolder"), QDir::homePath()).toString();
    const QString plain = tr("CSV, UTF-8 (*.csv)");
    const QString excel = tr("CSV for Excel, UTF-8 with byte-order mark (*.csv)");
    const QString workbook = tr("Excel workbook (*.xlsx)");
    QString filter = settings.value(QStringLiteral("export/csvFilter"), excel).toString();
    const bool asWorkbook = filter == workbook;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export table"),
        QDir(folder).filePath(
            context.suggestedFileName(what, asWorkbook ? QStringLiteral("xlsx") : QStringLiteral("csv"))),
        excel + QStringLiteral(";;") + workbook + QStringLiteral(";;") + plain, &filter);
    if (file.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/lastFolder"), QFileInfo(file).absolutePath());
    settings.setValue(QStringLiteral("export/csvFilter"), filter);
    QString error;
    // The format is the one chosen in the dialog; a workbook keeps numbers and dates as such.
    const bool saved = filter == workbook
        ? TableExporter::saveXlsx(view->model(), context, file, &error)
        : TableExporter::saveCsv(view->model(), context, file, filter == excel, &error);
    if (!saved) {
        QMessageBox::warning(this, tr("Export table"), error);
        return;
    }
    statusBar()->showMessage(tr("Table saved to %1").arg(QDir::toNativeSeparators(file)), 8000);
}

void MainWindow::copySelection()
{
    if (auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget())) {
        edit->copy();
        return;
    }
    if (auto *text = qobject_cast<QTextEdit *>(QApplication::focusWidget())) {
        text->copy();
        return;
    }
    QAbstractItemView *view = currentTable();
    const QModelIndexList selection = view->selectionModel() ? view->selectionModel()->selectedIndexes()
                                                             : QModelIndexList();
    const QString tsv = TableExporter::selectionAsTsv(view->model(),
        selection.isEmpty() && view->currentIndex().isValid() ? QModelIndexList { view->currentIndex() }
                                                              : selection);
    if (!tsv.isEmpty())
        QApplication::clipboard()->setText(tsv);
}

void MainWindow::printSummary()
{
    ExportSession session(m_store, comparedAuthorities());
    const std::unique_ptr<SummaryReport> report = session.report();
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Children's services summary"));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print summary"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&report](QPrinter *p) {
        QString error;
        report->render(p, &error);
    });
    preview.exec();
}

void MainWindow::exportSummary()
{
    ExportSession session(m_store, comparedAuthorities());
    const ExportContext context = session.context(tr("Summary"));
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/lastFolder"), QDir::homePath()).toString();
    const QString file = QFileDialog::getSaveFileName(this, tr("Export summary as PDF"),
        QDir(folder).filePath(context.suggestedFileName(tr("summary"), QStringLiteral("pdf"))),
        tr("PDF document (*.pdf)"));
    if (file.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/lastFolder"), QFileInfo(file).absolutePath());
    QString error;
    if (!session.report()->savePdf(file, &error)) {
        QMessageBox::warning(this, tr("Export summary"), error);
        return;
    }
    statusBar()->showMessage(tr("Summary saved to %1").arg(QDir::toNativeSeparators(file)), 8000);
}
