#include "reference/MeasureRegister.h"

#include "text/CsvReader.h"
#include "text/ResourceText.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace {
QString resourceText(const char *path)
{
    QString error;
    const QString text = readResourceText(QString::fromLatin1(path), &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return text;
}
} // namespace

MeasureRegister MeasureRegister::fromCsv(const QString &csv)
{
    MeasureRegister reg;
    const QList<QStringList> rows = CsvReader::readAll(csv);
    if (rows.isEmpty())
        return reg;
    const QStringList header = rows.first();
    auto column = [&header](const char *name) { return int(header.indexOf(QLatin1String(name))); };
    const int code = column("Measure_code"), topic = column("Topic"), name = column("Measure"),
              shortName = column("Measure_short"), polarity = column("Polarity"),
              axis = column("y_axis_name"), description = column("Description"),
              yearType = column("Year_Type"), dps = column("dps");
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &r = rows.at(i);
        Indicator m;
        m.shortName = r.value(shortName).trimmed();
        if (m.shortName.isEmpty())
            continue;
        m.code = QStringLiteral("LAIT ") + m.shortName;
        m.title = r.value(name).simplified();
        m.topic = r.value(topic).trimmed();
        m.unit = r.value(axis).trimmed();
        m.description = r.value(description).simplified();
        m.yearType = r.value(yearType).trimmed();
        bool ok = false;
        const int d = r.value(dps).toInt(&ok);
        m.decimals = ok ? d : -1;
        m.polarity = polarityFromKey(r.value(polarity));
        Q_UNUSED(code)
        reg.m_byShort.insert(m.shortName, m);
    }
    return reg;
}

void MeasureRegister::addColumnsCsv(const QString &csv)
{
    const QList<QStringList> rows = CsvReader::readAll(csv);
    const QStringList header = rows.value(0);
    auto column = [&header](const char *name) { return int(header.indexOf(QLatin1String(name))); };
    const int name = column("column"), title = column("title"), unit = column("unit"),
              polarity = column("polarity"), yearType = column("year_type"), dps = column("decimals"),
              topic = column("topic"), description = column("description");
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &r = rows.at(i);
        const QString key = r.value(name).trimmed().toLower();
        if (key.isEmpty())
            continue;
        Indicator m;
        m.shortName = r.value(name).trimmed();
        m.code = QStringLiteral("DfE ") + m.shortName;
        m.title = r.value(title).simplified();
        m.unit = r.value(unit).trimmed();
        m.polarity = polarityFromKey(r.value(polarity));
        m.yearType = r.value(yearType).trimmed();
        bool ok = false;
        const int d = r.value(dps).toInt(&ok);
        m.decimals = ok ? d : -1;
        m.topic = r.value(topic).trimmed();
        m.description = r.value(description).simplified();
        m_byColumn.insert(key, m);
    }
}

void MeasureRegister::addNationalIndicatorLinksCsv(const QString &csv)
{
    const QList<QStringList> rows = CsvReader::readAll(csv);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QString ni = rows.at(i).value(0).trimmed();
        const QString code = rows.at(i).value(2).trimmed();
        if (ni.isEmpty() || code.isEmpty())
            continue;
        m_niTitles.insert(ni, rows.at(i).value(1).simplified());
        m_seriesByNi[ni].append(code);
        m_niBySeries[code].append(ni);
    }
}

void MeasureRegister::addNationalIndicatorsCsv(const QString &csv)
{
    const QList<QStringList> rows = CsvReader::readAll(csv);
    const QStringList header = rows.value(0);
    const int code = int(header.indexOf(QLatin1String("national_indicator"))),
              title = int(header.indexOf(QLatin1String("title"))),
              yearType = int(header.indexOf(QLatin1String("year_type")));
    for (qsizetype i = 1; i < rows.size(); ++i) {
        Indicator ni;
        ni.code = nationalIndicatorCode(rows.at(i).value(code));
        if (ni.code.isEmpty())
            continue;
        ni.title = rows.at(i).value(title).simplified();
        ni.yearType = rows.at(i).value(yearType).trimmed();
        m_nationalIndicators.insert(ni.code, ni);
    }
}

QString MeasureRegister::nationalIndicatorTitle(const QString &ni) const
{
    const QString linked = m_niTitles.value(ni);
    return linked.isEmpty() ? m_nationalIndicators.value(ni).title : linked;
}

QString MeasureRegister::nationalIndicatorCode(const QString &text)
{
    static const QRegularExpression ni(
        QStringLiteral("^\\s*(?:NI|national\\s+indicator)\\s*0*(\\d{1,3})\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = ni.match(text);
    return m.hasMatch() ? QStringLiteral("NI ") + m.captured(1) : QString();
}

QStringList MeasureRegister::linkedNationalIndicators() const
{
    QStringList nis = m_seriesByNi.keys();
    std::sort(nis.begin(), nis.end(), [](const QString &a, const QString &b) {
        return QStringView(a).mid(3).toInt() < QStringView(b).mid(3).toInt(); // "NI 79"
    });
    return nis;
}

const MeasureRegister &MeasureRegister::bundled()
{
    static const MeasureRegister reg = [] {
        MeasureRegister r = fromCsv(resourceText(":/dfe/lait-measures.csv"));
        r.addColumnsCsv(resourceText(":/dfe/published-measures.csv"));
        r.addNationalIndicatorLinksCsv(resourceText(":/dfe/national-indicator-links.csv"));
        r.addNationalIndicatorsCsv(resourceText(":/dfe/national-indicators.csv"));
        return r;
    }();
    return reg;
}
