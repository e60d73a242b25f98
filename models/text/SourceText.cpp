#include "SourceText.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SourceText", text);
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; zero marks the five undefined bytes.
constexpr char16_t cp1252High[32] = {
    0x20AC,
    0,
    0x201A,
    0x0192,
    0x201E,
    0x2026,
    0x2020,
    0x2021,
    0x02C6,
    0x2030,
    0x0160,
    0x2039,
    0x0152,
    0,
    0x017D,
    0,
    0,
    0x2018,
    0x2019,
    0x201C,
    0x201D,
    0x2022,
    0x2013,
    0x2014,
    0x02DC,
    0x2122,
    0x0161,
    0x203A,
    0x0153,
    0,
    0x017E,
    0x0178,
};

QString decodeWindows1252(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80 && b < 0xA0 && cp1252High[b - 0x80] != 0)
            out.append(QChar(cp1252High[b - 0x80]));
        else
            out.append(QChar(char16_t(b)));
    }
    return out;
}

bool decodeStrict(QStringConverter::Encoding encoding, const QByteArray &bytes, QString *out)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}

// UTF-16 without a byte-order mark shows as a zero byte in every other position for Latin text.
QStringConverter::Encoding guessUtf16(const QByteArray &bytes, bool *found)
{
    *found = false;
    const qsizetype pairs = qMin<qsizetype>(bytes.size() / 2, 4096);
    if (pairs < 2)
        return QStringConverter::Utf16LE;
    int evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenZeros += bytes.at(2 * i) == 0;
        oddZeros += bytes.at(2 * i + 1) == 0;
    }
    if (oddZeros > pairs * 6 / 10 && evenZeros < pairs / 10) {
        *found = true;
        return QStringConverter::Utf16LE;
    }
    if (evenZeros > pairs * 6 / 10 && oddZeros < pairs / 10) {
        *found = true;
        return QStringConverter::Utf16BE;
    }
    return QStringConverter::Utf16LE;
}

QString foldLineEndings(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

} // namespace

SourceText SourceText::decode(const QByteArray &bytes)
{
    SourceText result;
    if (bytes.size() > MaximumBytes) {
        result.error = tr("the file is larger than %1 MB, too large for a letter or report")
                           .arg(MaximumBytes / (1024 * 1024));
        return result;
    }

    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        if (!decodeStrict(QStringConverter::Utf8, bytes.mid(3), &text)) {
            result.error = tr("the file says it is UTF-8 but holds invalid UTF-8 bytes");
            return result;
        }
        result.encoding = QStringLiteral("UTF-8");
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        if (!decodeStrict(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, bytes.mid(2), &text)) {
            result.error = tr("the file says it is UTF-16 but holds invalid UTF-16");
            return result;
        }
        result.encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    } else {
        bool utf16 = false;
        const auto encoding = guessUtf16(bytes, &utf16);
        if (utf16) {
            if (!decodeStrict(encoding, bytes, &text)) {
                result.error = tr("the file looks like UTF-16 but does not decode as UTF-16");
                return result;
            }
            result.encoding = encoding == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE")
                                                                    : QStringLiteral("UTF-16BE");
        } else if (bytes.contains('\0')) {
            result.error = tr("the file is binary (it contains NUL bytes), not a text document");
            return result;
        } else if (decodeStrict(QStringConverter::Utf8, bytes, &text)) {
            result.encoding = QStringLiteral("UTF-8");
        } else {
            // Not UTF-8: Windows-1252, unless it holds one of the five bytes that encoding leaves undefined.
            for (char c : bytes) {
                const auto b = static_cast<unsigned char>(c);
                if (b >= 0x80 && b < 0xA0 && cp1252High[b - 0x80] == 0) {
                    result.error = tr("the text is neither valid UTF-8 nor Windows-1252 (byte 0x%1)")
                                       .arg(b, 2, 16, QLatin1Char('0'));
                    return result;
                }
            }
            text = decodeWindows1252(bytes);
            result.encoding = QStringLiteral("Windows-1252");
        }
    }

    text = foldLineEndings(text);
    if (text.trimmed().isEmpty()) {
        result.error = tr("the file is empty");
        return result;
    }
    qsizetype controls = 0;
    for (QChar c : std::as_const(text)) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\n' && u != '\t' && u != '\f') || u == 0x7F || c.isNonCharacter())
            ++controls;
    }
    if (controls > 0 && controls * 100 > text.size()) {
        result.error = tr("the file is binary (%1 control characters), not a text document").arg(controls);
        return result;
    }
    result.text = text;
    return result;
}
