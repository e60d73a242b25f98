#pragma once

#include <QString>

struct Observation;
struct Period;

// How values read from tables are written back for people: "42.5%", "<10%", "4 out of 11".
namespace ValueFormat {
QString number(double value);
// With a measure's decimal places where it states them (decimals >= 0).
QString number(double value, int decimals);
QString observation(const Observation &observation);
// A period as written, saying which kind of year it is where its dates are a financial (April to
// March) or academic (September to August) year: "2009/10 (financial year)", "2016 (academic year
// 2015/16)"; other periods as written.
QString period(const Period &period);
} // namespace ValueFormat
