#pragma once

#include "store/DatabaseAccess.h"

#include "ingest/ImportReport.h"
#include "ingest/TableOptions.h"

#include <QHash>

#include <QObject>
#include <QStringList>
#include <atomic>

// Imports files on a worker thread through a store connection of its own, one transaction per
// file, and reports with value-type signals. Cancelling stops before the next file: every file
// is either wholly imported or untouched.
class ImportWorker : public QObject
{
    Q_OBJECT
public:
    // options: the import preview's choices for data tables, by file.
    ImportWorker(const DatabaseAccess &database, const QStringList &files,
        const QHash<QString, TableOptions> &options = {});

    void cancel() { m_cancelled = true; }

public slots:
    void run();

signals:
    void progressed(int done, int total, const QString &file);
    // A data table's rows, or a PDF's pages (pages true), read of the file being imported.
    void rowsProgressed(int fileIndex, int rowsDone, int rowsTotal, const QString &file, bool pages);
    void fileFinished(const ImportFileResult &result);
    void importFinished(const ImportReport &report);

private:
    DatabaseAccess m_database;
    QStringList m_files;
    QHash<QString, TableOptions> m_options;
    std::atomic<bool> m_cancelled { false };
};
