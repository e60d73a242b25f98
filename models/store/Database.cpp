#include "Database.h"

#include "PostgresDialect.h"
#include "Schema.h"
#include "SessionMarker.h"
#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace {

// Who works on a file, for "imported by" and "decided by": the login name. USER is unset in
// services, cron jobs and some remote shells; the account database still knows.
QString loginName()
{
    QString name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
#if defined(Q_OS_UNIX)
    if (name.isEmpty()) {
        if (const passwd *account = getpwuid(geteuid()))
            name = QString::fromLocal8Bit(account->pw_name);
    }
#endif
    return name;
}

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("csdash-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(const QString &connectionName)
    : m_connectionName(connectionName.isEmpty() ? newConnectionName() : connectionName)
{
}

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        connection().close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_marker.reset();
}

bool Database::run(const QString &sql, QString *error)
{
    QSqlQuery q(connection());
    if (!q.exec(sql)) {
        *error = tr("%1: %2").arg(sql.left(60), q.lastError().text());
        return false;
    }
    return true;
}

bool Database::open(const QString &locationText, QString *error)
{
    m_damaged = false;
    m_needsPassword = false;
    m_created = false;
    m_notifications = 0;
    const DatabaseLocation location = DatabaseLocation::parse(locationText, error);
    if (!location.isValid())
        return false;
    close(); // opened before (say, a damaged file before its rebuild): start from a new connection
    m_location = location;
    m_dialect = SqlDialect::create(location.backend());
    if (!QSqlDatabase::isDriverAvailable(m_dialect->driverName())) {
        *error = tr("the Qt driver for %1 is not installed (Debian package %2)")
                     .arg(location.isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"),
                         m_dialect->driverPackage());
        return false;
    }
    const bool opened = location.isPostgres() ? openPostgres(error) : openSqlite(location.path(), error);
    if (!opened)
        return false;
    if (!migrate(error)) {
        connection().close();
        return false;
    }
    if (location.isPostgres()) {
        m_user = m_dialect->databaseUser(connection());
        // A role that may read but not write works as a read-only file does.
        m_readOnly = m_forceReadOnly || !m_dialect->canWrite(connection());
    } else {
        m_user = loginName();
    }
    return true;
}

bool Database::open(const DatabaseAccess &access, QString *error)
{
    m_password = access.password;
    m_busyTimeout = access.busyTimeout;
    return open(access.location, error);
}

bool Database::openPostgres(QString *error)
{
    const DatabaseLocation &l = m_location;
    QSqlDatabase d = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    if (!l.host().isEmpty())
        d.setHostName(l.host());
    if (l.port() > 0)
        d.setPort(l.port());
    if (!l.databaseName().isEmpty())
        d.setDatabaseName(l.databaseName());
    if (!l.userName().isEmpty())
        d.setUserName(l.userName());
    // Only what the window asked for; libpq reads PGPASSWORD, ~/.pgpass and PGSERVICE itself.
    const QString password = std::exchange(m_password, QString());
    m_sessionPassword = password;
    if (!password.isEmpty())
        d.setPassword(password);
    QStringList options { QStringLiteral("connect_timeout=%1").arg(std::max(1, m_busyTimeout / 1000)),
        QStringLiteral("application_name=csdash") };
    if (!l.sslMode().isEmpty())
        options.append(QStringLiteral("sslmode=") + l.sslMode());
    if (!l.service().isEmpty())
        options.append(QStringLiteral("service=") + l.service());
    d.setConnectOptions(options.join(QLatin1Char(';')));
    if (!d.open()) {
        const QString reason = d.lastError().databaseText().trimmed();
        m_needsPassword = reason.contains(QLatin1String("no password supplied"))
            || reason.contains(QLatin1String("password authentication failed"));
        *error = tr("cannot connect to the database %1: %2").arg(l.toString(), reason);
        d = QSqlDatabase(); // the last handle let go before the connection is removed
        QSqlDatabase::removeDatabase(m_connectionName);
        return false;
    }
    if (!setUpSession(error))
        return false;
    m_readOnly = m_forceReadOnly;
    return true;
}

bool Database::setUpSession(QString *error) const
{
    QSqlQuery q(connection());
    // Not "relation already exists, skipping" on every start, and the store's waits bounded.
    if (!q.exec(QStringLiteral("SET client_min_messages = warning"))
        || !q.exec(QStringLiteral("SET lock_timeout = %1").arg(m_busyTimeout))) {
        *error =
            tr("cannot set up the connection to %1: %2").arg(m_location.toString(), q.lastError().text());
        return false;
    }
    return true;
}

Database::Link Database::reconnectIfLost() const
{
    if (!m_location.isPostgres() || !QSqlDatabase::contains(m_connectionName))
        return Link::Answering;
    QSqlDatabase d = connection();
    if (d.isOpen()) {
        QSqlQuery probe(d);
        if (probe.exec(QStringLiteral("SELECT 1")) || !StoreSql::connectionLost(probe.lastError()))
            return Link::Answering;
    }
    // The same connection, its link to the server made again with what it was opened with; the
    // driver forgets its notification channels when it closes, so they are asked for again.
    const QStringList channels = d.driver()->subscribedToNotifications();
    d.close();
    QString error;
    if (!d.open() || !setUpSession(&error))
        return Link::Lost;
    for (const QString &channel : channels)
        d.driver()->subscribeToNotification(channel);
    return Link::MadeAgain;
}

bool Database::openSqlite(const QString &path, QString *error)
{
    QSqlDatabase d = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    d.setDatabaseName(path);
    // A file the user may not write is opened read-only: it can be read, and imports are refused.
    const QFileInfo info(path);
    m_readOnly = path != QLatin1String(":memory:") && info.exists()
        && (m_forceReadOnly || !info.isWritable());
    const QString busy = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeout);
    d.setConnectOptions(m_readOnly ? busy + QStringLiteral(";QSQLITE_OPEN_READONLY") : busy);
    if (!d.open()) {
        *error = tr("cannot open the database %1: %2").arg(path, d.lastError().text());
        return false;
    }
    QSqlQuery check(d);
    // Reading the schema detects a file that is not a database before anything is written.
    if (!check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        *error = tr("%1 is not a usable database (%2); it can be rebuilt into a new file")
                     .arg(path, check.lastError().text());
        m_damaged = true;
        d.close();
        return false;
    }
    // The whole file is read only when the last program to open it did not close it: a check at
    // every open would cost more the larger the file grows. Otherwise damage is reported where SQLite
    // meets it, and by integrityProblem() (csdash check, Tools > Check database).
    if (path != QLatin1String(":memory:")) {
        m_marker = std::make_unique<SessionMarker>(path);
        if (m_marker->previousSessionEndedUncleanly() && check.exec(QStringLiteral("PRAGMA quick_check"))
            && check.next() && check.value(0).toString() != QLatin1String("ok")) {
            *error = tr("%1 is damaged (%2); it can be rebuilt from the document texts it still holds")
                         .arg(path, check.value(0).toString());
            m_damaged = true;
            check.finish();
            d.close();
            m_marker.reset();
            return false;
        }
    }
    check.finish(); // an active statement would keep a migration from dropping an index
    if (!run(QStringLiteral("PRAGMA foreign_keys = ON"), error))
        return false;
    if (path != QLatin1String(":memory:")) {
        run(QStringLiteral("PRAGMA journal_mode = WAL"), error); // a read-only file keeps its journal mode
        // With WAL, NORMAL syncs at checkpoints rather than at every commit: a document's transaction
        // is still whole or absent after a crash or a kill; only a power cut can lose the last ones.
        run(QStringLiteral("PRAGMA synchronous = NORMAL"), error);
        // 8 MB of pages rather than SQLite's 2 MB: a batch of documents changes index pages all
        // over the file, and with the smaller cache they were written out and read back within the
        // batch (importing the England corpus: 133,000 -> 100,000 page writes, 82,000 -> 39,000 reads).
        run(QStringLiteral("PRAGMA cache_size = -8192"), error);
    }
    return true;
}

QString Database::databasePath() const
{
    return m_location.isPostgres() ? m_location.toString() : connection().databaseName();
}

qint64 Database::externalChangeCount() const
{
    if (!m_dialect)
        return -1;
    if (m_location.isPostgres())
        return m_notifications;
    return m_dialect->externalChangeCount(connection());
}

bool Database::watchExternalChanges(QObject *context, const std::function<void()> &onChange)
{
    if (!m_location.isPostgres() || !isOpen())
        return false;
    QSqlDriver *driver = connection().driver();
    if (!driver->hasFeature(QSqlDriver::EventNotifications)
        || (!driver->subscribedToNotifications().contains(PostgresDialect::changeChannel())
            && !driver->subscribeToNotification(PostgresDialect::changeChannel())))
        return false;
    // The driver goes with the connection, and this connection with it.
    QObject::connect(driver, &QSqlDriver::notification, context,
        [this, onChange](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
            if (source == QSqlDriver::SelfSource)
                return;
            ++m_notifications;
            onChange();
        });
    return true;
}

int Database::schemaVersion() const
{
    return m_dialect ? m_dialect->schemaVersion(connection()) : -1;
}

bool Database::beginWrite(QString *error) const
{
    QSqlQuery q(connection());
    for (const QString &sql : m_dialect->beginWrite()) {
        if (!q.exec(sql)) {
            *error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "starting the write transaction"));
            rollback();
            return false;
        }
    }
    return true;
}

bool Database::announceChange(QString *error) const
{
    const QString sql = m_dialect->announceChange();
    QSqlQuery q(connection());
    if (!sql.isEmpty() && !q.exec(sql)) {
        *error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "telling other clients of the change"));
        return false;
    }
    return true;
}

bool Database::migrate(QString *error)
{
    const int found = schemaVersion();
    if (found < 0) {
        *error = tr("cannot read the database's schema version");
        return false;
    }
    if (found > Schema::latestVersion()) {
        *error = tr(
            "the database was written by a newer csdash (schema version %1; this version reads up to %2); "
            "it was left unchanged")
                     .arg(found)
                     .arg(Schema::latestVersion());
        return false;
    }
    if (found == Schema::latestVersion())
        return true;
    m_created = found == 0;
    if (m_readOnly) {
        *error = tr("the database is read-only and from an older version (schema %1); it cannot be updated")
                     .arg(found);
        return false;
    }
    // Under the writers' lock, and the version read again under it: two clients opening a new
    // shared database at once migrate it once.
    if (!beginWrite(error))
        return false;
    const int current = schemaVersion();
    QSqlQuery q(connection());
    for (const Schema::Migration &m : Schema::migrations()) {
        if (m.version <= current)
            continue;
        QStringList statements;
        for (const Schema::Statement &statement : m.statements) {
            if (statement.appliesTo(m_location.backend()))
                statements.append(m_dialect->definition(statement.sql));
        }
        statements += m_dialect->recordSchemaVersion(m.version);
        for (const QString &sql : std::as_const(statements)) {
            if (!q.exec(sql)) {
                *error = tr("cannot update the database to schema version %1 (%2): %3")
                             .arg(m.version)
                             .arg(sql.left(60), q.lastError().text());
                rollback();
                return false;
            }
        }
    }
    return commit(error);
}

QString Database::setting(const QString &key, QString *error) const
{
    QSqlQuery q(connection());
    if (!q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"))) {
        *error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "preparing a setting's lookup"));
        return QString();
    }
    q.addBindValue(key);
    if (!q.exec()) {
        *error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "reading a setting"));
        return QString();
    }
    return q.next() ? q.value(0).toString() : QString();
}

bool Database::setSetting(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(connection());
    if (!q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))) {
        *error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "preparing a setting's update"));
        return false;
    }
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        *error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "writing a setting"));
        return false;
    }
    return true;
}

QString Database::readOnlyRefusal() const
{
    return tr("the database %1 is read-only; nothing can be imported into it").arg(databasePath());
}

bool Database::commit(QString *error) const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        *error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "committing the import"));
        return false;
    }
    endWrite();
    return true;
}

void Database::rollback() const
{
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK")); // nothing to undo when the transaction has already ended
    endWrite();
}

void Database::endWrite() const
{
    if (!m_dialect)
        return;
    QSqlQuery q(connection());
    for (const QString &sql : m_dialect->afterWrite())
        q.exec(sql); // a setting of this connection's: left as it was, the next write still works
}

QString Database::integrityProblem() const
{
    return m_dialect ? m_dialect->integrityProblem(connection()) : QString();
}
