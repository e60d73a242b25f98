#include "DatabaseLocation.h"

#include "SqlSupport.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

bool DatabaseLocation::looksLikeUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

DatabaseLocation DatabaseLocation::parse(const QString &text, QString *error)
{
    DatabaseLocation l;
    if (!looksLikeUrl(text)) {
        l.m_path = text;
        l.m_valid = !text.isEmpty();
        if (!l.m_valid)
            *error = QCoreApplication::translate("Store", "no database was named");
        return l;
    }
    l = readUrl(text, error);
    if (!l.m_valid)
        return l;
    // The address is shown, logged and remembered as toString() writes it, so it must read back
    // as the same database. QUrl does not write every character back as it read it (found by the
    // address fuzzer: a noncharacter such as U+3FFFF came back as a lone surrogate), and such an
    // address is refused rather than kept as one that names another database.
    QString ignored;
    if (!l.sameDatabaseAs(readUrl(l.toString(), &ignored))) {
        *error = QCoreApplication::translate(
            "Store", "the address %1 holds characters that cannot be kept as they were typed")
                     .arg(text);
        l.m_valid = false;
    }
    return l;
}

bool DatabaseLocation::sameDatabaseAs(const DatabaseLocation &other) const
{
    return m_valid == other.m_valid && m_backend == other.m_backend && m_path == other.m_path
        && m_host == other.m_host && m_port == other.m_port && m_database == other.m_database
        && m_user == other.m_user && m_sslMode == other.m_sslMode && m_service == other.m_service;
}

DatabaseLocation DatabaseLocation::readUrl(const QString &text, QString *error)
{
    DatabaseLocation l;
    l.m_backend = Backend::Postgres;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = QCoreApplication::translate(
            "Store", "%1 is not a database address (postgresql://user@host:port/database)")
                     .arg(text.section(QLatin1Char('@'), -1));
        return l;
    }
    if (!url.password().isEmpty()) {
        // Said without repeating the address: it holds the password.
        *error = QCoreApplication::translate("Store",
            "a database address must not hold a password: put it in ~/.pgpass or "
            "PGPASSWORD, or type it when the window asks");
        return l;
    }
    l.m_host = url.host();
    l.m_port = url.port(0);
    l.m_user = url.userName();
    l.m_database = url.path().mid(1);
    const QUrlQuery query(url);
    l.m_sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    l.m_service = query.queryItemValue(QStringLiteral("service"));
    static const QStringList sslModes { QStringLiteral("disable"), QStringLiteral("allow"),
        QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-ca"),
        QStringLiteral("verify-full") };
    if (!l.m_sslMode.isEmpty() && !sslModes.contains(l.m_sslMode)) {
        *error = QCoreApplication::translate("Store", "sslmode=%1 is not one PostgreSQL knows (%2)")
                     .arg(l.m_sslMode, sslModes.join(QStringLiteral(", ")));
        return l;
    }
    if (l.m_database.isEmpty() && l.m_service.isEmpty() && qEnvironmentVariableIsEmpty("PGSERVICE")
        && qEnvironmentVariableIsEmpty("PGDATABASE")) {
        *error = QCoreApplication::translate("Store", "the address %1 names no database").arg(text);
        return l;
    }
    l.m_valid = true;
    return l;
}

QString DatabaseLocation::toString() const
{
    if (m_backend == Backend::Sqlite)
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    // Empty rather than no host (libpq's local socket), so that the address keeps its "//" and is
    // read back as one: "postgresql:/csdash" would be a file of that name.
    url.setHost(m_host.isNull() ? QStringLiteral("") : m_host);
    if (m_port > 0)
        url.setPort(m_port);
    url.setUserName(m_user);
    url.setPath(QLatin1Char('/') + m_database);
    QUrlQuery query;
    if (!m_sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), m_sslMode);
    if (!m_service.isEmpty())
        query.addQueryItem(QStringLiteral("service"), m_service);
    url.setQuery(query);
    // Encoded as it must be typed: a space or a non-ASCII name shown as it is would not be read
    // back as the same address.
    return url.toString(QUrl::FullyEncoded);
}
