#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

// Lines, paragraphs and sentences of an original text, as spans into it.
struct TextSpan
{
    int start = 0;
    int end = 0;
    bool isEmpty() const { return end <= start; }
};

struct TextBlock
{
    TextSpan span;
    bool heading = false;
    // The block's text as CleanText::clean gives it: worked out once, while the blocks are found,
    // for the parsers and the search passages that read every block again.
    QString clean;
};

class TextLayout
{
public:
    explicit TextLayout(const QString &text);

    const QString &text() const { return m_text; }
    // The options for matching a pattern against text(): checked for valid UTF-16 once, here,
    // rather than by PCRE before each match (see MatchOptions::checkedOnce).
    QRegularExpression::MatchOptions matchOptions() const { return m_matchOptions; }
    const QList<TextSpan> &lines() const { return m_lines; }
    // Paragraphs separated by blank lines, with paragraphs broken by a page break joined again.
    const QList<TextBlock> &blocks() const { return m_blocks; }

    QString lineText(int index) const;
    int lineIndexAt(int offset) const;
    // The sentence around offset, never crossing a line break or the given bounds.
    TextSpan sentenceAt(int offset) const;
    QList<TextSpan> sentences(TextSpan within) const;
    // Trim white space from both ends of a span.
    TextSpan trimmed(TextSpan span) const;

private:
    void splitLines();
    void splitBlocks();
    bool isHardLineBreak(int newline) const;

    QString m_text;
    QRegularExpression::MatchOptions m_matchOptions;
    QList<TextSpan> m_lines;
    QList<TextBlock> m_blocks;
};
