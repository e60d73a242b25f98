#include "PdfPageView.h"

#include "PdfPageCanvas.h"

#include <poppler-qt6.h>

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

constexpr std::array<qreal, 15> zoomSteps { 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0,
    2.5, 3.0, 4.0 };

QAction *makeAction(QWidget *owner, const QString &iconName, const QString &text, const QString &toolTip,
    const QList<QKeySequence> &keys)
{
    auto *action = new QAction(QIcon::fromTheme(iconName), text, owner);
    action->setToolTip(toolTip);
    action->setShortcuts(keys);
    // Beside the text reader in one window: the keys act only while the page view has the focus.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

PdfPageView::PdfPageView(QWidget *parent)
    : QWidget(parent)
    , m_pageBox(new QSpinBox(this))
    , m_pageTotal(new QLabel(this))
    , m_zoomBox(new QSpinBox(this))
    , m_find(new QLineEdit(this))
    , m_findStatus(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_fitTimer(new QTimer(this))
    , m_canvas(new PdfPageCanvas)
{
    setObjectName(QStringLiteral("pdfPageView"));
    m_previous = makeAction(
        this, QStringLiteral("go-previous"), tr("Previous page"), tr("Previous page (Page Up)"), {});
    m_next = makeAction(this, QStringLiteral("go-next"), tr("Next page"), tr("Next page (Page Down)"), {});
    m_zoomOut = makeAction(
        this, QStringLiteral("zoom-out"), tr("Zoom out"), tr("Zoom out (Ctrl+-)"), { QKeySequence::ZoomOut });
    m_zoomIn = makeAction(this, QStringLiteral("zoom-in"), tr("Zoom in"), tr("Zoom in (Ctrl++)"),
        { QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    m_fitWidthAction = makeAction(this, QStringLiteral("zoom-fit-width"), tr("Fit width"),
        tr("Fit the page to the width of the view"), {});
    m_fitWidthAction->setCheckable(true);
    if (m_fitWidthAction->icon().isNull())
        m_fitWidthAction->setIcon(QIcon::fromTheme(QStringLiteral("zoom-fit-best")));
    auto *findAction = makeAction(this, QString(), tr("Find"), tr("Find in the PDF"), { QKeySequence::Find });
    auto *findNext = makeAction(
        this, QString(), tr("Find next"), tr("Find next"), { QKeySequence::FindNext });
    auto *findPrevious = makeAction(
        this, QString(), tr("Find previous"), tr("Find previous"), { QKeySequence::FindPrevious });

    m_pageBox->setKeyboardTracking(false);
    m_pageBox->setAccessibleName(tr("Page number"));
    m_pageBox->setToolTip(tr("The page shown: type a page number and press Enter to go to it"));
    auto *pageLabel = new QLabel(tr("Page"), this);
    pageLabel->setBuddy(m_pageBox);
    pageLabel->setContentsMargins(6, 0, 4, 0);
    m_pageTotal->setContentsMargins(4, 0, 6, 0);
    m_findStatus->setContentsMargins(6, 0, 6, 0);
    m_pageTotal->setAccessibleName(tr("Number of pages"));

    m_zoomBox->setRange(qRound(minimumZoom * 100), qRound(maximumZoom * 100));
    m_zoomBox->setSuffix(tr("%"));
    m_zoomBox->setKeyboardTracking(false);
    m_zoomBox->setAccessibleName(tr("Zoom percentage"));
    m_zoomBox->setToolTip(tr("Zoom: 100% shows the page at its printed size"));

    m_find->setPlaceholderText(tr("Find in PDF"));
    m_find->setAccessibleName(tr("Find in PDF"));
    m_find->setToolTip(tr("Type a word and press Enter (F3: next, Shift+F3: previous; Ctrl+F to come here)"));
    m_find->setClearButtonEnabled(true);
    m_findStatus->setObjectName(QStringLiteral("findStatus"));
    m_findStatus->setAccessibleName(tr("Find result"));

    auto *bar = new QToolBar(this);
    bar->setIconSize(QSize(16, 16) * qMax(1, style()->pixelMetric(QStyle::PM_SmallIconSize) / 16));
    bar->addAction(m_previous);
    bar->addAction(m_next);
    bar->addWidget(pageLabel);
    bar->addWidget(m_pageBox);
    bar->addWidget(m_pageTotal);
    bar->addSeparator();
    bar->addAction(m_zoomOut);
    bar->addWidget(m_zoomBox);
    bar->addAction(m_zoomIn);
    bar->addAction(m_fitWidthAction);

    m_scroll->setWidget(m_canvas);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->setFocusPolicy(Qt::StrongFocus);
    m_scroll->setAccessibleName(tr("PDF page"));
    m_canvas->setFocusPolicy(Qt::ClickFocus);
    m_canvas->setFocusProxy(m_scroll);
    // A caller that focuses the view puts the keys on the page (Page Up/Down), not on a control.
    setFocusProxy(m_scroll);
    m_scroll->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    // Find has a row of its own, so that neither it nor its result is cut off in a narrow pane.
    auto *findRow = new QHBoxLayout;
    findRow->setContentsMargins(4, 2, 4, 4);
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_findStatus);
    layout->addLayout(findRow);
    layout->addWidget(m_scroll, 1);

    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(80);
    connect(m_fitTimer, &QTimer::timeout, this, [this] {
        if (m_fitWidth)
            applyZoom(fitWidthZoom());
    });
    connect(m_previous, &QAction::triggered, this, [this] { goToPage(m_page - 1, Scroll::Top); });
    connect(m_next, &QAction::triggered, this, [this] { goToPage(m_page + 1, Scroll::Top); });
    connect(m_zoomIn, &QAction::triggered, this, &PdfPageView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, this, &PdfPageView::zoomOut);
    connect(m_fitWidthAction, &QAction::triggered, this, [this](bool on) {
        if (on)
            fitWidth();
        else
            m_fitWidth = false;
    });
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int page) {
        if (page != m_page)
            goToPage(page, Scroll::Top);
    });
    connect(m_zoomBox, &QSpinBox::valueChanged, this, [this](int percent) {
        if (percent != qRound(m_zoom * 100))
            setZoom(percent / 100.0);
    });
    connect(findAction, &QAction::triggered, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { find(m_find->text()); });
    connect(findNext, &QAction::triggered, this, [this] { find(m_find->text()); });
    connect(findPrevious, &QAction::triggered, this, [this] { find(m_find->text(), true); });
    connect(m_find, &QLineEdit::textEdited, this, [this] { m_findStatus->clear(); });
    connect(m_canvas, &PdfPageCanvas::resolutionChanged, this, [this] {
        render();
        updateHighlights();
    });
    updateControls();
}

PdfPageView::~PdfPageView() = default;

bool PdfPageView::setDocument(const QByteArray &pdfBytes, QString *error)
{
    m_document.reset();
    m_page = 0;
    m_area = {};
    m_scrollTarget = {};
    m_matchPage = 0;
    m_matches.clear();
    m_matchIndex = -1;
    m_findStatus->clear();

    QString problem;
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdfBytes);
    if (!document)
        problem = tr("This file could not be opened as a PDF. It may be damaged or incomplete, or not a PDF "
                     "at all.");
    else if (document->isLocked())
        problem = tr("This PDF is protected by a password, so its pages cannot be shown. Ask its publisher "
                     "for an unprotected copy.");
    else if (document->numPages() < 1)
        problem = tr("This PDF has no pages to show. It may be damaged.");
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        render();
        updateHighlights();
        updateControls();
        emit pageChanged(0);
        return false;
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    m_document = std::move(document);
    goToPage(1, Scroll::Top);
    return true;
}

void PdfPageView::showArea(const PageArea &area)
{
    if (!m_document || !area.isValid() || area.page > pageCount()) {
        m_area = {};
        updateHighlights();
        return;
    }
    m_area = area;
    m_scrollTarget = area.rects.isEmpty() ? QRectF() : area.rects.first();
    goToPage(area.page, area.rects.isEmpty() ? Scroll::Top : Scroll::Target);
}

int PdfPageView::pageCount() const
{
    return m_document ? m_document->numPages() : 0;
}

void PdfPageView::setZoom(qreal zoom)
{
    m_fitWidth = false;
    applyZoom(zoom);
}

void PdfPageView::setPage(int page)
{
    goToPage(page, Scroll::Top);
}

void PdfPageView::zoomIn()
{
    const auto next = std::upper_bound(zoomSteps.begin(), zoomSteps.end(), m_zoom + 0.001);
    setZoom(next == zoomSteps.end() ? maximumZoom : *next);
}

void PdfPageView::zoomOut()
{
    const auto below = std::lower_bound(zoomSteps.begin(), zoomSteps.end(), m_zoom - 0.001);
    setZoom(below == zoomSteps.begin() ? minimumZoom : *(below - 1));
}

void PdfPageView::fitWidth()
{
    m_fitWidth = true;
    applyZoom(fitWidthZoom());
}

bool PdfPageView::find(const QString &text, bool backwards)
{
    if (!m_document || text.isEmpty()) {
        m_matches.clear();
        m_matchPage = 0;
        m_findStatus->clear();
        updateHighlights();
        return false;
    }
    if (text.compare(m_findText, Qt::CaseInsensitive) != 0) {
        m_findText = text;
        m_matches.clear();
        m_matchPage = 0;
    }
    const int count = pageCount();
    int first = 0; // pages after (before) the current one to look at first
    if (m_matchPage == m_page && !m_matches.isEmpty()) {
        const int next = m_matchIndex + (backwards ? -1 : 1);
        if (next >= 0 && next < m_matches.size()) {
            showMatch(m_page, m_matches, next);
            return true;
        }
        first = 1;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // Steps 1..count come back round to the current page, for the matches before the last one.
    for (int step = first; step <= count - 1 + first; ++step) {
        const int offset = backwards ? -step : step;
        const int page = ((m_page - 1 + offset) % count + count) % count + 1;
        const std::unique_ptr<Poppler::Page> p(m_document->page(page - 1));
        const QList<QRectF> matches = p ? p->search(text, Poppler::Page::IgnoreCase) : QList<QRectF>();
        if (!matches.isEmpty()) {
            QApplication::restoreOverrideCursor();
            showMatch(page, matches, backwards ? int(matches.size()) - 1 : 0);
            return true;
        }
    }
    QApplication::restoreOverrideCursor();
    m_matches.clear();
    m_matchPage = 0;
    m_findStatus->setText(tr("Not found"));
    updateHighlights();
    return false;
}

void PdfPageView::showMatch(int page, const QList<QRectF> &matches, int index)
{
    m_matchPage = page;
    m_matches = matches;
    m_matchIndex = index;
    m_findStatus->setText(tr("%1 of %2 on page %3").arg(index + 1).arg(matches.size()).arg(page));
    m_scrollTarget = matches.at(index);
    goToPage(page, Scroll::Target);
}

QList<QRect> PdfPageView::highlightRectsOnImage() const
{
    QList<QRect> out;
    if (m_area.page == m_page && !m_image.isNull()) {
        for (const QRectF &r : m_area.rects)
            out.append(toImage(r));
    }
    return out;
}

QList<QRect> PdfPageView::highlightRectsInWidgetPixels() const
{
    QList<QRect> out;
    if (m_area.page == m_page && !m_image.isNull()) {
        for (const QRectF &r : m_area.rects) {
            const QRectF onCanvas = m_canvas->toCanvas(r);
            out.append(QRectF(m_canvas->mapTo(this, onCanvas.topLeft()), onCanvas.size()).toRect());
        }
    }
    return out;
}

QRect PdfPageView::matchRectOnImage() const
{
    if (m_matchPage != m_page || m_matchIndex < 0 || m_matchIndex >= m_matches.size())
        return {};
    return toImage(m_matches.at(m_matchIndex));
}

bool PdfPageView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll) {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->modifiers() == Qt::NoModifier && pageKey(key->key()))
                return true;
        } else if (event->type() == QEvent::Resize && m_fitWidth) {
            m_fitTimer->start();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PdfPageView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The scroll bars know their ranges only once the layout has run.
    QTimer::singleShot(0, this, [this] {
        if (m_fitWidth)
            applyZoom(fitWidthZoom());
        scrollToTarget();
    });
}

// Page Down at the foot of a page turns to the next one, Page Up at its head to the previous one,
// as in a PDF reader; in between they scroll.
bool PdfPageView::pageKey(int key)
{
    QScrollBar *bar = m_scroll->verticalScrollBar();
    if (key == Qt::Key_PageDown && bar->value() >= bar->maximum() && m_page < pageCount()) {
        goToPage(m_page + 1, Scroll::Top);
        return true;
    }
    if (key == Qt::Key_PageUp && bar->value() <= bar->minimum() && m_page > 1) {
        goToPage(m_page - 1, Scroll::Bottom);
        return true;
    }
    return false;
}

void PdfPageView::goToPage(int page, Scroll scroll)
{
    if (!m_document)
        return;
    page = std::clamp(page, 1, pageCount());
    const bool changed = page != m_page;
    if (changed) {
        m_page = page;
        if (m_fitWidth)
            m_zoom = std::clamp(fitWidthZoom(), minimumZoom, maximumZoom); // pages can differ in width
        render();
    }
    updateHighlights();
    updateControls();
    if (scroll == Scroll::Top)
        m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->minimum());
    else if (scroll == Scroll::Bottom)
        m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->maximum());
    else if (scroll == Scroll::Target)
        scrollToTarget();
    if (changed)
        emit pageChanged(m_page);
}

void PdfPageView::applyZoom(qreal zoom)
{
    zoom = std::clamp(zoom, minimumZoom, maximumZoom);
    if (std::abs(zoom - m_zoom) < 0.002) {
        updateControls();
        return;
    }
    // The point of the page at the centre of the view stays there.
    QScrollBar *h = m_scroll->horizontalScrollBar();
    QScrollBar *v = m_scroll->verticalScrollBar();
    const QSize viewport = m_scroll->viewport()->size();
    const qreal oldScale = pointsToPixels();
    const QPointF centre((h->value() + viewport.width() / 2.0 - PdfPageCanvas::margin()) / oldScale,
        (v->value() + viewport.height() / 2.0 - PdfPageCanvas::margin()) / oldScale);
    m_zoom = zoom;
    render();
    updateHighlights();
    updateControls();
    const qreal scale = pointsToPixels();
    h->setValue(qRound(centre.x() * scale + PdfPageCanvas::margin() - viewport.width() / 2.0));
    v->setValue(qRound(centre.y() * scale + PdfPageCanvas::margin() - viewport.height() / 2.0));
    emit zoomChanged(m_zoom);
}

void PdfPageView::render()
{
    m_image = QImage();
    if (m_document && m_page > 0) {
        const std::unique_ptr<Poppler::Page> page(m_document->page(m_page - 1));
        qreal ratio = devicePixelRatioF();
        if (page) {
            // A large page at a high zoom on a high-density screen would take hundreds of megabytes:
            // past the limit the page is drawn at fewer pixels and shown at the same size.
            const QSizeF points = page->pageSizeF();
            const qreal pixels = points.width() * points.height() * std::pow(pointsToPixels() * ratio, 2);
            if (pixels > maximumImagePixels)
                ratio *= std::sqrt(maximumImagePixels / pixels);
            m_image = page->renderToImage(logicalDpiX() * m_zoom * ratio, logicalDpiY() * m_zoom * ratio);
            m_image.setDevicePixelRatio(ratio);
        }
        if (m_image.isNull()) {
            m_findStatus->setText(tr("Page %1 could not be drawn; the PDF may be damaged.").arg(m_page));
            m_renderFailed = true;
        } else if (m_renderFailed) {
            m_findStatus->clear();
            m_renderFailed = false;
        }
    }
    m_canvas->setPage(m_image, pointsToPixels());
    m_canvas->setAccessibleDescription(
        m_page > 0 ? tr("Page %1 of %2").arg(m_page).arg(pageCount()) : QString());
}

void PdfPageView::updateHighlights()
{
    const bool matchHere = m_matchPage == m_page && m_matchIndex >= 0 && m_matchIndex < m_matches.size();
    m_canvas->setHighlights(m_area.page == m_page ? m_area.rects : QList<QRectF>(),
        matchHere ? m_matches.at(m_matchIndex) : QRectF());
}

void PdfPageView::updateControls()
{
    const int count = pageCount();
    const bool open = count > 0;
    m_previous->setEnabled(open && m_page > 1);
    m_next->setEnabled(open && m_page < count);
    m_zoomOut->setEnabled(open && m_zoom > minimumZoom + 0.001);
    m_zoomIn->setEnabled(open && m_zoom < maximumZoom - 0.001);
    m_fitWidthAction->setEnabled(open);
    m_fitWidthAction->setChecked(m_fitWidth);
    m_pageBox->setEnabled(open);
    m_zoomBox->setEnabled(open);
    m_find->setEnabled(open);
    {
        const QSignalBlocker blocker(m_pageBox);
        m_pageBox->setRange(open ? 1 : 0, count);
        m_pageBox->setValue(m_page);
    }
    {
        const QSignalBlocker blocker(m_zoomBox);
        m_zoomBox->setValue(qRound(m_zoom * 100));
    }
    m_pageTotal->setText(tr("of %1").arg(count));
}

void PdfPageView::scrollToTarget()
{
    if (m_scrollTarget.isNull() || !isVisible())
        return;
    const QRectF r = m_canvas->toCanvas(m_scrollTarget);
    const QSize viewport = m_scroll->viewport()->size();
    // A line wider than the view shows from its start.
    const qreal x = std::min(r.center().x(), r.left() + viewport.width() / 2.0 - 16);
    m_scroll->ensureVisible(qRound(x), qRound(r.center().y()), viewport.width() / 2, viewport.height() / 2);
    m_scrollTarget = {};
}

qreal PdfPageView::pointsToPixels() const
{
    return logicalDpiX() * m_zoom / 72.0;
}

qreal PdfPageView::fitWidthZoom() const
{
    if (!m_document || m_page < 1)
        return m_zoom;
    const std::unique_ptr<Poppler::Page> page(m_document->page(m_page - 1));
    if (!page || page->pageSizeF().width() <= 0)
        return m_zoom;
    // The scroll bar's width is always set aside, so that its coming and going cannot change the fit.
    const int available = m_scroll->width() - 2 * m_scroll->frameWidth()
        - style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll) - 2 * PdfPageCanvas::margin();
    return available / (page->pageSizeF().width() * logicalDpiX() / 72.0);
}

QRect PdfPageView::toImage(const QRectF &points) const
{
    const qreal scale = pointsToPixels() * m_image.devicePixelRatio();
    return QRectF(points.topLeft() * scale, points.size() * scale).toRect();
}
