#include "Store.h"

#include "DocumentWriter.h"
#include "PostgresDialect.h"
#include "Schema.h"
#include "SessionMarker.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "domain/ImportResult.h"
#include "text/CleanText.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <utility>

namespace {

using StoreSql::dateOrNull;
using StoreSql::nullable;
using StoreSql::sameBinding;
using StoreSql::tr;

QString sqlError(const QSqlQuery &query, const char *what)
{
    return StoreSql::error(query, what);
}

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("csdash-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Store::Store(const QString &connectionName)
    : m_connectionName(connectionName.isEmpty() ? newConnectionName() : connectionName)
{
}

Store::~Store()
{
    close();
}

QSqlDatabase Store::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Store::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && db().isOpen();
}

void Store::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_marker.reset();
    m_textCache.clear();
    m_headings.clear();
    m_headingsUpTo = 0;
    m_pageBoxCache.clear();
}

bool Store::run(const QString &sql, QString *error)
{
    QSqlQuery q(db());
    if (!q.exec(sql)) {
        *error = tr("%1: %2").arg(sql.left(60), q.lastError().text());
        return false;
    }
    return true;
}

bool Store::open(const QString &locationText, QString *error)
{
    m_damaged = false;
    m_needsPassword = false;
    m_created = false;
    m_marker.reset();
    m_notifications = 0;
    const DatabaseLocation location = DatabaseLocation::parse(locationText, error);
    if (!location.isValid())
        return false;
    m_location = location;
    m_dialect = SqlDialect::create(location.backend());
    if (!QSqlDatabase::isDriverAvailable(m_dialect->driverName())) {
        *error = tr("the Qt driver for %1 is not installed (Debian package %2)")
                     .arg(location.isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"),
                         m_dialect->driverPackage());
        return false;
    }
    if (QSqlDatabase::contains(m_connectionName)) {
        // Opened before (say, a damaged file before its rebuild): start from a new connection.
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_textCache.clear();
    m_headings.clear();
    m_headingsUpTo = 0;
    m_pageBoxCache.clear();
    const bool opened = location.isPostgres() ? openPostgres(error) : openSqlite(location.path(), error);
    if (!opened)
        return false;
    if (!migrate(error)) {
        db().close();
        return false;
    }
    if (location.isPostgres()) {
        m_user = m_dialect->databaseUser(db());
        // A role that may read but not write works as a read-only file does.
        m_readOnly = m_forceReadOnly || !m_dialect->canWrite(db());
    } else {
        m_user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    }
    return true;
}

bool Store::open(const DatabaseAccess &access, QString *error)
{
    m_password = access.password;
    return open(access.location, error);
}

bool Store::openPostgres(QString *error)
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
    QSqlQuery q(d);
    // Not "relation already exists, skipping" on every start, and the store's waits bounded.
    if (!q.exec(QStringLiteral("SET client_min_messages = warning"))
        || !q.exec(QStringLiteral("SET lock_timeout = %1").arg(m_busyTimeout))) {
        *error = tr("cannot set up the connection to %1: %2").arg(l.toString(), q.lastError().text());
        return false;
    }
    m_readOnly = m_forceReadOnly;
    return true;
}

bool Store::openSqlite(const QString &path, QString *error)
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
    }
    return true;
}

QString Store::databasePath() const
{
    return m_location.isPostgres() ? m_location.toString() : db().databaseName();
}

qint64 Store::externalChangeCount() const
{
    if (!m_dialect)
        return -1;
    if (m_location.isPostgres())
        return m_notifications;
    return m_dialect->externalChangeCount(db());
}

bool Store::watchExternalChanges(QObject *context, const std::function<void()> &onChange)
{
    if (!m_location.isPostgres() || !isOpen())
        return false;
    QSqlDriver *driver = db().driver();
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

int Store::schemaVersion() const
{
    return m_dialect ? m_dialect->schemaVersion(db()) : -1;
}

bool Store::beginWrite(QString *error)
{
    QSqlQuery q(db());
    for (const QString &sql : m_dialect->beginWrite()) {
        if (!q.exec(sql)) {
            *error = sqlError(q, QT_TRANSLATE_NOOP("Store", "starting the write transaction"));
            rollback();
            return false;
        }
    }
    return true;
}

bool Store::announceChange(QString *error)
{
    const QString sql = m_dialect->announceChange();
    QSqlQuery q(db());
    if (!sql.isEmpty() && !q.exec(sql)) {
        *error = sqlError(q, QT_TRANSLATE_NOOP("Store", "telling other clients of the change"));
        return false;
    }
    return true;
}

bool Store::migrate(QString *error)
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
    QSqlQuery q(db());
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

QString Store::setting(const QString &key) const
{
    QSqlQuery q(db());
    if (!q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"))) {
        m_lastError = sqlError(q, QT_TRANSLATE_NOOP("Store", "preparing a setting's lookup"));
        return QString();
    }
    q.addBindValue(key);
    if (!q.exec()) {
        m_lastError = sqlError(q, QT_TRANSLATE_NOOP("Store", "reading a setting"));
        return QString();
    }
    return q.next() ? q.value(0).toString() : QString();
}

bool Store::setSetting(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(db());
    if (!q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))) {
        *error = sqlError(q, QT_TRANSLATE_NOOP("Store", "preparing a setting's update"));
        return false;
    }
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        *error = sqlError(q, QT_TRANSLATE_NOOP("Store", "writing a setting"));
        return false;
    }
    return true;
}

bool Store::isEmpty() const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("SELECT 1 FROM document LIMIT 1")) && !q.next();
}

Store::SaveOutcome Store::save(const ImportResult &r, const Progress &progress)
{
    if (m_readOnly) {
        SaveOutcome out;
        out.error = readOnlyRefusal();
        return out;
    }
    // The write lock is taken before the duplicate check, so two clients importing the same
    // file cannot both find it absent.
    SaveOutcome out;
    if (!beginWrite(&out.error))
        return out;
    const DocumentWriter writer(db(), *m_dialect, m_user);
    qint64 lastPassage = 0;
    QString error;
    if (!writer.lastPassageId(&lastPassage, &out.error))
        out.status = SaveStatus::Failed;
    else
        out = writer.write(r, progress);
    if (out.status == SaveStatus::Imported
        && (!writer.indexPassagesAfter(lastPassage, &error) || !announceChange(&error) || !commit(&error))) {
        out.status = SaveStatus::Failed;
        out.error = error;
        out.documentId = 0;
    }
    if (out.status != SaveStatus::Imported)
        rollback();
    return out;
}

QList<Store::SaveOutcome> Store::saveAll(const QList<const ImportResult *> &results)
{
    QList<SaveOutcome> outcomes(results.size());
    auto failAll = [&outcomes](const QString &error) {
        for (SaveOutcome &o : outcomes) {
            // Those already present stay so, and those refused keep their own reason.
            if (o.status == SaveStatus::Imported || (o.status == SaveStatus::Failed && o.error.isEmpty())) {
                o = SaveOutcome();
                o.error = error;
            }
        }
        return outcomes;
    };
    if (results.isEmpty())
        return outcomes;
    if (m_readOnly)
        return failAll(readOnlyRefusal());
    QString error;
    if (!beginWrite(&error))
        return failAll(error);
    QSqlQuery q(db());
    const DocumentWriter writer(db(), *m_dialect, m_user);
    qint64 lastPassage = 0;
    if (!writer.lastPassageId(&lastPassage, &error)) {
        rollback();
        return failAll(error);
    }
    bool anyImported = false;
    for (int i = 0; i < results.size(); ++i) {
        // A savepoint a document: one that fails takes only its own rows with it.
        if (!q.exec(QStringLiteral("SAVEPOINT document"))) {
            error = sqlError(q, QT_TRANSLATE_NOOP("Store", "starting a document's savepoint"));
            rollback();
            return failAll(error);
        }
        outcomes[i] = writer.write(*results.at(i), nullptr);
        const bool keep = outcomes.at(i).status == SaveStatus::Imported;
        anyImported = anyImported || keep;
        if ((!keep && !q.exec(QStringLiteral("ROLLBACK TO document")))
            || !q.exec(QStringLiteral("RELEASE document"))) {
            error = sqlError(q, QT_TRANSLATE_NOOP("Store", "ending a document's savepoint"));
            rollback();
            return failAll(error);
        }
    }
    if (anyImported && (!writer.indexPassagesAfter(lastPassage, &error) || !announceChange(&error))) {
        rollback();
        return failAll(error);
    }
    if (!commit(&error)) {
        rollback();
        return failAll(error);
    }
    return outcomes;
}

QString Store::readOnlyRefusal() const
{
    return tr("the database %1 is read-only; nothing can be imported into it").arg(databasePath());
}

bool Store::commit(QString *error)
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        *error = sqlError(q, QT_TRANSLATE_NOOP("Store", "committing the import"));
        return false;
    }
    return true;
}

void Store::rollback()
{
    QSqlQuery q(db());
    q.exec(QStringLiteral("ROLLBACK")); // nothing to undo when the transaction has already ended
}

QString Store::documentText(qint64 id) const
{
    const auto it = m_textCache.constFind(id);
    if (it != m_textCache.cend())
        return *it;
    QSqlQuery q(db());
    if (!q.prepare(QStringLiteral("SELECT original_text FROM document WHERE id = ?"))) {
        m_lastError = sqlError(q, QT_TRANSLATE_NOOP("Store", "preparing a document read"));
        return QString();
    }
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        m_lastError = sqlError(q, QT_TRANSLATE_NOOP("Store", "reading a document"));
        return QString();
    }
    const QString text = q.value(0).toString();
    m_textCache.insert(id, text);
    return text;
}

QString Store::evidenceText(const Evidence &e) const
{
    // Evidence is a span of the original; it is read with the conversion artefacts cleaned away.
    return CleanText::clean(documentText(e.documentId), e.start, e.end);
}

namespace {

// Opens a damaged database file read-only on its own connection, runs read on it and closes it:
// what salvaging the documents and the officers' decisions have in common.
void readDamagedFile(
    const QString &path, const QString &connection, const std::function<void(QSqlDatabase &)> &read)
{
    {
        QSqlDatabase damaged = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        damaged.setDatabaseName(path);
        damaged.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (damaged.open()) {
            read(damaged);
            damaged.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

QList<Store::SalvagedDocument> Store::salvage(const QString &path)
{
    QList<SalvagedDocument> out;
    readDamagedFile(path, QStringLiteral("csdash-salvage"), [&out](QSqlDatabase &damaged) {
        // Older schemas lack reading choices (before 5) and PDF files (before 6): those
        // documents were text, read the default way.
        QSqlQuery q(damaged);
        if (q.exec(QStringLiteral("SELECT d.source_name, d.original_text, d.reading_choices, f.bytes "
                                  "FROM document d LEFT JOIN document_file f ON f.document_id = d.id "
                                  "ORDER BY d.id"))
            || q.exec(QStringLiteral(
                "SELECT source_name, original_text, reading_choices, NULL FROM document ORDER BY id"))
            || q.exec(
                QStringLiteral("SELECT source_name, original_text, NULL, NULL FROM document ORDER BY id"))) {
            while (q.next())
                out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toByteArray() });
        }
    });
    return out;
}

const Store::DocumentHeading &Store::heading(qint64 documentId) const
{
    if (documentId > m_headingsUpTo) {
        // The documents saved since the last look, in one query (the listing index holds both
        // columns): asking document by document cost a query for each of the thousand letters a
        // window opens on, and joining the documents to every grade read each one's row.
        QSqlQuery q(db());
        q.setForwardOnly(m_dialect->readsRowByRowBesideOtherQueries());
        // The first look reads them all, which the listing index answers without the texts.
        const bool all = m_headingsUpTo == 0;
        if (q.prepare(all ? QStringLiteral("SELECT id, title, page_count FROM document")
                          : QStringLiteral("SELECT id, title, page_count FROM document WHERE id > ?"))) {
            if (!all)
                q.addBindValue(m_headingsUpTo);
            if (q.exec()) {
                while (q.next()) {
                    const qint64 id = q.value(0).toLongLong();
                    m_headingsUpTo = std::max(m_headingsUpTo, id);
                    m_headings.insert(id, { q.value(1).toString(), q.value(2).toInt() });
                }
            }
        }
        if (q.lastError().isValid())
            m_lastError = sqlError(q, QT_TRANSLATE_NOOP("Store", "reading documents' titles"));
    }
    static const DocumentHeading none;
    const auto it = m_headings.constFind(documentId);
    return it == m_headings.cend() ? none : *it;
}

int Store::pageOf(const Evidence &e) const
{
    return heading(e.documentId).pageCount > 0 ? pageAreaOf(pageBoxes(e.documentId), e.start, e.end).page : 0;
}

QByteArray Store::documentFile(qint64 documentId) const
{
    QSqlQuery q(db());
    if (!q.prepare(QStringLiteral("SELECT bytes FROM document_file WHERE document_id = ?"))) {
        m_lastError = sqlError(q, QT_TRANSLATE_NOOP("Store", "preparing a file read"));
        return {};
    }
    q.addBindValue(documentId);
    if (!q.exec()) {
        m_lastError = sqlError(q, QT_TRANSLATE_NOOP("Store", "reading a document's file"));
        return {};
    }
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

QList<PageBox> Store::pageBoxes(qint64 documentId) const
{
    const auto cached = m_pageBoxCache.constFind(documentId);
    if (cached != m_pageBoxCache.cend())
        return *cached;
    QList<PageBox> out;
    QSqlQuery q(db());
    if (!q.prepare(QStringLiteral("SELECT span_start, span_end, page, x, y, width, height FROM page_box "
                                  "WHERE document_id = ? ORDER BY span_start"))) {
        m_lastError = sqlError(q, QT_TRANSLATE_NOOP("Store", "preparing the page boxes query"));
        return out;
    }
    q.addBindValue(documentId);
    q.setForwardOnly(m_dialect->readsRowByRowBesideOtherQueries());
    if (!q.exec()) {
        m_lastError = sqlError(q, QT_TRANSLATE_NOOP("Store", "the page boxes query"));
        return out;
    }
    while (q.next())
        out.append({ q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(),
            QRectF(q.value(3).toDouble(), q.value(4).toDouble(), q.value(5).toDouble(),
                q.value(6).toDouble()) });
    m_pageBoxCache.insert(documentId, out);
    return out;
}

PageArea Store::pageArea(const Evidence &evidence) const
{
    return pageOf(evidence) > 0 ? pageAreaOf(pageBoxes(evidence.documentId), evidence.start, evidence.end)
                                : PageArea();
}

QList<Authority> Store::authorities() const
{
    QList<Authority> out;
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT la_number, name, region, type FROM authority ORDER BY name"))) {
        m_lastError = sqlError(q, QT_TRANSLATE_NOOP("Store", "reading authorities"));
        return out;
    }
    while (q.next())
        out.append(
            { q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {} });
    return out;
}

namespace {
// What a listing shows of a document; document(id) reads the rest (listing a thousand documents
// spent a third of its time converting their hashes and reading choices, which no listing shows).
const QString listedDocumentColumns = QStringLiteral(
    "d.id, d.kind, d.la_number, a.name, a.region, a.type, d.published, d.title, d.issuer, d.source_name, "
    "d.page_count");
const QString documentColumns = listedDocumentColumns
    + QStringLiteral(", d.encoding, d.sha256, d.reading_choices, d.imported_by, d.imported_at");

Document readDocument(const QSqlQuery &q, bool whole)
{
    Document d;
    d.id = q.value(0).toLongLong();
    d.kind = documentKindFromKey(q.value(1).toString());
    if (!q.value(2).isNull())
        d.authority = { q.value(2).toInt(), q.value(3).toString(), q.value(4).toString(),
            q.value(5).toString(), {} };
    d.published = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    d.title = q.value(7).toString();
    d.issuer = q.value(8).toString();
    d.sourceName = q.value(9).toString();
    d.pageCount = q.value(10).toInt();
    if (whole) {
        d.encoding = q.value(11).toString();
        d.sha256 = QByteArray::fromHex(q.value(12).toString().toLatin1());
        d.readingChoices = q.value(13).toString();
        d.importedBy = q.value(14).toString();
        d.importedAt = QDateTime::fromString(q.value(15).toString(), Qt::ISODate);
    }
    return d;
}
} // namespace

QList<Document> Store::documents() const
{
    QList<Document> out;
    QSqlQuery q(db());
    q.setForwardOnly(m_dialect->readsRowByRowBesideOtherQueries()); // rows are read once, in order: Qt keeps
                                                                    // no copy of those already read
    if (!q.exec(QStringLiteral("SELECT ") + listedDocumentColumns
            + QStringLiteral(" FROM document d LEFT JOIN authority a ON a.la_number = d.la_number "
                             "ORDER BY d.published NULLS FIRST, d.id"))) {
        m_lastError = sqlError(q, QT_TRANSLATE_NOOP("Store", "reading documents"));
        return out;
    }
    while (q.next())
        out.append(readDocument(q, false));
    return out;
}

Document Store::document(qint64 id) const
{
    QSqlQuery q(db());
    if (!q.prepare(QStringLiteral("SELECT ") + documentColumns
            + QStringLiteral(" FROM document d LEFT JOIN authority a ON a.la_number = d.la_number "
                             "WHERE d.id = ?"))) {
        m_lastError = sqlError(q, QT_TRANSLATE_NOOP("Store", "preparing a document read"));
        return Document();
    }
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Document();
    Document d = readDocument(q, true);
    d.originalText = documentText(id);
    if (d.pageCount > 0)
        d.fileBytes = documentFile(id);
    return d;
}

QList<Judgement> Store::judgements(int laNumber) const
{
    return judgementsWhere(QStringLiteral("(? = 0 OR j.la_number = ?) AND j.review IN (?, ?)"),
        { laNumber, laNumber, reviewStateKey(ReviewState::Confirmed),
            reviewStateKey(ReviewState::Accepted) });
}

QList<Judgement> Store::candidates(bool includeDecided) const
{
    if (includeDecided)
        return judgementsWhere(QStringLiteral("j.review <> ?"), { reviewStateKey(ReviewState::Confirmed) });
    return judgementsWhere(QStringLiteral("j.review = ?"), { reviewStateKey(ReviewState::ToReview) });
}

QList<Judgement> Store::judgementsWhere(const QString &condition, const QVariantList &values) const
{
    QList<Judgement> out;
    QSqlQuery q(db());
    q.setForwardOnly(m_dialect->readsRowByRowBesideOtherQueries());
    if (!q.prepare(QStringLiteral(
                       "SELECT j.la_number, a.name, a.region, a.type, j.year, j.framework, j.area, j.grade, "
                       "j.label, j.document_id, j.span_start, j.span_end, j.source_kind, "
                       "j.confidence, j.review, j.note, j.id, j.evidence_text "
                       "FROM judgement j JOIN authority a ON a.la_number = j.la_number WHERE ")
            + condition + QStringLiteral(" ORDER BY a.name, j.year, j.framework, j.id"))) {
        m_lastError = sqlError(q, QT_TRANSLATE_NOOP("Store", "preparing the judgement query"));
        return out;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = sqlError(q, QT_TRANSLATE_NOOP("Store", "the judgement query"));
        return out;
    }
    while (q.next()) {
        Judgement j;
        j.authority = { q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), {} };
        j.year = q.value(4).toInt();
        j.framework = frameworkFromKey(q.value(5).toString());
        j.area = q.value(6).toString();
        j.grade = q.value(7).toInt();
        j.label = q.value(8).toString();
        j.evidence = { q.value(9).toLongLong(), q.value(10).toInt(), q.value(11).toInt() };
        j.evidence.page = pageOf(j.evidence);
        j.documentTitle = heading(j.evidence.documentId).title;
        const QVariant quoted = q.value(17);
        j.evidenceText = quoted.isNull() ? evidenceText(j.evidence) : quoted.toString();
        j.source = sourceKindFromKey(q.value(12).toString());
        j.confidence = q.value(13).toDouble();
        j.review = reviewStateFromKey(q.value(14).toString());
        j.note = q.value(15).toString();
        j.id = q.value(16).toLongLong();
        out.append(std::move(j));
    }
    return out;
}

QString Store::statementKey(const QByteArray &documentSha256, const Judgement &j)
{
    const QString text = QString::fromLatin1(documentSha256.toHex()) + QLatin1Char('|')
        + QString::number(j.evidence.start) + QLatin1Char('|') + QString::number(j.evidence.end)
        + QLatin1Char('|') + QString::number(j.authority.laNumber) + QLatin1Char('|')
        + QString::number(j.year) + QLatin1Char('|') + frameworkKey(j.framework) + QLatin1Char('|') + j.area
        + QLatin1Char('|') + QString::number(j.grade);
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool Store::decide(qint64 judgementId, ReviewState decision, QString *error)
{
    if (m_readOnly) {
        *error = tr("the database %1 is read-only; no decision can be recorded").arg(databasePath());
        return false;
    }
    if (decision == ReviewState::Confirmed) {
        *error = tr("a grade can only be accepted, rejected or put back for review");
        return false;
    }
    QSqlDatabase d = db();
    QSqlQuery q(d);
    if (!q.prepare(QStringLiteral("SELECT d.sha256, j.la_number, j.year, j.framework, j.area, j.grade, "
                                  "j.span_start, j.span_end, j.review FROM judgement j "
                                  "JOIN document d ON d.id = j.document_id WHERE j.id = ?"))) {
        *error = sqlError(q, QT_TRANSLATE_NOOP("Store", "preparing the candidate lookup"));
        return false;
    }
    q.addBindValue(judgementId);
    if (!q.exec()) {
        *error = sqlError(q, QT_TRANSLATE_NOOP("Store", "looking up a candidate"));
        return false;
    }
    if (!q.next()) {
        *error = tr("there is no grade with the id %1").arg(judgementId);
        return false;
    }
    if (reviewStateFromKey(q.value(8).toString()) == ReviewState::Confirmed) {
        *error =
            tr("the grade %1 was read with confidence; it is not a candidate for review").arg(judgementId);
        return false;
    }
    Judgement j;
    j.authority.laNumber = q.value(1).toInt();
    j.year = q.value(2).toInt();
    j.framework = frameworkFromKey(q.value(3).toString());
    j.area = q.value(4).toString();
    j.grade = q.value(5).toInt();
    j.evidence.start = q.value(6).toInt();
    j.evidence.end = q.value(7).toInt();
    const QString key = statementKey(QByteArray::fromHex(q.value(0).toString().toLatin1()), j);
    q.finish();

    if (!d.transaction()) {
        *error = tr("cannot start recording the decision: %1").arg(d.lastError().text());
        return false;
    }
    auto fail = [&d, error](const QString &message) {
        d.rollback();
        *error = message;
        return false;
    };
    QSqlQuery w(d);
    if (decision == ReviewState::ToReview) {
        if (!w.prepare(QStringLiteral("DELETE FROM review_decision WHERE statement_key = ?")))
            return fail(sqlError(w, QT_TRANSLATE_NOOP("Store", "preparing the decision's removal")));
        w.addBindValue(key);
    } else {
        if (!w.prepare(QStringLiteral(
                "INSERT INTO review_decision (statement_key, decision, decided_at, decided_by) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (statement_key) DO UPDATE SET "
                "decision = excluded.decision, decided_at = excluded.decided_at, decided_by = "
                "excluded.decided_by")))
            return fail(sqlError(w, QT_TRANSLATE_NOOP("Store", "preparing the decision's record")));
        w.addBindValue(key);
        w.addBindValue(reviewStateKey(decision));
        w.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        w.addBindValue(nullable(m_user));
    }
    if (!w.exec())
        return fail(sqlError(w, QT_TRANSLATE_NOOP("Store", "recording a decision")));
    if (!w.prepare(QStringLiteral("UPDATE judgement SET review = ? WHERE id = ?")))
        return fail(sqlError(w, QT_TRANSLATE_NOOP("Store", "preparing the candidate's update")));
    w.addBindValue(reviewStateKey(decision));
    w.addBindValue(judgementId);
    if (!w.exec())
        return fail(sqlError(w, QT_TRANSLATE_NOOP("Store", "updating a candidate")));
    QString announced;
    if (!announceChange(&announced))
        return fail(announced);
    if (!d.commit())
        return fail(tr("cannot record the decision: %1").arg(d.lastError().text()));
    return true;
}

bool Store::removeDocument(qint64 documentId, QString *error)
{
    if (m_readOnly) {
        *error = tr("the database %1 is read-only; nothing can be removed from it").arg(databasePath());
        return false;
    }
    QSqlDatabase d = db();
    if (!d.transaction()) {
        *error = tr("cannot start removing the document: %1").arg(d.lastError().text());
        return false;
    }
    QSqlQuery q(d);
    auto step = [&](const QString &sql, const char *what) {
        if (!q.prepare(sql)) {
            *error = sqlError(q, what);
            return false;
        }
        q.addBindValue(documentId);
        if (!q.exec()) {
            *error = sqlError(q, what);
            return false;
        }
        return true;
    };
    // The search index first, while the passages are there to name their terms (SQLite's keeps
    // a copy of its own). The rest follows the document by cascade.
    const QString unindex = m_dialect->unindexDocument();
    if ((!unindex.isEmpty()
            && !step(
                unindex, QT_TRANSLATE_NOOP("Store", "removing a document's passages from the search index")))
        || !step(QStringLiteral("DELETE FROM document WHERE id = ?"),
            QT_TRANSLATE_NOOP("Store", "removing a document"))) {
        d.rollback();
        return false;
    }
    if (q.numRowsAffected() == 0) {
        d.rollback();
        *error = tr("there is no document with the id %1").arg(documentId);
        return false;
    }
    if (!announceChange(error)) {
        d.rollback();
        return false;
    }
    if (!d.commit()) {
        *error = tr("cannot remove the document: %1").arg(d.lastError().text());
        return false;
    }
    m_textCache.remove(documentId);
    // The id may be given again to the next document saved.
    m_headings.remove(documentId);
    m_headingsUpTo = std::min(m_headingsUpTo, documentId - 1);
    m_pageBoxCache.remove(documentId);
    return true;
}

QList<Store::Decision> Store::salvageDecisions(const QString &path)
{
    QList<Decision> out;
    readDamagedFile(path, QStringLiteral("csdash-salvage-decisions"), [&out](QSqlDatabase &damaged) {
        // A file from before schema 7 has no decisions: the query fails and nothing is carried.
        QSqlQuery q(damaged);
        if (q.exec(QStringLiteral("SELECT statement_key, decision, decided_at FROM review_decision"))) {
            while (q.next())
                out.append({ q.value(0).toString(), reviewStateFromKey(q.value(1).toString()),
                    q.value(2).toString() });
        }
    });
    return out;
}

bool Store::restoreDecisions(const QList<Decision> &decisions, QString *error)
{
    StoreSql::Batch b(3);
    for (const Decision &decision : decisions) {
        if (decision.decision == ReviewState::Accepted || decision.decision == ReviewState::Rejected)
            b.add({ decision.statementKey, reviewStateKey(decision.decision), nullable(decision.decidedAt) });
    }
    QSqlQuery q(db());
    return b.exec(q, *m_dialect,
        QStringLiteral("INSERT INTO review_decision (statement_key, decision, decided_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (statement_key) DO NOTHING"),
        error);
}

QList<Finding> Store::findings(int laNumber) const
{
    QList<Finding> out;
    QSqlQuery q(db());
    q.setForwardOnly(m_dialect->readsRowByRowBesideOtherQueries());
    if (!q.prepare(QStringLiteral(
            "SELECT f.la_number, a.name, a.region, a.type, f.year, f.framework, f.area, f.kind, "
            "f.text, f.document_id, f.span_start, f.span_end "
            "FROM finding f JOIN authority a ON a.la_number = f.la_number "
            "WHERE (? = 0 OR f.la_number = ?) ORDER BY a.name, f.year, f.id"))) {
        m_lastError = sqlError(q, QT_TRANSLATE_NOOP("Store", "preparing the findings query"));
        return out;
    }
    q.addBindValue(laNumber);
    q.addBindValue(laNumber);
    if (!q.exec()) {
        m_lastError = sqlError(q, QT_TRANSLATE_NOOP("Store", "the findings query"));
        return out;
    }
    while (q.next()) {
        Finding f;
        f.authority = { q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), {} };
        f.year = q.value(4).toInt();
        f.framework = frameworkFromKey(q.value(5).toString());
        f.area = q.value(6).toString();
        f.kind = findingKindFromKey(q.value(7).toString());
        f.text = q.value(8).toString();
        f.evidence = { q.value(9).toLongLong(), q.value(10).toInt(), q.value(11).toInt() };
        f.evidence.page = pageOf(f.evidence);
        f.documentTitle = heading(f.evidence.documentId).title;
        out.append(std::move(f));
    }
    return out;
}

QList<Indicator> Store::indicators() const
{
    QList<Indicator> out;
    QSqlQuery q(db());
    if (!q.exec(
            QStringLiteral("SELECT id, code, title, unit, section, polarity, topic, short_name, description, "
                           "year_type, decimals, (SELECT COUNT(DISTINCT la_number) FROM observation "
                           "WHERE indicator_id = indicator.id) FROM indicator ORDER BY id"))) {
        m_lastError = sqlError(q, QT_TRANSLATE_NOOP("Store", "reading indicators"));
        return out;
    }
    while (q.next()) {
        Indicator i;
        i.id = q.value(0).toLongLong();
        i.code = q.value(1).toString();
        i.title = q.value(2).toString();
        i.unit = q.value(3).toString();
        i.section = q.value(4).toString();
        i.polarity = polarityFromKey(q.value(5).toString());
        i.topic = q.value(6).toString();
        i.shortName = q.value(7).toString();
        i.description = q.value(8).toString();
        i.yearType = q.value(9).toString();
        i.decimals = q.value(10).isNull() ? -1 : q.value(10).toInt();
        i.authorityCount = q.value(11).toInt();
        out.append(i);
    }
    return out;
}

QList<Observation> Store::observations(int laNumber, const QString &indicatorCode) const
{
    // Only the conditions asked for, so that SQLite can use the (indicator, authority) index
    // (an "? = 0 OR" condition makes it scan every row). Values are always bound.
    // For one authority across every indicator, naming the indicators lets SQLite seek the
    // (indicator, authority) index once per indicator instead of scanning every value.
    QStringList conditions;
    QVariantList values;
    if (!indicatorCode.isEmpty()) {
        conditions.append(QStringLiteral("o.indicator_id = (SELECT id FROM indicator WHERE code = ?)"));
        values.append(indicatorCode);
    } else if (laNumber != 0) {
        conditions.append(QStringLiteral("o.indicator_id IN (SELECT id FROM indicator)"));
    }
    if (laNumber != 0) {
        conditions.append(QStringLiteral("o.la_number = ?"));
        values.append(laNumber);
    }
    return observationsWhere(conditions.join(QStringLiteral(" AND ")), values);
}

QList<Observation> Store::singleAuthorityObservations() const
{
    // Counted over the (indicator, authority) index without reading the values themselves.
    return observationsWhere(QStringLiteral("o.indicator_id IN (SELECT indicator_id FROM observation "
                                            "GROUP BY indicator_id HAVING COUNT(DISTINCT la_number) = 1)"),
        {});
}

QList<Observation> Store::observationsWhere(const QString &condition, const QVariantList &values) const
{
    QList<Observation> out;
    QSqlQuery q(db());
    const QString where = condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition;
    // The names of indicators, authorities and documents come from small lookups rather than
    // joins: choosing an indicator reads a few thousand values, and each joined text column costs
    // a string per row. Values come ordered by indicator, so each indicator is looked up once.
    QSqlQuery indicatorLookup(db());
    if (!indicatorLookup.prepare(QStringLiteral("SELECT code, title FROM indicator WHERE id = ?"))) {
        m_lastError = sqlError(indicatorLookup, QT_TRANSLATE_NOOP("Store", "preparing the indicator lookup"));
        return out;
    }
    qint64 indicatorId = -1;
    QString indicatorCode;
    QString indicatorTitle;
    QHash<int, Authority> authorityById;
    {
        QSqlQuery lookup(db());
        if (!lookup.exec(QStringLiteral("SELECT la_number, name, region, type FROM authority"))) {
            m_lastError = sqlError(lookup, QT_TRANSLATE_NOOP("Store", "the authority lookup"));
            return out;
        }
        while (lookup.next()) {
            const int la = lookup.value(0).toInt();
            authorityById.insert(la,
                { la, lookup.value(1).toString(), lookup.value(2).toString(), lookup.value(3).toString(),
                    {} });
        }
    }
    if (!q.prepare(
            QStringLiteral("SELECT o.indicator_id, o.la_number, o.kind, o.series, o.period_text, "
                           "o.period_start, o.period_end, o.value, o.comparator, o.unit, o.note, o.raw, "
                           "o.flag, o.document_id, o.span_start, o.span_end, o.qualifier, "
                           "o.missing_marker, o.source_row FROM observation o")
            + where + QStringLiteral(" ORDER BY o.indicator_id, o.id"))) {
        m_lastError = sqlError(q, QT_TRANSLATE_NOOP("Store", "preparing the observation query"));
        return out;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.setForwardOnly(m_dialect->readsRowByRowBesideOtherQueries());
    if (!q.exec()) {
        m_lastError = sqlError(q, QT_TRANSLATE_NOOP("Store", "the observation query"));
        return out;
    }
    // Values share a handful of periods; each date text is read once.
    QHash<QString, QDate> dates;
    const auto date = [&dates](const QString &text) {
        auto it = dates.constFind(text);
        if (it == dates.cend())
            it = dates.insert(text, QDate::fromString(text, Qt::ISODate));
        return *it;
    };
    while (q.next()) {
        Observation o;
        if (q.value(0).toLongLong() != indicatorId) {
            indicatorId = q.value(0).toLongLong();
            indicatorLookup.bindValue(0, indicatorId);
            if (!indicatorLookup.exec() || !indicatorLookup.next()) {
                m_lastError = sqlError(indicatorLookup, QT_TRANSLATE_NOOP("Store", "the indicator lookup"));
                return {};
            }
            indicatorCode = indicatorLookup.value(0).toString();
            indicatorTitle = indicatorLookup.value(1).toString();
            indicatorLookup.finish();
        }
        o.indicatorCode = indicatorCode;
        o.indicatorTitle = indicatorTitle;
        o.authority = authorityById.value(q.value(1).toInt());
        o.kind = observationKindFromKey(q.value(2).toString());
        o.series = q.value(3).toString();
        o.period.text = q.value(4).toString();
        o.period.start = date(q.value(5).toString());
        o.period.end = date(q.value(6).toString());
        const QVariant value = q.value(7);
        if (!value.isNull())
            o.value = value.toDouble();
        o.comparator = q.value(8).toString();
        o.unit = q.value(9).toString();
        o.note = q.value(10).toString();
        o.raw = q.value(11).toString();
        o.flag = q.value(12).toString();
        o.evidence = { q.value(13).toLongLong(), q.value(14).toInt(), q.value(15).toInt() };
        o.evidence.page = pageOf(o.evidence);
        o.documentTitle = heading(o.evidence.documentId).title;
        o.qualifier = q.value(16).toString();
        o.missingMarker = q.value(17).toString();
        o.sourceRow = q.value(18).toInt();
        out.append(std::move(o));
    }
    return out;
}

QList<Passage> Store::passages(qint64 documentId) const
{
    QList<Passage> out;
    QSqlQuery q(db());
    if (!q.prepare(QStringLiteral("SELECT id, ordinal, heading, text, span_start, span_end FROM passage "
                                  "WHERE document_id = ? ORDER BY ordinal"))) {
        m_lastError = sqlError(q, QT_TRANSLATE_NOOP("Store", "preparing the passage query"));
        return out;
    }
    q.addBindValue(documentId);
    if (!q.exec()) {
        m_lastError = sqlError(q, QT_TRANSLATE_NOOP("Store", "the passage query"));
        return out;
    }
    while (q.next()) {
        Passage p;
        p.id = q.value(0).toLongLong();
        p.documentId = documentId;
        p.ordinal = q.value(1).toInt();
        p.heading = q.value(2).toString();
        p.text = q.value(3).toString();
        p.span = { documentId, q.value(4).toInt(), q.value(5).toInt() };
        p.span.page = pageOf(p.span);
        out.append(std::move(p));
    }
    return out;
}

namespace {
QString refusedSearch(const QString &query, const QString &reason)
{
    return tr("\"%1\" is not a search the index understands (%2). Put words in double quotes to search for "
              "them exactly as written.")
        .arg(query, reason);
}
} // namespace

QList<Passage> Store::search(const QString &query, QString *error, int limit) const
{
    QList<Passage> out;
    if (query.trimmed().isEmpty())
        return out;
    QString refusal;
    const QString terms = m_dialect->searchTerms(query, &refusal);
    if (!refusal.isEmpty()) {
        *error = refusedSearch(query, refusal);
        return out;
    }
    QSqlQuery q(db());
    if (!q.prepare(m_dialect->search())) {
        *error = sqlError(q, QT_TRANSLATE_NOOP("Store", "preparing the search"));
        return out;
    }
    q.addBindValue(terms);
    q.addBindValue(limit);
    if (!q.exec()) {
        const QString reason = q.lastError().databaseText();
        if (!m_dialect->searchCanRefuseQueries()) {
            *error = sqlError(q, QT_TRANSLATE_NOOP("Store", "the search"));
            return out;
        }
        *error = refusedSearch(query, reason);
        return out;
    }
    while (q.next()) {
        Passage p;
        p.id = q.value(0).toLongLong();
        p.documentId = q.value(1).toLongLong();
        p.ordinal = q.value(2).toInt();
        p.heading = q.value(3).toString();
        p.text = q.value(4).toString();
        p.span = { p.documentId, q.value(5).toInt(), q.value(6).toInt() };
        p.documentTitle = q.value(7).toString();
        p.snippet = q.value(8).toString();
        out.append(std::move(p));
    }
    return out;
}

bool Store::saveNeighbours(const QList<StatisticalNeighbour> &neighbours, QString *error)
{
    QSqlDatabase d = db();
    if (!d.transaction()) {
        *error = d.lastError().text();
        return false;
    }
    QSqlQuery q(d);
    StoreSql::Batch b(5);
    for (const StatisticalNeighbour &n : neighbours)
        b.add({ n.laNumber, n.modelYear, n.rank, n.neighbourLaNumber, nullable(n.closeness) });
    if (!b.exec(q, *m_dialect,
            QStringLiteral(
                "INSERT INTO neighbour (la_number, model_year, rank, neighbour_la_number, closeness) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (la_number, model_year, rank) DO NOTHING"),
            error)) {
        d.rollback();
        return false;
    }
    return d.commit();
}

bool Store::hasNeighbours() const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("SELECT 1 FROM neighbour LIMIT 1")) && q.next();
}

QList<StatisticalNeighbour> Store::neighbours(int laNumber) const
{
    QList<StatisticalNeighbour> out;
    QSqlQuery q(db());
    if (!q.prepare(QStringLiteral(
            "SELECT la_number, model_year, rank, neighbour_la_number, closeness FROM neighbour "
            "WHERE la_number = ? ORDER BY model_year DESC, rank"))) {
        m_lastError = sqlError(q, QT_TRANSLATE_NOOP("Store", "preparing the neighbour query"));
        return out;
    }
    q.addBindValue(laNumber);
    if (!q.exec()) {
        m_lastError = sqlError(q, QT_TRANSLATE_NOOP("Store", "the neighbour query"));
        return out;
    }
    while (q.next()) {
        StatisticalNeighbour n;
        n.laNumber = q.value(0).toInt();
        n.modelYear = q.value(1).toInt();
        n.rank = q.value(2).toInt();
        n.neighbourLaNumber = q.value(3).toInt();
        n.closeness = q.value(4).toString();
        out.append(n);
    }
    return out;
}

QString Store::integrityProblem() const
{
    return m_dialect ? m_dialect->integrityProblem(db()) : QString();
}

Store::DocumentCounts Store::counts(qint64 documentId) const
{
    DocumentCounts c;
    int *targets[] = { &c.judgements, &c.findings, &c.observations, &c.passages };
    const char *tables[] = { "judgement", "finding", "observation", "passage" };
    for (int i = 0; i < 4; ++i) {
        QSqlQuery q(db());
        // Table names come from the list above, never from input.
        if (!q.prepare(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(tables[i])
                + QStringLiteral(" WHERE document_id = ?"))) {
            m_lastError = sqlError(q, QT_TRANSLATE_NOOP("Store", "preparing a count"));
            return c;
        }
        q.addBindValue(documentId);
        if (q.exec() && q.next())
            *targets[i] = q.value(0).toInt();
    }
    return c;
}
