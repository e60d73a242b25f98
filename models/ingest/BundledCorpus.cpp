#include "BundledCorpus.h"

#include "DocumentImporter.h"
#include "ImportService.h"
#include "store/Store.h"
#include "text/CsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace BundledCorpus {

namespace {
QStringList filesIn(const QString &folder, const QString &pattern)
{
    QStringList paths;
    const QDir dir(folder);
    const QStringList names = dir.entryList({ pattern }, QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths.append(dir.filePath(name));
    return paths;
}

QString problem(const QString &path, const QString &error)
{
    return QCoreApplication::translate("BundledCorpus", "%1: %2").arg(path, error);
}
} // namespace

QStringList resourcePaths()
{
    return filesIn(QStringLiteral(":/corpus"), QStringLiteral("*.txt"));
}

QStringList seed(Store &store, const DocumentImporter &importer)
{
    QStringList problems;
    const ImportService service(store, importer);
    for (const QString &path : resourcePaths()) {
        const ImportFileResult result = service.importFile(path);
        if (result.status == ImportFileResult::Status::Failed)
            problems.append(problem(path, result.message));
    }
    return problems;
}

QStringList publishedDataPaths()
{
    QStringList paths = filesIn(QStringLiteral(":/published"), QStringLiteral("*.csv"));
    paths.removeAll(QStringLiteral(":/published/seed-options.csv"));
    return paths;
}

TableOptions publishedDataOptions(const QString &path)
{
    TableOptions options;
    QFile f(QStringLiteral(":/published/seed-options.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return options;
    const QList<QStringList> rows = CsvReader::readAll(QString::fromUtf8(f.readAll()));
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &r = rows.at(i);
        if (r.value(0) == QFileInfo(path).fileName())
            options.breakdowns.insert(r.value(1), r.value(2).split(QLatin1Char(';')));
    }
    return options;
}

bool publishedDataPending(const Store &store)
{
    return store.setting(QLatin1String(PublishedDataSetting)) == QLatin1String(PublishedDataPending);
}

QStringList seedPublishedData(
    Store &store, const DocumentImporter &importer, const std::function<bool(int, int)> &progress)
{
    QStringList problems;
    const QStringList paths = publishedDataPaths();
    // Rows over all files, so that one bar covers the whole seeding; each file's share is its size.
    QList<qint64> sizes;
    qint64 totalBytes = 0;
    for (const QString &p : paths) {
        sizes.append(qMax<qint64>(1, QFileInfo(p).size()));
        totalBytes += sizes.last();
    }
    const ImportService service(store, importer);
    constexpr int Steps = 1000;
    qint64 before = 0;
    bool stopped = false;
    for (int i = 0; i < paths.size() && !stopped; ++i) {
        const auto rows = [&](int done, int total) {
            const qint64 within = total > 0 ? sizes.at(i) * done / total : 0;
            const bool goOn = !progress || progress(int(Steps * (before + within) / totalBytes), Steps);
            stopped = stopped || !goOn;
            return goOn;
        };
        const ImportFileResult result = service.importFile(paths.at(i), publishedDataOptions(paths.at(i)), rows);
        if (stopped)
            break;
        if (result.status == ImportFileResult::Status::Failed)
            problems.append(problem(paths.at(i), result.message));
        before += sizes.at(i);
    }
    if (stopped)
        return problems;
    QString error;
    if (!store.setSetting(QLatin1String(PublishedDataSetting), QLatin1String(PublishedDataDone), &error))
        problems.append(error);
    if (progress)
        progress(Steps, Steps);
    return problems;
}

} // namespace BundledCorpus
