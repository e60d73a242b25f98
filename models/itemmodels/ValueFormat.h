#pragma once

#include <QString>

struct Observation;

// How values read from tables are written back for people: "42.5%", "<10%", "4 out of 11".
namespace ValueFormat {
QString number(double value);
// With a measure's decimal places where it states them (decimals >= 0).
QString number(double value, int decimals);
QString observation(const Observation &observation);
} // namespace ValueFormat
