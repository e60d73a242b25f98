#pragma once

#include "domain/ImportResult.h"

#include <QString>
#include <functional>

class AuthorityRegister;
class MeasureRegister;

// Spreadsheets of indicator values, as CSV, semicolon- or tab-separated text, recognised by their
// header row (never by the file's suffix):
//  - the DfE LAIT long layout: Short Desc, Data item, Years, LA and Regions, Values, LA Number, Region;
//  - a simple layout of our own: authority, indicator code, title, period, value, unit, polarity, source,
//    with header names matched loosely (case, spacing, common synonyms).
// Missing markers ("-", "x", "c", "..", "n/a") are kept as missing, never zero; a row whose value,
// period or authority cannot be read is rejected with its row number and the reason.
class IndicatorTableParser
{
public:
    enum class Layout
    {
        None,
        Lait,
        Simple
    };

    IndicatorTableParser(const AuthorityRegister &authorities, const MeasureRegister &measures);

    // Which layout the text's header row is in, without reading the rows.
    Layout recognise(const QString &text) const;
    // Reads every row into result (document fields are left to the caller). Returns false only when
    // the text is not a table this parser reads. progress(done, total) may return false to cancel.
    bool parse(const QString &text, ImportResult &result,
        const std::function<bool(int, int)> &progress = nullptr) const;

private:
    const AuthorityRegister &m_authorities;
    const MeasureRegister &m_measures;
};
