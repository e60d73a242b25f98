#pragma once

#include "store/DatabaseAccess.h"

#include "ingest/ImportReport.h"
#include "ingest/TableOptions.h"

#include <QHash>

#include <QObject>
#include <QPointer>

#include <memory>

class ImportWorker;
class QMessageBox;
class QProgressDialog;
class QThread;
class QWidget;

// Runs an import off the GUI thread with a cancellable progress dialog, then shows a result for
// every file: imported, already present, or the error and its reason, with a Retry of the files
// the database did not take (a lost connection, a file locked by another client, a cancel).
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(const DatabaseAccess &database, QWidget *window);
    ~ImportController() override;

    bool isRunning() const;
    void start(const QStringList &files, const QHash<QString, TableOptions> &options = {});
    // Shows the per-file results; also used by tests to read them.
    static QString summaryText(const ImportReport &report);
    // The files of the last import that Retry imports again; none while an import runs.
    QStringList retryableFiles() const;
    // What the result's Retry button does: those files again, with the options they had.
    void retry();
    // The message shown when an import ends: its counts, each file's result under Details, and
    // a Retry button (object name "retryButton") when some files can be imported again.
    std::unique_ptr<QMessageBox> resultBox(const ImportReport &report) const;

signals:
    void importFinished(const ImportReport &report);

private:
    void finish(const ImportReport &report);

    DatabaseAccess m_database;
    QWidget *m_window;
    QThread *m_thread = nullptr;
    ImportWorker *m_worker = nullptr;
    QPointer<QProgressDialog> m_progress;
    QHash<QString, TableOptions> m_options; // those of the running or last import
    ImportReport m_last;
};
