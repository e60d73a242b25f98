#pragma once

#include <QMetaType>
#include <QtGlobal>

// Where a fact was read: a half-open span [start, end) of UTF-16 code units in a document's
// original text. Spans always point into the original, never into cleaned display text.
struct Evidence
{
    qint64 documentId = 0;
    int start = 0;
    int end = 0;
    // The PDF page the span starts on (1 is the first), filled in by the store; 0 for text files.
    // The rectangles on the page are had from the store when the page is shown.
    int page = 0;

    bool isValid() const { return documentId > 0 && end > start; }
    int length() const { return end - start; }
    friend bool operator==(const Evidence &a, const Evidence &b)
    {
        return a.documentId == b.documentId && a.start == b.start && a.end == b.end;
    }
};
Q_DECLARE_TYPEINFO(Evidence, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Evidence)
