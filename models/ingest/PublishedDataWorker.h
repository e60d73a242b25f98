#pragma once

#include "store/DatabaseAccess.h"

#include <QObject>
#include <QStringList>
#include <atomic>

// Adds the published figures to a new database on a worker thread, through a store connection of
// its own, so that the window opens at once on the bundled documents and the figures follow.
// A stop leaves what was saved (each file is one transaction); the rest is added on a later start.
class PublishedDataWorker : public QObject
{
    Q_OBJECT
public:
    explicit PublishedDataWorker(const DatabaseAccess &database);

    void cancel() { m_cancelled = true; }

public slots:
    void run();

signals:
    void progressed(int done, int total);
    void finished(const QStringList &problems);

private:
    DatabaseAccess m_database;
    std::atomic<bool> m_cancelled { false };
};
