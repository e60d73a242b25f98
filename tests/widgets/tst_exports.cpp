// Exports and the summary report, rendered into a temporary folder and read back as a reader would:
// the PNG's size and resolution, the SVG as XML with its text as text, the PDFs' pages and text.
#include "ChartExporter.h"
#include "DatabaseOpener.h"
#include "ExportSession.h"
#include "SummaryReport.h"
#include "TableExporter.h"

#include "itemmodels/GradeMatrixModel.h"
#include "itemmodels/IndicatorListModel.h"
#include "itemmodels/TopicGroupProxyModel.h"

#include "domain/Document.h"
#include "ingest/DocumentImporter.h"
#include "ingest/ImportService.h"
#include "store/Store.h"

#include <QDir>
#include <QImage>
#include <QLoggingCategory>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

QString pdfText(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), file, QStringLiteral("-") });
    if (!p.waitForFinished(30000))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), { file });
    p.waitForFinished(30000);
    const QString info = QString::fromUtf8(p.readAllStandardOutput());
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const auto m = pages.match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// A PDF's first page as a picture, one pixel a point times 4/3 (the 96 dpi the export is drawn at).
QImage pdfPicture(const QString &file, const QString &stem, int page = 1)
{
    QProcess p;
    p.start(QStringLiteral("pdftoppm"),
        { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("96"), QStringLiteral("-f"),
            QString::number(page), QStringLiteral("-l"), QString::number(page), QStringLiteral("-singlefile"),
            file, stem });
    if (!p.waitForFinished(60000))
        return QImage();
    return QImage(stem + QStringLiteral(".png"));
}

QImage svgPicture(const QString &file)
{
    // Qt's SVG renderer cannot read back the pattern fills its generator writes (the bars' hatching).
    QLoggingCategory::setFilterRules(QStringLiteral("qt.svg.warning=false"));
    QSvgRenderer svg(file);
    QImage image(svg.viewBox().size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    svg.render(&painter);
    return image;
}

// The columns drawn on between the title band and the source line (the middle 60% of the height):
// where the chart's plot, axes and legend reach.
QPair<int, int> drawnColumns(const QImage &image)
{
    int left = image.width(), right = -1;
    for (int y = image.height() / 5; y < image.height() * 4 / 5; ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y).lightness() < 235) {
                left = qMin(left, x);
                right = qMax(right, x);
            }
        }
    }
    return { left, right };
}

struct Word
{
    int page = 0;
    QRectF box;
    QString text;
};

// pdftotext -bbox: every word with its page and box, in points from the page's top left.
QList<Word> pdfWords(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-bbox"), file, QStringLiteral("-") });
    if (!p.waitForFinished(30000))
        return {};
    QXmlStreamReader xml(p.readAllStandardOutput());
    QList<Word> words;
    int page = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("page")) {
            ++page;
        } else if (xml.name() == QLatin1String("word")) {
            const auto a = xml.attributes();
            Word w;
            w.page = page;
            w.box = QRectF(
                QPointF(a.value(QLatin1String("xMin")).toDouble(), a.value(QLatin1String("yMin")).toDouble()),
                QPointF(
                    a.value(QLatin1String("xMax")).toDouble(), a.value(QLatin1String("yMax")).toDouble()));
            w.text = xml.readElementText();
            words.append(w);
        }
    }
    return words;
}

// The first word of a phrase (words in reading order), or -1.
qsizetype findPhrase(const QList<Word> &words, const QStringList &phrase, qsizetype from = 0)
{
    for (qsizetype i = from; i + phrase.size() <= words.size(); ++i) {
        bool all = true;
        for (qsizetype k = 0; k < phrase.size() && all; ++k)
            all = words.at(i + k).text == phrase.at(k);
        if (all)
            return i;
    }
    return -1;
}

} // namespace

class TestExports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ExportSession> m_session;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = std::make_unique<Store>();
        QString error;
        QStringList problems;
        const DatabaseOpener opener { path(QStringLiteral("exports.sqlite")), true };
        QVERIFY(opener.open(*m_store, &error, &problems));
        m_session = std::make_unique<ExportSession>(*m_store, ExportSession::defaultAuthorities(*m_store));
    }

    void suggestedNamesComeFromTheContent()
    {
        ExportContext c;
        c.authorities = QStringList { "Leicester City", "Leicestershire" };
        c.years = QStringLiteral("2006\u20132010");
        QCOMPARE(c.suggestedFileName(QStringLiteral("grades"), QStringLiteral("svg")),
            QStringLiteral("grades-leicester-city-vs-leicestershire-2006-2010.svg"));
    }

    void pngHasTheSizeAndResolutionAsked()
    {
        QString error;
        QWidget *view = m_session->chart(QStringLiteral("timeline"), QSize(800, 500), &error);
        QVERIFY2(view, qPrintable(error));
        ChartExporter::Options options;
        options.size = QSize(800, 500);
        options.dpi = 300;
        QVERIFY2(ChartExporter::save(view, m_session->context(QStringLiteral("Headline grade by year")),
                     path(QStringLiteral("timeline.png")), options, &error),
            qPrintable(error));
        const QImage image(path(QStringLiteral("timeline.png")));
        QCOMPARE(image.size(), QSize(800, 500));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 300);
        // Not blank: the chart drew coloured markers.
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                coloured += image.pixelColor(x, y).saturation() > 120;
        QVERIFY(coloured > 20);
    }

    void svgIsXmlWithTextAsText()
    {
        QString error;
        QWidget *view = m_session->chart(QStringLiteral("timeline"), QSize(1200, 700), &error);
        QVERIFY(view);
        ChartExporter::Options options;
        options.size = QSize(1200, 700);
        QVERIFY2(ChartExporter::save(view, m_session->context(QStringLiteral("Headline grade by year")),
                     path(QStringLiteral("timeline.svg")), options, &error),
            qPrintable(error));
        QFile file(path(QStringLiteral("timeline.svg")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QStringList texts;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
                texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        const QString all = texts.join(QLatin1Char('|'));
        for (const char *expected :
            { "Leicester", "Leicestershire", "3 good / performs well", "2006\u20132010", "Source:" })
            QVERIFY2(all.contains(QString::fromUtf8(expected)),
                qPrintable(QString::fromUtf8(expected) + QStringLiteral(" not in ") + all.left(400)));
    }

    void pdfChartAndSummary()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QString error;
        QWidget *view = m_session->chart(QStringLiteral("outcomes"), QSize(1200, 700), &error);
        QVERIFY(view);
        ChartExporter::Options options;
        options.size = QSize(1200, 700);
        QVERIFY2(ChartExporter::save(view, m_session->context(QStringLiteral("Outcome grades")),
                     path(QStringLiteral("outcomes.pdf")), options, &error),
            qPrintable(error));
        QCOMPARE(pdfPages(path(QStringLiteral("outcomes.pdf"))), 1);
        const QString chartText = pdfText(path(QStringLiteral("outcomes.pdf")));
        QVERIFY2(chartText.contains(QLatin1String("Outcome grades"))
                && chartText.contains(QLatin1String("Leicestershire")),
            qPrintable(chartText.left(400)));

        QVERIFY2(
            m_session->report()->savePdf(path(QStringLiteral("summary.pdf")), &error), qPrintable(error));
        const int pages = pdfPages(path(QStringLiteral("summary.pdf")));
        QVERIFY2(pages >= 1 && pages <= 2, qPrintable(QString::number(pages)));
        const QString text = pdfText(path(QStringLiteral("summary.pdf"))).simplified();
        for (const char *expected : { "Leicestershire", "Leicester", "3 good", "2 adequate", "1 inadequate",
                 "3 Performs well", "2 Performs adequately", "Key areas for improvement",
                 "Improve primary schools", "Source documents", "1 November 2006", "Page 1 of" })
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }

    void tablesAsCsvAndTsv()
    {
        GradeMatrixModel grades;
        grades.setJudgements(m_store->judgements());
        grades.setAuthorities(ExportSession::defaultAuthorities(*m_store));
        const ExportContext context = m_session->context(QStringLiteral("Grades"));
        QString error;
        QVERIFY(TableExporter::saveCsv(&grades, context, path(QStringLiteral("grades.csv")), true, &error));
        QFile f(path(QStringLiteral("grades.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // the byte-order mark Excel wants
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.startsWith(QLatin1String("Grades\r\n")));
        QVERIFY(text.contains(QLatin1String("Overall effectiveness of children's services,")));
        QVERIFY(text.contains(QLatin1String("3 Performs well")));
        QVERIFY(text.contains(QLatin1String("\"Source: ")));
        QVERIFY(TableExporter::saveCsv(&grades, context, path(QStringLiteral("plain.csv")), false, &error));
        QFile plain(path(QStringLiteral("plain.csv")));
        QVERIFY(plain.open(QIODevice::ReadOnly));
        QVERIFY(!plain.readAll().startsWith("\xEF\xBB\xBF"));

        const QModelIndex a = grades.index(0, 0), b = grades.index(0, 1), c = grades.index(1, 0);
        const QString tsv = TableExporter::selectionAsTsv(&grades, { b, c, a });
        const QStringList lines = tsv.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3); // header and two rows
        QCOMPARE(lines.at(1).split(QLatin1Char('\t')).size(), 2);
    }

    void groupedIndicatorsAsCsv()
    {
        // The indicator list is grouped by topic; its CSV has one line per indicator, no headings.
        IndicatorListModel indicators;
        indicators.setIndicators(m_store->indicators(), m_store->singleAuthorityObservations());
        TopicGroupProxyModel topics(IndicatorListModel::TopicColumn);
        topics.setSourceModel(&indicators);
        QVERIFY(topics.rowCount() > 1);
        QString error;
        QVERIFY(TableExporter::saveCsv(&topics, m_session->context(QStringLiteral("Indicators")),
            path(QStringLiteral("indicators.csv")), false, &error));
        QFile f(path(QStringLiteral("indicators.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"));
        const int header = int(lines.indexOf(QStringLiteral("Code,Indicator,Topic,Latest,Target,Status")));
        QVERIFY2(header > 0, qPrintable(lines.mid(0, 5).join(QLatin1Char('|'))));
        const int blank = int(lines.indexOf(QString(), header));
        QCOMPARE(blank - header - 1, indicators.rowCount());
        QVERIFY(lines.at(header + 1).startsWith(indicators.index(0, 0).data().toString() + QLatin1Char(',')));
    }

    // The chart fills the canvas asked for, whatever the view's own shape, in every format: the
    // drawing between title band and source line reaches from near the left margin to near the right.
    void chartsFillTheCanvas_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QSize>("size");
        for (const char *chart : { "timeline", "outcomes", "indicator:NI 53" }) {
            for (const char *suffix : { "png", "svg", "pdf" }) {
                for (const QSize size : { QSize(800, 500), QSize(1600, 1000), QSize(2400, 900) })
                    QTest::addRow("%s %s %dx%d", chart, suffix, size.width(), size.height())
                        << QString::fromLatin1(chart) << QString::fromLatin1(suffix) << size;
            }
        }
    }
    void chartsFillTheCanvas()
    {
        QFETCH(QString, chart);
        QFETCH(QString, suffix);
        QFETCH(QSize, size);
        if (suffix == QLatin1String("pdf")
            && QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
            QSKIP("pdftoppm (poppler-utils) is not installed");
        QString error;
        QWidget *view = m_session->chart(chart, size, &error);
        QVERIFY2(view, qPrintable(error));
        ChartExporter::Options options;
        options.size = size;
        const QString stem = path(ExportSession::chartSlug(chart)
            + QStringLiteral("-fill-%1x%2-%3").arg(size.width()).arg(size.height()).arg(suffix));
        const QString file = stem + QLatin1Char('.') + suffix;
        QVERIFY2(ChartExporter::save(
                     view, m_session->context(QStringLiteral("Filling"), view), file, options, &error),
            qPrintable(error));
        QImage picture;
        if (suffix == QLatin1String("png")) {
            picture = QImage(file);
        } else if (suffix == QLatin1String("svg")) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&f);
            while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::StartElement) { }
            QCOMPARE(xml.attributes().value(QLatin1String("viewBox")).toString(),
                QStringLiteral("0 0 %1 %2").arg(size.width()).arg(size.height()));
            picture = svgPicture(file);
        } else {
            picture = pdfPicture(file, stem + QStringLiteral("-page"));
        }
        QVERIFY(!picture.isNull());
        QVERIFY2(qAbs(picture.width() - size.width()) <= 2 && qAbs(picture.height() - size.height()) <= 2,
            qPrintable(QStringLiteral("%1x%2").arg(picture.width()).arg(picture.height())));
        const auto [left, right] = drawnColumns(picture);
        const int margin = size.height() / 50; // the exporter's margin
        QVERIFY2(right >= picture.width() - margin - picture.width() / 25,
            qPrintable(QStringLiteral("drawn to column %1 of %2").arg(right).arg(picture.width())));
        QVERIFY2(left <= margin + picture.width() / 25,
            qPrintable(QStringLiteral("drawn from column %1 of %2").arg(left).arg(picture.width())));
    }

    // The same chart in the three formats: drawn over the same columns (within 2% of the width).
    void formatsAgree()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
            QSKIP("pdftoppm (poppler-utils) is not installed");
        QString error;
        const QSize size(1200, 700);
        QWidget *view = m_session->chart(QStringLiteral("timeline"), size, &error);
        QVERIFY2(view, qPrintable(error));
        ChartExporter::Options options;
        options.size = size;
        QList<QImage> pictures;
        for (const QString &suffix :
            { QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf") }) {
            const QString file = path(QStringLiteral("agree.") + suffix);
            QVERIFY2(ChartExporter::save(
                         view, m_session->context(QStringLiteral("Agree"), view), file, options, &error),
                qPrintable(error));
            pictures.append(suffix == QLatin1String("png") ? QImage(file)
                    : suffix == QLatin1String("svg")       ? svgPicture(file)
                                                     : pdfPicture(file, path(QStringLiteral("agree-pdf"))));
        }
        // Dark pixels (text and lines) in each: the same amount within a third, so that text is
        // neither tripled in a 300 dpi PNG nor shrunk in a 72 dpi SVG.
        QList<int> ink;
        for (const QImage &picture : std::as_const(pictures)) {
            int dark = 0;
            for (int y = 0; y < picture.height(); ++y)
                for (int x = 0; x < picture.width(); ++x)
                    dark += picture.pixelColor(x, y).lightness() < 128;
            ink.append(dark);
        }
        for (int i = 1; i < ink.size(); ++i)
            QVERIFY2(ink.at(i) > ink.at(0) * 2 / 3 && ink.at(i) < ink.at(0) * 3 / 2,
                qPrintable(QStringLiteral("dark pixels png %1, svg %2, pdf %3")
                               .arg(ink.at(0))
                               .arg(ink.at(1))
                               .arg(ink.at(2))));
    }

    // A National Indicator read from the plan review alone: the source line names the plan review and
    // none of the letters; the subtitle says which compared authority has no values.
    void sourceLineNamesTheDrawnDocuments()
    {
        QString error;
        QWidget *view = m_session->chart(QStringLiteral("indicator:NI 53"), QSize(1200, 700), &error);
        QVERIFY2(view, qPrintable(error));
        const ExportContext context = m_session->context(QStringLiteral("NI 53"), view);
        int plans = 0;
        for (const Document &d : m_store->documents()) {
            if (d.kind == DocumentKind::PlanReview) {
                QVERIFY2(context.source.contains(d.title), qPrintable(context.source));
                ++plans;
            } else {
                QVERIFY2(!context.source.contains(d.title),
                    qPrintable(d.title + QStringLiteral(" in ") + context.source));
            }
        }
        QVERIFY(plans > 0);
        QCOMPARE(context.authorities.size() + context.authoritiesWithoutData.size(), 2);
        QCOMPARE(context.authoritiesWithoutData.size(), 1);
        QVERIFY2(context.subtitle().contains(
                     QStringLiteral("no data for ") + context.authoritiesWithoutData.first()),
            qPrintable(context.subtitle()));
        QVERIFY2(!context.subtitle().contains(QLatin1String(" vs ")), qPrintable(context.subtitle()));

        // The timeline draws the letters' grades and nothing of the plan review.
        view = m_session->chart(QStringLiteral("timeline"), QSize(1200, 700), &error);
        const ExportContext timeline = m_session->context(QStringLiteral("Timeline"), view);
        for (const Document &d : m_store->documents()) {
            if (d.kind == DocumentKind::PlanReview)
                QVERIFY2(!timeline.source.contains(d.title), qPrintable(timeline.source));
        }
        QVERIFY2(timeline.source.contains(QLatin1String("2006")), qPrintable(timeline.source));
        QVERIFY(timeline.authoritiesWithoutData.isEmpty());
    }

    // The summary report, read back with the words' positions: the headline chart's text starts
    // right under its heading, outcome grades stand side by side only under one year, and the
    // improvements come from each authority's latest letter.
    void summaryReportLayout()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QString error;
        const QString file = path(QStringLiteral("layout-summary.pdf"));
        QVERIFY2(m_session->report()->savePdf(file, &error), qPrintable(error));
        const QList<Word> words = pdfWords(file);
        QVERIFY(!words.isEmpty());

        // The heading, then the chart's first words (its axis labels and legend are text).
        const qsizetype heading = findPhrase(words, { QStringLiteral("Headline"), QStringLiteral("grade,") });
        QVERIFY(heading >= 0);
        const Word &h = words.at(heading);
        qsizetype next = heading + 1;
        while (
            next < words.size() && words.at(next).page == h.page && words.at(next).box.top() < h.box.bottom())
            ++next;
        QVERIFY(next < words.size());
        QCOMPARE(words.at(next).page, h.page);
        const double gap = words.at(next).box.top() - h.box.bottom();
        QVERIFY2(gap < 40,
            qPrintable(QStringLiteral("%1 pt between the heading and the chart's first text (%2)")
                           .arg(gap)
                           .arg(words.at(next).text)));
        // The chart is drawn as text and lines: its legend names the authorities under the heading.
        const qsizetype outcomes = findPhrase(
            words, { QStringLiteral("Outcome"), QStringLiteral("grades") }, heading);
        QVERIFY(outcomes > heading);
        QStringList chartWords;
        for (qsizetype i = heading; i < outcomes; ++i)
            chartWords.append(words.at(i).text);
        for (const Authority &a : ExportSession::defaultAuthorities(*m_store))
            QVERIFY2(chartWords.join(QLatin1Char(' ')).contains(a.name),
                qPrintable(chartWords.join(QLatin1Char(' '))));
        QVERIFY2(chartWords.contains(QStringLiteral("2008")), qPrintable(chartWords.join(QLatin1Char(' '))));

        // Outcome grades: each year heads its own columns; no two years share one heading.
        const qsizetype improvements = findPhrase(
            words, { QStringLiteral("Key"), QStringLiteral("areas") }, outcomes);
        QVERIFY(improvements > outcomes);
        QStringList tableWords;
        for (qsizetype i = outcomes; i < improvements; ++i) {
            if (words.at(i).box.top() < 760) // above the page's footer (A4 is 842 points high)
                tableWords.append(words.at(i).text);
        }
        // A table that runs onto another page starts there with its header rows again.
        for (qsizetype i = outcomes + 1; i < improvements; ++i) {
            if (words.at(i).page != words.at(i - 1).page)
                QVERIFY2(words.at(i).text == QLatin1String("Area"),
                    qPrintable(QStringLiteral("page %1 of the outcome table starts with '%2'")
                                   .arg(words.at(i).page)
                                   .arg(words.at(i).text)));
        }
        const QString table = tableWords.join(QLatin1Char(' '));
        QVERIFY2(table.contains(QLatin1String("Assessed 2006"))
                || table.contains(QLatin1String("Assessed 2007"))
                || table.contains(QLatin1String("Assessed 2008")),
            qPrintable(table));
        // Every authority's name in the table sits under a year's heading, the same number of times.
        const QList<Authority> authorities = ExportSession::defaultAuthorities(*m_store);
        const int years = int(table.count(QLatin1String("Assessed ")));
        QVERIFY(years >= 1);
        for (const Authority &a : authorities) {
            const QRegularExpression name(
                QStringLiteral("\\b%1\\b(?! ?shire)").arg(QRegularExpression::escape(a.name)));
            QCOMPARE(int(table.count(name)), years);
        }

        // The latest letter: the one with the latest date for each authority is named with its date.
        const QString text = pdfText(file).simplified();
        const QString section = text.mid(text.indexOf(QLatin1String("Key areas for improvement")));
        for (const Authority &a : authorities) {
            QDate latest;
            QString title;
            for (const Document &d : m_store->documents()) {
                const bool letter = d.kind == DocumentKind::ApaLetter
                    || d.kind == DocumentKind::AnnualRatingLetter
                    || d.kind == DocumentKind::AnnualAssessmentLetter;
                if (letter && d.authority.laNumber == a.laNumber && d.published > latest) {
                    latest = d.published;
                    title = d.title;
                }
            }
            QVERIFY(latest.isValid());
            const QString named = a.name + QStringLiteral(": ") + title + QStringLiteral(", ")
                + QLocale().toString(latest, QLocale::LongFormat);
            QVERIFY2(
                section.contains(named), qPrintable(named + QStringLiteral(" not in ") + section.left(600)));
        }
    }

    void failuresLeaveNoFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::addRow("unknown suffix") << "chart.bmp"
                                        << "unknown file type";
        QTest::addRow("missing folder") << "no/such/folder/chart.png"
                                        << "cannot write";
        QTest::addRow("not writable") << "/proc/csdash-chart.svg"
                                      << "cannot write";
    }
    void failuresLeaveNoFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        const QString target = file.startsWith(QLatin1Char('/')) ? file : path(file);
        QString error;
        QWidget *view = m_session->chart(QStringLiteral("timeline"), QSize(800, 500), &error);
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
        QVERIFY(!ChartExporter::save(
            view, m_session->context(QStringLiteral("x")), target, ChartExporter::Options(), &error));
        QVERIFY2(error.contains(reason) && error.contains(target), qPrintable(error));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before); // no temporary left behind
        QVERIFY(!m_session->report()->savePdf(path(QStringLiteral("summary.txt")), &error));
        QVERIFY(error.contains(QLatin1String(".pdf")));
    }

    // Last, as it adds a document: values from an imported data file are sourced to that file, and
    // the subtitle says which compared authority has none.
    void importedDataFileIsNamed()
    {
        const QList<Authority> compared = ExportSession::defaultAuthorities(*m_store);
        QCOMPARE(compared.size(), 2);
        const QString csv = path(QStringLiteral("officer-values.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Authority,Indicator code,Title,Period,Value,Unit,Polarity,Source\n"
                               "%1,TEST 1,Test measure,2009/10,6.5,%,Low,Local data\n"
                               "%1,TEST 1,Test measure,2010/11,5.5,%,Low,Local data\n")
                    .arg(compared.first().name)
                    .toUtf8());
        f.close();
        const DocumentImporter importer;
        const ImportService service(*m_store, importer);
        const ImportFileResult result = service.importFile(csv);
        QVERIFY2(result.status == ImportFileResult::Status::Imported, qPrintable(result.message));
        ExportSession session(*m_store, compared);
        QString error;
        QWidget *view = session.chart(QStringLiteral("indicator:TEST 1"), QSize(1200, 700), &error);
        QVERIFY2(view, qPrintable(error));
        const ExportContext context = session.context(QStringLiteral("Test"), view);
        QVERIFY2(context.source.contains(QLatin1String("officer-values.csv")), qPrintable(context.source));
        for (const Document &d : m_store->documents()) {
            if (d.kind != DocumentKind::IndicatorTable)
                QVERIFY2(!context.source.contains(d.title), qPrintable(context.source));
        }
        QCOMPARE(context.authorities, QStringList { compared.first().name });
        QCOMPARE(context.subtitle(),
            QStringLiteral("%1; no data for %2, 2009\u20132011")
                .arg(compared.first().name, compared.last().name));
    }
};

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
