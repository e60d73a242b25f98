#pragma once

#include <QList>
#include <QString>

// Display text made from a span of a converted document, with conversion artefacts removed
// (HTML tags, footnote markers, markdown heading and emphasis marks, U+FFFD, runs of blank lines)
// and a map from every clean character back to its offset in the original. Evidence stays a span
// in the original; the reader finds it in clean text through this map.
class CleanText
{
public:
    static CleanText fromOriginal(const QString &original, int start, int end);
    // The clean text alone, without the map.
    static QString clean(const QString &original, int start, int end);

    const QString &text() const { return m_text; }
    int originalOffset(int cleanIndex) const; // cleanIndex may be text().size()
    // The clean span [*cleanStart, *cleanEnd) covering the original span; false when they do not meet.
    bool cleanSpan(int originalStart, int originalEnd, int *cleanStart, int *cleanEnd) const;

private:
    static void build(const QString &original, int start, int end, QString *text, QList<int> *map);

    QString m_text;
    QList<int> m_map; // m_map[i] is the original offset of m_text[i]; one extra entry for the end
};
