#include "Store.h"

#include "AuthorityQueries.h"
#include "DocumentQueries.h"
#include "DocumentWriter.h"
#include "IndicatorQueries.h"
#include "JudgementQueries.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "domain/ImportResult.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

Store::Store(const QString &connectionName)
    : m_db(connectionName)
    , m_rows(m_db, m_lastError)
    , m_documents(std::make_unique<DocumentQueries>(m_db, m_rows, m_lastError))
    , m_judgements(std::make_unique<JudgementQueries>(m_db, m_rows, m_lastError))
    , m_indicators(std::make_unique<IndicatorQueries>(m_db, m_rows, m_lastError))
    , m_authorities(std::make_unique<AuthorityQueries>(m_db, m_rows, m_lastError))
{
}

Store::~Store() = default;

// A read that met the server's connection lost (a window left open over a server restart or a
// network cut) is made once more on the connection made again; only a server that cannot be
// reached now leaves the failure in lastError(). Writes are not repeated here: each says that
// what it was saving was not kept, and the connection is there again for the next try.
template<typename Read> auto Store::readOnce(const Read &read) const
{
    const QString before = std::exchange(m_lastError, QString());
    auto result = read();
    if (!m_lastError.isEmpty() && m_db.reconnectIfLost() == Database::Link::MadeAgain) {
        m_lastError.clear();
        result = read();
    }
    if (!before.isEmpty() || m_lastError.isEmpty())
        m_lastError = before; // the first failure is the one to tell
    return result;
}

bool Store::open(const QString &location, QString *error)
{
    m_rows.clear();
    return m_db.open(location, error);
}

bool Store::open(const DatabaseAccess &access, QString *error)
{
    m_rows.clear();
    return m_db.open(access, error);
}

bool Store::isOpen() const
{
    return m_db.isOpen();
}

void Store::close()
{
    m_db.close();
    m_rows.clear();
}

QString Store::databasePath() const
{
    return m_db.databasePath();
}

qint64 Store::externalChangeCount() const
{
    return m_db.externalChangeCount();
}

bool Store::watchExternalChanges(QObject *context, const std::function<void()> &onChange)
{
    return m_db.watchExternalChanges(context, onChange);
}

int Store::schemaVersion() const
{
    return m_db.schemaVersion();
}

QString Store::setting(const QString &key) const
{
    return readOnce([&] { return m_db.setting(key, &m_lastError); });
}

bool Store::setSetting(const QString &key, const QString &value, QString *error)
{
    return m_db.setSetting(key, value, error);
}

QString Store::integrityProblem() const
{
    return m_db.integrityProblem();
}

bool Store::isEmpty() const
{
    return readOnce([&] { return m_documents->isEmpty(); });
}

QList<Document> Store::documents() const
{
    return readOnce([&] { return m_documents->documents(); });
}

void Store::forEachDocument(const std::function<void(const Document &)> &visit) const
{
    // Read again after a lost connection, from the start: the documents already handed over are
    // passed by (the order is the listing's, by date and id), so that none is handed over twice.
    qsizetype handedOver = 0;
    readOnce([&] {
        qsizetype read = 0;
        return m_documents->forEachDocument([&](Document &&d) {
            if (++read > handedOver) {
                ++handedOver;
                visit(d);
            }
        });
    });
}

Document Store::document(qint64 id) const
{
    return readOnce([&] { return m_documents->document(id); });
}

QList<Passage> Store::passages(qint64 documentId) const
{
    return readOnce([&] { return m_documents->passages(documentId); });
}

QList<Passage> Store::search(const QString &query, QString *error, int limit) const
{
    QList<Passage> hits = m_documents->search(query, error, limit);
    if (!error->isEmpty() && m_db.reconnectIfLost() == Database::Link::MadeAgain) {
        error->clear();
        hits = m_documents->search(query, error, limit);
    }
    return hits;
}

Store::DocumentCounts Store::counts(qint64 documentId) const
{
    return readOnce([&] { return m_documents->counts(documentId); });
}

bool Store::removeDocument(qint64 documentId, QString *error)
{
    if (m_documents->removeDocument(documentId, error))
        return true;
    m_db.reconnectIfLost(); // for the next try: whether this one was kept is the server's to say
    return false;
}

QByteArray Store::documentFile(qint64 documentId) const
{
    return readOnce([&] { return m_rows.documentFile(documentId); });
}

QList<PageBox> Store::pageBoxes(qint64 documentId) const
{
    return readOnce([&] { return m_rows.pageBoxes(documentId); });
}

PageArea Store::pageArea(const Evidence &evidence) const
{
    return readOnce([&] { return m_rows.pageArea(evidence); });
}

QList<Judgement> Store::judgements(int laNumber) const
{
    return readOnce([&] { return m_judgements->judgements(laNumber); });
}

QList<Judgement> Store::candidates(bool includeDecided) const
{
    return readOnce([&] { return m_judgements->candidates(includeDecided); });
}

bool Store::decide(qint64 judgementId, ReviewState decision, QString *error)
{
    // Deciding twice records the same (the decision is kept by its statement): after a lost
    // connection it is simply made again.
    if (m_judgements->decide(judgementId, decision, error))
        return true;
    if (m_db.reconnectIfLost() != Database::Link::MadeAgain)
        return false;
    error->clear();
    return m_judgements->decide(judgementId, decision, error);
}

bool Store::restoreDecisions(const QList<Decision> &decisions, QString *error)
{
    return m_judgements->restoreDecisions(decisions, error);
}

QList<Finding> Store::findings(int laNumber) const
{
    return readOnce([&] { return m_judgements->findings(laNumber); });
}

QList<Indicator> Store::indicators() const
{
    return readOnce([&] { return m_indicators->indicators(); });
}

QList<Observation> Store::observations(int laNumber, const QString &indicatorCode) const
{
    return readOnce([&] { return m_indicators->observations(laNumber, indicatorCode); });
}

QList<Observation> Store::singleAuthorityObservations() const
{
    return readOnce([&] { return m_indicators->singleAuthorityObservations(); });
}

QList<Observation> Store::indicatorValues(const QString &indicatorCode, const QList<int> &planAuthorities) const
{
    return readOnce([&] { return m_indicators->indicatorValues(indicatorCode, planAuthorities); });
}

QList<Authority> Store::authorities() const
{
    return readOnce([&] { return m_authorities->authorities(); });
}

bool Store::saveNeighbours(const QList<StatisticalNeighbour> &neighbours, QString *error)
{
    return m_authorities->saveNeighbours(neighbours, error);
}

bool Store::hasNeighbours() const
{
    return readOnce([&] { return m_authorities->hasNeighbours(); });
}

QList<StatisticalNeighbour> Store::neighbours(int laNumber) const
{
    return readOnce([&] { return m_authorities->neighbours(laNumber); });
}

Store::SaveOutcome Store::save(const ImportResult &r, const Progress &progress)
{
    if (m_db.isReadOnly()) {
        SaveOutcome out;
        out.error = m_db.readOnlyRefusal();
        return out;
    }
    // The write lock is taken before the duplicate check, so two clients importing the same
    // file cannot both find it absent.
    SaveOutcome out;
    if (!m_db.beginWrite(&out.error))
        return out;
    const DocumentWriter writer(m_db.connection(), m_db.dialect(), m_db.userName());
    qint64 lastPassage = 0;
    QString error;
    if (!writer.lastPassageId(&lastPassage, &out.error))
        out.status = SaveStatus::Failed;
    else
        out = writer.write(r, progress);
    if (out.status == SaveStatus::Imported
        && (!writer.indexPassagesAfter(lastPassage, &error) || !m_db.announceChange(&error)
            || !m_db.commit(&error))) {
        out.status = SaveStatus::Failed;
        out.error = error;
        out.documentId = 0;
    }
    if (out.status != SaveStatus::Imported)
        m_db.rollback();
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
    if (m_db.isReadOnly())
        return failAll(m_db.readOnlyRefusal());
    QString error;
    if (!m_db.beginWrite(&error))
        return failAll(error);
    QSqlQuery q(m_db.connection());
    const DocumentWriter writer(m_db.connection(), m_db.dialect(), m_db.userName());
    qint64 lastPassage = 0;
    if (!writer.lastPassageId(&lastPassage, &error)) {
        m_db.rollback();
        return failAll(error);
    }
    bool anyImported = false;
    for (int i = 0; i < results.size(); ++i) {
        // A savepoint a document: one that fails takes only its own rows with it.
        if (!q.exec(QStringLiteral("SAVEPOINT document"))) {
            error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "starting a document's savepoint"));
            m_db.rollback();
            return failAll(error);
        }
        outcomes[i] = writer.write(*results.at(i), nullptr);
        const bool keep = outcomes.at(i).status == SaveStatus::Imported;
        anyImported = anyImported || keep;
        if ((!keep && !q.exec(QStringLiteral("ROLLBACK TO document")))
            || !q.exec(QStringLiteral("RELEASE document"))) {
            error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "ending a document's savepoint"));
            m_db.rollback();
            return failAll(error);
        }
    }
    if (anyImported && (!writer.indexPassagesAfter(lastPassage, &error) || !m_db.announceChange(&error))) {
        m_db.rollback();
        return failAll(error);
    }
    if (!m_db.commit(&error)) {
        m_db.rollback();
        return failAll(error);
    }
    return outcomes;
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

QString Store::statementKey(const QByteArray &documentSha256, const Judgement &j)
{
    const QString text = QString::fromLatin1(documentSha256.toHex()) + QLatin1Char('|')
        + QString::number(j.evidence.start) + QLatin1Char('|') + QString::number(j.evidence.end)
        + QLatin1Char('|') + QString::number(j.authority.laNumber) + QLatin1Char('|')
        + QString::number(j.year) + QLatin1Char('|') + frameworkKey(j.framework) + QLatin1Char('|') + j.area
        + QLatin1Char('|') + QString::number(j.grade);
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QList<Store::Decision> Store::salvageDecisions(const QString &path)
{
    QList<Decision> out;
    readDamagedFile(path, QStringLiteral("csdash-salvage-decisions"), [&out](QSqlDatabase &damaged) {
        // A file from before schema 7 has no decisions: the query fails and nothing is carried; one
        // from before schema 10 has no names of who decided.
        QSqlQuery q(damaged);
        const bool named = q.exec(
            QStringLiteral("SELECT statement_key, decision, decided_at, decided_by FROM review_decision"));
        if (named
            || q.exec(QStringLiteral("SELECT statement_key, decision, decided_at FROM review_decision"))) {
            while (q.next())
                out.append({ q.value(0).toString(), reviewStateFromKey(q.value(1).toString()),
                    q.value(2).toString(), named ? q.value(3).toString() : QString() });
        }
    });
    return out;
}
