// The main window on the bundled documents, under the offscreen platform: a grade cell leads to its
// sentence, an empty cell says why it is empty, an import updates every view. Screenshots of the
// window are saved next to the test (mainwindow-*.png) for people to look at.
#include "AuthorityMapView.h"
#include "ComparisonChartView.h"
#include "ConnectDatabaseDialog.h"
#include "DatabaseOpener.h"
#include "DocumentReader.h"
#include "EvidencePane.h"
#include "ExportSession.h"
#include "GradeMatrixView.h"
#include "ImportController.h"
#include "ImportPreviewDialog.h"
#include "IndicatorPanel.h"
#include "MainWindow.h"
#include "MapPanel.h"
#include "PdfDocumentReader.h"
#include "PdfPageView.h"
#include "ReviewPanel.h"
#include "TestPdf.h"
#include "TestSupport.h"
#include "Translations.h"

#include "ingest/BundledCorpus.h"
#include "ingest/DocumentImporter.h"
#include "ingest/ImportReport.h"
#include "ingest/WideTableParser.h"
#include "itemmodels/AuthorityMapModel.h"
#include "itemmodels/CandidateListModel.h"
#include "itemmodels/GradeMatrixModel.h"
#include "itemmodels/IndicatorListModel.h"
#include "itemmodels/ObservationTableModel.h"
#include "reference/AuthorityRegister.h"
#include "reference/MeasureRegister.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QAbstractButton>
#include <QAbstractSeries>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void saveScreenshot(QWidget *w, const QString &name)
    {
        // At another scale (QT_SCALE_FACTOR), the scale goes into the name: mainwindow-pl-0@1.5x.png.
        const qreal scale = w->devicePixelRatioF();
        const QString suffix = qFuzzyCompare(scale, 1.0) ? QString() : QStringLiteral("@%1x").arg(scale);
        const QString path = QDir::current().filePath(
            QStringLiteral("mainwindow-%1%2.png").arg(name, suffix));
        // As the event loop would have by the time anyone looks: the items a chart's redraw handed
        // to deleteLater() gone, not drawn over the new ones.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        // And the layouts the changes asked for (a chart places its axes and legend in one).
        QCoreApplication::processEvents();
        QVERIFY2(w->grab().save(path), qPrintable(path));
    }

    // Visible labels and buttons narrower than their text needs: words cut off in this language.
    static QStringList clippedTexts(QWidget *window)
    {
        QStringList clipped;
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisible())
                continue;
            QString text;
            if (auto *label = qobject_cast<QLabel *>(w)) {
                if (label->wordWrap() || label->textFormat() == Qt::RichText)
                    continue; // wraps rather than cuts
                text = label->text();
            } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                text = button->text();
            } else {
                continue;
            }
            if (!text.isEmpty() && w->width() < w->minimumSizeHint().width())
                clipped.append(QStringLiteral("%1 \"%2\" (%3 < %4)")
                                   .arg(QLatin1String(w->metaObject()->className()), text)
                                   .arg(w->width())
                                   .arg(w->minimumSizeHint().width()));
        }
        auto *tabs = window->findChild<QTabWidget *>();
        for (int i = 0; tabs && i < tabs->count(); ++i) {
            if (tabs->tabBar()->tabRect(i).width()
                < tabs->tabBar()->fontMetrics().horizontalAdvance(tabs->tabText(i).remove(QLatin1Char('&'))))
                clipped.append(QStringLiteral("tab \"%1\"").arg(tabs->tabText(i)));
        }
        return clipped;
    }

    // Keys that two entries of one menu (or the menu bar and the tabs) both claim with "&".
    static QStringList clashingMnemonics(MainWindow &window)
    {
        const auto mnemonic = [](const QString &text) {
            const qsizetype at = text.indexOf(QLatin1Char('&'));
            return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
        };
        QStringList clashes;
        const auto check = [&](const QString &where, const QStringList &texts) {
            QHash<QChar, QString> seen;
            for (const QString &t : texts) {
                const QChar key = mnemonic(t);
                if (key.isNull())
                    continue;
                if (seen.contains(key))
                    clashes.append(QStringLiteral("%1: \"%2\" and \"%3\"").arg(where, seen.value(key), t));
                seen.insert(key, t);
            }
        };
        QStringList top;
        for (QAction *menu : window.menuBar()->actions()) {
            top.append(menu->text());
            if (!menu->menu())
                continue;
            QStringList entries;
            for (QAction *a : menu->menu()->actions())
                entries.append(a->text());
            check(menu->text(), entries);
        }
        for (int i = 0; i < window.tabs()->count(); ++i)
            top.append(window.tabs()->tabText(i));
        // Buttons of the window itself (the evidence pane's, the tool bar's) answer Alt+key too.
        for (QAbstractButton *b : window.findChildren<QAbstractButton *>()) {
            if (b->window() == &window && !b->text().isEmpty() && b->isVisibleTo(&window))
                top.append(b->text());
        }
        check(QStringLiteral("menu bar, tabs and buttons"), top);
        return clashes;
    }

    // View > Language > the language, as a person chooses it.
    static void chooseLanguage(MainWindow &window, const QString &code)
    {
        auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        for (QAction *a : menu->actions()) {
            if (a->data().toString() == code) {
                a->trigger();
                QVERIFY(a->isChecked());
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no %1 in View > Language").arg(code)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
        qputenv("CSDASH_NO_DIALOGS", "1");
        QVERIFY(m_dir.isValid());
        Translations::apply(QStringLiteral("en")); // as main() does: English plural forms
    }

    // The document reader says who imported the document and when (a colleague, on a team database).
    void readerSaysWhoImportedTheDocument()
    {
        Document document;
        document.title = QStringLiteral("Annual performance assessment");
        document.originalText = QStringLiteral("Being healthy: good.");
        document.importedBy = QStringLiteral("officer");
        document.importedAt = QDateTime(QDate(2010, 12, 10), QTime(9, 30), Qt::UTC);
        DocumentReader reader;
        reader.showDocument(document, Evidence());
        QVERIFY2(reader.provenance().contains(QLatin1String("Imported by officer")),
            qPrintable(reader.provenance()));
        document.importedBy.clear();
        reader.showDocument(document, Evidence());
        QVERIFY2(
            reader.provenance().startsWith(QLatin1String("Imported on")), qPrintable(reader.provenance()));
    }

    // The indicator's description box keeps three lines of the panel's font and the window's
    // colour when either changes while the window is open (a larger font, a high-contrast scheme).
    void indicatorDescriptionFollowsFontAndColours()
    {
        IndicatorListModel indicators;
        ObservationTableModel observations;
        IndicatorPanel panel(&indicators, &observations);
        auto *description = panel.findChild<QTextBrowser *>(QStringLiteral("indicatorDescription"));
        QVERIFY(description);
        const int before = description->height();
        QFont larger = panel.font();
        larger.setPointSizeF(larger.pointSizeF() * 2);
        panel.setFont(larger);
        QCOMPARE(description->font().pointSizeF(), larger.pointSizeF());
        QVERIFY2(description->height() > before * 3 / 2, qPrintable(QString::number(description->height())));
        QCOMPARE(description->height(), 3 * QFontMetrics(larger).lineSpacing() + 2);

        QPalette dark = panel.palette();
        dark.setColor(QPalette::Window, QColor(20, 20, 20));
        dark.setColor(QPalette::WindowText, Qt::white);
        panel.setPalette(dark);
        QCOMPARE(description->palette().color(QPalette::Base), QColor(20, 20, 20));
        QCOMPARE(description->palette().color(QPalette::Text), dark.color(QPalette::Text));
    }

    // File > Connect to team database: the fields make an address (never with a password), a recent
    // one fills them again, and the menu offers the dialog.
    void connectDialogMakesAnAddressWithoutAPassword()
    {
        const QString recent = QStringLiteral(
            "postgresql://officer@db.example.org:6432/team?sslmode=require");
        ConnectDatabaseDialog dialog({ recent, QStringLiteral("postgresql://me@localhost:5432/other") });
        QCOMPARE(dialog.location(), recent); // the latest is offered first
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("host"));
        auto *database = dialog.findChild<QLineEdit *>(QStringLiteral("databaseName"));
        auto *sslMode = dialog.findChild<QComboBox *>(QStringLiteral("sslMode"));
        QVERIFY(host && database && sslMode);
        host->setText(QStringLiteral("server.council.local"));
        database->setText(QStringLiteral("csdash"));
        sslMode->setCurrentIndex(sslMode->findData(QStringLiteral("verify-full")));
        QCOMPARE(dialog.location(),
            QStringLiteral("postgresql://officer@server.council.local:6432/csdash?sslmode=verify-full"));
        QVERIFY(!dialog.location().contains(QLatin1Char(':') + QStringLiteral("officer")));
        auto *recentBox = dialog.findChild<QComboBox *>(QStringLiteral("recentDatabases"));
        recentBox->setCurrentIndex(2);
        QCOMPARE(dialog.location(), QStringLiteral("postgresql://me@localhost:5432/other"));

        Store store;
        QString error;
        QVERIFY(store.open(QStringLiteral(":memory:"), &error));
        MainWindow window(store);
        QAction *connectAction = window.findChild<QAction *>(QStringLiteral("connectAction"));
        QVERIFY(connectAction);
        QVERIFY(window.menuBar()->actions().constFirst()->menu()->actions().contains(connectAction));
    }

    // Tools > Check database reads the whole file on a worker thread and says what it found: the
    // window no longer checks the file at every start.
    void checkDatabaseReportsSoundAndDamagedFiles()
    {
        const QString path = m_dir.filePath(QStringLiteral("checked.sqlite"));
        for (const bool damaged : { false, true }) {
            if (damaged)
                QVERIFY(TestSupport::damageTable(path, QStringLiteral("passage")));
            Store store;
            QString error;
            QStringList problems;
            QVERIFY2(
                (DatabaseOpener { path, true, false }.open(store, &error, &problems)), qPrintable(error));
            MainWindow window(store);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *check = window.findChild<QAction *>(QStringLiteral("checkDatabaseAction"));
            QVERIFY(check);
            QString said;
            QString details;
            QTimer answer;
            connect(&answer, &QTimer::timeout, this, [&] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    said = box->text();
                    details = box->detailedText();
                    box->accept();
                }
            });
            answer.start(20);
            check->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), 20000);
            QVERIFY2(said.contains(QDir::toNativeSeparators(path)), qPrintable(said));
            if (damaged) {
                QVERIFY2(said.contains(QLatin1String("damaged")), qPrintable(said));
                QVERIFY2(!details.isEmpty(), "the damage found is given in the details");
            } else {
                QVERIFY2(said.contains(QLatin1String("is sound")), qPrintable(said));
            }
        }
    }

    void gradeCellShowsItsSentence()
    {
        Store store;
        QString error;
        QStringList problems;
        DatabaseOpener opener { m_dir.filePath(QStringLiteral("window.sqlite")), true };
        QVERIFY2(opener.open(store, &error, &problems), qPrintable(error));
        QVERIFY(problems.isEmpty());

        MainWindow window(store);
        window.resize(1500, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        GradeMatrixModel *matrix = window.gradeMatrixModel();
        QCOMPARE(matrix->authorities().size(), 2);

        const Authority county = AuthorityRegister::bundled().byName(
            QStringLiteral("Leicestershire County Council"));
        const QModelIndex cell = matrix->index(
            matrix->rowForArea(QStringLiteral("being-healthy")), matrix->columnFor(2006, county.laNumber));
        QVERIFY(cell.isValid());
        QCOMPARE(cell.data(GradeMatrixModel::GradeRole).toInt(), 4);
        window.gradeMatrixView()->setFocus();
        window.gradeMatrixView()->setCurrentIndex(cell);
        const QString shown = window.evidencePane()->paragraphText();
        QVERIFY2(shown.contains(QLatin1String("The contribution the council's services make to improving "
                                              "outcomes in this area is very good.")),
            qPrintable(shown));
        QVERIFY(window.evidencePane()->evidence().isValid());
        saveScreenshot(&window, QStringLiteral("grades"));

        // An empty cell explains itself.
        const QModelIndex empty = matrix->index(
            matrix->rowForArea(QStringLiteral("being-healthy")), matrix->columnFor(2009, county.laNumber));
        window.gradeMatrixView()->setCurrentIndex(empty);
        QVERIFY2(window.evidencePane()->paragraphText().contains(QLatin1String("ended in 2008")),
            qPrintable(window.evidencePane()->paragraphText()));

        // The keyboard moves between cells and the evidence follows.
        window.gradeMatrixView()->setCurrentIndex(matrix->index(
            matrix->rowForArea(QStringLiteral("overall")), matrix->columnFor(2009, county.laNumber) - 1));
        QTest::keyClick(window.gradeMatrixView(), Qt::Key_Right);
        QVERIFY2(window.evidencePane()->paragraphText().contains(QLatin1String("Performs well (3)")),
            qPrintable(window.evidencePane()->paragraphText()));

        for (int tab = 1; tab < window.tabs()->count(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            saveScreenshot(&window, QStringLiteral("tab%1").arg(tab));
        }
    }

    // A hexagon clicked on the Map tab is compared everywhere, also an authority without documents.
    void mapClickAddsAnAuthority()
    {
        Store store;
        QString error;
        QStringList problems;
        DatabaseOpener opener { m_dir.filePath(QStringLiteral("window.sqlite")), true };
        QVERIFY2(opener.open(store, &error, &problems), qPrintable(error));
        MainWindow window(store);
        window.resize(1500, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.tabs()->setCurrentWidget(window.mapPanel());
        QCoreApplication::processEvents();
        AuthorityMapView *map = window.mapPanel()->mapView();
        QVERIFY(map->isVisible());
        QCOMPARE(window.gradeMatrixModel()->authorities().size(), 2);
        const int nottingham = 892;
        QTest::mouseClick(map, Qt::LeftButton, {}, map->tileCentre(nottingham).toPoint());
        const QList<Authority> compared = window.gradeMatrixModel()->authorities();
        QCOMPARE(compared.size(), 3);
        QCOMPARE(compared.last().laNumber, nottingham);
        QVERIFY(map->toolTipAt(map->tileCentre(nottingham)).contains(QLatin1String("Nottingham")));
        // Clicking it again adds nothing.
        QTest::mouseClick(map, Qt::LeftButton, {}, map->tileCentre(nottingham).toPoint());
        QCOMPARE(window.gradeMatrixModel()->authorities().size(), 3);
    }

    void importUpdatesEveryView()
    {
        Store store;
        QString error;
        QStringList problems;
        DatabaseOpener opener { m_dir.filePath(QStringLiteral("import.sqlite")), true };
        QVERIFY(opener.open(store, &error, &problems));
        MainWindow window(store);
        const qsizetype before = store.documents().size();
        QSignalSpy finished(window.importController(), &ImportController::importFinished);
        window.importFiles({ QStringLiteral(CSDASH_TEST_DATA "/variants/assessment-2010-camden.txt"),
            QStringLiteral(CSDASH_TEST_DATA "/variants/contradiction.txt") });
        QVERIFY(finished.wait(20000));
        const ImportReport report = finished.first().first().value<ImportReport>();
        QCOMPARE(report.count(ImportFileResult::Status::Imported), 1);
        QCOMPARE(report.count(ImportFileResult::Status::Failed), 1);
        QVERIFY(ImportController::summaryText(report).contains(QLatin1String("contradicts itself")));
        // The window reloaded: the new authority can be compared without a restart.
        QCOMPARE(store.documents().size(), before + 1);
        const auto combo = window.findChild<QComboBox *>(QStringLiteral("firstAuthority"));
        QVERIFY(combo->findText(QStringLiteral("Camden")) >= 0);
    }

    // Another client holds the database's write lock while an officer imports: the result says
    // nothing of the letter was written and offers it again; Retry, once the lock is gone,
    // imports it. A file that is itself wrong is not offered again.
    void retryImportsWhatTheDatabaseDidNotTake()
    {
        const QString path = m_dir.filePath(QStringLiteral("retry.sqlite"));
        Store store;
        store.setBusyTimeout(300); // the import's own connection waits as long
        QString error;
        QStringList problems;
        QVERIFY((DatabaseOpener { path, false }.open(store, &error, &problems)));
        MainWindow window(store);
        QSignalSpy finished(window.importController(), &ImportController::importFinished);
        const QString letter = QStringLiteral(CSDASH_TEST_DATA "/variants/assessment-2010-camden.txt");
        const QString wrong = QStringLiteral(CSDASH_TEST_DATA "/variants/contradiction.txt");
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(
                QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            holder.setDatabaseName(path);
            QVERIFY(holder.open());
            QSqlQuery lock(holder);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            window.importFiles({ letter, wrong });
            QVERIFY(finished.wait(20000));
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        const ImportReport refused = finished.takeFirst().first().value<ImportReport>();
        QCOMPARE(refused.count(ImportFileResult::Status::Failed), 2);
        QCOMPARE(window.importController()->retryableFiles(), QStringList { letter });
        const std::unique_ptr<QMessageBox> box = window.importController()->resultBox(refused);
        const auto retryButton = box->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(retryButton);
        QCOMPARE(retryButton->text(), QStringLiteral("&Retry 1 File")); // English plurals, not "File(s)"
        QVERIFY2(box->informativeText().startsWith(
                     QLatin1String("Nothing was written of 1 file: the database did not take it,")),
            qPrintable(box->informativeText()));
        QCOMPARE(store.documents().size(), 0);

        window.importController()->retry();
        QVERIFY(finished.wait(20000));
        const ImportReport again = finished.takeFirst().first().value<ImportReport>();
        QCOMPARE(again.files.size(), 1);
        QCOMPARE(again.count(ImportFileResult::Status::Imported), 1);
        QVERIFY(window.importController()->retryableFiles().isEmpty());
        QVERIFY(!window.importController()->resultBox(again)->findChild<QPushButton *>(
            QStringLiteral("retryButton")));
        QCOMPARE(store.documents().size(), 1);
    }

    // An officer drops a letter printed to PDF on the window: its grade shows, the evidence pane
    // names the page, and Open document shows that page with the sentence highlighted.
    void droppedPdfOpensOnItsPage()
    {
        Store store;
        QString error;
        QStringList problems;
        DatabaseOpener opener { m_dir.filePath(QStringLiteral("pdf.sqlite")), false };
        QVERIFY(opener.open(store, &error, &problems));
        QFile source(BundledCorpus::resourcePaths().last()); // the 2009 annual rating letter
        QVERIFY(source.open(QIODevice::ReadOnly));
        TestPdf::Options options;
        options.header = QStringLiteral("OFFICIAL");
        const TestPdf::Result made = TestPdf::make(QString::fromUtf8(source.readAll()), options);
        QVERIFY(made.error.isEmpty());
        const QString pdfPath = m_dir.filePath(QStringLiteral("rating letter.pdf"));
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::WriteOnly) && pdf.write(made.pdf) == made.pdf.size());
        pdf.close();

        MainWindow window(store);
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(window.importController(), &ImportController::importFinished);
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(pdfPath) });
        QDragEnterEvent enter(QPoint(400, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(400, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(finished.wait(20000));
        const ImportReport report = finished.first().first().value<ImportReport>();
        QCOMPARE(report.count(ImportFileResult::Status::Imported), 1);
        QVERIFY2(
            report.files.first().message.contains(QStringLiteral("(PDF, pages: %1)").arg(made.pageCount)),
            qPrintable(report.files.first().message));

        const Judgement rating = store.judgements().first();
        QVERIFY(rating.evidence.page >= 1);
        GradeMatrixModel *grades = window.gradeMatrixModel();
        window.gradeMatrixView()->setCurrentIndex(grades->index(
            grades->rowForArea(rating.area), grades->columnFor(rating.year, rating.authority.laNumber)));
        QVERIFY2(window.evidencePane()->paragraphText().contains(
                     QStringLiteral("page %1 of %2").arg(rating.evidence.page).arg(made.pageCount)),
            qPrintable(window.evidencePane()->paragraphText()));
        const auto open = window.evidencePane()->findChild<QPushButton *>();
        QVERIFY(open && open->isEnabled());
        open->click();
        auto *reader = window.findChild<PdfDocumentReader *>(QStringLiteral("pdfDocumentReader"));
        QVERIFY(reader);
        QVERIFY(QTest::qWaitForWindowExposed(reader));
        QCOMPARE(reader->pageView()->currentPage(), rating.evidence.page);
        QVERIFY(!reader->pageView()->highlightRectsOnImage().isEmpty());
        saveScreenshot(reader, QStringLiteral("pdf-reader"));
        reader->close();
    }

    void polishAtRuntimeAndBack()
    {
        Store store;
        QString error;
        QStringList problems;
        DatabaseOpener opener { m_dir.filePath(QStringLiteral("polish.sqlite")), true };
        QVERIFY2(opener.open(store, &error, &problems), qPrintable(error));
        MainWindow window(store);
        window.resize(1500, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto menuTitles = [&window] {
            QStringList titles;
            for (QAction *a : window.menuBar()->actions())
                titles.append(a->text());
            return titles;
        };
        const auto chartTitles = [&window] {
            QStringList titles;
            for (QChartView *v : window.findChildren<QChartView *>())
                titles.append(v->chart()->title());
            return titles.join(QLatin1Char('|'));
        };
        const auto verticalHeaders = [&window] {
            QStringList headers;
            GradeMatrixModel *m = window.gradeMatrixModel();
            for (int r = 0; r < m->rowCount(); ++r)
                headers.append(m->headerData(r, Qt::Vertical).toString());
            return headers;
        };
        QCOMPARE(menuTitles(), QStringList({ "&File", "&Edit", "&View", "&Tools", "&Help" }));
        QVERIFY2(clashingMnemonics(window).isEmpty(),
            qPrintable(clashingMnemonics(window).join(QLatin1Char('\n'))));

        // Evidence on show when the language changes is headed in the new language.
        GradeMatrixModel *grades = window.gradeMatrixModel();
        const int county = AuthorityRegister::bundled().byName(QStringLiteral("Leicestershire")).laNumber;
        window.gradeMatrixView()->setCurrentIndex(grades->index(
            grades->rowForArea(QStringLiteral("being-healthy")), grades->columnFor(2006, county)));
        QCOMPARE(
            window.evidencePane()->subject(), QStringLiteral("Being healthy \u2014 Leicestershire, 2006"));

        chooseLanguage(window, QStringLiteral("pl"));
        QCoreApplication::processEvents();
        QCOMPARE(window.evidencePane()->subject(), QStringLiteral("Zdrowie \u2014 Leicestershire, 2006"));
        // So is an empty cell's explanation.
        const int city = AuthorityRegister::bundled().byName(QStringLiteral("Leicester")).laNumber;
        window.gradeMatrixView()->setCurrentIndex(grades->index(
            grades->rowForArea(QStringLiteral("being-healthy")), grades->columnFor(2007, city)));
        const QString emptyPolish = window.evidencePane()->paragraphText();
        QVERIFY2(emptyPolish.startsWith(QStringLiteral("Brak")), qPrintable(emptyPolish));
        chooseLanguage(window, QStringLiteral("en"));
        QCoreApplication::processEvents();
        QVERIFY2(window.evidencePane()->paragraphText().startsWith(QStringLiteral("No ")),
            qPrintable(window.evidencePane()->paragraphText()));
        chooseLanguage(window, QStringLiteral("pl"));
        QCoreApplication::processEvents();
        QCOMPARE(window.evidencePane()->paragraphText(), emptyPolish);
        window.gradeMatrixView()->setCurrentIndex(grades->index(
            grades->rowForArea(QStringLiteral("being-healthy")), grades->columnFor(2006, county)));
        QCOMPARE(menuTitles(), QStringList({ "&Plik", "&Edycja", "&Widok", "&Narzędzia", "Pomo&c" }));
        QVERIFY2(clashingMnemonics(window).isEmpty(),
            qPrintable(clashingMnemonics(window).join(QLatin1Char('\n'))));
        QCOMPARE(window.windowTitle(), QStringLiteral("Panel usług dla dzieci"));
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("&Oceny"));
        QVERIFY2(
            verticalHeaders().contains(QStringLiteral("Zdrowie")), qPrintable(verticalHeaders().join(", ")));
        QVERIFY2(
            chartTitles().contains(QStringLiteral("Ocena główna, 2006–2010")), qPrintable(chartTitles()));
        // A grade cell's words are translated; its evidence stays as the letter wrote it.
        GradeMatrixModel *matrix = window.gradeMatrixModel();
        QStringList cells;
        for (int r = 0; r < matrix->rowCount(); ++r) {
            for (int c = 0; c < matrix->columnCount(); ++c)
                cells.append(matrix->index(r, c).data().toString());
        }
        QVERIFY2(cells.contains(QStringLiteral("4 bardzo dobra")), qPrintable(cells.join(", ")));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("pl"));
        for (int tab = 0; tab < window.tabs()->count(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            saveScreenshot(&window, QStringLiteral("pl-%1").arg(tab));
            const QStringList clipped = clippedTexts(&window);
            QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
        }
        window.tabs()->setCurrentIndex(0);

        chooseLanguage(window, QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(menuTitles(), QStringList({ "&File", "&Edit", "&View", "&Tools", "&Help" }));
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("&Grades"));
        QVERIFY(verticalHeaders().contains(QStringLiteral("Being healthy")));
        QVERIFY2(
            chartTitles().contains(QStringLiteral("Headline grade, 2006–2010")), qPrintable(chartTitles()));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    }

    void importPreviewInPolish()
    {
        Translations::apply(QStringLiteral("pl"));
        const auto preview = DocumentImporter().read(
            QByteArray("Authority,Indicator code,Title,Period,Value\n"
                       "Leicester,X1,Own measure,2019,1.5\n"
                       "Leicester,X1,Own measure,2020,x\n"
                       "Nowhere,X1,Own measure,2020,2\n"),
            QStringLiteral("sheet.csv"));
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        ImportPreviewDialog dialog(QStringLiteral("sheet.csv"), preview.result);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Import sheet.csv"));
        QVERIFY2(dialog.summary().startsWith(QStringLiteral("Wierszy do zaimportowania: 2 — wartości: 1 i "
                                                            "opublikowanych jako brakujące: 1")),
            qPrintable(dialog.summary()));
        QStringList buttons;
        for (QAbstractButton *b : dialog.findChildren<QAbstractButton *>())
            buttons.append(b->text());
        QVERIFY2(buttons.contains(QStringLiteral("&Importuj")), qPrintable(buttons.join(", ")));
        saveScreenshot(&dialog, QStringLiteral("pl-import-preview"));
        const QStringList clipped = clippedTexts(&dialog);
        Translations::apply(QStringLiteral("en"));
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    }

    void widePreviewDefaultsThenGirlsOnly()
    {
        // The attainment file as an officer imports it: the preview's defaults, then girls only.
        const QString file = QStringLiteral(CSDASH_SHARED_DATA "/dfe-attainment-by-19-2005-2022.csv");
        if (!QFileInfo::exists(file))
            QSKIP("the shared DfE files are not beside the repository");
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        const WideTableParser wide(AuthorityRegister::bundled(), MeasureRegister::bundled());
        const WideTableLayout layout = wide.describe(text);
        QVERIFY(layout.isValid());
        QSettings().remove(QStringLiteral("importLayouts"));
        const TableOptions remembered = ImportPreviewDialog::rememberedOptions(layout);
        QVERIFY(remembered.isDefault());
        const DocumentImporter importer;
        const auto reread = [&importer, &text](const TableOptions &o) {
            return importer.read(text.toUtf8(), QStringLiteral("a.csv"), nullptr, o).result;
        };
        ImportPreviewDialog dialog(file, reread(remembered), layout, remembered, reread);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(dialog.summary().startsWith(QStringLiteral("33,580 rows will be imported")),
            qPrintable(dialog.summary()));
        auto *gender = dialog.findChild<QComboBox *>(QStringLiteral("breakdown:gender"));
        QVERIFY(gender);
        QCOMPARE(gender->currentText(), QStringLiteral("ALL")); // the whole cohort by default
        saveScreenshot(&dialog, QStringLiteral("wide-preview"));

        dialog.chooseBreakdown(QStringLiteral("gender"), QStringLiteral("Female"));
        dialog.choosePolarity(QStringLiteral("number_in_ss_cohort"), Polarity::HigherIsBetter);
        QCOMPARE(dialog.options().breakdowns.value(QStringLiteral("gender")),
            QStringList { QStringLiteral("Female") });
        // The preview follows the choice (girls are as many rows as the whole cohort, so the count
        // alone would not show it).
        QStringList understood;
        const QListWidget *columns = dialog.findChild<QListWidget *>();
        for (int i = 0; i < columns->count(); ++i)
            understood.append(columns->item(i)->text());
        QVERIFY2(understood.contains(QStringLiteral("\"gender\": breakdown, keeping Female")),
            qPrintable(understood.join(QLatin1Char('\n'))));
        const ImportResult girls = reread(dialog.options());
        QVERIFY(!girls.observations.isEmpty());
        for (const Observation &o : girls.observations)
            QVERIFY2(o.indicatorCode.endsWith(QStringLiteral(" \u00b7 Female")), qPrintable(o.indicatorCode));
        // Remembered for the next file of this layout.
        ImportPreviewDialog::rememberOptions(layout, dialog.options());
        const TableOptions next = ImportPreviewDialog::rememberedOptions(layout);
        QCOMPARE(next.breakdowns.value(QStringLiteral("gender")), QStringList { QStringLiteral("Female") });
        QCOMPARE(
            next.measures.value(QStringLiteral("number_in_ss_cohort")).polarity, Polarity::HigherIsBetter);
        QSettings().remove(QStringLiteral("importLayouts"));
    }

    // Two grades read from a news item wait for review: accepted and rejected by keyboard, the
    // accepted one joins the matrix and the rejected one does not; a letter's grade in the same
    // cell would still win over both.
    void reviewCandidatesByKeyboard()
    {
        Store store;
        QString error;
        QStringList problems;
        DatabaseOpener opener { m_dir.filePath(QStringLiteral("review.sqlite")), true };
        QVERIFY2(opener.open(store, &error, &problems), qPrintable(error));

        // An empty cell of a compared authority, in the years of the annual performance assessment.
        QModelIndex target;
        Authority authority;
        QString area;
        int year = 0;
        {
            // As the window will show it: the pair it compares by default.
            GradeMatrixModel m;
            m.setJudgements(store.judgements());
            m.setAuthorities(ExportSession::defaultAuthorities(store));
            for (int c = 0; c < m.columnCount() && !target.isValid(); ++c) {
                for (int r = 0; r < m.rowCount() && !target.isValid(); ++r) {
                    const QModelIndex i = m.index(r, c);
                    if (m.yearOfColumn(c) <= 2008 && !i.data(GradeMatrixModel::GradeRole).isValid()
                        && i.data(GradeMatrixModel::GroupRole)
                            == m.index(2, 0).data(GradeMatrixModel::GroupRole)) {
                        target = i;
                        authority = m.authorityOfColumn(c);
                        area = i.data(GradeMatrixModel::AreaRole).toString();
                        year = m.yearOfColumn(c);
                    }
                }
            }
        }
        QVERIFY2(target.isValid(), "no empty outcome cell before 2009");
        authority = AuthorityRegister::bundled().byLaNumber(authority.laNumber);
        QCOMPARE(store.save(TestSupport::candidateResult(authority, year, area)).status,
            Store::SaveStatus::Imported);

        MainWindow window(store);
        window.resize(1500, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ReviewPanel *panel = window.reviewPanel();
        QVERIFY(panel);
        const int reviewTab = window.tabs()->indexOf(panel);
        QCOMPARE(window.tabs()->tabText(reviewTab), QStringLiteral("&Review (2)"));
        GradeMatrixModel *matrix = window.gradeMatrixModel();
        const auto cell = [&] {
            return matrix->index(matrix->rowForArea(area), matrix->columnFor(year, authority.laNumber));
        };
        QVERIFY(!cell().data(GradeMatrixModel::GradeRole).isValid());

        // Reached from the View menu's shortcut, the first candidate chosen and its sentence shown.
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentWidget(), panel);
        QTRY_VERIFY(panel->table()->hasFocus());
        QCOMPARE(panel->currentCandidate().grade, 3);
        QVERIFY2(panel->sentenceText().contains(
                     QStringLiteral("Inspectors judged %1's services as good").arg(authority.name)),
            qPrintable(panel->sentenceText()));
        QVERIFY2(panel->sentenceText().contains(QLatin1String("secondary source")),
            qPrintable(panel->sentenceText()));
        const QString html = panel->findChild<QTextBrowser *>(QStringLiteral("candidateSentence"))->toHtml();
        QVERIFY2(html.contains(QLatin1String("#ffe680")), "the statement is not highlighted");
        saveScreenshot(&window, QStringLiteral("review"));

        // A accepts; the focus moves on to the next candidate, which Delete rejects.
        QTest::keyClick(panel->table(), Qt::Key_A);
        QCOMPARE(window.tabs()->tabText(reviewTab), QStringLiteral("&Review (1)"));
        QCOMPARE(panel->currentCandidate().grade, 2);
        QVERIFY(panel->table()->hasFocus());
        QTest::keyClick(panel->table(), Qt::Key_Delete);
        QCOMPARE(window.tabs()->tabText(reviewTab), QStringLiteral("&Review (0)"));
        QCOMPARE(panel->currentCandidate().id, qint64(0));

        // The matrix shows the accepted grade, from a secondary source, and not the rejected one.
        QCOMPARE(cell().data(GradeMatrixModel::GradeRole).toInt(), 3);
        QCOMPARE(cell().data(GradeMatrixModel::SourceRole).toString(), QStringLiteral("secondary"));
        QVERIFY(!cell().data(GradeMatrixModel::DisagreementRole).toBool());
        QVERIFY2(cell().data(Qt::ToolTipRole).toString().contains(QLatin1String("From: secondary source")),
            qPrintable(cell().data(Qt::ToolTipRole).toString()));
        window.tabs()->setCurrentIndex(0);
        window.gradeMatrixView()->setCurrentIndex(cell());
        QVERIFY2(window.evidencePane()->paragraphText().contains(QLatin1String("From: secondary source")),
            qPrintable(window.evidencePane()->paragraphText()));
        saveScreenshot(&window, QStringLiteral("review-accepted"));

        // Shown decided, both are listed with their states; R on the rejected one changes nothing,
        // Enter accepts it, and the cell then marks that two sources disagree.
        window.tabs()->setCurrentWidget(panel);
        panel->findChild<QCheckBox *>()->setChecked(true);
        QCOMPARE(panel->table()->model()->rowCount(), 2);
        // Each decided row says who decided it: the officer at this desk.
        for (int r = 0; r < 2; ++r) {
            const QString decided =
                panel->table()->model()->index(r, CandidateListModel::DecidedColumn).data().toString();
            QVERIFY2(!store.database().userName().isEmpty()
                    && decided.startsWith(store.database().userName() + QLatin1String(", ")),
                qPrintable(decided));
        }
        saveScreenshot(&window, QStringLiteral("review-decided"));
        panel->table()->setFocus();
        panel->table()->setCurrentIndex(panel->table()->model()->index(1, 0));
        QCOMPARE(panel->currentCandidate().review, ReviewState::Rejected);
        QTest::keyClick(panel->table(), Qt::Key_Return);
        QCOMPARE(store.candidates(true).at(1).review, ReviewState::Accepted);
        QVERIFY(cell().data(GradeMatrixModel::DisagreementRole).toBool());
        QVERIFY(cell()
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("Another source gives a different grade: 2")));
        window.tabs()->setCurrentIndex(0);
        window.gradeMatrixView()->setCurrentIndex(cell());
        QVERIFY2(window.evidencePane()->paragraphText().contains(
                     QLatin1String("A later bulletin says they were only adequate.")),
            qPrintable(window.evidencePane()->paragraphText()));
        saveScreenshot(&window, QStringLiteral("review-disagreement"));

        chooseLanguage(window, QStringLiteral("pl"));
        window.tabs()->setCurrentWidget(panel);
        QTRY_COMPARE(window.tabs()->tabText(reviewTab), QStringLiteral("Prze&gl\u0105d (0)"));
        QVERIFY2(panel->sentenceText().contains(QStringLiteral("\u017ar\u00f3d\u0142o wt\u00f3rne")),
            qPrintable(panel->sentenceText()));
        // The panel lays out its new words when it is shown.
        QTRY_VERIFY2(
            clippedTexts(&window).isEmpty(), qPrintable(clippedTexts(&window).join(QLatin1Char('\n'))));
        QVERIFY2(clashingMnemonics(window).isEmpty(),
            qPrintable(clashingMnemonics(window).join(QLatin1Char('\n'))));
        saveScreenshot(&window, QStringLiteral("pl-review"));
        chooseLanguage(window, QStringLiteral("en"));
    }

    // A council paper and a news item quoting grades, read by the grade-statement reader: where they
    // disagree with a letter (or the news with the council's paper), the better source's grade shows,
    // marked, with both sentences in the evidence pane.
    void quotedGradesDisagreeingWithTheLetter()
    {
        Store store;
        QString error;
        QStringList problems;
        DatabaseOpener opener { m_dir.filePath(QStringLiteral("quoted.sqlite")), true };
        QVERIFY2(opener.open(store, &error, &problems), qPrintable(error));
        const auto write = [this](const QString &name, const QString &text) {
            QFile f(m_dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(text.toUtf8());
            return f.fileName();
        };
        const QString paper = write(QStringLiteral("cabinet-2011.txt"),
            QStringLiteral("LEICESTER CITY COUNCIL\nCabinet - 20 January 2011\n\n1. Ofsted's 2010 annual "
                           "assessment says "
                           "that children's services in Leicester perform well.\n"));
        const QString news = write(QStringLiteral("news-2008.txt"),
            QStringLiteral(
                "EAST MIDLANDS EVENING ECHO - 19 December 2008\n\nOfsted's 2008 annual performance "
                "assessment rated Leicester City Council poor for staying safe.\n"));
        MainWindow window(store);
        window.resize(1500, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(window.importController(), &ImportController::importFinished);
        window.importFiles({ paper, news });
        QVERIFY(finished.wait(20000));
        const ImportReport report = finished.first().first().value<ImportReport>();
        QCOMPARE(report.count(ImportFileResult::Status::Imported), 2);

        GradeMatrixModel *matrix = window.gradeMatrixModel();
        const int leicester = AuthorityRegister::bundled().byName(QStringLiteral("Leicester")).laNumber;
        const QModelIndex rating = matrix->index(
            matrix->rowForArea(QStringLiteral("overall")), matrix->columnFor(2010, leicester));
        const QModelIndex safe = matrix->index(
            matrix->rowForArea(QStringLiteral("staying-safe")), matrix->columnFor(2008, leicester));
        QVERIFY(rating.isValid() && safe.isValid());
        // The letter's "performs adequately" wins over the paper's "perform well".
        QCOMPARE(rating.data(GradeMatrixModel::GradeRole).toInt(), 2);
        QCOMPARE(rating.data(GradeMatrixModel::SourceRole).toString(), QStringLiteral("letter"));
        QVERIFY(rating.data(GradeMatrixModel::DisagreementRole).toBool());
        QVERIFY2(rating.data(Qt::ToolTipRole).toString().contains(QLatin1String("council paper")),
            qPrintable(rating.data(Qt::ToolTipRole).toString()));
        // The council's own report (good) wins over the news item (poor).
        QCOMPARE(safe.data(GradeMatrixModel::GradeRole).toInt(), 3);
        QCOMPARE(safe.data(GradeMatrixModel::SourceRole).toString(), QStringLiteral("council-paper"));
        QVERIFY(safe.data(GradeMatrixModel::DisagreementRole).toBool());
        window.tabs()->setCurrentIndex(0);
        window.gradeMatrixView()->setCurrentIndex(rating);
        QVERIFY2(window.evidencePane()->paragraphText().contains(QLatin1String("perform well")),
            qPrintable(window.evidencePane()->paragraphText()));
        window.gradeMatrixView()->setCurrentIndex(safe);
        QVERIFY2(window.evidencePane()->paragraphText().contains(QLatin1String("poor for staying safe")),
            qPrintable(window.evidencePane()->paragraphText()));
        QVERIFY2(window.evidencePane()->paragraphText().contains(QLatin1String("secondary source")),
            qPrintable(window.evidencePane()->paragraphText()));
        saveScreenshot(&window, QStringLiteral("quoted-grades-disagree"));
    }

    void publishedIndicatorComparison()
    {
        const QString extract = QStringLiteral(
            CSDASH_SHARED_DATA "/lait-leicester-leicestershire-neighbours.csv");
        if (!QFileInfo::exists(extract))
            QSKIP("the shared DfE extract is not beside the repository");
        // A new database carries the published figures: no import needed to compare.
        Store store;
        QString error;
        QStringList problems;
        DatabaseOpener opener { m_dir.filePath(QStringLiteral("lait.sqlite")), true };
        QVERIFY(opener.open(store, &error, &problems));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        MainWindow window(store);
        window.resize(1500, 900);
        window.show();
        auto *panel = window.findChild<IndicatorPanel *>();
        QVERIFY(panel);
        window.tabs()->setCurrentWidget(panel);
        panel->selectCode(QStringLiteral("LAIT InfMort"));
        QCOMPARE(panel->currentCode(), QStringLiteral("LAIT InfMort"));
        const QString standing = panel->comparisonView()->standingText();
        QVERIFY2(standing.contains(QLatin1String("rank 19 of 22"))
                && standing.contains(QLatin1String("worse than England")),
            qPrintable(standing));
        QCoreApplication::processEvents();
        saveScreenshot(&window, QStringLiteral("indicator-comparison"));

        // The map of the same measure ranks Leicester by the same rule: rank 19 of 22, quartile 4.
        window.tabs()->setCurrentWidget(window.mapPanel());
        window.mapPanel()->selectCode(QStringLiteral("LAIT InfMort"));
        QCOMPARE(window.mapPanel()->currentCode(), QStringLiteral("LAIT InfMort"));
        const AuthorityMapModel *map = window.mapPanel()->mapView()->model();
        const QModelIndex leicester = map->index(map->rowOf(856), 0);
        QCOMPARE(leicester.data(AuthorityMapModel::RankRole).toInt(), 19);
        QCOMPARE(leicester.data(AuthorityMapModel::QuartileRole).toInt(), 4);
        QVERIFY(leicester.data(AuthorityMapModel::ComparedRole).toBool());
        QCoreApplication::processEvents();
        saveScreenshot(&window, QStringLiteral("map-indicator"));
    }

    void firstStartAddsPublishedFiguresInTheBackground()
    {
        // As the program starts the window: the documents at once, the figures on a worker thread.
        Store store;
        QString error;
        QStringList problems;
        DatabaseOpener opener { m_dir.filePath(QStringLiteral("first-start.sqlite")), true, false };
        QVERIFY(opener.open(store, &error, &problems));
        QVERIFY(BundledCorpus::publishedDataPending(store));
        QSettings().remove(QStringLiteral("indicators/code"));
        MainWindow window(store);
        window.resize(1400, 860);
        window.show();
        QSignalSpy added(&window, &MainWindow::publishedDataAdded);
        QVERIFY(window.findChild<QProgressBar *>(QStringLiteral("seedProgress")));
        QVERIFY(added.wait(120000));
        QVERIFY(!BundledCorpus::publishedDataPending(store));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!window.findChild<QProgressBar *>(QStringLiteral("seedProgress")));

        // The Indicators tab opens on a National Indicator that both authorities can be compared on:
        // the published series behind it, with the plan's own values drawn over them.
        auto *panel = window.findChild<IndicatorPanel *>();
        window.tabs()->setCurrentWidget(panel);
        // NI 79 is the lowest-numbered National Indicator the plan names that has published series.
        QCOMPARE(panel->currentCode(), QStringLiteral("NI 79"));
        const QString standing = panel->comparisonView()->standingText();
        QVERIFY2(standing.contains(QLatin1String("Leicester</b>"))
                && standing.contains(QLatin1String("Leicestershire</b>")),
            qPrintable(standing));
        QStringList names;
        for (QAbstractSeries *series : panel->comparisonView()->chartView()->chart()->series())
            names.append(series->name());
        QVERIFY2(
            names.contains(QLatin1String("Leicester")) && names.contains(QLatin1String("Leicestershire")),
            qPrintable(names.join(QLatin1String(", "))));
        const bool planDrawn = std::any_of(names.cbegin(), names.cend(),
            [](const QString &n) { return n.startsWith(QLatin1String("Leicestershire: plan figure")); });
        QVERIFY2(planDrawn, qPrintable(names.join(QLatin1String(", "))));
        QCoreApplication::processEvents();
        saveScreenshot(&window, QStringLiteral("indicators-first-start"));

        // The map opens on a published series that reaches every authority, not on the two graded ones.
        auto *map = window.findChild<MapPanel *>();
        QVERIFY(map);
        QVERIFY2(!MeasureRegister::bundled().nationalIndicatorsOf(map->currentCode()).isEmpty(),
            qPrintable(map->currentCode()));
        window.tabs()->setCurrentWidget(map);
        QCoreApplication::processEvents();
        saveScreenshot(&window, QStringLiteral("map-first-start"));

        // A second start seeds nothing again.
        MainWindow second(store);
        QVERIFY(!second.findChild<QProgressBar *>(QStringLiteral("seedProgress")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
