#pragma once

#include <QString>

// Where a store's data lives: an SQLite file (or ":memory:") or a PostgreSQL database named by a
// URL, postgresql://user@host:port/dbname?sslmode=require (or ?service=name for a pg_service.conf
// entry). A URL never carries a password: libpq finds it in PGPASSWORD or ~/.pgpass, and the
// window asks for it; so a location can be shown, logged and remembered as it is.
class DatabaseLocation
{
public:
    enum class Backend
    {
        Sqlite,
        Postgres
    };

    DatabaseLocation() = default;
    // A path or ":memory:" is an SQLite file; postgresql:// and postgres:// URLs are PostgreSQL.
    // Invalid (with error set) for a URL that cannot be read or that holds a password.
    static DatabaseLocation parse(const QString &text, QString *error);
    static bool looksLikeUrl(const QString &text);

    bool isValid() const { return m_valid; }
    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }

    QString path() const { return m_path; } // SQLite
    QString host() const { return m_host; }
    int port() const { return m_port; } // 0: libpq's default
    QString databaseName() const { return m_database; }
    QString userName() const { return m_user; }
    QString sslMode() const { return m_sslMode; }
    QString service() const { return m_service; }

    // The text it was read from, normalised: a path, or a URL without a password.
    QString toString() const;

private:
    static DatabaseLocation readUrl(const QString &text, QString *error);
    bool sameDatabaseAs(const DatabaseLocation &other) const;

    bool m_valid = false;
    Backend m_backend = Backend::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 0;
    QString m_database;
    QString m_user;
    QString m_sslMode;
    QString m_service;
};
