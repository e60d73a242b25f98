#include "GradePalette.h"

#include <QCoreApplication>

namespace GradePalette {

QColor background(int grade)
{
    switch (grade) {
    case 4:
        return QColor(0x00, 0x72, 0xB2); // blue
    case 3:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case 2:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case 1:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    default:
        return QColor();
    }
}

QColor foreground(int grade)
{
    const QColor bg = background(grade);
    if (!bg.isValid())
        return QColor();
    // Relative luminance decides between black and white text.
    const double luminance = 0.2126 * bg.redF() + 0.7152 * bg.greenF() + 0.0722 * bg.blueF();
    return luminance > 0.45 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor seriesColor(int index)
{
    static const QColor colors[] = { QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
        QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7), QColor(0x00, 0x00, 0x00),
        QColor(0xE6, 0x9F, 0x00) };
    return colors[index % 6];
}

QString gradeWord(int grade)
{
    switch (grade) {
    case 4:
        return QCoreApplication::translate("GradePalette", "outstanding");
    case 3:
        return QCoreApplication::translate("GradePalette", "good");
    case 2:
        return QCoreApplication::translate("GradePalette", "adequate");
    case 1:
        return QCoreApplication::translate("GradePalette", "inadequate");
    default:
        return QString();
    }
}

} // namespace GradePalette
