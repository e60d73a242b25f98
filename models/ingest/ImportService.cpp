#include "ImportService.h"

#include "store/Store.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ImportService", text);
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
    // that owns the connection. A bounded queue keeps memory to a few documents.
    constexpr std::size_t ahead = 4;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<DocumentImporter::Outcome> ready;
    bool stop = false;
    std::thread reader([&] {
        for (const QString &path : paths) {
            DocumentImporter::Outcome outcome = m_importer.readFile(path);
            std::unique_lock<std::mutex> lock(mutex);
            changed.wait(lock, [&] { return stop || ready.size() < ahead; });
            if (stop)
                return;
            ready.push_back(std::move(outcome));
            changed.notify_all();
        }
    });
    for (const QString &path : paths) {
        DocumentImporter::Outcome outcome;
        {
            std::unique_lock<std::mutex> lock(mutex);
            changed.wait(lock, [&] { return !ready.empty(); });
            outcome = std::move(ready.front());
            ready.pop_front();
            changed.notify_all();
        }
        done(path, save(path, outcome, nullptr));
    }
    {
        const std::lock_guard<std::mutex> lock(mutex);
        stop = true;
        changed.notify_all();
    }
    reader.join();
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
    const Store::SaveOutcome saved = m_store.save(r, progress);
    switch (saved.status) {
    case Store::SaveStatus::Imported:
        result.status = ImportFileResult::Status::Imported;
        result.message = summary(r);
        result.documentId = saved.documentId;
        break;
    case Store::SaveStatus::AlreadyPresent:
        result.status = ImportFileResult::Status::AlreadyPresent;
        result.message = tr("already imported; nothing added");
        result.documentId = saved.documentId;
        break;
    case Store::SaveStatus::Failed:
        result.message = saved.error;
        break;
    case Store::SaveStatus::Cancelled:
        result.status = ImportFileResult::Status::Cancelled;
        result.message = tr("not imported: cancelled; nothing was written");
        break;
    }
    return result;
}
