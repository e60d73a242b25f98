#include "PageBox.h"

#include <algorithm>

PageArea pageAreaOf(const QList<PageBox> &boxes, int start, int end)
{
    PageArea area;
    // The first box that ends after start; boxes do not overlap, so those after it are in order.
    auto it = std::lower_bound(
        boxes.cbegin(), boxes.cend(), start, [](const PageBox &b, int s) { return b.end <= s; });
    for (; it != boxes.cend() && it->start < end; ++it) {
        if (area.page == 0)
            area.page = it->page;
        if (it->page != area.page)
            break;
        // A word on the line of the last rectangle widens it; a word on a new line starts one.
        if (!area.rects.isEmpty()) {
            QRectF &last = area.rects.last();
            const qreal overlap = qMin(last.bottom(), it->rect.bottom()) - qMax(last.top(), it->rect.top());
            if (overlap > 0.5 * qMin(last.height(), it->rect.height())) {
                last = last.united(it->rect);
                continue;
            }
        }
        area.rects.append(it->rect);
    }
    return area;
}
