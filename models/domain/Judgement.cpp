#include "Judgement.h"

#include <QCoreApplication>

QString gradeLabelDisplayName(const QString &label)
{
    // The grade words of the letters' scales (resources/vocabulary.json). In English the words are
    // shown as the letter wrote them ("Performs well"); a translation replaces them.
    static const char *const words[] = {
        QT_TRANSLATE_NOOP("GradeLabel", "outstanding"),
        QT_TRANSLATE_NOOP("GradeLabel", "excellent"),
        QT_TRANSLATE_NOOP("GradeLabel", "very good"),
        QT_TRANSLATE_NOOP("GradeLabel", "good"),
        QT_TRANSLATE_NOOP("GradeLabel", "adequate"),
        QT_TRANSLATE_NOOP("GradeLabel", "inadequate"),
        QT_TRANSLATE_NOOP("GradeLabel", "poor"),
        QT_TRANSLATE_NOOP("GradeLabel", "performs excellently"),
        QT_TRANSLATE_NOOP("GradeLabel", "performs well"),
        QT_TRANSLATE_NOOP("GradeLabel", "performs adequately"),
        QT_TRANSLATE_NOOP("GradeLabel", "performs poorly"),
    };
    const QString folded = label.simplified().toLower();
    for (const char *word : words) {
        if (folded == QLatin1String(word)) {
            const QString translated = QCoreApplication::translate("GradeLabel", word);
            return translated == QLatin1String(word) ? label : translated;
        }
    }
    return label;
}

QString gradeLabelShortName(const QString &label)
{
    // Only the annual rating's words have a shorter form; translations give their own.
    static const char *const words[][2] = {
        { "performs excellently", QT_TRANSLATE_NOOP("GradeLabelShort", "excellently") },
        { "performs well", QT_TRANSLATE_NOOP("GradeLabelShort", "well") },
        { "performs adequately", QT_TRANSLATE_NOOP("GradeLabelShort", "adequately") },
        { "performs poorly", QT_TRANSLATE_NOOP("GradeLabelShort", "poorly") },
    };
    const QString folded = label.simplified().toLower();
    for (const auto &word : words) {
        if (folded == QLatin1String(word[0]))
            return QCoreApplication::translate("GradeLabelShort", word[1]);
    }
    return gradeLabelDisplayName(label);
}

QString reviewStateKey(ReviewState state)
{
    switch (state) {
    case ReviewState::ToReview:
        return QStringLiteral("to-review");
    case ReviewState::Accepted:
        return QStringLiteral("accepted");
    case ReviewState::Rejected:
        return QStringLiteral("rejected");
    case ReviewState::Confirmed:
        break;
    }
    return QStringLiteral("confirmed");
}

ReviewState reviewStateFromKey(const QString &key)
{
    for (ReviewState s : { ReviewState::ToReview, ReviewState::Accepted, ReviewState::Rejected }) {
        if (reviewStateKey(s) == key)
            return s;
    }
    return ReviewState::Confirmed;
}

bool outranks(const Judgement &a, const Judgement &b)
{
    if (sourcePrecedence(a.source) != sourcePrecedence(b.source))
        return sourcePrecedence(a.source) > sourcePrecedence(b.source);
    return a.confidence > b.confidence;
}
