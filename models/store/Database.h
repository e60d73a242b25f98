#pragma once

#include <QCoreApplication>

#include "DatabaseAccess.h"
#include "DatabaseLocation.h"

#include <QString>
#include <functional>
#include <memory>

class QObject;
class QSqlDatabase;
class SessionMarker;
class SqlDialect;

// One store's connection to its database, SQLite file or PostgreSQL server: opening it (a named
// connection, never the default one), the schema's version and migrations, its integrity, the
// writers' transaction and what the back end does its own way (its SqlDialect). The queries and
// the writer run their SQL on connection().
class Database
{
    // The store's messages are all in one translation context, whichever part words them.
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    explicit Database(const QString &connectionName = QString());
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    void setBusyTimeout(int milliseconds) { m_busyTimeout = milliseconds; }
    void setReadOnly(bool readOnly) { m_forceReadOnly = readOnly; }
    void setPassword(const QString &password) { m_password = password; }

    bool open(const QString &location, QString *error);
    bool open(const DatabaseAccess &access, QString *error);
    bool isOpen() const;
    void close();

    QSqlDatabase connection() const;
    const SqlDialect &dialect() const { return *m_dialect; }
    DatabaseLocation location() const { return m_location; }
    QString databasePath() const;
    DatabaseAccess access() const { return { databasePath(), m_sessionPassword, m_busyTimeout }; }
    QString connectionName() const { return m_connectionName; }
    bool isReadOnly() const { return m_readOnly; }
    bool isDamaged() const { return m_damaged; }
    bool needsPassword() const { return m_needsPassword; }
    bool wasCreated() const { return m_created; }
    QString userName() const { return m_user; }

    enum class Link
    {
        Answering, // a file, or a server that still answers: a failure was the statement's own
        MadeAgain, // the server's connection had been lost and is made again
        Lost // the connection is lost and the server cannot be reached now
    };
    // After a failure: when the server's connection was lost (a restart, a network cut, an idle
    // connection dropped), makes it again. Const: the connection is Qt's, not a member.
    Link reconnectIfLost() const;

    qint64 externalChangeCount() const;
    bool watchExternalChanges(QObject *context, const std::function<void()> &onChange);
    int schemaVersion() const;
    QString integrityProblem() const;
    QString setting(const QString &key, QString *error) const;
    bool setSetting(const QString &key, const QString &value, QString *error);

    // The writers' transaction (SqlDialect::beginWrite), the change told to other clients at
    // commit, and its end.
    bool beginWrite(QString *error) const;
    bool announceChange(QString *error) const;
    bool commit(QString *error) const;
    void rollback() const;
    QString readOnlyRefusal() const;

private:
    void endWrite() const;
    bool run(const QString &sql, QString *error);
    bool openSqlite(const QString &path, QString *error);
    bool openPostgres(QString *error);
    bool setUpSession(QString *error) const;
    bool migrate(QString *error);

    QString m_connectionName;
    DatabaseLocation m_location;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_password; // for the next open
    QString m_sessionPassword; // the one the open connection was made with, for access()
    QString m_user;
    bool m_needsPassword = false;
    bool m_created = false;
    qint64 m_notifications = 0; // other clients' changes told by the server
    bool m_readOnly = false;
    bool m_forceReadOnly = false;
    bool m_damaged = false;
    std::unique_ptr<SessionMarker> m_marker;
    int m_busyTimeout = 10000;
};
