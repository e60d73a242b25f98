#include "DocumentWriter.h"

#include "SqlDialect.h"
#include "SqlSupport.h"
#include "domain/ImportResult.h"
#include "text/CleanText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace {

using StoreSql::dateOrNull;
using StoreSql::nullable;

} // namespace

Store::SaveOutcome DocumentWriter::write(const ImportResult &r, const Store::Progress &progress) const
{
    using SaveStatus = Store::SaveStatus;
    Store::SaveOutcome out;
    QSqlDatabase d = m_db;
    const QString sha = QString::fromLatin1(r.document.sha256.toHex());
    QSqlQuery q(d);

    // The caller holds the write lock (SqlDialect::beginWrite) from before the duplicate check, so two
    // processes importing the same file cannot both find it absent; it rolls back what fails.
    auto fail = [&](const QString &error) {
        out.status = SaveStatus::Failed;
        out.error = error;
        return out;
    };

    if (!q.prepare(QStringLiteral("SELECT id FROM document WHERE sha256 = ?")))
        return fail(StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "preparing the duplicate check")));
    q.addBindValue(sha);
    if (!q.exec())
        return fail(StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "the duplicate check")));
    if (q.next()) {
        out.documentId = q.value(0).toLongLong();
        out.status = SaveStatus::AlreadyPresent;
        return out;
    }

    // Authorities the document refers to.
    QList<Authority> authorities;
    QSet<int> noted;
    auto noteAuthority = [&authorities, &noted](const Authority &a) {
        if (a.isValid() && !noted.contains(a.laNumber)) {
            noted.insert(a.laNumber);
            authorities.append(a);
        }
    };
    noteAuthority(r.document.authority);
    for (const Judgement &j : r.judgements)
        noteAuthority(j.authority);
    for (const Finding &f : r.findings)
        noteAuthority(f.authority);
    for (const Observation &o : r.observations)
        noteAuthority(o.authority);
    {
        StoreSql::Batch b(4);
        for (const Authority &a : std::as_const(authorities))
            b.add({ a.laNumber, a.name, nullable(a.region), nullable(a.type) });
        QString error;
        if (!b.exec(q, m_dialect,
                QStringLiteral("INSERT INTO authority (la_number, name, region, type) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (la_number) DO NOTHING"),
                &error))
            return fail(error);
    }

    // ON CONFLICT: should another client save the same text first all the same, this one keeps
    // theirs (no row comes back) rather than failing.
    if (!q.prepare(QStringLiteral("INSERT INTO document (sha256, kind, la_number, published, title, issuer, "
                                  "source_name, encoding, original_text, imported_at, reading_choices, "
                                  "page_count, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                  "ON CONFLICT (sha256) DO NOTHING RETURNING id")))
        return fail(StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "preparing the document insert")));
    q.addBindValue(sha);
    q.addBindValue(documentKindKey(r.document.kind));
    q.addBindValue(r.document.authority.isValid() ? QVariant(r.document.authority.laNumber)
                                                  : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(dateOrNull(r.document.published));
    q.addBindValue(r.document.title);
    q.addBindValue(nullable(r.document.issuer));
    q.addBindValue(nullable(r.document.sourceName));
    q.addBindValue(nullable(r.document.encoding));
    q.addBindValue(r.document.originalText);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(nullable(r.document.readingChoices));
    q.addBindValue(r.document.pageCount);
    q.addBindValue(nullable(m_user));
    if (!q.exec())
        return fail(StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "saving the document")));
    if (!q.next()) {
        out.status = SaveStatus::AlreadyPresent;
        return out;
    }
    const qint64 docId = q.value(0).toLongLong();
    q.finish();
    QString error;
    if (!r.document.fileBytes.isEmpty()) {
        if (!q.prepare(QStringLiteral("INSERT INTO document_file (document_id, bytes) VALUES (?, ?)")))
            return fail(StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "preparing the file insert")));
        q.addBindValue(docId);
        q.addBindValue(r.document.fileBytes);
        if (!q.exec())
            return fail(StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "saving the PDF file")));
    }
    {
        StoreSql::Batch b(8);
        b.reserve(r.pageBoxes.size());
        for (const PageBox &box : r.pageBoxes)
            b.add({ docId, box.start, box.end, box.page, box.rect.x(), box.rect.y(), box.rect.width(),
                box.rect.height() });
        if (!b.exec(q, m_dialect,
                QStringLiteral("INSERT INTO page_box (document_id, span_start, span_end, page, x, y, width, "
                               "height) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                &error))
            return fail(error);
    }

    {
        // A candidate an officer decided on before (an earlier import of the same text) keeps
        // that decision.
        QSqlQuery decided(d);
        bool hasCandidates = false;
        for (const Judgement &j : r.judgements)
            hasCandidates = hasCandidates || j.review != ReviewState::Confirmed;
        if (hasCandidates
            && !decided.prepare(
                QStringLiteral("SELECT decision FROM review_decision WHERE statement_key = ?")))
            return fail(
                StoreSql::error(decided, QT_TRANSLATE_NOOP("Store", "preparing the decision lookup")));
        StoreSql::Batch b(14);
        for (const Judgement &j : r.judgements) {
            ReviewState review = j.review;
            if (review != ReviewState::Confirmed) {
                decided.addBindValue(Store::statementKey(r.document.sha256, j));
                if (!decided.exec())
                    return fail(
                        StoreSql::error(decided, QT_TRANSLATE_NOOP("Store", "looking up a decision")));
                if (decided.next())
                    review = reviewStateFromKey(decided.value(0).toString());
                decided.finish();
            }
            b.add({ docId, j.authority.laNumber, j.year, frameworkKey(j.framework), j.area, j.grade,
                nullable(j.label), j.evidence.start, j.evidence.end, sourceKindKey(j.source), j.confidence,
                reviewStateKey(review), nullable(j.note),
                CleanText::clean(r.document.originalText, j.evidence.start, j.evidence.end) });
        }
        if (!b.exec(q, m_dialect,
                QStringLiteral("INSERT INTO judgement (document_id, la_number, year, framework, area, grade, "
                               "label, span_start, span_end, source_kind, confidence, review, note, "
                               "evidence_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                &error))
            return fail(error);
    }
    {
        StoreSql::Batch b(9);
        for (const Finding &f : r.findings)
            b.add({ docId, f.authority.laNumber, f.year, frameworkKey(f.framework), nullable(f.area),
                findingKindKey(f.kind), f.text, f.evidence.start, f.evidence.end });
        if (!b.exec(q, m_dialect,
                QStringLiteral(
                    "INSERT INTO finding (document_id, la_number, year, framework, area, kind, text, "
                    "span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                &error))
            return fail(error);
    }
    QHash<QString, qint64> indicatorIds;
    {
        StoreSql::Batch b(10);
        for (const Indicator &i : r.indicators)
            b.add({ i.code, i.title, nullable(i.unit), nullable(i.section), nullable(polarityKey(i.polarity)),
                nullable(i.topic), nullable(i.shortName), nullable(i.description), nullable(i.yearType),
                i.decimals >= 0 ? QVariant(i.decimals) : QVariant(QMetaType(QMetaType::Int)) });
        if (!b.exec(q, m_dialect,
                QStringLiteral(
                    "INSERT INTO indicator (code, title, unit, section, polarity, topic, short_name, "
                    "description, year_type, decimals) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    // An indicator another document defined first keeps what it said, and gains
                    // what it did not: a plan names NI 53, an officer's table says higher is better.
                    // A stated polarity is the latest document's.
                    "ON CONFLICT (code) DO UPDATE SET "
                    "title = CASE WHEN indicator.title = indicator.code THEN excluded.title "
                    "ELSE indicator.title END, "
                    "unit = COALESCE(indicator.unit, excluded.unit), "
                    "section = COALESCE(indicator.section, excluded.section), "
                    "polarity = COALESCE(excluded.polarity, indicator.polarity), "
                    "topic = COALESCE(indicator.topic, excluded.topic), "
                    "short_name = COALESCE(indicator.short_name, excluded.short_name), "
                    "description = COALESCE(indicator.description, excluded.description), "
                    "year_type = COALESCE(indicator.year_type, excluded.year_type), "
                    "decimals = COALESCE(indicator.decimals, excluded.decimals)"),
                &error))
            return fail(error);
        if (!r.indicators.isEmpty()) {
            if (!q.exec(QStringLiteral("SELECT code, id FROM indicator")))
                return fail(StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "reading indicator keys")));
            while (q.next())
                indicatorIds.insert(q.value(0).toString(), q.value(1).toLongLong());
        }
    }
    // Observations are bound row by row into one prepared statement: a data file of 600,000 rows
    // would otherwise build millions of QVariants in column lists first. Progress and cancelling
    // are offered every few thousand rows.
    const QString observationColumns = QStringLiteral(
        "INSERT INTO observation (document_id, indicator_id, la_number, kind, series, "
        "period_text, period_start, period_end, value, comparator, unit, note, raw, "
        "flag, span_start, span_end, qualifier, missing_marker, source_row) ");
    // A server is sent the rows a few thousand at a time rather than one a round trip.
    StoreSql::Batch together(19);
    const QString togetherSql = observationColumns
        + QStringLiteral("VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const bool rowsTogether = !m_dialect.insertFromJson(togetherSql).isEmpty();
    constexpr int columns = 19;
    StoreSql::RowBinder rowByRow(q, columns);
    if (!r.observations.isEmpty() && !rowsTogether && !rowByRow.prepare(togetherSql))
        return fail(StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "preparing the observation insert")));
    // Rows of a data file share a handful of periods; format each date once.
    QHash<QDate, QVariant> dateText;
    const auto dateValue = [&dateText](const QDate &date) {
        auto it = dateText.constFind(date);
        if (it == dateText.cend())
            it = dateText.insert(date, dateOrNull(date));
        return *it;
    };
    const QVariant noInt { QMetaType(QMetaType::Int) };
    const QVariant noDouble { QMetaType(QMetaType::Double) };
    const QVariant kindKeys[] = { observationKindKey(ObservationKind::Baseline),
        observationKindKey(ObservationKind::Target), observationKindKey(ObservationKind::Result),
        observationKindKey(ObservationKind::Unassigned) };
    constexpr int progressEvery = 5000;
    const int total = int(r.observations.size());
    for (int i = 0; i < total; ++i) {
        if (progress && i % progressEvery == 0 && !progress(i, total)) {
            out.status = SaveStatus::Cancelled;
            return out;
        }
        if (rowsTogether && together.rowCount() >= progressEvery) {
            if (!together.exec(q, m_dialect, togetherSql, &error))
                return fail(error);
            together.clear();
        }
        const Observation &o = r.observations.at(i);
        const qint64 indicatorId = indicatorIds.value(o.indicatorCode);
        if (indicatorId == 0)
            return fail(tr("an observation names the indicator %1, which the document does not define")
                            .arg(o.indicatorCode));
        const QVariant row[] = { docId, indicatorId, o.authority.laNumber, kindKeys[int(o.kind)],
            nullable(o.series), nullable(o.period.text), dateValue(o.period.start), dateValue(o.period.end),
            o.value ? QVariant(*o.value) : noDouble, nullable(o.comparator), nullable(o.unit),
            nullable(o.note), o.raw, nullable(o.flag), o.evidence.start, o.evidence.end,
            nullable(o.qualifier), nullable(o.missingMarker),
            o.sourceRow > 0 ? QVariant(o.sourceRow) : noInt };
        if (rowsTogether) {
            for (int c = 0; c < columns; ++c)
                together.columns[c].append(row[c]);
            continue;
        }
        if (!rowByRow.exec(row))
            return fail(StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "saving an observation")));
    }
    if (rowsTogether && !together.exec(q, m_dialect, togetherSql, &error))
        return fail(error);
    {
        StoreSql::Batch b(6);
        b.reserve(r.passages.size());
        for (const Passage &p : r.passages)
            b.add({ docId, p.ordinal, nullable(p.heading), p.text, p.span.start, p.span.end });
        if (!b.exec(q, m_dialect,
                QStringLiteral(
                    "INSERT INTO passage (document_id, ordinal, heading, text, span_start, span_end) "
                    "VALUES (?, ?, ?, ?, ?, ?)"),
                &error))
            return fail(error);
    }
    out.status = SaveStatus::Imported;
    out.documentId = docId;
    return out;
}

bool DocumentWriter::lastPassageId(qint64 *id, QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM passage")) || !q.next()) {
        *error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "reading the last passage"));
        return false;
    }
    *id = q.value(0).toLongLong();
    return true;
}

bool DocumentWriter::indexPassagesAfter(qint64 passageId, QString *error) const
{
    const QString sql = m_dialect.indexPassagesAfter();
    if (sql.isEmpty())
        return true; // indexed as they were written
    QSqlQuery q(m_db);
    if (!q.prepare(sql)) {
        *error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "preparing the search index update"));
        return false;
    }
    q.addBindValue(passageId);
    if (!q.exec()) {
        *error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "updating the search index"));
        return false;
    }
    return true;
}
