#pragma once

#include "domain/PageBox.h"

#include <QImage>
#include <QWidget>

#include <memory>

namespace Poppler {
class Document;
}

class PdfPageCanvas;
class QAction;
class QLabel;
class QLineEdit;
class QScrollArea;
class QSpinBox;
class QTimer;

// One page of a PDF at a time, as an officer reads it beside the extracted text: the evidence of a
// grade highlighted on its page, page and zoom controls, and find. Only the page shown is rendered
// (at the screen's resolution times the zoom) and kept, so a long report opens at once.
class PdfPageView : public QWidget
{
    Q_OBJECT
public:
    explicit PdfPageView(QWidget *parent = nullptr);
    ~PdfPageView() override;

    // false, with the reason in words for an officer, when the bytes are not a PDF Poppler can read.
    bool setDocument(const QByteArray &pdfBytes, QString *error);
    void showArea(const PageArea &area);

    int currentPage() const { return m_page; } // 1 is the first; 0 without a document
    int pageCount() const;
    qreal zoom() const { return m_zoom; } // 1.0: the page at its printed size on the screen
    void setZoom(qreal zoom);
    void setPage(int page);
    void zoomIn();
    void zoomOut();
    void fitWidth();
    // The next (or previous) match of text, case-insensitive, going on through later (earlier) pages
    // and wrapping; false when the document has none.
    bool find(const QString &text, bool backwards = false);

    // The page as rendered, without highlights, in device pixels (its devicePixelRatio set).
    QImage pageImage() const { return m_image; }
    // The evidence rectangles in pageImage()'s pixels, and in this widget's logical pixels (they may
    // lie outside the part scrolled into view).
    QList<QRect> highlightRectsOnImage() const;
    QList<QRect> highlightRectsInWidgetPixels() const;
    // The current find match in pageImage()'s pixels; null without one on this page.
    QRect matchRectOnImage() const;

    static constexpr qreal minimumZoom = 0.25;
    static constexpr qreal maximumZoom = 4.0;
    static constexpr qreal maximumImagePixels = 24e6; // about 100 MB for the one page kept

signals:
    void pageChanged(int page);
    void zoomChanged(qreal zoom);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Scroll
    {
        Keep,
        Top,
        Bottom,
        Target
    };
    void goToPage(int page, Scroll scroll);
    void applyZoom(qreal zoom);
    void showMatch(int page, const QList<QRectF> &matches, int index);
    void render();
    void updateHighlights();
    void updateControls();
    void scrollToTarget();
    qreal pointsToPixels() const; // logical pixels per point at the current zoom
    qreal fitWidthZoom() const;
    QRect toImage(const QRectF &points) const;
    bool pageKey(int key);

    std::unique_ptr<Poppler::Document> m_document;
    int m_page = 0;
    qreal m_zoom = 1.0;
    bool m_fitWidth = false;
    QImage m_image;
    bool m_renderFailed = false;
    PageArea m_area;
    QRectF m_scrollTarget; // points on the current page to bring into view once laid out
    QString m_findText;
    int m_matchPage = 0;
    QList<QRectF> m_matches; // on m_matchPage, in reading order
    int m_matchIndex = -1;

    QAction *m_previous;
    QAction *m_next;
    QAction *m_zoomOut;
    QAction *m_zoomIn;
    QAction *m_fitWidthAction;
    QSpinBox *m_pageBox;
    QLabel *m_pageTotal;
    QSpinBox *m_zoomBox;
    QLineEdit *m_find;
    QLabel *m_findStatus;
    QScrollArea *m_scroll;
    QTimer *m_fitTimer;
    PdfPageCanvas *m_canvas;
};
