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

#include "store/Store.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
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
};

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
