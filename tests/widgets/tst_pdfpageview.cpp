// The PDF page view on PDFs the test writes with QPdfWriter: the evidence highlighted where Poppler
// says the words are, zoom, paging, find across pages, a broken file and a long one. The
// screenshot pdfpageview.png is saved in /tmp for people to look at.
#include "PdfDocumentReader.h"
#include "PdfPageView.h"

#include <poppler-qt6.h>

#include <QAction>
#include <QBuffer>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSettings>
#include <QTest>

namespace {

// A4 pages drawn in points (the writer at 72 dpi, no margins), each headed with its number;
// extra(page, painter) adds each page's own words.
template<typename Extra> QByteArray writePdf(int pages, Extra extra)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    QPainter painter;
    if (!painter.begin(&writer))
        return {};
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(12);
    painter.setFont(font);
    for (int page = 1; page <= pages; ++page) {
        if (page > 1)
            writer.newPage();
        painter.drawText(QPointF(72, 60), QStringLiteral("Annual performance assessment, page %1").arg(page));
        extra(page, painter);
    }
    painter.end();
    return bytes;
}

QByteArray letter()
{
    return writePdf(5, [](int page, QPainter &painter) {
        if (page == 2)
            painter.drawText(QPointF(72, 300), QStringLiteral("Safeguarding is adequate."));
        if (page == 3) {
            painter.drawText(QPointF(72, 200), QStringLiteral("The council knows its children well."));
            painter.drawText(QPointF(72, 520), QStringLiteral("Capacity to improve: good"));
        }
        if (page == 5)
            painter.drawText(QPointF(300, 700), QStringLiteral("Safeguarding arrangements are secure."));
    });
}

// The union of the word boxes Poppler finds for the words of phrase, one after another, on page.
QRectF phraseRect(const QByteArray &pdf, int page, const QStringList &phrase)
{
    const auto document = Poppler::Document::loadFromData(pdf);
    if (!document)
        return {};
    const std::unique_ptr<Poppler::Page> p(document->page(page - 1));
    const auto boxes = p->textList();
    for (size_t i = 0; i + phrase.size() <= boxes.size(); ++i) {
        QRectF rect;
        bool all = true;
        for (qsizetype w = 0; w < phrase.size() && all; ++w) {
            all = boxes[i + w]->text() == phrase.at(w);
            rect |= boxes[i + w]->boundingBox();
        }
        if (all)
            return rect;
    }
    return {};
}

bool near(const QRect &a, const QRect &b, int slack = 2)
{
    return qAbs(a.left() - b.left()) <= slack && qAbs(a.top() - b.top()) <= slack
        && qAbs(a.right() - b.right()) <= slack && qAbs(a.bottom() - b.bottom()) <= slack;
}

QString dump(const QRect &r)
{
    return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

QAction *action(const PdfPageView &view, const QString &text)
{
    for (QAction *a : view.actions()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

} // namespace

class TestPdfPageView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The reader remembers its zoom: in a settings file of the test's own.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("csdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_pdfpageview"));
        // The broken files make Poppler report every bad byte; the test wants only its own output.
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
    }

    void evidenceIsHighlightedOnItsPage()
    {
        const QByteArray pdf = letter();
        const QRectF words = phraseRect(pdf, 3, { "Capacity", "to", "improve:", "good" });
        QVERIFY2(!words.isEmpty(), "Poppler finds the phrase on page 3");

        PdfPageView view;
        view.resize(900, 700);
        QString error;
        QVERIFY2(view.setDocument(pdf, &error), qPrintable(error));
        QCOMPARE(view.pageCount(), 5);
        QCOMPARE(view.currentPage(), 1);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QSignalSpy pages(&view, &PdfPageView::pageChanged);
        view.setZoom(1.0);
        view.showArea({ 3, { words } });
        QCOMPARE(view.currentPage(), 3);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.first().at(0).toInt(), 3);

        // The page is rendered at the screen's resolution: A4's 595 points at the logical dpi.
        const QImage image = view.pageImage();
        const qreal ratio = image.devicePixelRatio();
        QCOMPARE(image.width(), qRound(595.0 * view.logicalDpiX() / 72.0 * ratio));
        const qreal scale = image.width() / 595.0;
        const QRect expected = QRectF(words.topLeft() * scale, words.size() * scale).toRect();
        QCOMPARE(view.highlightRectsOnImage().size(), 1);
        const QRect onImage = view.highlightRectsOnImage().first();
        QVERIFY2(
            near(onImage, expected), qPrintable(dump(onImage) + QStringLiteral(" vs ") + dump(expected)));

        // On the screen: the word is scrolled into view, and the paper under it tinted, not white,
        // while the paper beside it stays white.
        QTest::qWait(20);
        const QRect onWidget = view.highlightRectsInWidgetPixels().first();
        const QRect viewport = view.findChild<QScrollArea *>()->viewport()->rect().translated(
            view.findChild<QScrollArea *>()->viewport()->mapTo(&view, QPoint()));
        QVERIFY2(viewport.contains(onWidget),
            qPrintable(dump(onWidget) + QStringLiteral(" in ") + dump(viewport)));
        const QImage shot = view.grab().toImage();
        const qreal shotRatio = shot.devicePixelRatio();
        QColor brightest(Qt::black);
        for (int x = onWidget.left() + 1; x < onWidget.right(); x += 2) {
            for (int y = onWidget.top() + 1; y < onWidget.bottom(); y += 2) {
                const QColor c = shot.pixelColor(QPoint(x, y) * shotRatio);
                if (c.lightness() > brightest.lightness())
                    brightest = c;
            }
        }
        QVERIFY2(brightest.red() > 200 && brightest.blue() < 150, qPrintable(brightest.name()));
        const QColor beside = shot.pixelColor(
            (onWidget.topRight() + QPoint(40, onWidget.height() / 2)) * shotRatio);
        QCOMPARE(beside.name(), QStringLiteral("#ffffff"));

        QVERIFY(shot.save(QStringLiteral("/tmp/pdfpageview.png")));

        // Zoom renders the page again: twice the zoom, twice the highlight.
        view.setZoom(2.0);
        QCOMPARE(view.zoom(), 2.0);
        QCOMPARE(view.pageImage().width(), qRound(2 * 595.0 * view.logicalDpiX() / 72.0 * ratio));
        const QRect zoomed = view.highlightRectsOnImage().first();
        QVERIFY2(qAbs(zoomed.width() - 2 * onImage.width()) <= 2, qPrintable(dump(zoomed)));
        QVERIFY2(qAbs(zoomed.height() - 2 * onImage.height()) <= 2, qPrintable(dump(zoomed)));
        QVERIFY2(qAbs(zoomed.left() - 2 * onImage.left()) <= 2, qPrintable(dump(zoomed)));
        view.zoomIn();
        QCOMPARE(view.zoom(), 2.5);
        view.zoomOut();
        view.zoomOut();
        QCOMPARE(view.zoom(), 1.75);
        view.setZoom(100);
        QCOMPARE(view.zoom(), PdfPageView::maximumZoom);
        // However dense the screen, the page kept stays within its pixel budget, shown at the zoomed size.
        const QImage big = view.pageImage();
        QVERIFY(big.width() * qreal(big.height()) <= PdfPageView::maximumImagePixels * 1.01);
        QVERIFY(qAbs(big.width() / big.devicePixelRatio() - 4 * 595.0 * view.logicalDpiX() / 72.0) <= 1.5);
        view.fitWidth();
        const int pageWidth = qRound(view.pageImage().width() / ratio);
        const int available = view.findChild<QScrollArea *>()->viewport()->width();
        QVERIFY2(pageWidth <= available && pageWidth > available - 40,
            qPrintable(QStringLiteral("%1 in %2").arg(pageWidth).arg(available)));

        // Another page shows no highlight of this one.
        view.setPage(4);
        QVERIFY(view.highlightRectsOnImage().isEmpty());
    }

    // The window's reader for a PDF document: opens on the evidence's page with it highlighted,
    // says where the evidence is, and keeps the officer's zoom for the next document.
    void readerOpensOnTheEvidencePage()
    {
        QSettings settings;
        settings.remove(QStringLiteral("pdfReader"));
        Document document;
        document.title = QStringLiteral("Annual performance assessment 2008");
        document.authority.name = QStringLiteral("Leicester");
        document.published = QDate(2008, 12, 17);
        document.fileBytes = letter();
        document.pageCount = 5;
        const QRectF words = phraseRect(document.fileBytes, 3, { "Capacity", "to", "improve:", "good" });
        QVERIFY(!words.isEmpty());
        {
            PdfDocumentReader reader;
            QString error;
            QVERIFY2(reader.showDocument(document, { 3, { words } }, &error), qPrintable(error));
            reader.show();
            QVERIFY(QTest::qWaitForWindowExposed(&reader));
            QCOMPARE(reader.pageView()->currentPage(), 3);
            QCOMPARE(reader.pageView()->highlightRectsOnImage().size(), 1);
            const QList<QLabel *> labels = reader.findChildren<QLabel *>();
            QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                [](const QLabel *l) { return l->text().contains(QStringLiteral("page 3 of 5")); }));
            reader.grab().save(QStringLiteral("/tmp/pdfdocumentreader.png"));
            reader.pageView()->setZoom(1.5);
            reader.accept();
        }
        PdfDocumentReader next;
        QCOMPARE(next.pageView()->zoom(), 1.5);
        QString error;
        document.fileBytes = QByteArrayLiteral("not a PDF");
        QVERIFY(!next.showDocument(document, {}, &error));
        QVERIFY(!error.isEmpty());
    }

    void areaShownBeforeTheViewIsScrolledToOnceShown()
    {
        // The caller may ask for the evidence first and show the view after: the scroll waits for the layout.
        const QByteArray pdf = letter();
        const QRectF words = phraseRect(pdf, 5, { "Safeguarding", "arrangements" });
        QVERIFY(!words.isEmpty());
        PdfPageView view;
        view.resize(600, 400);
        QVERIFY(view.setDocument(pdf, nullptr));
        view.showArea({ 5, { words } });
        QCOMPARE(view.currentPage(), 5);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *viewport = view.findChild<QScrollArea *>()->viewport();
        const QRect visible(viewport->mapTo(&view, QPoint()), viewport->size());
        QTRY_VERIFY2(visible.contains(view.highlightRectsInWidgetPixels().value(0)),
            qPrintable(
                dump(view.highlightRectsInWidgetPixels().value(0)) + QStringLiteral(" in ") + dump(visible)));
    }

    void pagesMoveAndStopAtTheEnds()
    {
        PdfPageView view;
        view.resize(800, 600);
        QVERIFY(view.setDocument(letter(), nullptr));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy pages(&view, &PdfPageView::pageChanged);
        QAction *previous = action(view, QStringLiteral("Previous page"));
        QAction *next = action(view, QStringLiteral("Next page"));
        QVERIFY(previous && next);
        QVERIFY(!previous->isEnabled());
        previous->trigger();
        QCOMPARE(view.currentPage(), 1);
        next->trigger();
        QCOMPARE(view.currentPage(), 2);
        previous->trigger();
        QCOMPARE(view.currentPage(), 1);
        view.setPage(99);
        QCOMPARE(view.currentPage(), 5);
        QVERIFY(!next->isEnabled());
        next->trigger();
        QCOMPARE(view.currentPage(), 5);
        QCOMPARE(pages.size(), 3);

        // Page Down scrolls down the page, then at its foot turns to the next; Page Up goes back.
        view.setPage(1);
        auto *scroll = view.findChild<QScrollArea *>();
        scroll->setFocus();
        for (int i = 0; i < 10 && view.currentPage() == 1; ++i)
            QTest::keyClick(scroll, Qt::Key_PageDown);
        QCOMPARE(view.currentPage(), 2);
        QCOMPARE(scroll->verticalScrollBar()->value(), 0);
        QTest::keyClick(scroll, Qt::Key_PageUp);
        QCOMPARE(view.currentPage(), 1);
        QCOMPARE(scroll->verticalScrollBar()->value(), scroll->verticalScrollBar()->maximum());

        // The page box jumps.
        auto *box = view.findChild<QSpinBox *>();
        box->setValue(4);
        QCOMPARE(view.currentPage(), 4);
    }

    void findGoesOnThroughLaterPagesAndWraps()
    {
        PdfPageView view;
        view.resize(800, 600);
        QVERIFY(view.setDocument(letter(), nullptr));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setPage(3);
        auto *find = view.findChild<QLineEdit *>();
        auto *status = view.findChild<QLabel *>(QStringLiteral("findStatus"));
        QVERIFY(find && status);
        QTest::keyClicks(find, QStringLiteral("SAFEGUARDING"));
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(view.currentPage(), 5);
        QVERIFY(!view.matchRectOnImage().isNull());
        QVERIFY2(status->text().contains(QStringLiteral("page 5")), qPrintable(status->text()));
        // The match sits where the words were drawn (x 300 pt, baseline 700 pt).
        const qreal scale = view.pageImage().width() / 595.0;
        const QRect match = view.matchRectOnImage();
        QVERIFY2(
            qAbs(match.left() - 300 * scale) < 3 && match.top() < 700 * scale && match.bottom() > 690 * scale,
            qPrintable(dump(match)));
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(view.currentPage(), 2); // wrapped past the last page

        find->clear();
        QTest::keyClicks(find, QStringLiteral("zebra"));
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(view.currentPage(), 2);
        QCOMPARE(status->text(), QStringLiteral("Not found"));
        QVERIFY(view.matchRectOnImage().isNull());
    }

    void keys()
    {
        PdfPageView view;
        view.resize(800, 600);
        QVERIFY(view.setDocument(letter(), nullptr));
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        auto *scroll = view.findChild<QScrollArea *>();
        auto *find = view.findChild<QLineEdit *>();
        view.setFocus();
        QTRY_VERIFY(scroll->hasFocus());
        view.setZoom(1.0);
        QTest::keyClick(scroll, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(view.zoom(), 1.1);
        QTest::keyClick(scroll, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(view.zoom(), 1.0);
        QTest::keyClick(scroll, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(find->hasFocus());
        QTest::keyClicks(find, QStringLiteral("safeguarding"));
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(view.currentPage(), 2);
        scroll->setFocus();
        QTest::keyClick(scroll, Qt::Key_F3);
        QCOMPARE(view.currentPage(), 5);
        QVERIFY(!view.matchRectOnImage().isNull());
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("findStatus"))->text(),
            QStringLiteral("1 of 1 on page 5"));
        QTest::qWait(20); // the find row's layout takes the result's new width
        QVERIFY(view.grab().save(QStringLiteral("/tmp/pdfpageview-find.png")));
        QTest::keyClick(scroll, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(view.currentPage(), 2);
    }

    void brokenBytesGiveAnErrorNotACrash()
    {
        PdfPageView view;
        view.show();
        QByteArray garbage(4096, 'x');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919) % 251);
        for (const QByteArray &bytes : { garbage, QByteArray(), QByteArray("%PDF-1.4\n1 0 obj <<") }) {
            QString error;
            QVERIFY(!view.setDocument(bytes, &error));
            QVERIFY2(error.contains(QStringLiteral("could not be opened"))
                    || error.contains(QStringLiteral("no pages")),
                qPrintable(error));
            QCOMPARE(view.pageCount(), 0);
            QCOMPARE(view.currentPage(), 0);
            QVERIFY(view.pageImage().isNull());
            view.showArea({ 1, { QRectF(0, 0, 10, 10) } });
            view.setPage(2);
            QVERIFY(!view.find(QStringLiteral("good")));
            view.zoomIn();
            QVERIFY(view.highlightRectsOnImage().isEmpty());
        }
        // A good document after a broken one opens as usual.
        QVERIFY(view.setDocument(letter(), nullptr));
        QCOMPARE(view.currentPage(), 1);
    }

    void longDocumentOpens()
    {
        const QByteArray pdf = writePdf(300, [](int page, QPainter &painter) {
            if (page == 300)
                painter.drawText(QPointF(72, 400), QStringLiteral("The last word"));
        });
        PdfPageView view;
        view.resize(800, 600);
        QString error;
        QVERIFY2(view.setDocument(pdf, &error), qPrintable(error));
        QCOMPARE(view.pageCount(), 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.find(QStringLiteral("last word")));
        QCOMPARE(view.currentPage(), 300);
        QVERIFY(!view.pageImage().isNull());
    }
};

QTEST_MAIN(TestPdfPageView)
#include "tst_pdfpageview.moc"
