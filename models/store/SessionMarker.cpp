#include "SessionMarker.h"

#include <QFileInfo>
#include <QLockFile>

QString SessionMarker::markerPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".open");
}

SessionMarker::SessionMarker(const QString &databasePath)
    : m_lock(std::make_unique<QLockFile>(markerPath(databasePath)))
{
    // A marker is stale only when its process has gone, never because it is old: a window may stay
    // open for days.
    m_lock->setStaleLockTime(0);
    const bool existed = QFileInfo::exists(m_lock->fileName());
    // tryLock takes over a marker whose process no longer runs, and fails while that process lives.
    if (m_lock->tryLock(0))
        m_unclean = existed;
}

SessionMarker::~SessionMarker() = default; // QLockFile removes the marker it holds
