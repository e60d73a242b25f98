#pragma once

#include "domain/Authority.h"

#include <QMainWindow>

#include <functional>

class CandidateListModel;
class DocumentListModel;
class EvidencePane;
class FindingListModel;
class FindingsPanel;
class GradeMatrixModel;
class GradeMatrixView;
class HeadlineChartView;
class HeadlineSeriesModel;
class DatabaseWatcher;
class ImportController;
class AuthorityMapModel;
class IndicatorListModel;
class IndicatorPanel;
class MapPanel;
class ObservationTableModel;
class OutcomeChartView;
class QAbstractItemView;
class QActionGroup;
class QMenu;
class QComboBox;
class QSplitter;
class QTabWidget;
class QTableView;
class QThread;
class QProgressBar;
class PublishedDataWorker;
class ReviewPanel;
class SearchPanel;
class SearchResultModel;
class Store;
struct DatabaseOpener;
struct Evidence;
struct ImportReport;
struct Indicator;
struct Judgement;
enum class ReviewState;

// The window an officer works in: the grade comparison with its headline chart, outcome grades,
// indicators, findings and documents, an evidence pane for the text behind any figure, search,
// and import. It reads the store and hands value types to the models; views never see the store.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reloads every model from the store, keeping the choices made; false (nothing on show
    // changed, the reason in the status bar) when the database cannot be read.
    bool reload();
    // Moves the window to another database (a team's PostgreSQL address, or a file), asking for a
    // password when the server wants one; on failure the window stays on the one it had.
    bool switchDatabase(const QString &location);
    // Opens the opener's database, asking for a password (up to three times) when the server
    // wants one; the window's start and its switch of database both open so.
    static bool openAskingForPassword(QWidget *parent, const DatabaseOpener &opener, Store &store,
        QString *error, QStringList *seedProblems);
    void importFiles(const QStringList &files);

    // For tests and the screenshot script.
    GradeMatrixView *gradeMatrixView() const { return m_matrixView; }
    GradeMatrixModel *gradeMatrixModel() const { return m_matrix; }
    EvidencePane *evidencePane() const { return m_evidence; }
    ImportController *importController() const { return m_import; }
    QTabWidget *tabs() const { return m_tabs; }
    MapPanel *mapPanel() const { return m_mapPanel; }
    ReviewPanel *reviewPanel() const { return m_review; }

signals:
    // The published figures a new database was created to have have all been added.
    void publishedDataAdded();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Every model's data from the store; reload() then applies the compared authorities. False,
    // with the reason in the status bar and nothing on show changed, when the store cannot be read.
    bool readDatabase();
    void createActions();
    void createMenus();
    void createWidgets();
    void restoreSettings();
    void saveSettings() const;
    void fillAuthorityChoosers(int defaultFirst, int defaultSecond);
    QList<Authority> comparedAuthorities() const;
    void applyAuthorities();
    // The matrix cell chosen, by area row, year and authority, so that it can be chosen again.
    struct MatrixCell
    {
        int row = -1;
        int year = 0;
        int laNumber = 0;
    };
    MatrixCell chosenCell() const;
    void applyAuthorities(const MatrixCell &keep);
    // subject words what the evidence is for, in the current language, each time it is shown.
    void showEvidence(const Evidence &evidence, const std::function<QString()> &subject, bool reveal = true);
    void showMatrixCell(bool reveal = true); // the current cell's sentence, or why it is empty
    void showEvidenceOfCurrentView();
    void openDocument(const Evidence &evidence);
    void runSearch(const QString &query);
    void showIndicator(const QString &code);
    QString defaultIndicatorCode() const;
    QString defaultMapCode() const;
    void showMap(const QString &code); // empty for the headline grades
    void compareAuthority(int laNumber); // from the map: one more compared authority
    void chooseImportFiles();
    void addAuthority();
    void importFinished(const ImportReport &report);
    // Another program wrote to the database: reload, keeping the choices and the selection.
    void databaseChangedElsewhere();
    void retranslate();
    QString currentChart() const;
    QString chartTitle(const QString &chart) const;
    QAbstractItemView *currentTable() const;
    void exportChart();
    void copyChart();
    void exportTable();
    void copySelection();
    void printSummary();
    void exportSummary();
    void chooseLanguage(const QString &code);
    void showDatabaseStatus();
    // Tools > Check database: SQLite's integrity check, on a connection of its own in a worker
    // thread (it reads the whole file), with a dialog to wait in.
    void checkDatabase();
    void connectToTeamDatabase();
    void createImportController();
    void watchDatabase();
    // Grades to review: listed again after a decision, which the store records before every view
    // is reloaded (an accepted grade joins the matrix and the charts).
    void reloadCandidates();
    void decideCandidate(qint64 judgementId, ReviewState decision);
    void showCandidate(const Judgement &candidate);
    // Adds the published figures a new database was created to have, on a worker thread.
    void seedPublishedData();

    Store &m_store;
    QList<Authority> m_allAuthorities; // those with documents
    QList<int> m_extraAuthorities; // LA numbers added as further column groups
    int m_documentCount = 0;
    std::function<QString()> m_evidenceSubject; // of the evidence on show
    std::function<QString()> m_evidenceMessage; // of an empty cell's explanation on show
    QList<Judgement> m_shownJudgements; // as the matrix and charts have them, to name a grade's sources
    QList<Indicator> m_storeIndicators; // the database's, as of the last reload
    QList<Indicator> m_listedIndicators; // those and the National Indicators with series behind them
    bool m_indicatorStale = false; // the compared authorities changed while the indicator was not on show

    GradeMatrixModel *m_matrix;
    HeadlineSeriesModel *m_headline;
    IndicatorListModel *m_indicators;
    ObservationTableModel *m_observations;
    FindingListModel *m_findings;
    DocumentListModel *m_documents;
    SearchResultModel *m_searchResults;
    AuthorityMapModel *m_map;
    CandidateListModel *m_candidates;

    QTabWidget *m_tabs = nullptr;
    QSplitter *m_gradesSplitter = nullptr;
    GradeMatrixView *m_matrixView = nullptr;
    HeadlineChartView *m_headlineChart = nullptr;
    OutcomeChartView *m_outcomes = nullptr;
    IndicatorPanel *m_indicatorPanel = nullptr;
    FindingsPanel *m_findingsPanel = nullptr;
    MapPanel *m_mapPanel = nullptr;
    ReviewPanel *m_review = nullptr;
    QTableView *m_documentsView = nullptr;
    EvidencePane *m_evidence = nullptr;
    SearchPanel *m_search = nullptr;
    QComboBox *m_first = nullptr;
    QComboBox *m_second = nullptr;
    ImportController *m_import = nullptr;
    DatabaseWatcher *m_watcher = nullptr;
    QThread *m_seedThread = nullptr;
    PublishedDataWorker *m_seedWorker = nullptr;
    QProgressBar *m_seedProgress = nullptr;
    QList<QAction *> m_actions;
    QActionGroup *m_languages = nullptr;
    enum Menu
    {
        FileMenu,
        EditMenu,
        ViewMenu,
        LanguageMenu,
        ToolsMenu,
        HelpMenu
    };
    QList<QMenu *> m_menus;
};
