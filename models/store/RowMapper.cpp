#include "RowMapper.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "text/CleanText.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

QString RowMapper::documentText(qint64 id) const
{
    const auto it = m_textCache.constFind(id);
    if (it != m_textCache.cend())
        return *it;
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT original_text FROM document WHERE id = ?"))) {
        m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "preparing a document read"));
        return QString();
    }
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "reading a document"));
        return QString();
    }
    const QString text = q.value(0).toString();
    m_textCache.insert(id, text);
    return text;
}

QString RowMapper::evidenceText(const Evidence &e) const
{
    // Evidence is a span of the original; it is read with the conversion artefacts cleaned away.
    return CleanText::clean(documentText(e.documentId), e.start, e.end);
}

const RowMapper::DocumentHeading &RowMapper::heading(qint64 documentId) const
{
    if (documentId > m_headingsUpTo) {
        // The documents saved since the last look, in one query (the listing index holds both
        // columns): asking document by document cost a query for each of the thousand letters a
        // window opens on, and joining the documents to every grade read each one's row.
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(m_db.dialect().readsRowByRowBesideOtherQueries());
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
            m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "reading documents' titles"));
    }
    static const DocumentHeading none;
    const auto it = m_headings.constFind(documentId);
    return it == m_headings.cend() ? none : *it;
}

int RowMapper::pageOf(const Evidence &evidence) const
{
    PageSeeks once;
    return pageOf(evidence, once);
}

int RowMapper::pageOf(const Evidence &e, PageSeeks &seeks) const
{
    if (heading(e.documentId).pageCount <= 0)
        return 0;
    if (m_pageBoxCache.contains(e.documentId) || !m_db.dialect().runsInProcess())
        return pageAreaOf(pageBoxes(e.documentId), e.start, e.end).page;
    // In process, the page is found by seeking the (document, start) key: the box around the start
    // or, when the start falls between boxes, the first after it (as pageAreaOf() finds it). Reading
    // every box of every PDF to name one page for each grade made the window open 140 ms later on
    // the England corpus's 136 PDFs (185,000 boxes).
    if (!seeks.prepared) {
        seeks.around = QSqlQuery(m_db.connection());
        seeks.after = QSqlQuery(m_db.connection());
        if (!seeks.around.prepare(QStringLiteral("SELECT page, span_end FROM page_box WHERE document_id = ? "
                                                 "AND span_start <= ? ORDER BY span_start DESC LIMIT 1"))
            || !seeks.after.prepare(
                QStringLiteral("SELECT page FROM page_box WHERE document_id = ? AND "
                               "span_start > ? AND span_start < ? ORDER BY span_start LIMIT 1"))) {
            m_error = StoreSql::error(seeks.around.lastError().isValid() ? seeks.around : seeks.after,
                QT_TRANSLATE_NOOP("Store", "preparing the page lookup"));
            return 0;
        }
        seeks.prepared = true;
    }
    // Whether a seek found a row (false with the error kept when it failed). Each statement is reset
    // once its row is read, so that it holds no read open between the rows of the caller's query.
    const auto seek = [this](QSqlQuery &q, const QVariantList &values) {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (q.exec())
            return q.next();
        m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "the page lookup"));
        return false;
    };
    const bool inBox = seek(seeks.around, { e.documentId, e.start })
        && seeks.around.value(1).toInt() > e.start;
    const int boxPage = inBox ? seeks.around.value(0).toInt() : 0;
    seeks.around.finish();
    if (inBox)
        return boxPage;
    const int nextPage = seek(seeks.after, { e.documentId, e.start, e.end }) ? seeks.after.value(0).toInt()
                                                                             : 0;
    seeks.after.finish();
    return nextPage;
}

QByteArray RowMapper::documentFile(qint64 documentId) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT bytes FROM document_file WHERE document_id = ?"))) {
        m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "preparing a file read"));
        return {};
    }
    q.addBindValue(documentId);
    if (!q.exec()) {
        m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "reading a document's file"));
        return {};
    }
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

QList<PageBox> RowMapper::pageBoxes(qint64 documentId) const
{
    const auto cached = m_pageBoxCache.constFind(documentId);
    if (cached != m_pageBoxCache.cend())
        return *cached;
    QList<PageBox> out;
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT span_start, span_end, page, x, y, width, height FROM page_box "
                                  "WHERE document_id = ? ORDER BY span_start"))) {
        m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "preparing the page boxes query"));
        return out;
    }
    q.addBindValue(documentId);
    q.setForwardOnly(m_db.dialect().readsRowByRowBesideOtherQueries());
    if (!q.exec()) {
        m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "the page boxes query"));
        return out;
    }
    while (q.next())
        out.append({ q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(),
            QRectF(q.value(3).toDouble(), q.value(4).toDouble(), q.value(5).toDouble(),
                q.value(6).toDouble()) });
    m_pageBoxCache.insert(documentId, out);
    return out;
}

PageArea RowMapper::pageArea(const Evidence &evidence) const
{
    return pageOf(evidence) > 0 ? pageAreaOf(pageBoxes(evidence.documentId), evidence.start, evidence.end)
                                : PageArea();
}

QHash<int, Authority> RowMapper::authorities() const
{
    QHash<int, Authority> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(m_db.dialect().readsRowByRowBesideOtherQueries());
    if (!q.exec(QStringLiteral("SELECT la_number, name, region, type FROM authority"))) {
        m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "the authority lookup"));
        return out;
    }
    while (q.next()) {
        const int la = q.value(0).toInt();
        out.insert(la, { la, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {} });
    }
    return out;
}

QString RowMapper::listedDocumentColumns(const SqlDialect &dialect)
{
    // What a listing shows of a document; document(id) reads the rest (listing a thousand documents
    // spent a third of its time converting their hashes and reading choices, which no listing shows).
    const StoreSql::Utf8Column text(dialect);
    const QStringList columns { QStringLiteral("d.id"), text("d.kind"), QStringLiteral("d.la_number"),
        text("d.published"), text("d.title"), text("d.issuer"), text("d.source_name"),
        QStringLiteral("d.page_count"), text("d.imported_by"), text("d.imported_at") };
    return columns.join(QStringLiteral(", "));
}

QString RowMapper::documentColumns(const SqlDialect &dialect)
{
    // With its authority named: one document is read with a join to the authority table.
    return listedDocumentColumns(dialect)
        + QStringLiteral(", d.encoding, d.sha256, d.reading_choices, a.name, a.region, a.type");
}

Document RowMapper::documentFromRow(const QSqlQuery &q, bool whole)
{
    Document d;
    d.id = q.value(0).toLongLong();
    using StoreSql::text;
    d.kind = documentKindFromKey(text(q.value(1)));
    d.authority.laNumber = q.value(2).toInt(); // 0 for a NULL: about no single authority
    d.published = StoreSql::isoDate(text(q.value(3)));
    d.title = text(q.value(4));
    d.issuer = text(q.value(5));
    d.sourceName = text(q.value(6));
    d.pageCount = q.value(7).toInt();
    d.importedBy = text(q.value(8));
    d.importedAt = StoreSql::isoTime(text(q.value(9)));
    if (whole) {
        d.encoding = q.value(10).toString();
        d.sha256 = QByteArray::fromHex(q.value(11).toString().toLatin1());
        d.readingChoices = q.value(12).toString();
        if (d.authority.laNumber != 0)
            d.authority = { d.authority.laNumber, q.value(13).toString(), q.value(14).toString(),
                q.value(15).toString(), {} };
    }
    return d;
}

void RowMapper::forget(qint64 documentId) const
{
    m_textCache.remove(documentId);
    // The id may be given again to the next document saved.
    m_headings.remove(documentId);
    m_headingsUpTo = std::min(m_headingsUpTo, documentId - 1);
    m_pageBoxCache.remove(documentId);
}

void RowMapper::clear() const
{
    m_textCache.clear();
    m_headings.clear();
    m_headingsUpTo = 0;
    m_pageBoxCache.clear();
}
