#include "ImportWorker.h"

#include "ingest/DocumentImporter.h"
#include "store/Store.h"

#include <QCoreApplication>

ImportWorker::ImportWorker(
    const QString &databasePath, const QStringList &files, const QHash<QString, TableOptions> &options)
    : m_databasePath(databasePath)
    , m_files(files)
    , m_options(options)
{
}

void ImportWorker::run()
{
    ImportReport report;
    Store store;
    QString error;
    if (!store.open(m_databasePath, &error)) {
        for (const QString &file : std::as_const(m_files))
            report.files.append({ file, ImportFileResult::Status::Failed, error, {} });
        emit importFinished(report);
        return;
    }
    const DocumentImporter importer;
    for (int i = 0; i < m_files.size(); ++i) {
        const QString &file = m_files.at(i);
        if (m_cancelled) {
            report.cancelled = true;
            report.files.append(
                { file, ImportFileResult::Status::Cancelled, tr("not imported: cancelled"), {} });
            continue;
        }
        emit progressed(i, int(m_files.size()), file);
        ImportFileResult result { file, ImportFileResult::Status::Failed, QString(), {} };
        // Large data files report their rows; a cancel stops reading or rolls the save back.
        auto rows = [this, i, &file](int done, int total) {
            emit rowsProgressed(i, done, total, file);
            return !m_cancelled.load();
        };
        const DocumentImporter::Outcome outcome = importer.readFile(file, rows, m_options.value(file));
        if (!outcome.ok()) {
            result.message = outcome.error;
        } else {
            const ImportResult &r = outcome.result;
            const Store::SaveOutcome saved = m_cancelled
                ? Store::SaveOutcome { Store::SaveStatus::Cancelled, 0, {} }
                : store.save(r, rows);
            result.warnings = r.warnings;
            switch (saved.status) {
            case Store::SaveStatus::Imported:
                result.status = ImportFileResult::Status::Imported;
                result.message = tr("%1 for %2: %3 grades, %4 findings, %5 indicator values")
                                     .arg(documentKindDisplayName(r.document.kind),
                                         r.document.authority.isValid() ? r.document.authority.name
                                                                        : tr("no authority"))
                                     .arg(r.judgements.size())
                                     .arg(r.findings.size())
                                     .arg(r.observations.size());
                break;
            case Store::SaveStatus::AlreadyPresent:
                result.status = ImportFileResult::Status::AlreadyPresent;
                result.message = tr("already imported; nothing added");
                break;
            case Store::SaveStatus::Failed:
                result.message = saved.error;
                break;
            case Store::SaveStatus::Cancelled:
                result.status = ImportFileResult::Status::Cancelled;
                result.message = tr("not imported: cancelled; nothing was written");
                report.cancelled = true;
                break;
            }
        }
        report.files.append(result);
        emit fileFinished(result);
    }
    emit progressed(int(m_files.size()), int(m_files.size()), QString());
    emit importFinished(report);
}
