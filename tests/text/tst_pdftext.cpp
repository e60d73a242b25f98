// The PDF reader on PDFs laid out by TestPdf: reading order, running lines, hyphens, tables,
// columns, word boxes, bad files and long documents.
#include "TestPdf.h"
#include "TestSupport.h"
#include "text/PdfText.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

namespace {

QString normalised(const QString &s)
{
    return TestPdf::plainText(s).simplified();
}

QString para(const QString &word, int n)
{
    QStringList words;
    for (int i = 0; i < n; ++i)
        words.append(i == 0 ? word : QStringLiteral("council services remain good"));
    return words.join(QLatin1Char(' '));
}

// The page of the first box of the first occurrence of phrase, 0 when not found.
int pageOf(const PdfText &pdf, const QString &phrase)
{
    const int at = int(pdf.text.indexOf(phrase));
    if (at < 0)
        return 0;
    for (const PageBox &b : pdf.boxes) {
        if (b.end > at)
            return b.page;
    }
    return 0;
}

} // namespace

class TestPdfText : public QObject
{
    Q_OBJECT

private slots:
    void runningLinesRemoved()
    {
        QString text;
        for (int i = 0; i < 60; ++i)
            text += QStringLiteral(
                "Paragraph %1 says the council is good at keeping children safe and well.\n\n")
                        .arg(i);
        TestPdf::Options options;
        options.header = QStringLiteral("OFFICIAL - Leicestershire annual performance assessment");
        const TestPdf::Result made = TestPdf::make(text, options);
        QVERIFY(made.pageCount >= 2);
        const PdfText pdf = PdfText::read(made.pdf);
        QVERIFY2(pdf.isValid(), qPrintable(pdf.error));
        QCOMPARE(pdf.pageCount, made.pageCount);
        QVERIFY(!pdf.text.contains(QLatin1String("OFFICIAL")));
        QVERIFY(!pdf.text.contains(QLatin1String("Page 1 of")));
        for (const TestPdf::Placed &p : made.paragraphs)
            QCOMPARE(pageOf(pdf, p.text), p.page);
    }

    void lonePageNumberOnOnePage()
    {
        const TestPdf::Result made = TestPdf::make(QStringLiteral("A single page letter.\n"));
        const PdfText pdf = PdfText::read(made.pdf);
        QCOMPARE(pdf.text, QStringLiteral("A single page letter.\n"));
    }

    void hyphenatedWordsJoined()
    {
        QString text;
        for (int i = 0; i < 40; ++i)
            text += QStringLiteral("The assessment of safeguarding arrangements demonstrates considerable "
                                   "improvement throughout "
                                   "Leicestershire establishments.\n\n");
        TestPdf::Options options;
        options.forceHyphenation = true;
        const TestPdf::Result made = TestPdf::make(text, options);
        QVERIFY(!made.hyphenations.isEmpty());
        const PdfText pdf = PdfText::read(made.pdf);
        QVERIFY(pdf.isValid());
        for (const TestPdf::Hyphenation &h : made.hyphenations) {
            const QString joined = h.first + h.second;
            const int at = int(pdf.text.indexOf(joined));
            QVERIFY2(at >= 0, qPrintable(joined));
            QVERIFY(!pdf.text.contains(h.first + QLatin1String("- ")));
        }
        // Both fragments of the first split word keep their own rectangles, on their own lines.
        const TestPdf::Hyphenation &h = made.hyphenations.first();
        int found = 0;
        for (const PageBox &b : pdf.boxes) {
            const QString t = pdf.text.mid(b.start, b.end - b.start);
            if (b.page == h.firstPage && t == h.first && b.rect.intersects(h.firstRect))
                ++found;
            if (b.page == h.secondPage && t == h.second && b.rect.intersects(h.secondRect))
                ++found;
        }
        QVERIFY(found >= 2);
    }

    void paragraphOverPageBreak()
    {
        QString text;
        for (int i = 0; i < 8; ++i)
            text += para(QStringLiteral("Block%1").arg(i), 40) + QStringLiteral(" continues here\n\n");
        const TestPdf::Result made = TestPdf::make(text);
        const PdfText pdf = PdfText::read(made.pdf);
        QVERIFY(pdf.isValid());
        const QStringList paragraphs = pdf.text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        QCOMPARE(paragraphs.size(), 8);
        for (int i = 0; i < 8; ++i)
            QVERIFY(paragraphs.at(i).startsWith(QStringLiteral("Block%1").arg(i)));
    }

    void tableRows()
    {
        const QString text = QStringLiteral("Areas for judgement\tGrade awarded\n"
                                            "The contribution of the local authority's children's services "
                                            "in maintaining and improving outcomes "
                                            "for children and young people.\t3\n"
                                            "Being healthy\t4\n"
                                            "Staying safe\t2\n");
        const PdfText pdf = PdfText::read(TestPdf::make(text).pdf);
        QVERIFY(pdf.isValid());
        QCOMPARE(pdf.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
            text.split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    }

    // A line under a table with text in its first column only is a row of its own (a key to the
    // grades, a note) when its first word would have fitted on the line above: not the end of the
    // wrapped label before it, whose grade would then be read from the wrong sentence.
    void shortRowAfterWrappedLabel()
    {
        // Every paragraph one line and one wrapped cell: the page gives no measure of the pitch
        // of a paragraph's lines but the rows', which a reader must not lean on.
        const QString text = QStringLiteral(
            "1. The grades awarded in the assessment.\n\n"
            "2. The panel is asked to note them.\n\n"
            "Judgement\tGrade\n"
            "Being healthy\t3\n"
            "Staying safe\t2\n"
            "Capacity to improve, including the management of services for children and young "
            "people\t3\n"
            "Key: 4 outstanding, 3 good, 2 adequate, 1 inadequate\t\n\n"
            "3. Next steps.\n");
        const PdfText pdf = PdfText::read(TestPdf::make(text).pdf);
        QVERIFY(pdf.isValid());
        const auto rows = [](const QString &s) {
            QStringList r = s.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (QString &row : r)
                row = row.trimmed();
            return r;
        };
        QStringList got = rows(pdf.text);
        const QStringList expected = rows(text);
        const auto label = [](const QStringList &lines) {
            for (const QString &line : lines) {
                if (line.startsWith(QLatin1String("Capacity")))
                    return line;
            }
            return QString();
        };
        QCOMPARE(label(got), label(expected));
        QVERIFY(got.contains(expected.at(expected.size() - 2)));
    }

    // A report of numbered one-line paragraphs, one paragraph that wraps, and a table: the rows,
    // spaced closer than paragraphs, recur most; the paragraphs stay apart all the same.
    void oneLineParagraphsBesideATable()
    {
        QString text = QStringLiteral("1.1 To report the outcome of the assessment.\n\n"
                                      "1.2 The letter was published in the autumn.\n\n")
            + para(QStringLiteral("1.3"), 5) + QStringLiteral("\n\n1.4 The grades were as follows:\n\n");
        for (int i = 0; i < 8; ++i)
            text += QStringLiteral("Outcome %1\t%2\n").arg(i).arg(1 + i % 4);
        text += QStringLiteral(
            "\n2.1 The panel is asked to note the report.\n\n2.2 Questions to the director.\n");
        const PdfText pdf = PdfText::read(TestPdf::make(text).pdf);
        QVERIFY(pdf.isValid());
        QStringList starts;
        for (const QString &p : pdf.text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
            starts.append(p.trimmed().section(QLatin1Char(' '), 0, 0));
        QCOMPARE(starts,
            (QStringList { QStringLiteral("1.1"), QStringLiteral("1.2"), QStringLiteral("1.3"),
                QStringLiteral("1.4"), QStringLiteral("Outcome"), QStringLiteral("2.1"),
                QStringLiteral("2.2") }));
    }

    void twoColumns()
    {
        QString text;
        for (int i = 0; i < 12; ++i)
            text += para(QStringLiteral("Part%1").arg(i), 12) + QLatin1String(".\n\n");
        TestPdf::Options options;
        options.columns = 2;
        const TestPdf::Result made = TestPdf::make(text, options);
        const PdfText pdf = PdfText::read(made.pdf);
        QVERIFY(pdf.isValid());
        int last = -1;
        for (int i = 0; i < 12; ++i) {
            const int at = int(pdf.text.indexOf(QStringLiteral("Part%1 ").arg(i)));
            QVERIFY2(at > last, qPrintable(QString::number(i)));
            last = at;
        }
        QVERIFY(!pdf.text.contains(QLatin1Char('\t')));
    }

    void boxesAreWords_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : TestSupport::corpusFiles())
            QTest::addRow("%s", qPrintable(QFileInfo(f).fileName())) << f;
    }
    void boxesAreWords()
    {
        QFETCH(QString, file);
        const QString source = QString::fromUtf8(TestSupport::readBytes(file));
        TestPdf::Options options;
        options.header = QStringLiteral("Children's services assessment");
        const TestPdf::Result made = TestPdf::make(source, options);
        const PdfText pdf = PdfText::read(made.pdf);
        QVERIFY2(pdf.isValid(), qPrintable(pdf.error));
        // Boxes sorted, apart, each a word of its page; every other character white space.
        const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(made.pdf);
        int covered = 0;
        for (int i = 0; i < pdf.boxes.size(); ++i) {
            const PageBox &b = pdf.boxes.at(i);
            QVERIFY(b.start < b.end);
            if (i > 0)
                QVERIFY(pdf.boxes.at(i - 1).end <= b.start);
            for (int k = covered; k < b.start; ++k)
                QVERIFY2(pdf.text.at(k).isSpace(), qPrintable(pdf.text.mid(k, 20)));
            covered = b.end;
            if (i % 25 == 0) {
                const std::unique_ptr<Poppler::Page> page = doc->page(b.page - 1);
                const QString there = page->text(b.rect.adjusted(-0.5, -0.5, 0.5, 0.5))
                                          .normalized(QString::NormalizationForm_KC)
                                          .simplified();
                QVERIFY2(there.contains(pdf.text.mid(b.start, b.end - b.start)),
                    qPrintable(there + QLatin1String(" / ") + pdf.text.mid(b.start, b.end - b.start)));
            }
        }
        // Every paragraph of the source is in the text, markup and white space aside.
        const QString all = pdf.text.simplified();
        QStringList missing;
        for (const QString &line : source.split(QLatin1Char('\n'))) {
            const QString p = normalised(line);
            if (!p.isEmpty() && !all.contains(p))
                missing.append(p.left(100));
        }
        if (!missing.isEmpty())
            qWarning().noquote() << "paragraphs that differ:" << missing;
        QVERIFY(missing.isEmpty());
        for (const TestPdf::Placed &p : made.paragraphs) {
            if (!p.tableRow && p.text.size() > 30) {
                const int page = pageOf(pdf, p.text.left(30));
                QVERIFY(page == p.page || page < p.page); // an earlier identical opening
            }
        }
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("problem");
        const QByteArray good = TestPdf::make(QStringLiteral("A letter.\n")).pdf;
        QTest::addRow("garbage") << QByteArray("%PDF-1.4\n\x01\x02garbage\xff")
                                 << int(PdfText::Problem::Truncated);
        QTest::addRow("not a PDF") << QByteArray("hello") << int(PdfText::Problem::Damaged);
        QTest::addRow("empty") << QByteArray() << int(PdfText::Problem::Damaged);
        QTest::addRow("truncated") << good.left(good.size() * 2 / 3) << int(PdfText::Problem::Truncated);
        QTest::addRow("half") << good.left(good.size() / 2) << int(PdfText::Problem::Truncated);
        QByteArray noPages = "%PDF-1.4\n1 0 obj <</Type/Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n";
        QTest::addRow("no pages") << noPages << int(PdfText::Problem::Damaged);
        TestPdf::Options scan;
        scan.imageOnly = true;
        QTest::addRow("image only") << TestPdf::make(QStringLiteral("A scanned letter.\n"), scan).pdf
                                    << int(PdfText::Problem::ImageOnly);
    }
    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, problem);
        const PdfText pdf = PdfText::read(bytes);
        QCOMPARE(int(pdf.problem), problem);
        QVERIFY(!pdf.error.isEmpty());
    }

    void encrypted()
    {
        const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
        if (qpdf.isEmpty())
            QSKIP("qpdf is not installed");
        QTemporaryDir dir;
        QFile in(dir.filePath(QStringLiteral("in.pdf")));
        QVERIFY(in.open(QIODevice::WriteOnly));
        in.write(TestPdf::make(QStringLiteral("A secret letter.\n")).pdf);
        in.close();
        const QString out = dir.filePath(QStringLiteral("out.pdf"));
        QCOMPARE(QProcess::execute(qpdf,
                     { QStringLiteral("--encrypt"), QStringLiteral("user"), QStringLiteral("owner"),
                         QStringLiteral("256"), QStringLiteral("--"), in.fileName(), out }),
            0);
        const PdfText pdf = PdfText::read(TestSupport::readBytes(out));
        QCOMPARE(pdf.problem, PdfText::Problem::Encrypted);
        QVERIFY(pdf.error.contains(QLatin1String("password")));
    }

    void longDocument()
    {
        TestPdf::Options options;
        options.minimumPages = 500;
        options.header = QStringLiteral("Leicestershire Children and Young People's Plan");
        const TestPdf::Result made = TestPdf::make(
            QString::fromUtf8(TestSupport::readBytes(TestSupport::corpusFiles().value(3))), options);
        QCOMPARE(made.pageCount, 500);
        int seen = 0;
        const PdfText cancelled = PdfText::read(made.pdf, [&](int done, int count) {
            seen = done;
            return !(done == 20 && count == 500);
        });
        QCOMPARE(cancelled.problem, PdfText::Problem::Cancelled);
        QCOMPARE(seen, 20);
        QElapsedTimer timer;
        timer.start();
        int calls = 0;
        const PdfText pdf = PdfText::read(made.pdf, [&](int, int) { return ++calls > 0; });
        const qint64 ms = timer.elapsed();
        QVERIFY2(pdf.isValid(), qPrintable(pdf.error));
        QCOMPARE(pdf.pageCount, 500);
        QCOMPARE(calls, 500);
        QCOMPARE(pdf.boxes.last().page, 500);
        qInfo("500 pages (%lld KB) read in %lld ms, %.0f pages/s, %lld boxes", qint64(made.pdf.size() / 1024),
            ms, 500000.0 / qMax<qint64>(1, ms), qint64(pdf.boxes.size()));
    }
};

QTEST_MAIN(TestPdfText)
#include "tst_pdftext.moc"
