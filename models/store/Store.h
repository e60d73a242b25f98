#pragma once

#include "Database.h"
#include "DatabaseAccess.h"
#include "DatabaseLocation.h"
#include "RowMapper.h"
#include "domain/Authority.h"
#include "domain/Document.h"
#include "domain/Finding.h"
#include "domain/Indicator.h"
#include "domain/Judgement.h"
#include "domain/Observation.h"
#include "domain/PageBox.h"
#include "domain/Passage.h"
#include "domain/StatisticalNeighbour.h"

#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <utility>

struct ImportResult;
class AuthorityQueries;
class DocumentQueries;
class IndicatorQueries;
class JudgementQueries;
class QObject;
class SqlDialect;

// The store's one front: everything else reads and writes the database through it, in plain value
// types. Behind it, split by concern: its Database (the connection, schema and back end), the
// DocumentWriter, and the queries by subject (documents and passages, judgements and findings,
// indicators and values, authorities and neighbours) sharing one RowMapper. No SQL is anywhere
// else in the program.
class Store
{
public:
    enum class SaveStatus
    {
        Imported,
        AlreadyPresent,
        Failed,
        Cancelled
    };
    // Reports rows written; returning false cancels the save, which then rolls back.
    using Progress = std::function<bool(int done, int total)>;
    struct SaveOutcome
    {
        SaveStatus status = SaveStatus::Failed;
        qint64 documentId = 0;
        QString error;
    };

    explicit Store(const QString &connectionName = QString());
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // How long a write waits for another process's transaction before it is reported (default 10 s).
    void setBusyTimeout(int milliseconds) { m_db.setBusyTimeout(milliseconds); }
    // Opens a file read-only even where it could be written (files the user may not write always are).
    void setReadOnly(bool readOnly) { m_db.setReadOnly(readOnly); }

    // The password for the next open() of a PostgreSQL database, when the window asked for one;
    // it is forgotten once used. Commands leave it to libpq (PGPASSWORD, ~/.pgpass, PGSERVICE).
    void setPassword(const QString &password) { m_db.setPassword(password); }

    // Opens (creating if needed) the SQLite database at a path, or ":memory:", or the PostgreSQL
    // database at a postgresql:// address (see DatabaseLocation), and migrates it.
    bool open(const QString &location, QString *error);
    // Opens what another store's access() names, with its password.
    bool open(const DatabaseAccess &access, QString *error);
    // This store's database, for another connection to open (in another thread, say).
    DatabaseAccess access() const { return m_db.access(); }
    bool isOpen() const;
    // Closes the connection (say, before the file is moved aside for a rebuild).
    void close();
    bool isReadOnly() const { return m_db.isReadOnly(); }
    // Whether the last open() made the schema in an empty database (a new file or server database).
    bool wasCreated() const { return m_db.wasCreated(); }
    // After open() failed: whether the file is damaged (and worth a rebuild) rather than unreachable.
    bool isDamaged() const { return m_db.isDamaged(); }
    // After open() failed: whether the server asked for a password it was not given or refused it.
    bool needsPassword() const { return m_db.needsPassword(); }
    QString connectionName() const { return m_db.connectionName(); }
    // The file's path, or the server's address (never with a password).
    QString databasePath() const;
    DatabaseLocation location() const { return m_db.location(); }
    // A database on a server that several clients share (PostgreSQL).
    bool isShared() const { return m_db.location().isPostgres(); }
    // The connection behind the store, for its other parts (the copier).
    const Database &database() const { return m_db; }
    // Who this connection records as having imported or decided: the database user on a server,
    // the login name for a file.
    QString userName() const { return m_db.userName(); }
    // Calls onChange (in context's thread) when another client commits a change, where the back
    // end says so itself (PostgreSQL's notifications). False where it does not (SQLite: watch the
    // file and ask externalChangeCount()).
    bool watchExternalChanges(QObject *context, const std::function<void()> &onChange);
    // A number that changes when another connection (csdash import in a terminal, a colleague's
    // window) commits to the database; this connection's own writes leave it as it is. -1 when
    // it cannot be read.
    qint64 externalChangeCount() const;
    int schemaVersion() const;
    bool isEmpty() const; // no documents yet
    // A value the database keeps about itself; empty when it has none.
    QString setting(const QString &key) const;
    bool setSetting(const QString &key, const QString &value, QString *error);

    // After a write failed: whether the server's connection was lost, and if so made again (a
    // file always answers). An importer stops trying the next files when the server is Lost.
    Database::Link reconnectIfLost() const { return m_db.reconnectIfLost(); }

    // One document in a transaction of its own.
    SaveOutcome save(const ImportResult &result, const Progress &progress = nullptr);
    // Several documents in one transaction, each under a savepoint of its own: one that fails is
    // rolled back alone and the others are kept; after a kill each is whole or absent. A bulk
    // import's cost is mostly a transaction's fixed work (the log, the search index's segments),
    // which this pays once for them all. Outcomes in the order of results; when the transaction
    // itself fails, every document is reported failed with that reason and none is written.
    QList<SaveOutcome> saveAll(const QList<const ImportResult *> &results);

    // The statistical neighbour sets; written once, from the bundled register, into a new database.
    bool saveNeighbours(const QList<StatisticalNeighbour> &neighbours, QString *error);
    QList<StatisticalNeighbour> neighbours(int laNumber) const;
    bool hasNeighbours() const;

    QList<Authority> authorities() const; // those the database holds documents for
    QList<Document> documents() const; // as listed: without their text, file, hash or reading choices
    // The same, handed over one at a time, for a caller that keeps none of them: a listing written
    // as it is read touches the memory of one document, not of thousands.
    void forEachDocument(const std::function<void(const Document &)> &visit) const;
    Document document(qint64 id) const; // with its text
    // The grades the matrix, charts and exports show: confirmed ones and accepted candidates.
    QList<Judgement> judgements(int laNumber = 0) const;
    // Grades waiting for an officer; with includeDecided also those accepted or rejected, with
    // who decided each and when.
    QList<Judgement> candidates(bool includeDecided = false) const;
    // Records an officer's decision on a candidate (Accepted or Rejected; ToReview undoes one).
    // The decision is kept by statementKey, so that it holds again when the document is imported
    // again or the database is rebuilt.
    bool decide(qint64 judgementId, ReviewState decision, QString *error);
    // Removes a document and everything read from it; officers' decisions are kept.
    bool removeDocument(qint64 documentId, QString *error);
    // What identifies a statement across imports: the document's text, the span and what it says.
    static QString statementKey(const QByteArray &documentSha256, const Judgement &judgement);
    QList<Finding> findings(int laNumber = 0) const;
    QList<Indicator> indicators() const;
    QList<Observation> observations(int laNumber = 0, const QString &indicatorCode = QString()) const;
    // The values of indicators held for one authority only (a plan's own table): what the
    // indicator list judges against targets. Published data for many authorities is left out,
    // so the window opens without reading every authority's figures.
    QList<Observation> singleAuthorityObservations() const;
    // An indicator's values as a chart compares them: every authority's from data files (a national
    // comparison ranks them all) and, of the plans' own values (rows of no data file), only those of
    // the authorities named, so that a database of every council's plan reviews is not read whole
    // at each choice of indicator.
    QList<Observation> indicatorValues(const QString &indicatorCode, const QList<int> &planAuthorities) const;
    QList<Passage> passages(qint64 documentId) const;
    // A PDF's own bytes (empty for a text or data file), and where its words sit on its pages.
    QByteArray documentFile(qint64 documentId) const;
    QList<PageBox> pageBoxes(qint64 documentId) const;
    // The page and the rectangles of a span of a PDF document; invalid for other documents.
    PageArea pageArea(const Evidence &evidence) const;
    // Full-text search over passages; a malformed query sets error and returns nothing.
    QList<Passage> search(const QString &query, QString *error, int limit = 200) const;

    // PRAGMA integrity_check on a file; on a server, what the store relies on that SQL does not
    // enforce. An empty string when sound, else what was found.
    QString integrityProblem() const;
    struct DocumentCounts
    {
        int judgements = 0;
        int findings = 0;
        int observations = 0;
        int passages = 0;
        bool operator==(const DocumentCounts &o) const
        {
            return judgements == o.judgements && findings == o.findings && observations == o.observations
                && passages == o.passages;
        }
    };
    DocumentCounts counts(qint64 documentId) const;

    // The first failure of a read since the last takeLastError() (reads return nothing on failure).
    QString lastError() const { return m_lastError; }
    QString takeLastError() const { return std::exchange(m_lastError, QString()); }

    // What can still be read of each document in a damaged database file, read straight from
    // the file without opening it as a store: its name, text, reading choices and, for a PDF, the file.
    struct SalvagedDocument
    {
        QString sourceName;
        QString text;
        QString readingChoices;
        QByteArray fileBytes;
    };
    static QList<SalvagedDocument> salvage(const QString &path);
    // Officers' decisions, read from a damaged file for its rebuild and written into the new one
    // before its documents are imported again.
    struct Decision
    {
        QString statementKey;
        ReviewState decision = ReviewState::ToReview;
        QString decidedAt;
        QString decidedBy;
    };
    static QList<Decision> salvageDecisions(const QString &path);
    bool restoreDecisions(const QList<Decision> &decisions, QString *error);

private:
    template<typename Read> auto readOnce(const Read &read) const;

    mutable QString m_lastError; // first: the parts below keep a reference to it
    Database m_db;
    RowMapper m_rows;
    std::unique_ptr<DocumentQueries> m_documents;
    std::unique_ptr<JudgementQueries> m_judgements;
    std::unique_ptr<IndicatorQueries> m_indicators;
    std::unique_ptr<AuthorityQueries> m_authorities;
};
