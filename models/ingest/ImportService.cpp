#include "ImportService.h"

#include "store/Store.h"

#include <QCoreApplication>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#elif defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ImportService", text);
}

// Saving is the one stage that cannot run in parallel, so a reader gives way to it: with readers on
// every core the saver was preempted by them and took 2.7 s of the England corpus's 3.1 s for 2.2 s
// of work; with readers below it, the import ends 0.4 s sooner. A desktop's window is served
// before readers too.
void yieldToSaving()
{
#if defined(Q_OS_WIN)
    SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_BELOW_NORMAL);
#elif defined(Q_OS_LINUX)
    // A Linux thread has its own nice value; raising it needs no privilege.
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
#endif
}

// What a file's reading says before it is saved; afterSaving() completes it.
ImportFileResult beforeSaving(const QString &file, const DocumentImporter::Outcome &outcome)
{
    ImportFileResult result { file, ImportFileResult::Status::Failed, QString() };
    if (outcome.cancelled) {
        result.status = ImportFileResult::Status::Cancelled;
        result.message = tr("not imported: cancelled; nothing was written");
        return result;
    }
    if (!outcome.ok()) {
        result.message = outcome.error;
        return result;
    }
    const ImportResult &r = outcome.result;
    result.warnings = r.warnings;
    result.pages = r.document.pageCount;
    for (const RowRejection &rejection : r.rejections)
        result.rowsNotImported.append(tr("row %1 not imported: %2").arg(rejection.row).arg(rejection.reason));
    return result;
}

void afterSaving(ImportFileResult *result, const ImportResult &r, const Store::SaveOutcome &saved)
{
    switch (saved.status) {
    case Store::SaveStatus::Imported:
        result->status = ImportFileResult::Status::Imported;
        result->message = ImportService::summary(r);
        result->documentId = saved.documentId;
        break;
    case Store::SaveStatus::AlreadyPresent:
        result->status = ImportFileResult::Status::AlreadyPresent;
        result->message = tr("already imported; nothing added");
        result->documentId = saved.documentId;
        break;
    case Store::SaveStatus::Failed:
        result->message = saved.error;
        result->databaseRefused = true;
        break;
    case Store::SaveStatus::Cancelled:
        result->status = ImportFileResult::Status::Cancelled;
        result->message = tr("not imported: cancelled; nothing was written");
        break;
    }
}

} // namespace

ImportService::ImportService(Store &store, const DocumentImporter &importer)
    : m_store(store)
    , m_importer(importer)
{
}

ImportFileResult ImportService::importFile(
    const QString &path, const TableOptions &options, const Progress &progress) const
{
    return save(path, m_importer.readFile(path, progress, options), progress);
}

void ImportService::importFiles(const QStringList &paths,
    const std::function<void(const QString &path, const ImportFileResult &result)> &done) const
{
    // Reading is most of an import's work and needs no database; saving must stay on the thread
    // that owns the connection. Readers (one a core) take the next file in turn and leave what
    // they read in its slot; this thread takes the slots in order and saves what it has in one
    // transaction (a savepoint a document) when it holds enough or has waited long enough. A
    // reader waits while it is too far ahead, so memory stays at a few batches of documents.
    const int count = int(paths.size());
    const int readers = std::clamp(QThread::idealThreadCount(), 1, std::max(1, count));
    constexpr int batchDocuments = 64;
    // A data table of every authority is a batch alone; letters are a few thousand characters.
    constexpr qint64 batchWeight = 4'000'000;
    constexpr auto batchWait = std::chrono::milliseconds(250);
    const int ahead = batchDocuments + 4 * readers;
    std::mutex mutex;
    std::condition_variable changed;
    std::map<int, DocumentImporter::Outcome> ready;
    int next = 0; // the next file a reader takes
    int taken = 0; // files this thread has taken from ready
    bool stop = false;
    auto read = [&] {
        yieldToSaving();
        for (;;) {
            int index;
            {
                std::unique_lock<std::mutex> lock(mutex);
                changed.wait(lock, [&] { return stop || next >= count || next < taken + ahead; });
                if (stop || next >= count)
                    return;
                index = next++;
            }
            DocumentImporter::Outcome outcome = m_importer.readFile(paths.at(index));
            const std::lock_guard<std::mutex> lock(mutex);
            ready.emplace(index, std::move(outcome));
            changed.notify_all();
        }
    };
    std::vector<std::thread> threads;
    threads.reserve(readers);
    for (int i = 0; i < readers; ++i)
        threads.emplace_back(read);

    const auto weight = [](const DocumentImporter::Outcome &o) {
        return o.result.document.originalText.size() + o.result.document.fileBytes.size()
            + 100 * o.result.observations.size();
    };
    while (taken < count) {
        const int first = taken;
        std::vector<DocumentImporter::Outcome> batch;
        {
            std::unique_lock<std::mutex> lock(mutex);
            const auto deadline = std::chrono::steady_clock::now() + batchWait;
            const auto isReady = [&] { return ready.count(taken) > 0; };
            changed.wait(lock, isReady);
            qint64 held = 0;
            do {
                const auto it = ready.find(taken);
                held += weight(it->second);
                batch.push_back(std::move(it->second));
                ready.erase(it);
                ++taken;
                changed.notify_all();
            } while (taken < count && int(batch.size()) < batchDocuments && held < batchWeight
                && changed.wait_until(lock, deadline, isReady));
        }
        QList<ImportFileResult> results;
        QList<const ImportResult *> toSave;
        for (int i = 0; i < int(batch.size()); ++i) {
            results.append(beforeSaving(paths.at(first + i), batch.at(i)));
            if (batch.at(i).ok() && !batch.at(i).cancelled)
                toSave.append(&batch.at(i).result);
        }
        const QList<Store::SaveOutcome> saved = m_store.saveAll(toSave);
        for (int i = 0, s = 0; i < int(batch.size()); ++i) {
            if (batch.at(i).ok() && !batch.at(i).cancelled)
                afterSaving(&results[i], batch.at(i).result, saved.at(s++));
            done(paths.at(first + i), results.at(i));
        }
    }
    {
        const std::lock_guard<std::mutex> lock(mutex);
        stop = true;
        changed.notify_all();
    }
    for (std::thread &t : threads)
        t.join();
}

ImportFileResult ImportService::importBytes(
    const QByteArray &bytes, const QString &file, const TableOptions &options, const Progress &progress) const
{
    return save(file, m_importer.read(bytes, file, progress, options), progress);
}

QString ImportService::summary(const ImportResult &r)
{
    const Document &doc = r.document;
    QString line;
    if (doc.kind == DocumentKind::IndicatorTable) {
        const auto missing = std::count_if(
            r.observations.cbegin(), r.observations.cend(), [](const Observation &o) { return !o.value; });
        line = tr("imported %1: %L2 values (%L3 missing) of %L4 indicators; %L5 rows not imported")
                   .arg(documentKindDisplayName(doc.kind))
                   .arg(r.observations.size())
                   .arg(missing)
                   .arg(r.indicators.size())
                   .arg(r.rejections.size());
    } else if (const auto toReview = std::count_if(r.judgements.cbegin(), r.judgements.cend(),
                   [](const Judgement &j) { return j.review == ReviewState::ToReview; });
               toReview > 0 || doc.kind == DocumentKind::GradeStatements) {
        // A paper or news item may name several authorities, or none as its own.
        QSet<int> councils;
        for (const Judgement &j : r.judgements)
            councils.insert(j.authority.laNumber);
        const QString what = doc.authority.isValid()
            ? tr("imported %1 for %2").arg(documentKindDisplayName(doc.kind), doc.authority.name)
            : councils.size() > 1 ? QCoreApplication::translate(
                  "ImportService", "imported %1 for %n authorities", nullptr, int(councils.size()))
                                        .arg(documentKindDisplayName(doc.kind))
                                  : tr("imported %1").arg(documentKindDisplayName(doc.kind));
        line = tr("%1: %2, %3, %4, %5")
                   .arg(what,
                       QCoreApplication::translate(
                           "ImportService", "%n grade(s)", nullptr, int(r.judgements.size())),
                       QCoreApplication::translate("ImportService", "%n to review", nullptr, int(toReview)),
                       QCoreApplication::translate(
                           "ImportService", "%n finding(s)", nullptr, int(r.findings.size())),
                       QCoreApplication::translate(
                           "ImportService", "%n passage(s)", nullptr, int(r.passages.size())));
    } else {
        line = tr("imported %1 for %2: %3 judgements, %4 findings, %5 observations, %6 passages")
                   .arg(documentKindDisplayName(doc.kind),
                       doc.authority.isValid() ? doc.authority.name : tr("no authority"))
                   .arg(r.judgements.size())
                   .arg(r.findings.size())
                   .arg(r.observations.size())
                   .arg(r.passages.size());
    }
    if (doc.pageCount > 0)
        line += tr(" (PDF, pages: %1)").arg(doc.pageCount);
    return line;
}

ImportFileResult ImportService::save(
    const QString &file, const DocumentImporter::Outcome &outcome, const Progress &progress) const
{
    ImportFileResult result = beforeSaving(file, outcome);
    if (outcome.ok() && !outcome.cancelled)
        afterSaving(&result, outcome.result, m_store.save(outcome.result, progress));
    return result;
}
