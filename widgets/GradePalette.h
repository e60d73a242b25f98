#pragma once

#include <QColor>
#include <QString>

// Colours for grades 1-4 from the Okabe-Ito palette, which stays distinguishable with the common
// colour-vision deficiencies. Colour is never the only signal: cells and charts also show the grade
// number and words, and charts use different line styles and marker shapes.
namespace GradePalette {
QColor background(int grade); // invalid colour for no grade
QColor foreground(int grade); // text colour readable on background(grade)
QColor seriesColor(int index); // for authorities in charts
QString gradeWord(int grade); // "outstanding", "good", "adequate", "inadequate" (translated)
} // namespace GradePalette
