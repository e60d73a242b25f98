#pragma once

#include "domain/Framework.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

// What the grade-statement reader knows of how papers and news write Ofsted children's services
// grades: framework names, area names by framework, aggregates ("all five outcomes"), grade words,
// the words that make a number a grade or not, the cues of texts that only look like grades, and
// the signals of a source's kind. Read from data (resources/grade-statements.json), never coded.
class StatementVocabulary
{
public:
    enum class Cue
    {
        OtherMeasure, // CPA, CSCI stars, CAA, later inspection frameworks
        SelfAssessment,
        Prediction,
        Legend,
        Count,
        Negation,
    };
    struct Match
    {
        int start = 0;
        int end = 0;
        QString key; // framework, area or aggregate key; the words for grade words
        int value = 0; // a grade, where the match states one
    };
    struct AreaSet
    {
        QString key;
        QList<QRegularExpression> phrases; // longest first
    };
    struct Aggregate
    {
        QRegularExpression pattern;
        QStringList areas; // empty: the areas the sentence lists
    };

    static StatementVocabulary fromJson(const QByteArray &json, QString *error);
    static const StatementVocabulary &bundled();

    bool isValid() const { return !m_frameworks.isEmpty(); }
    double reviewThreshold() const { return m_reviewThreshold; }
    double confidenceWeight(const QString &name) const { return m_confidence.value(name); }

    // Mentions in text[from, to); glued text (words run together by a conversion) is searched
    // without word boundaries.
    QList<Match> frameworks(const QString &text, int from, int to, bool glued) const;
    QList<Match> areas(Framework framework, const QString &text, int from, int to, bool glued) const;
    // Aggregates: key is the areas they cover joined by commas, or "*" for those that cover the
    // areas the sentence lists ("both", "every category").
    QList<Match> aggregates(const QString &text, int from, int to) const;
    // Words that state a grade: "good" (gradeWords) and "performs well" (annual words, which
    // also say the framework is the 2009 rating or the 2010 assessment).
    QList<Match> gradeWords(const QString &text, int from, int to) const;
    QList<Match> annualWords(const QString &text, int from, int to) const;
    // Every grade word and annual phrase as one regular-expression alternation, longest first.
    const QString &wordAlternation() const { return m_wordAlternation; }
    // One table cell that states a grade ("3", "Grade 2 (good)", "adequate (2)").
    const QRegularExpression &gradeCellPattern() const { return m_gradeCell; }
    // The grade word just after a number ("3 (good)", "3 - good"), and the number just after a word.
    const QRegularExpression &wordAfterNumberPattern() const { return m_wordAfterNumber; }
    const QRegularExpression &numberAfterWordPattern() const { return m_numberAfterWord; }
    int numberWord(const QString &word) const { return m_numberWords.value(word.toLower()); }
    // The area a short label names allowing small typos ("Capcity to improve"), or empty.
    QString fuzzyArea(Framework framework, const QString &label) const;
    // Area names with small typos in running text ("staying saef was judged adequate"); slower
    // than areas(), for sentences where areas() found none.
    QList<Match> fuzzyAreas(Framework framework, const QString &text, int from, int to) const;

    bool hasCue(Cue cue, const QString &text, int from, int to) const;
    bool isLinker(const QString &word) const { return m_linkers.contains(word.toLower()); }
    bool isNotGradeFollower(const QString &word) const
    {
        return m_notGradeFollowers.contains(word.toLower());
    }
    bool isReferenceWord(const QString &word) const { return m_referenceWords.contains(word.toLower()); }
    bool isLabelFiller(const QString &word) const { return m_labelFiller.contains(word.toLower()); }
    // "up from", "last year's", "unchanged from" just before or around a grade.
    const QRegularExpression &priorBefore() const { return m_priorBefore; }
    const QRegularExpression &priorYearPhrase() const { return m_priorYear; }
    const QRegularExpression &unchanged() const { return m_unchanged; }
    int sourceSignals(bool secondary, const QString &text) const;

    bool frameworkCovers(Framework framework, int year) const;
    bool areaCovers(const QString &area, int year) const;

private:
    QHash<int, QList<QRegularExpression>> m_frameworks;
    QHash<int, QList<QRegularExpression>> m_frameworksGlued;
    QHash<int, QPair<int, int>> m_frameworkYears;
    QHash<QString, QPair<int, int>> m_areaYears;
    QHash<int, QList<AreaSet>> m_areas;
    QHash<int, QList<AreaSet>> m_areasGlued;
    QHash<int, QList<QPair<QString, QString>>> m_areaLetters; // key, phrase letters only
    QList<Aggregate> m_aggregates;
    QList<QPair<QRegularExpression, int>> m_gradeWords;
    QList<QPair<QRegularExpression, int>> m_annualWords;
    // Each table's patterns as one alternation, searched once before the table's patterns are run one
    // by one: most sentences hold none of them, and a search for each was a tenth of an import.
    QRegularExpression m_frameworksAny, m_frameworksGluedAny, m_gradeWordsAny, m_annualWordsAny;
    QHash<int, QRegularExpression> m_areasAny, m_areasGluedAny;
    QHash<QString, int> m_numberWords;
    QSet<QString> m_linkers;
    QSet<QString> m_notGradeFollowers;
    QSet<QString> m_referenceWords;
    QSet<QString> m_labelFiller;
    QRegularExpression m_priorBefore;
    QRegularExpression m_priorYear;
    QRegularExpression m_unchanged;
    QHash<Cue, QRegularExpression> m_cues;
    QRegularExpression m_secondary;
    QRegularExpression m_council;
    QHash<QString, double> m_confidence;
    double m_reviewThreshold = 0.6;
    QString m_wordAlternation;
    QRegularExpression m_gradeCell;
    QRegularExpression m_wordAfterNumber;
    QRegularExpression m_numberAfterWord;
};
