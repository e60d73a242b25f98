#pragma once

#include "store/DatabaseAccess.h"

#include "ingest/ImportReport.h"
#include "ingest/TableOptions.h"

#include <QHash>

#include <QObject>
#include <QPointer>

class ImportWorker;
class QProgressDialog;
class QThread;
class QWidget;

// Runs an import off the GUI thread with a cancellable progress dialog, then shows a result for
// every file: imported, already present, or the error and its reason.
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

signals:
    void importFinished(const ImportReport &report);

private:
    void finish(const ImportReport &report);

    DatabaseAccess m_database;
    QWidget *m_window;
    QThread *m_thread = nullptr;
    ImportWorker *m_worker = nullptr;
    QPointer<QProgressDialog> m_progress;
};
