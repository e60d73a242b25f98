#include "DatabaseWatcher.h"

#include "store/Store.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

DatabaseWatcher::DatabaseWatcher(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_files(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
{
    // An import writes many times in a second; one reload after the last write is enough.
    m_settle->setSingleShot(true);
    m_settle->setInterval(300);
    connect(m_settle, &QTimer::timeout, this, &DatabaseWatcher::check);
    connect(m_files, &QFileSystemWatcher::fileChanged, this, [this] {
        watchFiles(); // a file replaced (checkpoint, restore) is no longer watched
        m_settle->start();
    });
    // The log appears and goes with other connections: the folder says when.
    connect(m_files, &QFileSystemWatcher::directoryChanged, this, [this] {
        watchFiles();
        m_settle->start();
    });
    acknowledge();
    // A server says itself when another client commits; a file is watched.
    if (!m_store.watchExternalChanges(this, [this] { m_settle->start(); }))
        watchFiles();
}

void DatabaseWatcher::watchFiles()
{
    const QString path = m_store.databasePath();
    if (path.isEmpty() || path == QLatin1String(":memory:") || m_store.isShared())
        return;
    QStringList wanted { QFileInfo(path).absolutePath() };
    for (const QString &file : { path, QString(path + QLatin1String("-wal")) }) {
        if (QFileInfo::exists(file))
            wanted.append(file);
    }
    const QStringList watched = m_files->files() + m_files->directories();
    for (const QString &file : std::as_const(wanted)) {
        if (!watched.contains(file))
            m_files->addPath(file);
    }
}

void DatabaseWatcher::acknowledge()
{
    m_seen = m_store.externalChangeCount();
}

void DatabaseWatcher::check()
{
    const qint64 now = m_store.externalChangeCount();
    if (now == m_seen)
        return;
    m_seen = now;
    emit changedElsewhere();
}
