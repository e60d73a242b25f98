#include "DocumentQueries.h"

#include "Database.h"
#include "RowMapper.h"
#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using StoreSql::nullable;

QList<Document> DocumentQueries::documents() const
{
    QList<Document> out;
    forEachDocument([&out](Document &&d) { out.append(std::move(d)); });
    return out;
}

bool DocumentQueries::forEachDocument(const std::function<void(Document &&)> &visit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(m_db.dialect().readsRowByRowBesideOtherQueries()); // rows are read once, in order: Qt
                                                                        // keeps no copy of those already read
    if (!q.exec(QStringLiteral("SELECT ") + RowMapper::listedDocumentColumns(m_db.dialect())
            + QStringLiteral(" FROM document d ORDER BY d.published NULLS FIRST, d.id"))) {
        m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "reading documents"));
        return false;
    }
    const QHash<int, Authority> authorities = m_rows.authorities();
    if (!m_error.isEmpty())
        return false;
    while (q.next()) {
        Document d = RowMapper::documentFromRow(q, false);
        // The listing's documents share their authority's strings, read once for all of them.
        if (d.authority.laNumber != 0)
            d.authority = authorities.value(d.authority.laNumber, d.authority);
        visit(std::move(d));
    }
    if (q.lastError().isValid()) {
        m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "reading documents"));
        return false;
    }
    return true;
}

Document DocumentQueries::document(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT ") + RowMapper::documentColumns(m_db.dialect())
            + QStringLiteral(" FROM document d LEFT JOIN authority a ON a.la_number = d.la_number "
                             "WHERE d.id = ?"))) {
        m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "preparing a document read"));
        return Document();
    }
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Document();
    Document d = RowMapper::documentFromRow(q, true);
    d.originalText = m_rows.documentText(id);
    if (d.pageCount > 0)
        d.fileBytes = m_rows.documentFile(id);
    return d;
}

QList<Passage> DocumentQueries::passages(qint64 documentId) const
{
    QList<Passage> out;
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT id, ordinal, heading, text, span_start, span_end FROM passage "
                                  "WHERE document_id = ? ORDER BY ordinal"))) {
        m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "preparing the passage query"));
        return out;
    }
    q.addBindValue(documentId);
    if (!q.exec()) {
        m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "the passage query"));
        return out;
    }
    RowMapper::PageSeeks pageSeeks;
    while (q.next()) {
        Passage p;
        p.id = q.value(0).toLongLong();
        p.documentId = documentId;
        p.ordinal = q.value(1).toInt();
        p.heading = q.value(2).toString();
        p.text = q.value(3).toString();
        p.span = { documentId, q.value(4).toInt(), q.value(5).toInt() };
        p.span.page = m_rows.pageOf(p.span, pageSeeks);
        out.append(std::move(p));
    }
    return out;
}

namespace {
QString refusedSearch(const QString &query, const QString &reason)
{
    return QCoreApplication::translate("Store",
        "\"%1\" is not a search the index understands (%2). Put words in double quotes to search for "
        "them exactly as written.")
        .arg(query, reason);
}
} // namespace

QList<Passage> DocumentQueries::search(const QString &query, QString *error, int limit) const
{
    QList<Passage> out;
    if (query.trimmed().isEmpty())
        return out;
    QString refusal;
    const QString terms = m_db.dialect().searchTerms(query, &refusal);
    if (!refusal.isEmpty()) {
        *error = refusedSearch(query, refusal);
        return out;
    }
    QSqlQuery q(m_db.connection());
    if (!q.prepare(m_db.dialect().search())) {
        *error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "preparing the search"));
        return out;
    }
    q.addBindValue(terms);
    q.addBindValue(limit);
    if (!q.exec()) {
        const QString reason = q.lastError().databaseText();
        if (!m_db.dialect().searchCanRefuseQueries()) {
            *error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "the search"));
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

Store::DocumentCounts DocumentQueries::counts(qint64 documentId) const
{
    Store::DocumentCounts c;
    int *targets[] = { &c.judgements, &c.findings, &c.observations, &c.passages };
    const char *tables[] = { "judgement", "finding", "observation", "passage" };
    for (int i = 0; i < 4; ++i) {
        QSqlQuery q(m_db.connection());
        // Table names come from the list above, never from input.
        if (!q.prepare(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(tables[i])
                + QStringLiteral(" WHERE document_id = ?"))) {
            m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "preparing a count"));
            return c;
        }
        q.addBindValue(documentId);
        if (q.exec() && q.next())
            *targets[i] = q.value(0).toInt();
    }
    return c;
}

bool DocumentQueries::isEmpty() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT 1 FROM document LIMIT 1")) && !q.next();
}

bool DocumentQueries::removeDocument(qint64 documentId, QString *error) const
{
    if (m_db.isReadOnly()) {
        *error = tr("the database %1 is read-only; nothing can be removed from it").arg(m_db.databasePath());
        return false;
    }
    QSqlDatabase d = m_db.connection();
    if (!d.transaction()) {
        *error = tr("cannot start removing the document: %1").arg(d.lastError().text());
        return false;
    }
    QSqlQuery q(d);
    auto step = [&](const QString &sql, const char *what) {
        if (!q.prepare(sql)) {
            *error = StoreSql::error(q, what);
            return false;
        }
        q.addBindValue(documentId);
        if (!q.exec()) {
            *error = StoreSql::error(q, what);
            return false;
        }
        return true;
    };
    // The search index first, while the passages are there to name their terms (SQLite's keeps
    // a copy of its own). The rest follows the document by cascade.
    const QString unindex = m_db.dialect().unindexDocument();
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
    if (!m_db.announceChange(error)) {
        d.rollback();
        return false;
    }
    if (!d.commit()) {
        *error = tr("cannot remove the document: %1").arg(d.lastError().text());
        return false;
    }
    m_rows.forget(documentId);
    return true;
}
