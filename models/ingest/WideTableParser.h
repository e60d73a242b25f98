#pragma once

#include "WideTableLayout.h"

#include <QString>
#include <functional>

class AuthorityRegister;
class MeasureRegister;
struct ImportResult;
struct TableOptions;

// Wide statistics tables, as DfE and ONS publish them: one row per authority (and per breakdown
// such as gender, free school meals, SEN or school type), several measures as columns. The layout
// is found from the header and a sample of the rows, never from the file's name:
//  - the authority by DfE number, ONS code or name as people write it; a row for a region, or
//    for England, where the authority columns say "ALL" (or the level column says so);
//  - the period from a column of years: "2006", "2006/07", "200607", a cohort year;
//  - every other column of numbers is a measure, every other column of a few words a breakdown.
// Each measure becomes an indicator with its own name, unit and polarity (from the measure
// register where it knows the column, else from the preview's choices); suppressed cells ("x",
// ".", "c", ":", "..") are missing, never zero; and a measure that is 0 for every authority in a
// period is taken as not published for it, kept as missing with that reason.
class WideTableParser
{
public:
    WideTableParser(const AuthorityRegister &authorities, const MeasureRegister &measures);

    // The layout of text's table; invalid when it is not a wide table.
    WideTableLayout describe(const QString &text) const;
    // Reads the rows the options keep into result (document fields are left to the caller).
    // Returns false only when the text is not a wide table. progress may return false to cancel.
    bool parse(const QString &text, const TableOptions &options, ImportResult &result,
        const std::function<bool(int, int)> &progress = nullptr) const;

    // The code of a measure column's indicator for a breakdown ("DfE l2_by19_rate · Female"), the
    // whole cohort's having none; published series are linked to National Indicators by it.
    QString indicatorCode(const QString &column, const QStringList &breakdownValues) const;

private:
    const AuthorityRegister &m_authorities;
    const MeasureRegister &m_measures;
};
