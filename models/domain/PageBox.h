#pragma once

#include <QTypeInfo>

#include <QList>
#include <QMetaType>
#include <QRectF>

// Where a run of a PDF document's text sits on its page: the characters [start, end) of the
// extracted text (the document's original text), the page (1 is the first), and the rectangle in
// points (1/72 inch) with the origin at the page's top left, as Poppler gives word boxes.
struct PageBox
{
    int start = 0;
    int end = 0;
    int page = 0;
    QRectF rect;

    friend bool operator==(const PageBox &a, const PageBox &b)
    {
        return a.start == b.start && a.end == b.end && a.page == b.page && a.rect == b.rect;
    }
};
Q_DECLARE_TYPEINFO(PageBox, Q_RELOCATABLE_TYPE);

// The place on the page of a span of text: the page its first character is on, and one rectangle
// for each line the span covers on that page (words on one line are merged).
struct PageArea
{
    int page = 0; // 0: the text is not from a PDF, or the span touches no box
    QList<QRectF> rects;

    bool isValid() const { return page > 0; }
};
Q_DECLARE_TYPEINFO(PageArea, Q_RELOCATABLE_TYPE);

// boxes sorted by start, as the PDF reader gives them and the store returns them.
PageArea pageAreaOf(const QList<PageBox> &boxes, int start, int end);

Q_DECLARE_METATYPE(PageBox)
Q_DECLARE_METATYPE(PageArea)
