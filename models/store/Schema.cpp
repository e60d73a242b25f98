#include "Schema.h"

namespace Schema {

using Backend = DatabaseLocation::Backend;

const QList<Migration> &migrations()
{
    static const QList<Migration> list {
        { 1,
            {
                QStringLiteral("CREATE TABLE authority ("
                               " la_number INTEGER PRIMARY KEY,"
                               " name TEXT NOT NULL,"
                               " region TEXT,"
                               " type TEXT)"),
                QStringLiteral("CREATE TABLE document ("
                               " id INTEGER PRIMARY KEY,"
                               " sha256 TEXT NOT NULL UNIQUE,"
                               " kind TEXT NOT NULL,"
                               " la_number INTEGER REFERENCES authority(la_number),"
                               " published TEXT,"
                               " title TEXT,"
                               " issuer TEXT,"
                               " source_name TEXT,"
                               " encoding TEXT,"
                               " original_text TEXT NOT NULL,"
                               " imported_at TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX document_authority ON document(la_number, published)"),
                QStringLiteral("CREATE TABLE judgement ("
                               " id INTEGER PRIMARY KEY,"
                               " document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
                               " la_number INTEGER NOT NULL REFERENCES authority(la_number),"
                               " year INTEGER NOT NULL,"
                               " framework TEXT NOT NULL,"
                               " area TEXT NOT NULL,"
                               " grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 4),"
                               " label TEXT,"
                               " span_start INTEGER NOT NULL,"
                               " span_end INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX judgement_lookup ON judgement(la_number, year, framework)"),
                QStringLiteral("CREATE INDEX judgement_document ON judgement(document_id)"),
                QStringLiteral("CREATE TABLE finding ("
                               " id INTEGER PRIMARY KEY,"
                               " document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
                               " la_number INTEGER NOT NULL REFERENCES authority(la_number),"
                               " year INTEGER NOT NULL,"
                               " framework TEXT NOT NULL,"
                               " area TEXT,"
                               " kind TEXT NOT NULL,"
                               " text TEXT NOT NULL,"
                               " span_start INTEGER NOT NULL,"
                               " span_end INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX finding_lookup ON finding(la_number, year)"),
                QStringLiteral("CREATE INDEX finding_document ON finding(document_id)"),
                QStringLiteral("CREATE TABLE indicator ("
                               " id INTEGER PRIMARY KEY,"
                               " code TEXT NOT NULL UNIQUE,"
                               " title TEXT NOT NULL,"
                               " unit TEXT,"
                               " section TEXT,"
                               " polarity TEXT)"),
                QStringLiteral("CREATE TABLE observation ("
                               " id INTEGER PRIMARY KEY,"
                               " document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
                               " indicator_id INTEGER NOT NULL REFERENCES indicator(id),"
                               " la_number INTEGER NOT NULL REFERENCES authority(la_number),"
                               " kind TEXT NOT NULL,"
                               " series TEXT,"
                               " period_text TEXT,"
                               " period_start TEXT,"
                               " period_end TEXT,"
                               " value REAL,"
                               " comparator TEXT,"
                               " unit TEXT,"
                               " note TEXT,"
                               " raw TEXT NOT NULL,"
                               " flag TEXT,"
                               " span_start INTEGER NOT NULL,"
                               " span_end INTEGER NOT NULL)"),
                QStringLiteral(
                    "CREATE INDEX observation_lookup ON observation(indicator_id, la_number, period_start)"),
                QStringLiteral("CREATE INDEX observation_authority ON observation(la_number)"),
                QStringLiteral("CREATE INDEX observation_document ON observation(document_id)"),
                QStringLiteral("CREATE TABLE passage ("
                               " id INTEGER PRIMARY KEY,"
                               " document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
                               " ordinal INTEGER NOT NULL,"
                               " heading TEXT,"
                               " text TEXT NOT NULL,"
                               " span_start INTEGER NOT NULL,"
                               " span_end INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX passage_document ON passage(document_id, ordinal)"),
                // External-content FTS: the text lives once, in passage.
                { Backend::Sqlite,
                    QStringLiteral(
                        "CREATE VIRTUAL TABLE passage_fts USING fts5(heading, text, content='passage', "
                        "content_rowid='id', tokenize='unicode61 remove_diacritics 2')") },
                // PostgreSQL keeps the terms in the row, computed as it is written, under a GIN index.
                { Backend::Postgres,
                    QStringLiteral("ALTER TABLE passage ADD COLUMN search tsvector GENERATED ALWAYS AS "
                                   "(to_tsvector('simple', coalesce(heading, '') || ' ' || text)) STORED") },
                { Backend::Postgres,
                    QStringLiteral("CREATE INDEX passage_search ON passage USING GIN (search)") },
            } },
        { 2,
            {
                // Indicator data from the DfE: measure definitions, versions of a period, missing values,
                // and the statistical neighbour sets.
                QStringLiteral("ALTER TABLE indicator ADD COLUMN topic TEXT"),
                QStringLiteral("ALTER TABLE indicator ADD COLUMN short_name TEXT"),
                QStringLiteral("ALTER TABLE indicator ADD COLUMN description TEXT"),
                QStringLiteral("ALTER TABLE indicator ADD COLUMN year_type TEXT"),
                QStringLiteral("ALTER TABLE indicator ADD COLUMN decimals INTEGER"),
                QStringLiteral("ALTER TABLE observation ADD COLUMN qualifier TEXT"),
                QStringLiteral("ALTER TABLE observation ADD COLUMN missing_marker TEXT"),
                QStringLiteral("ALTER TABLE observation ADD COLUMN source_row INTEGER"),
                QStringLiteral("CREATE TABLE neighbour ("
                               " la_number INTEGER NOT NULL,"
                               " model_year INTEGER NOT NULL,"
                               " rank INTEGER NOT NULL,"
                               " neighbour_la_number INTEGER NOT NULL,"
                               " closeness TEXT,"
                               " PRIMARY KEY (la_number, model_year, rank))"),
            } },
        { 3,
            {
                // England's figures add 600,000 values in one import, and each index costs time on
                // every row. Values for one authority are found through observation_lookup, one seek
                // per indicator (see Store::observations), so this index is not needed.
                QStringLiteral("DROP INDEX observation_authority"),
            } },
        { 4,
            {
                // What a database remembers of itself, such as whether the published figures it was
                // created with have all been added (seeding runs in the background and may be cut short).
                QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT)"),
            } },
        { 5,
            {
                // The choices a data table was read with (its breakdowns and measures), so that
                // `check` and `--rebuild` read its stored text as it was imported.
                QStringLiteral("ALTER TABLE document ADD COLUMN reading_choices TEXT"),
            } },
        { 6,
            {
                // PDFs: their pages, the file itself (to show a page and to read it again when the
                // database is checked or rebuilt), and where each word of the text sits on its page.
                QStringLiteral("ALTER TABLE document ADD COLUMN page_count INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("CREATE TABLE document_file ("
                               " document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,"
                               " bytes BLOB NOT NULL)"),
                QStringLiteral("CREATE TABLE page_box ("
                               " document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
                               " span_start INTEGER NOT NULL,"
                               " span_end INTEGER NOT NULL,"
                               " page INTEGER NOT NULL,"
                               " x REAL NOT NULL, y REAL NOT NULL, width REAL NOT NULL, height REAL NOT NULL,"
                               " PRIMARY KEY (document_id, span_start))"),
            } },
        { 7,
            {
                // Grades read from papers and news that quote them: where each was read, how surely,
                // and whether it waits for an officer. Earlier rows are letters' grades, all confirmed.
                QStringLiteral("ALTER TABLE judgement ADD COLUMN source_kind TEXT NOT NULL DEFAULT 'letter'"),
                QStringLiteral("ALTER TABLE judgement ADD COLUMN confidence REAL NOT NULL DEFAULT 1"),
                QStringLiteral("ALTER TABLE judgement ADD COLUMN review TEXT NOT NULL DEFAULT 'confirmed'"),
                QStringLiteral("ALTER TABLE judgement ADD COLUMN note TEXT"),
                // Officers' decisions are keyed by what the statement says and where (see
                // Store::statementKey), not by row: rows are new each time a document is imported
                // again, and a decision must outlive that and a rebuild.
                QStringLiteral("CREATE TABLE review_decision ("
                               " statement_key TEXT PRIMARY KEY,"
                               " decision TEXT NOT NULL,"
                               " decided_at TEXT)"),
            } },
        { 8,
            {
                // Listing the documents reads this index alone: the columns added after the text
                // (reading_choices, page_count) would otherwise be reached through every document's
                // text, a cost that grows with the file.
                QStringLiteral(
                    "CREATE INDEX document_listing ON document(published, id, kind, la_number, title, "
                    "issuer, source_name, encoding, sha256, reading_choices, page_count)"),
            } },
        { 9,
            {
                // A grade's sentence as shown, kept with it: opening the window then reads the
                // sentences, not every document's whole text. Rows saved before have none, and
                // are read from their document's text as before.
                QStringLiteral("ALTER TABLE judgement ADD COLUMN evidence_text TEXT"),
            } },
        { 10,
            {
                // Who imported a document and who decided on a grade: the database user on a
                // shared server, the login name on a desktop's own file. Earlier rows say nobody.
                QStringLiteral("ALTER TABLE document ADD COLUMN imported_by TEXT"),
                QStringLiteral("ALTER TABLE review_decision ADD COLUMN decided_by TEXT"),
            } },
        { 11,
            {
                // The listing index again, now holding exactly what a listing shows (RowMapper's
                // listedDocumentColumns), who imported and when included: without them every
                // listing walked each document's text to reach the columns after it, and opening
                // a 460 MB file for one command cost 130 ms more than opening none.
                QStringLiteral("DROP INDEX document_listing"),
                QStringLiteral(
                    "CREATE INDEX document_listing ON document(published, id, kind, la_number, title, "
                    "issuer, source_name, page_count, imported_by, imported_at)"),
            } },
        { 12,
            {
                // An indicator's values from data files, found without reading its plan rows: a
                // database of every council's plan reviews holds a thousand or more plan rows for
                // one indicator, and choosing it reads only the compared authorities' (by
                // observation_lookup) and the published ones (by this).
                QStringLiteral(
                    "CREATE INDEX observation_published ON observation(indicator_id) WHERE source_row > 0"),
            } },
    };
    return list;
}

int latestVersion()
{
    return migrations().isEmpty() ? 0 : migrations().last().version;
}

} // namespace Schema
