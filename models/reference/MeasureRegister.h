#pragma once

#include "domain/Indicator.h"

#include <QHash>
#include <QString>

// What the program knows of published measures: the LAIT definitions (resources/dfe/lait-measures.csv,
// keyed by the short names LAIT files use), the columns of other DfE statistics tables
// (resources/dfe/published-measures.csv, keyed by column name), and which published series are
// the measure behind a National Indicator (resources/dfe/national-indicator-links.csv), and the
// National Indicators themselves with the kind of year each is defined over
// (resources/dfe/national-indicators.csv).
class MeasureRegister
{
public:
    static MeasureRegister fromCsv(const QString &csv);
    static const MeasureRegister &bundled();
    void addColumnsCsv(const QString &csv);
    void addNationalIndicatorLinksCsv(const QString &csv);
    void addNationalIndicatorsCsv(const QString &csv);

    bool contains(const QString &shortName) const { return m_byShort.contains(shortName); }
    Indicator measure(const QString &shortName) const { return m_byShort.value(shortName); }
    int size() const { return int(m_byShort.size()); }

    // A statistics table's column ("l2_by19_rate") as a measure: name, unit, polarity, year type.
    bool knowsColumn(const QString &column) const { return m_byColumn.contains(column.trimmed().toLower()); }
    Indicator columnMeasure(const QString &column) const
    {
        return m_byColumn.value(column.trimmed().toLower());
    }
    // The published series listed under a National Indicator ("NI 79"), by indicator code.
    QStringList linkedSeries(const QString &nationalIndicator) const
    {
        return m_seriesByNi.value(nationalIndicator);
    }
    QString nationalIndicatorTitle(const QString &ni) const;
    // "NI 53" for a National Indicator however it is written ("NI53", "ni 053", "National Indicator
    // 53"); empty for anything else.
    static QString nationalIndicatorCode(const QString &text);
    // A National Indicator as its definition gives it: code, title and year type ("Financial Year"
    // for most, "Academic Year" for attainment and other school-year measures); an empty code where
    // the register does not list it.
    Indicator nationalIndicator(const QString &code) const { return m_nationalIndicators.value(code); }
    // In the National Indicator set's own order (NI 79 before NI 114).
    QStringList linkedNationalIndicators() const;
    // The National Indicators a published series is the measure behind.
    QStringList nationalIndicatorsOf(const QString &code) const { return m_niBySeries.value(code); }

private:
    QHash<QString, Indicator> m_byShort;
    QHash<QString, Indicator> m_byColumn;
    QHash<QString, QStringList> m_seriesByNi;
    QHash<QString, QStringList> m_niBySeries;
    QHash<QString, QString> m_niTitles;
    QHash<QString, Indicator> m_nationalIndicators;
};
