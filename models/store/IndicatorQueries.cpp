#include "IndicatorQueries.h"

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

namespace {

// The condition naming one indicator by its code (bound).
QString indicatorNamed()
{
    return QStringLiteral("o.indicator_id = (SELECT id FROM indicator WHERE code = ?)");
}

} // namespace

QList<Indicator> IndicatorQueries::indicators() const
{
    QList<Indicator> out;
    QSqlQuery q(m_db.connection());
    if (!q.exec(
            QStringLiteral("SELECT id, code, title, unit, section, polarity, topic, short_name, description, "
                           "year_type, decimals, (SELECT COUNT(DISTINCT la_number) FROM observation "
                           "WHERE indicator_id = indicator.id) FROM indicator ORDER BY id"))) {
        m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "reading indicators"));
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

QList<Observation> IndicatorQueries::observations(int laNumber, const QString &indicatorCode) const
{
    // Only the conditions asked for, so that SQLite can use the (indicator, authority) index
    // (an "? = 0 OR" condition makes it scan every row). Values are always bound.
    // For one authority across every indicator, naming the indicators lets SQLite seek the
    // (indicator, authority) index once per indicator instead of scanning every value.
    QStringList conditions;
    QVariantList values;
    if (!indicatorCode.isEmpty()) {
        conditions.append(indicatorNamed());
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

QList<Observation> IndicatorQueries::singleAuthorityObservations() const
{
    // Counted over the (indicator, authority) index without reading the values themselves.
    return observationsWhere(QStringLiteral("o.indicator_id IN (SELECT indicator_id FROM observation "
                                            "GROUP BY indicator_id HAVING COUNT(DISTINCT la_number) = 1)"),
        {});
}

QList<Observation> IndicatorQueries::indicatorValues(
    const QString &indicatorCode, const QList<int> &planAuthorities) const
{
    // A plan's row has no source row; a data file's rows are numbered from 1. Each side of the OR
    // names the indicator, so that each is found by its own index (observation_published and
    // observation_lookup) rather than by reading every row of the indicator.
    QVariantList values { indicatorCode };
    QString condition = QStringLiteral("(") + indicatorNamed() + QStringLiteral(" AND o.source_row > 0)");
    if (!planAuthorities.isEmpty()) {
        values.append(indicatorCode);
        for (int la : planAuthorities)
            values.append(la);
        condition += QStringLiteral(" OR (") + indicatorNamed() + QStringLiteral(" AND o.la_number IN (")
            + StoreSql::bindMarks(planAuthorities.size()) + QStringLiteral("))");
    }
    return observationsWhere(condition, values);
}

QList<Observation> IndicatorQueries::observationsWhere(
    const QString &condition, const QVariantList &values) const
{
    QList<Observation> out;
    QSqlQuery q(m_db.connection());
    const QString where = condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition;
    // The names of indicators, authorities and documents come from small lookups rather than
    // joins: choosing an indicator reads a few thousand values, and each joined text column costs
    // a string per row. Values come ordered by indicator, so each indicator is looked up once.
    QSqlQuery indicatorLookup(m_db.connection());
    if (!indicatorLookup.prepare(QStringLiteral("SELECT code, title FROM indicator WHERE id = ?"))) {
        m_error = StoreSql::error(
            indicatorLookup, QT_TRANSLATE_NOOP("Store", "preparing the indicator lookup"));
        return out;
    }
    qint64 indicatorId = -1;
    QString indicatorCode;
    QString indicatorTitle;
    const QHash<int, Authority> authorityById = m_rows.authorities();
    if (!m_error.isEmpty())
        return out;
    const SqlDialect &dialect = m_db.dialect();
    const StoreSql::Utf8Column text(dialect);
    const QStringList columns { QStringLiteral("o.indicator_id"), QStringLiteral("o.la_number"),
        text("o.kind"), text("o.series"), text("o.period_text"), text("o.period_start"), text("o.period_end"),
        QStringLiteral("o.value"), text("o.comparator"), text("o.unit"), text("o.note"), text("o.raw"),
        text("o.flag"), QStringLiteral("o.document_id"), QStringLiteral("o.span_start"),
        QStringLiteral("o.span_end"), text("o.qualifier"), text("o.missing_marker"),
        QStringLiteral("o.source_row") };
    if (!q.prepare(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "))
            + QStringLiteral(" FROM observation o") + where
            + QStringLiteral(" ORDER BY o.indicator_id, o.id"))) {
        m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "preparing the observation query"));
        return out;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.setForwardOnly(m_db.dialect().readsRowByRowBesideOtherQueries());
    if (!q.exec()) {
        m_error = StoreSql::error(q, QT_TRANSLATE_NOOP("Store", "the observation query"));
        return out;
    }
    RowMapper::PageSeeks pageSeeks;
    while (q.next()) {
        Observation o;
        if (q.value(0).toLongLong() != indicatorId) {
            indicatorId = q.value(0).toLongLong();
            indicatorLookup.bindValue(0, indicatorId);
            if (!indicatorLookup.exec() || !indicatorLookup.next()) {
                m_error = StoreSql::error(
                    indicatorLookup, QT_TRANSLATE_NOOP("Store", "the indicator lookup"));
                return {};
            }
            indicatorCode = indicatorLookup.value(0).toString();
            indicatorTitle = indicatorLookup.value(1).toString();
            indicatorLookup.finish();
        }
        o.indicatorCode = indicatorCode;
        o.indicatorTitle = indicatorTitle;
        o.authority = authorityById.value(q.value(1).toInt());
        using StoreSql::text;
        o.kind = observationKindFromKey(text(q.value(2)));
        o.series = text(q.value(3));
        o.period.text = text(q.value(4));
        o.period.start = StoreSql::isoDate(text(q.value(5)));
        o.period.end = StoreSql::isoDate(text(q.value(6)));
        const QVariant value = q.value(7);
        if (!value.isNull())
            o.value = value.toDouble();
        o.comparator = text(q.value(8));
        o.unit = text(q.value(9));
        o.note = text(q.value(10));
        o.raw = text(q.value(11));
        o.flag = text(q.value(12));
        o.evidence = { q.value(13).toLongLong(), q.value(14).toInt(), q.value(15).toInt() };
        o.evidence.page = m_rows.pageOf(o.evidence, pageSeeks);
        o.documentTitle = m_rows.heading(o.evidence.documentId).title;
        o.qualifier = text(q.value(16));
        o.missingMarker = text(q.value(17));
        o.sourceRow = q.value(18).toInt();
        out.append(std::move(o));
    }
    return out;
}
