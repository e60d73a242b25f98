#pragma once

#include <QObject>

class QFileSystemWatcher;
class QTimer;
class Store;

// Notices when another program changes the window's database: csdash import in a terminal, or a
// colleague's window on a shared file or server. It watches the database file and its write-ahead
// log (a server notifies instead), waits for a burst of writes to settle, and reports a change only
// when the store confirms that another connection committed (the window's own imports are not
// reported). Without a window: testable.
class DatabaseWatcher : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseWatcher(Store &store, QObject *parent = nullptr);

    // Asks the store now, as File > Refresh does; emits changedElsewhere when something changed.
    void check();
    // The window's own writes (import, review decisions) are not another program's.
    void acknowledge();

signals:
    void changedElsewhere();

private:
    void watchFiles();
    Store &m_store;
    QFileSystemWatcher *m_files;
    QTimer *m_settle;
    qint64 m_seen = -1;
};
