#include "PublishedDataWorker.h"

#include "BundledCorpus.h"
#include "DocumentImporter.h"
#include "store/Store.h"

#include <QThread>

PublishedDataWorker::PublishedDataWorker(const DatabaseAccess &database)
    : m_database(database)
{
}

void PublishedDataWorker::run()
{
    // One connection name per worker thread, so that a second window's worker cannot collide.
    Store store(QStringLiteral("csdash-seed-%1").arg(quintptr(QThread::currentThreadId())));
    QString error;
    if (!store.open(m_database, &error)) {
        emit finished({ error });
        return;
    }
    const DocumentImporter importer;
    const QStringList problems = BundledCorpus::seedPublishedData(
        store, importer, [this](int done, int total) {
            emit progressed(done, total);
            return !m_cancelled.load();
        });
    emit finished(problems);
}
