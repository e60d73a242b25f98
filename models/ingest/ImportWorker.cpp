#include "ImportWorker.h"

#include "ingest/DocumentImporter.h"
#include "ingest/ImportService.h"
#include "store/Store.h"

#include <QCoreApplication>

ImportWorker::ImportWorker(
    const DatabaseAccess &database, const QStringList &files, const QHash<QString, TableOptions> &options)
    : m_database(database)
    , m_files(files)
    , m_options(options)
{
}

void ImportWorker::run()
{
    ImportReport report;
    Store store;
    QString error;
    if (!store.open(m_database, &error)) {
        for (const QString &file : std::as_const(m_files)) {
            ImportFileResult result { file, ImportFileResult::Status::Failed, error };
            result.databaseRefused = true;
            report.files.append(result);
        }
        emit importFinished(report);
        return;
    }
    const DocumentImporter importer;
    const ImportService service(store, importer);
    QString serverLost; // once the server cannot be reached, the files after are not tried
    for (int i = 0; i < m_files.size(); ++i) {
        const QString &file = m_files.at(i);
        if (m_cancelled) {
            report.cancelled = true;
            report.files.append({ file, ImportFileResult::Status::Cancelled, tr("not imported: cancelled") });
            continue;
        }
        if (!serverLost.isEmpty()) {
            ImportFileResult notTried { file, ImportFileResult::Status::Failed, serverLost };
            notTried.databaseRefused = true;
            report.files.append(notTried);
            continue;
        }
        emit progressed(i, int(m_files.size()), file);
        // Large data files report their rows; a cancel stops reading or rolls the save back.
        const bool pages = DocumentImporter::isPdfFile(file);
        auto rows = [this, i, &file, pages](int done, int total) {
            emit rowsProgressed(i, done, total, file, pages);
            return !m_cancelled.load();
        };
        const ImportFileResult result = service.importFile(file, m_options.value(file), rows);
        report.cancelled = report.cancelled || result.status == ImportFileResult::Status::Cancelled;
        report.files.append(result);
        emit fileFinished(result);
        // A connection lost between files is made again; a server gone is not asked file by file.
        if (result.databaseRefused && store.reconnectIfLost() == Database::Link::Lost)
            serverLost = tr("not imported: the database server could not be reached after the "
                            "connection was lost; nothing was written");
    }
    emit progressed(int(m_files.size()), int(m_files.size()), QString());
    emit importFinished(report);
}
