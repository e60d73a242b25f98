#include "DatabaseOpener.h"

#include "ingest/BundledCorpus.h"
#include "ingest/DocumentImporter.h"
#include "ingest/ImportService.h"
#include "reference/NeighbourRegister.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

QString DatabaseOpener::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("csdash.sqlite"));
}

bool DatabaseOpener::open(Store &store, QString *error, QStringList *seedProblems) const
{
    const QString file = path.isEmpty() ? defaultPath() : path;
    const bool isFile = !DatabaseLocation::looksLikeUrl(file) && file != QLatin1String(":memory:");
    if (isFile && !QFileInfo::exists(file)) {
        const QString dir = QFileInfo(file).absolutePath();
        if (!QDir().mkpath(dir)) {
            *error = QCoreApplication::translate("DatabaseOpener", "cannot create the folder %1").arg(dir);
            return false;
        }
    }
    if (!store.open(file, error))
        return false;
    // A new file, or a server database the store has just laid out.
    const bool isNew = store.wasCreated();
    // The neighbour sets are reference data every database carries, seeded or not.
    if (!store.isReadOnly() && !store.hasNeighbours()
        && !store.saveNeighbours(NeighbourRegister::bundled(), error))
        return false;
    // The importer (its registers and patterns) is made only when there is something to seed:
    // every command opens the database, and most only read it.
    if (isNew && seedNewDatabase) {
        *seedProblems = BundledCorpus::seed(store, DocumentImporter());
        if (!store.setSetting(QLatin1String(BundledCorpus::PublishedDataSetting),
                QLatin1String(BundledCorpus::PublishedDataPending), error))
            return false;
    }
    // Also when an earlier start was closed before the figures were all added.
    if (seedPublishedDataNow && !store.isReadOnly() && BundledCorpus::publishedDataPending(store))
        *seedProblems += BundledCorpus::seedPublishedData(store, DocumentImporter());
    return true;
}

bool DatabaseOpener::rebuild(Store &store, QString *error, QStringList *report) const
{
    const QString file = path.isEmpty() ? defaultPath() : path;
    const QString backup = file + QStringLiteral(".damaged-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // The texts first, read straight from the file: whatever SQLite can still return.
    const QList<Store::SalvagedDocument> texts = Store::salvage(file);
    const QList<Store::Decision> decisions = Store::salvageDecisions(file);
    for (const char *suffix : { "", "-wal", "-shm" }) {
        const QString from = file + QLatin1String(suffix);
        if (QFileInfo::exists(from) && !QFile::rename(from, backup + QLatin1String(suffix))) {
            *error =
                QCoreApplication::translate("DatabaseOpener", "cannot move %1 aside to %2").arg(from, backup);
            return false;
        }
    }
    report->append(
        QCoreApplication::translate("DatabaseOpener", "the damaged database was kept as %1").arg(backup));
    DatabaseOpener fresh { file, texts.isEmpty() && seedNewDatabase, seedPublishedDataNow };
    QStringList seedProblems;
    if (!fresh.open(store, error, &seedProblems))
        return false;
    // Before the documents, so that their candidates take the officers' decisions as they are saved.
    if (!store.restoreDecisions(decisions, error))
        return false;
    const DocumentImporter importer;
    const ImportService service(store, importer);
    int recovered = 0;
    for (const Store::SalvagedDocument &t : texts) {
        // A PDF is read again from its file, so that its pages come back with it.
        const ImportFileResult result = service.importBytes(
            t.fileBytes.isEmpty() ? t.text.toUtf8() : t.fileBytes, t.sourceName,
            TableOptions::fromJson(t.readingChoices));
        if (result.status == ImportFileResult::Status::Imported
            || result.status == ImportFileResult::Status::AlreadyPresent)
            ++recovered;
        else
            report->append(QCoreApplication::translate("DatabaseOpener", "%1 could not be recovered: %2")
                               .arg(t.sourceName, result.message));
    }
    report->append(
        QCoreApplication::translate("DatabaseOpener", "%1 of %2 documents recovered from the damaged file")
            .arg(recovered)
            .arg(texts.size()));
    return true;
}
