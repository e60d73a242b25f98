#include "IndicatorTableParser.h"

#include "DataPeriodParser.h"
#include "DataValueParser.h"
#include "reference/AuthorityRegister.h"
#include "reference/MeasureRegister.h"
#include "text/CsvReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IndicatorTableParser", text);
}

QString normalisedHeader(const QString &h)
{
    QString out = h.toLower();
    out.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
    return out;
}

QString firstLine(const QString &text)
{
    int start = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    const int end = int(text.indexOf(QLatin1Char('\n'), start));
    return text.mid(start, end < 0 ? -1 : end - start);
}

enum Field
{
    AuthorityName,
    LaNumber,
    Code,
    Title,
    PeriodField,
    Value,
    Unit,
    PolarityField,
    Source,
    Topic,
    FieldCount
};

// Loose header names for the simple layout.
int fieldOf(const QString &header)
{
    struct Synonyms
    {
        int field;
        const char *names; // normalised header names, space-separated
    };
    static const Synonyms synonyms[] = {
        { LaNumber, "lanumber lacode laid oldlacode newlacode" },
        { AuthorityName, "authority localauthority la laname council area authorityname laandregions" },
        { Code, "indicatorcode code indicator ni measurecode shortdesc measure" },
        { Title, "title indicatortitle indicatorname name measurename description dataitem" },
        { PeriodField, "period year years timeperiod date" },
        { Value, "value values figure result amount" },
        { Unit, "unit units measureunit" },
        { PolarityField, "polarity direction higherisbetter goodis" },
        { Source, "source publication sourcename" },
        { Topic, "topic theme section" },
    };
    const QString h = normalisedHeader(header);
    for (const Synonyms &s : synonyms) {
        if (QString::fromLatin1(s.names).split(QLatin1Char(' ')).contains(h))
            return s.field;
    }
    return -1;
}

// A polarity as officers write it: "high", "Higher is better", "low is good", "up", "down",
// "increase", arrows.
Polarity polarityOf(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == QStringLiteral("\u2191") || trimmed == QStringLiteral("\u2b06"))
        return Polarity::HigherIsBetter;
    if (trimmed == QStringLiteral("\u2193") || trimmed == QStringLiteral("\u2b07"))
        return Polarity::LowerIsBetter;
    static const QStringList higher { QStringLiteral("high"), QStringLiteral("higher"), QStringLiteral("up"),
        QStringLiteral("increase"), QStringLiteral("bigger"), QStringLiteral("larger"),
        QStringLiteral("higherisbetter"), QStringLiteral("highisbetter"), QStringLiteral("higherisgood"),
        QStringLiteral("highisgood"), QStringLiteral("higherbetter"), QStringLiteral("highgood"),
        QStringLiteral("biggerisbetter"), QStringLiteral("largerisbetter"), QStringLiteral("upisgood"),
        QStringLiteral("upisbetter"), QStringLiteral("increaseisgood"), QStringLiteral("increaseisbetter") };
    static const QStringList lower { QStringLiteral("low"), QStringLiteral("lower"), QStringLiteral("down"),
        QStringLiteral("decrease"), QStringLiteral("smaller"), QStringLiteral("lowerisbetter"),
        QStringLiteral("lowisbetter"), QStringLiteral("lowerisgood"), QStringLiteral("lowisgood"),
        QStringLiteral("lowerbetter"), QStringLiteral("lowgood"), QStringLiteral("smallerisbetter"),
        QStringLiteral("downisgood"), QStringLiteral("downisbetter"), QStringLiteral("decreaseisgood"),
        QStringLiteral("decreaseisbetter") };
    const QString t = normalisedHeader(text);
    if (higher.contains(t))
        return Polarity::HigherIsBetter;
    if (lower.contains(t))
        return Polarity::LowerIsBetter;
    return Polarity::Unknown;
}

} // namespace

IndicatorTableParser::IndicatorTableParser(
    const AuthorityRegister &authorities, const MeasureRegister &measures)
    : m_authorities(authorities)
    , m_measures(measures)
{
}

IndicatorTableParser::Layout IndicatorTableParser::recognise(const QString &text) const
{
    const QString header = firstLine(text);
    const QChar separator = CsvReader::separatorOf(header);
    const QStringList names = CsvReader::readAll(header, separator).value(0);
    if (names.size() < 3)
        return Layout::None;
    QStringList normalised;
    for (const QString &n : names)
        normalised.append(normalisedHeader(n));
    if (normalised.contains(QLatin1String("shortdesc")) && normalised.contains(QLatin1String("years"))
        && normalised.contains(QLatin1String("values")) && normalised.contains(QLatin1String("lanumber")))
        return Layout::Lait;
    QSet<int> fields;
    for (const QString &n : names)
        fields.insert(fieldOf(n));
    const bool hasAuthority = fields.contains(AuthorityName) || fields.contains(LaNumber);
    if (hasAuthority && fields.contains(PeriodField) && fields.contains(Value)
        && (fields.contains(Code) || fields.contains(Title)))
        return Layout::Simple;
    return Layout::None;
}

bool IndicatorTableParser::parse(
    const QString &text, ImportResult &result, const std::function<bool(int, int)> &progress) const
{
    const Layout layout = recognise(text);
    if (layout == Layout::None)
        return false;
    const QChar separator = CsvReader::separatorOf(firstLine(text));

    // Records are read one at a time with their spans in the text, and dropped once read: a
    // file of 600,000 rows held as fields would cost more memory (and time to free) than it saves.
    CsvReader reader(text, separator);
    const auto nextRecord = [&reader](CsvRecord *r) { return reader.readNonBlankRecord(r); };
    CsvRecord headerRecord;
    if (!nextRecord(&headerRecord))
        return false;
    const QStringList header = headerRecord.fields;
    int column[FieldCount];
    std::fill(std::begin(column), std::end(column), -1);
    for (int i = 0; i < header.size(); ++i) {
        int field = -1;
        if (layout == Layout::Lait) {
            const QString h = normalisedHeader(header.at(i));
            field = h == QLatin1String("shortdesc")  ? Code
                : h == QLatin1String("dataitem")     ? Title
                : h == QLatin1String("years")        ? PeriodField
                : h == QLatin1String("laandregions") ? AuthorityName
                : h == QLatin1String("values")       ? Value
                : h == QLatin1String("lanumber")     ? LaNumber
                                                     : -1;
        } else {
            field = fieldOf(header.at(i));
        }
        if (field >= 0 && column[field] < 0)
            column[field] = i;
    }
    static const char *const fieldNames[FieldCount] = { QT_TRANSLATE_NOOP(
                                                            "IndicatorTableParser", "authority name"),
        QT_TRANSLATE_NOOP("IndicatorTableParser", "LA number"),
        QT_TRANSLATE_NOOP("IndicatorTableParser", "indicator code"),
        QT_TRANSLATE_NOOP("IndicatorTableParser", "indicator title"),
        QT_TRANSLATE_NOOP("IndicatorTableParser", "period"),
        QT_TRANSLATE_NOOP("IndicatorTableParser", "value"), QT_TRANSLATE_NOOP("IndicatorTableParser", "unit"),
        QT_TRANSLATE_NOOP("IndicatorTableParser", "polarity"),
        QT_TRANSLATE_NOOP("IndicatorTableParser", "source"),
        QT_TRANSLATE_NOOP("IndicatorTableParser", "topic") };
    for (int i = 0; i < header.size(); ++i) {
        QString meaning = tr("ignored");
        for (int f = 0; f < FieldCount; ++f) {
            if (column[f] == i)
                meaning = tr(fieldNames[f]);
        }
        result.columnMapping.append(tr("\"%1\": %2").arg(header.at(i).trimmed(), meaning));
    }
    result.columnMapping.prepend(
        layout == Layout::Lait ? tr("Layout: DfE LAIT long format") : tr("Layout: simple indicator table"));

    QHash<QString, int> indicatorIndex;
    QHash<int, Authority> authorityCache;
    QHash<QString, DataPeriod> periodCache;
    // Rows to come, for progress: lines, which quoted fields with line breaks make an estimate.
    const int total = int(text.count(QLatin1Char('\n')));
    // Most rows become one value; growing a list of 600,000 values step by step costs more than
    // reading them.
    result.observations.reserve(result.observations.size() + total);
    CsvRecord r;
    for (int i = 1; nextRecord(&r); ++i) {
        if (progress && i % 2000 == 0 && !progress(qMin(i, total), total))
            return true;
        auto field = [&r, &column](
                         int f) { return column[f] >= 0 ? r.fields.value(column[f]).trimmed() : QString(); };
        auto reject = [&result, &r](const QString &reason) { result.rejections.append({ r.row, reason }); };
        if (r.fields.size() != header.size()) {
            reject(tr("has %1 fields where the header has %2").arg(r.fields.size()).arg(header.size()));
            continue;
        }

        // The authority, by LA number where the file gives one, else by name.
        Authority authority;
        const QString laText = field(LaNumber);
        if (!laText.isEmpty()) {
            bool ok = false;
            const int la = laText.toInt(&ok);
            if (ok) {
                auto cached = authorityCache.constFind(la);
                authority = cached != authorityCache.cend() ? *cached : m_authorities.byLaNumber(la);
                authorityCache.insert(la, authority);
            }
            if (!authority.isValid()) {
                reject(tr("LA number \"%1\" is not in the register of English authorities").arg(laText));
                continue;
            }
        } else {
            authority = m_authorities.byName(field(AuthorityName));
            if (!authority.isValid()) {
                reject(tr("authority \"%1\" is not in the register of English authorities")
                           .arg(field(AuthorityName)));
                continue;
            }
        }

        // The indicator.
        Indicator indicator;
        if (layout == Layout::Lait) {
            const QString shortName = field(Code);
            if (!m_measures.contains(shortName)) {
                reject(tr("measure \"%1\" is not in the LAIT measure list").arg(shortName));
                continue;
            }
            indicator = m_measures.measure(shortName);
        } else {
            indicator.code = field(Code);
            indicator.title = field(Title);
            // A National Indicator however the file writes it ("NI53"), with its definition's
            // year type, so that "2008/09" is the year the indicator is reported over.
            const Indicator ni = m_measures.nationalIndicator(
                MeasureRegister::nationalIndicatorCode(indicator.code));
            if (!ni.code.isEmpty()) {
                indicator.code = ni.code;
                indicator.yearType = ni.yearType;
                if (indicator.title.isEmpty())
                    indicator.title = ni.title;
            }
            if (indicator.code.isEmpty() && indicator.title.isEmpty()) {
                reject(tr("names no indicator"));
                continue;
            }
            if (indicator.code.isEmpty()) {
                const QByteArray h = QCryptographicHash::hash(
                    indicator.title.toLower().toUtf8(), QCryptographicHash::Sha1);
                indicator.code = QStringLiteral("LOCAL-") + QString::fromLatin1(h.toHex().left(8));
            }
            if (indicator.title.isEmpty())
                indicator.title = indicator.code;
            indicator.unit = field(Unit);
            indicator.polarity = polarityOf(field(PolarityField));
            indicator.topic = field(Topic);
        }

        // A file holds few distinct periods; each is read once.
        const QString periodKey = field(PeriodField) + QChar(0x1F) + indicator.yearType;
        auto cachedPeriod = periodCache.constFind(periodKey);
        if (cachedPeriod == periodCache.cend())
            cachedPeriod = periodCache.insert(
                periodKey, DataPeriod::parse(field(PeriodField), indicator.yearType));
        const DataPeriod &period = *cachedPeriod;
        if (!period.isValid()) {
            reject(tr("the period \"%1\" cannot be read").arg(field(PeriodField)));
            continue;
        }
        const DataValue value = DataValue::parse(field(Value));
        if (!value.ok) {
            reject(tr("the value \"%1\" is not a number or a missing-value marker").arg(field(Value)));
            continue;
        }

        const auto known = indicatorIndex.constFind(indicator.code);
        if (known == indicatorIndex.cend()) {
            indicatorIndex.insert(indicator.code, int(result.indicators.size()));
            result.indicators.append(indicator);
        } else if (result.indicators.at(*known).polarity == Polarity::Unknown) {
            // The first row that states a polarity gives it, wherever it is.
            result.indicators[*known].polarity = indicator.polarity;
        }
        Observation o;
        o.indicatorCode = indicator.code;
        o.authority = authority;
        o.kind = ObservationKind::Result;
        o.period = period.period;
        o.qualifier = period.qualifier;
        if (!value.missing)
            o.value = value.value;
        o.missingMarker = value.marker;
        o.unit = value.unit;
        o.note = field(Source);
        o.raw = field(Value);
        o.sourceRow = r.row;
        o.evidence = { 0, r.start, r.end };
        result.observations.append(std::move(o));
    }
    if (progress)
        progress(total, total);
    return true;
}
