#pragma once

#include <QRegularExpression>
#include <QStringView>

namespace MatchOptions {

// Before every match PCRE checks that its subject is valid UTF-16, from the match's offset to the
// subject's end. A document's text matched by many patterns in turn, or piece by piece, paid for
// that check more than for the matching: a fifth of an import's instructions. A text checked once
// here may skip it, for itself and for any piece of it that begins and ends outside a surrogate
// pair. A text that is not valid UTF-16 keeps the check, and PCRE refuses it as before.
inline QRegularExpression::MatchOptions checkedOnce(QStringView text)
{
    return text.isValidUtf16() ? QRegularExpression::DontCheckSubjectStringMatchOption
                               : QRegularExpression::NoMatchOption;
}

} // namespace MatchOptions
