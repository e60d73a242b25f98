#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

struct GradeWord
{
    QString phrase; // folded, e.g. "very good"
    int grade = 0;
    QRegularExpression pattern; // the phrase as a whole word, any spacing; compiled once
};

struct GradeWordMatch
{
    int start = 0; // offsets into the searched text
    int end = 0;
    int grade = 0;
    QString words; // as written in the text
};

// The words that state a grade and the phrases that name judgement areas, read from data
// (resources/vocabulary.json).
class GradeVocabulary
{
public:
    enum class Scale
    {
        Apa,
        Annual
    };
    enum class AreaSet
    {
        Outcomes,
        JointAreaReview
    };

    static GradeVocabulary fromJson(const QByteArray &json, QString *error);
    static const GradeVocabulary &bundled();

    // Grade words in text[from, to), longest phrase first where they overlap ("very good" over "good").
    QList<GradeWordMatch> gradeWords(const QString &text, Scale scale, int from = 0, int to = -1) const;
    int gradeForWords(const QString &words, Scale scale) const; // 0 when the words state no grade
    // The area key a heading, table row or sentence names, or an empty string.
    QString areaFor(const QString &text, AreaSet set = AreaSet::Outcomes) const;

    static QString fold(const QString &text);

private:
    struct Area
    {
        QString key;
        QStringList phrases;
    };
    QList<GradeWord> m_apa;
    QList<GradeWord> m_annual;
    QList<Area> m_areas;
    QList<Area> m_jarAreas;
};
