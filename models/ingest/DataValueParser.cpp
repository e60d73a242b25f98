#include "DataValueParser.h"

#include <QRegularExpression>
#include <QStringList>

#include <charconv>
#include <system_error>

namespace {

// A plain number in C notation ("12.5", "-3", "7.0000000000000007E-2"), read without the
// conversions QString::toDouble makes: most of a data file's cells are such numbers.
bool readPlainNumber(QStringView text, double *value)
{
    char digits[64];
    if (text.isEmpty() || text.size() >= qsizetype(sizeof digits))
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c > 0x7f)
            return false;
        digits[i] = char(c);
    }
    const char *end = digits + text.size();
    const auto [stop, error] = std::from_chars(digits, end, *value);
    return error == std::errc() && stop == end;
}

} // namespace

DataValue DataValue::parse(const QString &raw)
{
    DataValue out;
    const QString t = raw.trimmed();
    // Most cells are plain numbers ("12.5", "7.0000000000000007E-2"): read them without a pattern.
    out.ok = readPlainNumber(t, &out.value);
    if (!out.ok)
        out.value = t.toDouble(&out.ok);
    if (out.ok && qIsFinite(out.value))
        return out;
    out.ok = false;
    static const QStringList markers { QStringLiteral("-"), QStringLiteral("x"), QStringLiteral("c"),
        QStringLiteral("."), QStringLiteral(".."), QStringLiteral("n/a"), QStringLiteral(":"), QStringLiteral("*"),
        QStringLiteral("z"), QStringLiteral("") };
    if (markers.contains(t.toLower())) {
        out.ok = true;
        out.missing = true;
        out.marker = t.isEmpty() ? QStringLiteral("(blank)") : t;
        return out;
    }
    static const QRegularExpression number(
        QStringLiteral("^([-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:[eE][-+]?\\d+)?|[-+]?\\.\\d+(?:["
                       "eE][-+]?\\d+)?)\\s*(%?)$"));
    const auto m = number.match(t);
    if (!m.hasMatch())
        return out;
    QString digits = m.captured(1);
    digits.remove(QLatin1Char(','));
    out.value = digits.toDouble(&out.ok);
    out.unit = m.captured(2);
    return out;
}

