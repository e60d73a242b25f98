#include "MeasureRegister.h"

#include "text/CsvReader.h"

#include <QFile>

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
        const QString p = r.value(polarity).trimmed();
        m.polarity = p == QLatin1String("High") ? Polarity::HigherIsBetter
            : p == QLatin1String("Low")         ? Polarity::LowerIsBetter
                                                : Polarity::Unknown;
        Q_UNUSED(code)
        reg.m_byShort.insert(m.shortName, m);
    }
    return reg;
}

const MeasureRegister &MeasureRegister::bundled()
{
    static const MeasureRegister reg = [] {
        QFile f(QStringLiteral(":/dfe/lait-measures.csv"));
        if (!f.open(QIODevice::ReadOnly))
            qWarning("cannot read the bundled LAIT measures: %s", qPrintable(f.errorString()));
        return fromCsv(QString::fromUtf8(f.readAll()));
    }();
    return reg;
}
