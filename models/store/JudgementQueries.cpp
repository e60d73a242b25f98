#include "JudgementQueries.h"

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

#include <algorithm>

using StoreSql::nullable;
#include "Store.h"

QList<Judgement> JudgementQueries::judgements(int laNumber) const
{
    return judgementsWhere(QStringLiteral("(? = 0 OR j.la_number = ?) AND j.review IN (?, ?)"),
        { laNumber, laNumber, reviewStateKey(ReviewState::Confirmed),
            reviewStateKey(ReviewState::Accepted) });
}

QList<Judgement> JudgementQueries::candidates(bool includeDecided) const
{
    if (includeDecided) {
        QList<Judgement> out = judgementsWhere(
            QStringLiteral("j.review <> ?"), { reviewStateKey(ReviewState::Confirmed) });
        // Only the review lists who decided: the matrix's accepted grades are read without it.
        readDecisions(out);
        return out;
    }
    return judgementsWhere(QStringLiteral("j.review = ?"), { reviewStateKey(ReviewState::ToReview) });
}

QList<Judgement> JudgementQueries::judgementsWhere(const QString &condition, const QVariantList &values) const
{
    QList<Judgement> out;
    // The authorities' names from the lookup, shared by all their grades, and the text columns as
    // UTF-8 (SqlDialect::textAsUtf8): converting each of the England corpus's 5,900 grades' ten
    // text columns from UTF-16 a character at a time was most of reading them for the window.
    const QHash<int, Authority> authorities = m_rows.authorities();
    if (!m_error.isEmpty())
        return out;
    const SqlDialect &dialect = m_db.dialect();
    const StoreSql::Utf8Column utf8(dialect);
    const QStringList columns { QStringLiteral("j.la_number"), QStringLiteral("j.year"), utf8("j.framework"),
        utf8("j.area"), QStringLiteral("j.grade"), utf8("j.label"), QStringLiteral("j.document_id"),
        QStringLiteral("j.span_start"), QStringLiteral("j.span_end"), utf8("j.source_kind"),
        QStringLiteral("j.confidence"), utf8("j.review"), utf8("j.note"), QStringLiteral("j.id"),
        utf8("j.evidence_text") };
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(dialect.readsRowByRowBesideOtherQueries());
    if (!q.prepare(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "))
            + QStringLiteral(" FROM judgement j JOIN authority a ON a.la_number = j.la_number WHERE ")
            + condition + QStringLiteral(" ORDER BY a.name, j.year, j.framework, j.id"))) {
        m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "preparing the judgement query"));
        return out;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "the judgement query"));
        return out;
    }
    using StoreSql::text;
    RowMapper::PageSeeks pageSeeks;
    while (q.next()) {
        Judgement j;
        const int la = q.value(0).toInt();
        j.authority = authorities.value(la, Authority { la, {}, {}, {}, {} });
        j.year = q.value(1).toInt();
        j.framework = frameworkFromKey(text(q.value(2)));
        j.area = text(q.value(3));
        j.grade = q.value(4).toInt();
        j.label = text(q.value(5));
        j.evidence = { q.value(6).toLongLong(), q.value(7).toInt(), q.value(8).toInt() };
        j.evidence.page = m_rows.pageOf(j.evidence, pageSeeks);
        j.documentTitle = m_rows.heading(j.evidence.documentId).title;
        const QVariant quoted = q.value(14);
        j.evidenceText = quoted.isNull() ? m_rows.evidenceText(j.evidence) : text(quoted);
        j.source = sourceKindFromKey(text(q.value(9)));
        j.confidence = q.value(10).toDouble();
        j.review = reviewStateFromKey(text(q.value(11)));
        j.note = text(q.value(12));
        j.id = q.value(13).toLongLong();
        out.append(std::move(j));
    }
    return out;
}

void JudgementQueries::readDecisions(QList<Judgement> &judgements) const
{
    const bool anyDecided = std::any_of(judgements.cbegin(), judgements.cend(), [](const Judgement &j) {
        return j.review == ReviewState::Accepted || j.review == ReviewState::Rejected;
    });
    if (!anyDecided)
        return;
    // A decision is kept by statement (document text, span and reading), not by row, so that it
    // outlives a removal and a rebuild: each decided row's key is worked out as decide() made it.
    // Decisions are an officer's, a few hundred at most; their table is read whole.
    struct Decided
    {
        QString by;
        QDateTime at;
    };
    QHash<QString, Decided> decided;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT statement_key, decided_by, decided_at FROM review_decision"))) {
        m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "reading who decided on grades"));
        return;
    }
    while (q.next())
        decided.insert(
            q.value(0).toString(), { q.value(1).toString(), StoreSql::isoTime(q.value(2).toString()) });
    QSqlQuery sha(m_db.connection());
    if (!sha.prepare(QStringLiteral("SELECT sha256 FROM document WHERE id = ?"))) {
        m_error = StoreSql::error(sha, QT_TRANSLATE_NOOP("Store", "preparing the document hash lookup"));
        return;
    }
    QHash<qint64, QByteArray> hashes;
    for (Judgement &j : judgements) {
        if (j.review != ReviewState::Accepted && j.review != ReviewState::Rejected)
            continue;
        auto hash = hashes.find(j.evidence.documentId);
        if (hash == hashes.end()) {
            sha.bindValue(0, j.evidence.documentId);
            if (!sha.exec()) {
                m_error = StoreSql::error(sha, QT_TRANSLATE_NOOP("Store", "the document hash lookup"));
                return;
            }
            hash = hashes.insert(j.evidence.documentId,
                sha.next() ? QByteArray::fromHex(sha.value(0).toString().toLatin1()) : QByteArray());
            sha.finish();
        }
        const auto it = decided.constFind(Store::statementKey(*hash, j));
        if (it != decided.cend()) {
            j.decidedBy = it->by;
            j.decidedAt = it->at;
        }
    }
}

bool JudgementQueries::decide(qint64 judgementId, ReviewState decision, QString *error) const
{
    if (m_db.isReadOnly()) {
        *error = tr("the database %1 is read-only; no decision can be recorded").arg(m_db.databasePath());
        return false;
    }
    if (decision == ReviewState::Confirmed) {
        *error = tr("a grade can only be accepted, rejected or put back for review");
        return false;
    }
    QSqlDatabase d = m_db.connection();
    QSqlQuery q(d);
    if (!q.prepare(QStringLiteral("SELECT d.sha256, j.la_number, j.year, j.framework, j.area, j.grade, "
                                  "j.span_start, j.span_end, j.review FROM judgement j "
                                  "JOIN document d ON d.id = j.document_id WHERE j.id = ?"))) {
        *error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "preparing the candidate lookup"));
        return false;
    }
    q.addBindValue(judgementId);
    if (!q.exec()) {
        *error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "looking up a candidate"));
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
    const QString key = Store::statementKey(QByteArray::fromHex(q.value(0).toString().toLatin1()), j);
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
            return fail(StoreSql::error(w, QT_TRANSLATE_NOOP("Store", "preparing the decision's removal")));
        w.addBindValue(key);
    } else {
        if (!w.prepare(QStringLiteral(
                "INSERT INTO review_decision (statement_key, decision, decided_at, decided_by) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (statement_key) DO UPDATE SET "
                "decision = excluded.decision, decided_at = excluded.decided_at, decided_by = "
                "excluded.decided_by")))
            return fail(StoreSql::error(w, QT_TRANSLATE_NOOP("Store", "preparing the decision's record")));
        w.addBindValue(key);
        w.addBindValue(reviewStateKey(decision));
        w.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        w.addBindValue(nullable(m_db.userName()));
    }
    if (!w.exec())
        return fail(StoreSql::error(w, QT_TRANSLATE_NOOP("Store", "recording a decision")));
    if (!w.prepare(QStringLiteral("UPDATE judgement SET review = ? WHERE id = ?")))
        return fail(StoreSql::error(w, QT_TRANSLATE_NOOP("Store", "preparing the candidate's update")));
    w.addBindValue(reviewStateKey(decision));
    w.addBindValue(judgementId);
    if (!w.exec())
        return fail(StoreSql::error(w, QT_TRANSLATE_NOOP("Store", "updating a candidate")));
    QString announced;
    if (!m_db.announceChange(&announced))
        return fail(announced);
    if (!d.commit())
        return fail(tr("cannot record the decision: %1").arg(d.lastError().text()));
    return true;
}

bool JudgementQueries::restoreDecisions(const QList<Store::Decision> &decisions, QString *error) const
{
    StoreSql::Batch b(4);
    for (const Store::Decision &decision : decisions) {
        if (decision.decision == ReviewState::Accepted || decision.decision == ReviewState::Rejected)
            b.add({ decision.statementKey, reviewStateKey(decision.decision), nullable(decision.decidedAt),
                nullable(decision.decidedBy) });
    }
    QSqlQuery q(m_db.connection());
    return b.exec(q, m_db.dialect(),
        QStringLiteral("INSERT INTO review_decision (statement_key, decision, decided_at, decided_by) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (statement_key) DO NOTHING"),
        error);
}

QList<Finding> JudgementQueries::findings(int laNumber) const
{
    QList<Finding> out;
    // As the grades are read: names from the lookup, text as UTF-8.
    const QHash<int, Authority> authorities = m_rows.authorities();
    if (!m_error.isEmpty())
        return out;
    const SqlDialect &dialect = m_db.dialect();
    const StoreSql::Utf8Column utf8(dialect);
    const QStringList columns { QStringLiteral("f.la_number"), QStringLiteral("f.year"), utf8("f.framework"),
        utf8("f.area"), utf8("f.kind"), utf8("f.text"), QStringLiteral("f.document_id"),
        QStringLiteral("f.span_start"), QStringLiteral("f.span_end") };
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(dialect.readsRowByRowBesideOtherQueries());
    if (!q.prepare(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "))
            + QStringLiteral(" FROM finding f JOIN authority a ON a.la_number = f.la_number "
                             "WHERE (? = 0 OR f.la_number = ?) ORDER BY a.name, f.year, f.id"))) {
        m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "preparing the findings query"));
        return out;
    }
    q.addBindValue(laNumber);
    q.addBindValue(laNumber);
    if (!q.exec()) {
        m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "the findings query"));
        return out;
    }
    using StoreSql::text;
    RowMapper::PageSeeks pageSeeks;
    while (q.next()) {
        Finding f;
        const int la = q.value(0).toInt();
        f.authority = authorities.value(la, Authority { la, {}, {}, {}, {} });
        f.year = q.value(1).toInt();
        f.framework = frameworkFromKey(text(q.value(2)));
        f.area = text(q.value(3));
        f.kind = findingKindFromKey(text(q.value(4)));
        f.text = text(q.value(5));
        f.evidence = { q.value(6).toLongLong(), q.value(7).toInt(), q.value(8).toInt() };
        f.evidence.page = m_rows.pageOf(f.evidence, pageSeeks);
        f.documentTitle = m_rows.heading(f.evidence.documentId).title;
        out.append(std::move(f));
    }
    return out;
}
