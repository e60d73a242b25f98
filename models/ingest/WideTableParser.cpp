#include "WideTableParser.h"

#include "reference/AuthorityRegister.h"
#include "DataPeriodParser.h"
#include "DataValueParser.h"
#include "reference/MeasureRegister.h"
#include "TableOptions.h"
#include "domain/ImportResult.h"
#include "text/CsvReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <map>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WideTableParser", text);
}

using Role = WideTableLayout::Role;

QString folded(const QString &header)
{
    QString out = header.toLower();
    out.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
    return out;
}

// "ALL", "Total", "England": an authority column's word for a row that is not one authority.
bool isAggregateWord(const QString &value)
{
    static const QRegularExpression all(
        QStringLiteral("^\\s*(?:all|total|england|national|)\\s*$"), QRegularExpression::CaseInsensitiveOption);
    return all.match(value).hasMatch();
}

// A breakdown's value for everyone: "ALL", "Total", "All pupils", "Persons".
bool isWholeCohortWord(const QString &value)
{
    static const QRegularExpression whole(QStringLiteral("^\\s*(?:all(?:\\s+(?:pupils|schools|students|"
                                                         "young people|children|persons|people))?|total|"
                                                         "persons|both|everyone)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return whole.match(value).hasMatch();
}

bool isOnsCode(const QString &value)
{
    static const QRegularExpression ons(QStringLiteral("^\\s*[EWSN]\\d{8}\\s*$"));
    return ons.match(value).hasMatch();
}

// Header words that say a column names or codes the area a row is about.
bool soundsLikeArea(const QString &foldedHeader)
{
    static const QRegularExpression area(
        QStringLiteral("^(?:la|lea|old|new)|authority|area|council|^lad?code|laname|lanumber|geography"));
    return area.match(foldedHeader).hasMatch();
}

bool soundsLikePeriod(const QString &foldedHeader)
{
    static const QRegularExpression period(QStringLiteral("year|period|cohort|^time|^date"));
    return period.match(foldedHeader).hasMatch();
}

QString humanised(const QString &header)
{
    QString out = header.trimmed();
    out.replace(QLatin1Char('_'), QLatin1Char(' '));
    out = out.simplified();
    if (!out.isEmpty())
        out[0] = out.at(0).toUpper();
    return out;
}

QString inferredUnit(const QString &foldedHeader)
{
    static const QRegularExpression percent(QStringLiteral("rate$|percent|pct|perc$|proportion|share$"));
    static const QRegularExpression count(QStringLiteral("^num|number|count|^n[a-z]|headcount|total$"));
    if (percent.match(foldedHeader).hasMatch())
        return QStringLiteral("%");
    if (count.match(foldedHeader).hasMatch())
        return QStringLiteral("count");
    return QString();
}

// The separator the table's header line uses (comma, semicolon or tab).
QChar headerSeparator(const QString &text)
{
    const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
    return CsvReader::separatorOf(text.left(firstBreak < 0 ? text.size() : firstBreak));
}

struct ColumnSample
{
    int nonEmpty = 0;
    int numbers = 0;
    int markers = 0;
    int ons = 0;
    int aggregate = 0;
    int registeredLa = 0;
    int registeredName = 0;
    int periods = 0;
    QStringList distinct;
    bool tooMany = false;
};

constexpr int SampleRows = 2000;
// Stored in English, worded in the user's language when shown (observationFlagDisplayName).
const char *const UnpublishedFlag =
    QT_TRANSLATE_NOOP("Observation", "not published for this period: every area's figure is 0");
constexpr int MaximumBreakdownValues = 40;

} // namespace

WideTableParser::WideTableParser(const AuthorityRegister &authorities, const MeasureRegister &measures)
    : m_authorities(authorities)
    , m_measures(measures)
{
}

QString WideTableParser::indicatorCode(const QString &column, const QStringList &breakdownValues) const
{
    // Known DfE columns keep DfE's name; a column of another publication is named as its table does.
    QString code = (m_measures.knowsColumn(column) ? QStringLiteral("DfE ") : QStringLiteral("Table "))
        + column.trimmed();
    for (const QString &v : breakdownValues)
        code += QStringLiteral(" \u00b7 ") + v;
    return code;
}

WideTableLayout WideTableParser::describe(const QString &text) const
{
    WideTableLayout layout;
    const QChar separator = headerSeparator(text);
    CsvReader reader(text, separator);
    CsvRecord record;
    if (!reader.readNonBlankRecord(&record) || record.fields.size() < 3)
        return layout;
    const QStringList header = record.fields;
    QList<ColumnSample> samples(header.size());
    for (int n = 0; n < SampleRows && reader.readNonBlankRecord(&record); ++n) {
        for (int c = 0; c < header.size() && c < record.fields.size(); ++c) {
            const QString v = record.fields.at(c).trimmed();
            ColumnSample &s = samples[c];
            if (!s.tooMany && !s.distinct.contains(v)) {
                s.distinct.append(v);
                s.tooMany = s.distinct.size() > MaximumBreakdownValues;
            }
            if (v.isEmpty())
                continue;
            ++s.nonEmpty;
            const DataValue value = DataValue::parse(v);
            if (value.ok && value.missing)
                ++s.markers;
            else if (value.ok)
                ++s.numbers;
            if (isOnsCode(v))
                ++s.ons;
            if (isAggregateWord(v)) {
                ++s.aggregate;
                continue;
            }
            bool isInteger = false;
            const int la = v.toInt(&isInteger);
            if (isInteger && m_authorities.byLaNumber(la).isValid())
                ++s.registeredLa;
            else if (!isInteger && m_authorities.byName(v).isValid())
                ++s.registeredName;
            if (DataPeriod::parse(v).isValid())
                ++s.periods;
        }
    }

    QStringList keyParts;
    for (int c = 0; c < header.size(); ++c) {
        const QString h = folded(header.at(c));
        keyParts.append(h);
        const ColumnSample &s = samples.at(c);
        const int named = s.nonEmpty - s.aggregate; // cells that name one area
        WideTableLayout::Column column;
        column.header = header.at(c).trimmed();
        const auto mostly = [](int part, int whole) { return whole > 0 && part * 10 >= whole * 8; };
        if (h == QLatin1String("level") || h == QLatin1String("geographiclevel") || h == QLatin1String("geoglevel"))
            column.role = Role::Level;
        else if (h.contains(QLatin1String("region")) && s.ons == 0 && s.numbers == 0)
            column.role = Role::Region;
        else if (soundsLikePeriod(h) && layout.indexOf(Role::Period) < 0 && mostly(s.periods, s.nonEmpty))
            column.role = Role::Period;
        else if (s.ons > 0 && mostly(s.ons, named))
            column.role = Role::OnsCode;
        else if (soundsLikeArea(h) && s.registeredLa > 0 && mostly(s.registeredLa, named))
            column.role = Role::LaNumber;
        else if (s.registeredName > 0 && mostly(s.registeredName, named) && s.numbers == 0)
            column.role = Role::AuthorityName;
        else if (s.numbers > 0 && mostly(s.numbers + s.markers, s.nonEmpty))
            column.role = Role::Measure;
        else if (s.numbers == 0 && !s.tooMany && s.distinct.size() > 1) {
            column.role = Role::Breakdown;
            column.values = s.distinct;
            column.values.removeAll(QString());
            for (const QString &v : std::as_const(column.values)) {
                if (isWholeCohortWord(v)) {
                    column.defaultValue = v;
                    break;
                }
            }
        }
        layout.columns.append(column);
    }
    const bool hasArea = layout.indexOf(Role::LaNumber) >= 0 || layout.indexOf(Role::OnsCode) >= 0
        || layout.indexOf(Role::AuthorityName) >= 0;
    if (!hasArea || layout.indexOf(Role::Period) < 0 || layout.indexOf(Role::Measure) < 0)
        return WideTableLayout();
    layout.key = keyParts.join(QLatin1Char(','));
    return layout;
}

bool WideTableParser::parse(const QString &text, const TableOptions &options, ImportResult &result,
    const std::function<bool(int, int)> &progress) const
{
    const WideTableLayout layout = describe(text);
    if (!layout.isValid())
        return false;
    const QList<WideTableLayout::Column> &columns = layout.columns;

    // What the rows are read for: the measures and, for each breakdown, the values kept.
    QList<int> measureColumns;
    for (int c = 0; c < columns.size(); ++c) {
        const bool chosen = options.measureColumns.isEmpty() ? columns.at(c).role == Role::Measure
                                                             : options.measureColumns.contains(columns.at(c).header);
        if (chosen && columns.at(c).role == Role::Measure)
            measureColumns.append(c);
    }
    struct Kept
    {
        int column;
        QSet<QString> values;
        QString wholeCohort;
    };
    QList<Kept> kept;
    for (int c = 0; c < columns.size(); ++c) {
        const WideTableLayout::Column &col = columns.at(c);
        if (col.role != Role::Breakdown)
            continue;
        const QStringList chosen = options.breakdowns.contains(col.header)
            ? options.breakdowns.value(col.header)
            : QStringList { col.defaultValue.isEmpty() ? col.values.value(0) : col.defaultValue };
        kept.append({ c, QSet<QString>(chosen.cbegin(), chosen.cend()), col.defaultValue });
    }

    static const char *const roleNames[] = {
        QT_TRANSLATE_NOOP("WideTableParser", "ignored"),
        QT_TRANSLATE_NOOP("WideTableParser", "DfE LA number"),
        QT_TRANSLATE_NOOP("WideTableParser", "ONS area code"),
        QT_TRANSLATE_NOOP("WideTableParser", "authority name"),
        QT_TRANSLATE_NOOP("WideTableParser", "region"),
        QT_TRANSLATE_NOOP("WideTableParser", "geographic level"),
        QT_TRANSLATE_NOOP("WideTableParser", "period"),
        QT_TRANSLATE_NOOP("WideTableParser", "measure"),
        QT_TRANSLATE_NOOP("WideTableParser", "breakdown"),
    };
    result.columnMapping.append(tr("Layout: wide statistics table (one row per authority and breakdown, "
                                   "measures as columns)"));
    for (int c = 0; c < columns.size(); ++c) {
        const WideTableLayout::Column &col = columns.at(c);
        QString meaning = tr(roleNames[int(col.role)]);
        if (col.role == Role::Measure && !measureColumns.contains(c))
            meaning = tr("measure, not imported");
        for (const Kept &k : std::as_const(kept)) {
            if (k.column == c) {
                QStringList values(k.values.cbegin(), k.values.cend());
                values.sort();
                meaning = tr("breakdown, keeping %1").arg(values.join(QStringLiteral(", ")));
            }
        }
        result.columnMapping.append(tr("\"%1\": %2").arg(col.header, meaning));
    }

    const int laColumn = layout.indexOf(Role::LaNumber);
    const int onsColumn = layout.indexOf(Role::OnsCode);
    const int nameColumn = layout.indexOf(Role::AuthorityName);
    const int regionColumn = layout.indexOf(Role::Region);
    const int levelColumn = layout.indexOf(Role::Level);
    const int periodColumn = layout.indexOf(Role::Period);
    const Authority england = m_authorities.byName(QStringLiteral("England"));

    QHash<QString, int> indicatorIndex;
    QHash<QString, Authority> nameCache;
    QHash<QString, DataPeriod> periodCache;
    int byNumber = 0, byOns = 0, byName = 0, aggregates = 0, otherBreakdowns = 0;

    const QChar separator = headerSeparator(text);
    CsvReader reader(text, separator);
    CsvRecord r;
    reader.readNonBlankRecord(&r); // the header
    const int headerSize = int(r.fields.size());
    const int total = int(text.count(QLatin1Char('\n')));
    for (int i = 1; reader.readNonBlankRecord(&r); ++i) {
        if (progress && i % 2000 == 0 && !progress(qMin(i, total), total))
            return true;
        if (r.fields.size() != headerSize) {
            result.rejections.append(
                { r.row, tr("has %1 fields where the header has %2").arg(r.fields.size()).arg(headerSize) });
            continue;
        }
        const auto cell = [&r](int c) { return c >= 0 ? r.fields.at(c).trimmed() : QString(); };

        QStringList breakdown; // the row's values other than the whole cohort, for its indicators
        bool keep = true;
        for (const Kept &k : std::as_const(kept)) {
            const QString v = cell(k.column);
            if (!k.values.contains(v)) {
                keep = false;
                break;
            }
            if (v != k.wholeCohort)
                breakdown.append(v);
        }
        if (!keep) {
            ++otherBreakdowns;
            continue;
        }

        // The area: one authority by number, code or name; else the region or England the row
        // stands for.
        Authority authority;
        const QString la = cell(laColumn), ons = cell(onsColumn), name = cell(nameColumn);
        if (!la.isEmpty() && !isAggregateWord(la)) {
            authority = m_authorities.byLaNumber(la.toInt());
            byNumber += authority.isValid() ? 1 : 0;
        }
        if (!authority.isValid() && !ons.isEmpty() && !isAggregateWord(ons)) {
            authority = m_authorities.byOnsCode(ons);
            byOns += authority.isValid() ? 1 : 0;
        }
        if (!authority.isValid() && !name.isEmpty() && !isAggregateWord(name)) {
            auto cached = nameCache.constFind(name);
            if (cached == nameCache.cend())
                cached = nameCache.insert(name, m_authorities.byName(name));
            authority = *cached;
            byName += authority.isValid() ? 1 : 0;
        }
        const bool namesNoArea = (la.isEmpty() || isAggregateWord(la)) && (ons.isEmpty() || isAggregateWord(ons))
            && (name.isEmpty() || isAggregateWord(name));
        if (!authority.isValid() && namesNoArea) {
            const QString region = cell(regionColumn);
            const QString level = cell(levelColumn).toLower();
            if (level.startsWith(QLatin1String("national")) || region.isEmpty() || isAggregateWord(region)
                || name.compare(QLatin1String("England"), Qt::CaseInsensitive) == 0)
                authority = england;
            else
                authority = m_authorities.byName(region);
            aggregates += authority.isValid() ? 1 : 0;
        }
        if (!authority.isValid()) {
            const QString written = !name.isEmpty() ? name : !ons.isEmpty() ? ons : la;
            result.rejections.append(
                { r.row, tr("the area \"%1\" is not in the register of English authorities").arg(written) });
            continue;
        }

        for (const int c : std::as_const(measureColumns)) {
            const QString &header = columns.at(c).header;
            const QString code = indicatorCode(header, breakdown);
            auto found = indicatorIndex.constFind(code);
            if (found == indicatorIndex.cend()) {
                Indicator indicator = m_measures.knowsColumn(header) ? m_measures.columnMeasure(header) : Indicator();
                if (options.measures.contains(header)) {
                    const Indicator &chosen = options.measures.value(header);
                    if (!chosen.title.isEmpty())
                        indicator.title = chosen.title;
                    if (!chosen.unit.isEmpty())
                        indicator.unit = chosen.unit;
                    if (chosen.polarity != Polarity::Unknown)
                        indicator.polarity = chosen.polarity;
                }
                if (indicator.title.isEmpty())
                    indicator.title = humanised(header);
                if (indicator.unit.isEmpty())
                    indicator.unit = inferredUnit(folded(header));
                if (indicator.shortName.isEmpty())
                    indicator.shortName = header;
                if (!breakdown.isEmpty())
                    indicator.title += QStringLiteral(" \u2014 ") + breakdown.join(QStringLiteral(", "));
                indicator.code = code;
                found = indicatorIndex.insert(code, int(result.indicators.size()));
                result.indicators.append(indicator);
            }
            const Indicator &indicator = result.indicators.at(*found);
            const QString periodText = cell(periodColumn);
            const QString periodKey = periodText + QChar(0x1F) + indicator.yearType;
            auto period = periodCache.constFind(periodKey);
            if (period == periodCache.cend())
                period = periodCache.insert(periodKey, DataPeriod::parse(periodText, indicator.yearType));
            if (!period->isValid()) {
                result.rejections.append({ r.row, tr("the period \"%1\" cannot be read").arg(periodText) });
                break;
            }
            const QString raw = cell(c);
            const DataValue value = DataValue::parse(raw);
            if (!value.ok) {
                result.rejections.append(
                    { r.row, tr("the value \"%1\" of %2 is not a number or a missing-value marker").arg(raw, header) });
                continue;
            }
            Observation o;
            o.indicatorCode = code;
            o.authority = authority;
            o.kind = ObservationKind::Result;
            o.period = period->period;
            o.qualifier = period->qualifier;
            if (!value.missing)
                o.value = value.value;
            o.missingMarker = value.marker;
            o.unit = value.unit;
            o.raw = raw;
            o.sourceRow = r.row;
            o.evidence = { 0, r.start, r.end };
            result.observations.append(std::move(o));
        }
    }

    // A measure that is 0 for every area in a period was not published for it (the attainment
    // file's age-19 rates for cohorts not yet 19): missing, with the reason, never a real 0.
    std::map<std::pair<QString, QString>, QList<int>> byPeriod;
    for (int i = 0; i < result.observations.size(); ++i) {
        const Observation &o = result.observations.at(i);
        byPeriod[{ o.indicatorCode, o.period.text }].append(i);
    }
    QHash<QString, QStringList> unpublished;
    for (const auto &[key, rows] : byPeriod) {
        if (rows.size() < 2)
            continue;
        bool allZero = true;
        for (const int i : rows) {
            const Observation &o = result.observations.at(i);
            if (!o.value || *o.value != 0) {
                allZero = false;
                break;
            }
        }
        if (!allZero)
            continue;
        for (const int i : rows) {
            Observation &o = result.observations[i];
            o.value.reset();
            o.missingMarker = o.raw;
            o.flag = QString::fromLatin1(UnpublishedFlag);
        }
        unpublished[key.first].append(key.second);
    }
    for (auto it = unpublished.cbegin(); it != unpublished.cend(); ++it) {
        QStringList periods = it.value();
        periods.sort();
        result.warnings.append(tr("%1: every area's figure is 0 in %2; kept as not published")
                                   .arg(it.key(), periods.join(QStringLiteral(", "))));
    }

    result.columnMapping.append(tr("Areas matched: %L1 rows by DfE number, %L2 by ONS code, %L3 by name, "
                                   "%L4 regions or England")
                                    .arg(byNumber)
                                    .arg(byOns)
                                    .arg(byName)
                                    .arg(aggregates));
    if (otherBreakdowns > 0)
        result.columnMapping.append(tr("%L1 rows of other breakdowns left aside").arg(otherBreakdowns));
    if (progress)
        progress(total, total);
    return true;
}
