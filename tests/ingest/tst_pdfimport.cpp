// PDFs of the bundled documents and of the test letters, made by the test itself, import as their
// texts do: the same kind, authority, date, grades, findings and values, each on the right page;
// bad PDFs are refused by name and leave the database as it was.
#include "TestPdf.h"
#include "TestSupport.h"

#include "domain/PageBox.h"
#include "ingest/DocumentImporter.h"
#include "ingest/ImportService.h"
#include "store/Store.h"
#include "text/CleanText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

#include <memory>

using namespace TestSupport;

namespace {

// Findings as text: whitespace and the conversion markup of a text file do not count, words do.
QString words(const QString &text)
{
    return TestPdf::plainText(text).simplified();
}

QStringList findingDump(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(QStringList {
            f.authority.name, QString::number(f.year), findingKindKey(f.kind), f.area, words(f.text) }
                       .join(QLatin1Char('|')));
    out.sort();
    return out;
}

QStringList observationDump(const QList<Observation> &observations)
{
    QStringList out;
    for (const Observation &o : observations)
        out.append(QStringList { o.indicatorCode, o.authority.name, observationKindKey(o.kind), o.period.text,
            o.value ? QString::number(*o.value) : QStringLiteral("missing"), o.comparator }
                       .join(QLatin1Char('|')));
    out.sort();
    return out;
}

// What one list has that the other lacks, for a failure message that says which items differ.
QString difference(const QStringList &pdf, const QStringList &text)
{
    QStringList lines;
    for (const QString &item : pdf)
        if (!text.contains(item))
            lines.append(QStringLiteral("  only from the PDF:  ") + item);
    for (const QString &item : text)
        if (!pdf.contains(item))
            lines.append(QStringLiteral("  only from the text: ") + item);
    return lines.join(QLatin1Char('\n'));
}

#define COMPARE_DUMPS(pdf, text)                                                                             \
    QVERIFY2((pdf) == (text), qPrintable(QStringLiteral("\n") + difference((pdf), (text))))

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestPdfImport : public QObject
{
    Q_OBJECT

private:
    DocumentImporter m_importer;
    QTemporaryDir m_dir;

    QString pdfOf(const QString &textFile, const TestPdf::Options &options, int *pages = nullptr)
    {
        const TestPdf::Result made = TestPdf::make(QString::fromUtf8(readBytes(textFile)), options);
        if (!made.error.isEmpty())
            qWarning() << made.error;
        const QString path = m_dir.filePath(QFileInfo(textFile).completeBaseName() + QStringLiteral(".pdf"));
        if (!writeFile(path, made.pdf))
            return QString();
        if (pages)
            *pages = made.pageCount;
        return path;
    }

private slots:
    void readsAsItsText_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("hyphenate");
        QStringList files = corpusFiles();
        const QDir variants(QStringLiteral(CSDASH_TEST_DATA "/variants"));
        for (const QString &name : variants.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name))
            files.append(variants.filePath(name));
        for (const QString &file : std::as_const(files)) {
            const QByteArray name = QFileInfo(file).completeBaseName().toUtf8();
            QTest::newRow(QByteArray(name + " with header and page numbers").constData()) << file << false;
            QTest::newRow(QByteArray(name + " hyphenated").constData()) << file << true;
        }
    }

    // What a text gives, its PDF gives: nothing gained or lost in the printing.
    void readsAsItsText()
    {
        QFETCH(QString, file);
        QFETCH(bool, hyphenate);
        TestPdf::Options options;
        options.header = QStringLiteral("OFFICIAL \u2014 reference CS/2008/%1").arg(42);
        options.forceHyphenation = hyphenate;
        int pages = 0;
        const QString pdfPath = pdfOf(file, options, &pages);
        QVERIFY(!pdfPath.isEmpty());

        const DocumentImporter::Outcome text = m_importer.readFile(file);
        const DocumentImporter::Outcome pdf = m_importer.readFile(pdfPath);
        QCOMPARE(pdf.ok(), text.ok());
        if (!text.ok())
            return; // refused for the same kind of reason; the wording may name the layout
        const ImportResult &t = text.result;
        const ImportResult &p = pdf.result;
        QCOMPARE(p.document.pageCount, pages);
        QCOMPARE(p.document.encoding, QStringLiteral("PDF"));
        QCOMPARE(documentKindKey(p.document.kind), documentKindKey(t.document.kind));
        QCOMPARE(p.document.authority.laNumber, t.document.authority.laNumber);
        QCOMPARE(p.document.published, t.document.published);
        COMPARE_DUMPS(judgementDump(p.judgements), judgementDump(t.judgements));
        // Known gaps, open: printed to PDF, the APA letters' two-column table of strengths and
        // areas for improvement loses some of its findings or their kind (the 2006 letter, the 2007
        // Derbyshire one); and the plan review, whose indicator table its text gives one cell a
        // line, gives no values at all from its PDF (the table is not recognised). Grades match.
        const QString base = QFileInfo(file).completeBaseName();
        if (base.startsWith(QLatin1String("000_")) || base == QLatin1String("apa-2007-derbyshire"))
            QEXPECT_FAIL("", "the APA's two-column findings table printed to PDF", Continue);
        COMPARE_DUMPS(findingDump(p.findings), findingDump(t.findings));
        if (base.startsWith(QLatin1String("003_")))
            QEXPECT_FAIL("", "the plan review's indicator table is not recognised in its PDF", Continue);
        COMPARE_DUMPS(observationDump(p.observations), observationDump(t.observations));

        // Each grade's sentence is on the page its evidence names: Poppler's own text of that page
        // holds the sentence's opening words, and its rectangles lie on the page.
        std::unique_ptr<Poppler::Document> document(Poppler::Document::loadFromData(p.document.fileBytes));
        QVERIFY(document);
        for (const Judgement &j : p.judgements) {
            const PageArea area = pageAreaOf(p.pageBoxes, j.evidence.start, j.evidence.end);
            QVERIFY2(area.isValid(), qPrintable(j.area));
            QVERIFY(!area.rects.isEmpty());
            std::unique_ptr<Poppler::Page> page(document->page(area.page - 1));
            QVERIFY(page);
            const QRectF bounds(QPointF(0, 0), page->pageSizeF());
            for (const QRectF &r : area.rects)
                QVERIFY2(bounds.contains(r), qPrintable(j.area));
            // Poppler gives a ligature as one character ("\uFB03"); the reader writes its letters out.
            const QString onPage =
                page->text(QRectF()).normalized(QString::NormalizationForm_KC).simplified();
            const QStringList opening = CleanText::clean(
                p.document.originalText, j.evidence.start, j.evidence.end)
                                            .simplified()
                                            .split(QLatin1Char(' '))
                                            .mid(0, 3);
            // A hyphenated opening word reads joined in the text and split on the page.
            for (const QString &word : opening)
                QVERIFY2(onPage.contains(word.left(4)),
                    qPrintable(QStringLiteral("%1: \"%2\" not on page %3").arg(j.area, word).arg(area.page)));
        }
    }

    void reportsItsPagesWhenImported()
    {
        const QString pdfPath = pdfOf(corpusFiles().first(), TestPdf::Options());
        Store store;
        QString error;
        QVERIFY2(store.open(freshDatabase(QStringLiteral("pages")), &error), qPrintable(error));
        const ImportService service(store, m_importer);
        const ImportFileResult result = service.importFile(pdfPath);
        QCOMPARE(result.status, ImportFileResult::Status::Imported);
        QVERIFY(result.pages > 1);
        QVERIFY2(result.message.contains(QStringLiteral("(PDF, pages: %1)").arg(result.pages)),
            qPrintable(result.message));
        for (const Judgement &j : store.judgements()) {
            QVERIFY(j.evidence.page >= 1 && j.evidence.page <= result.pages);
            QCOMPARE(store.pageArea(j.evidence).page, j.evidence.page);
        }
        QCOMPARE(store.documentFile(result.documentId), readBytes(pdfPath));
        QCOMPARE(service.importFile(pdfPath).status, ImportFileResult::Status::AlreadyPresent);
    }

    // A long PDF is read page by page with progress; cancelling writes nothing.
    void cancelsALongPdf()
    {
        TestPdf::Options options;
        options.minimumPages = 120;
        const QString pdfPath = pdfOf(corpusFiles().first(), options);
        Store store;
        QString error;
        QVERIFY2(store.open(freshDatabase(QStringLiteral("progress")), &error), qPrintable(error));
        const ImportService service(store, m_importer);
        int lastDone = 0, total = 0;
        const ImportFileResult result = service.importFile(pdfPath, TableOptions(), [&](int done, int of) {
            lastDone = done;
            total = of;
            return done < 20;
        });
        QCOMPARE(result.status, ImportFileResult::Status::Cancelled);
        QCOMPARE(lastDone, 20);
        QVERIFY(total >= 120);
        QVERIFY(store.isEmpty());
    }

    void refusesBadPdfsByReason_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("encrypted") << QStringLiteral("encrypted") << QStringLiteral("password");
        QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("cut short");
        QTest::newRow("image only") << QStringLiteral("image") << QStringLiteral("OCR");
        QTest::newRow("garbage after the signature") << QStringLiteral("garbage") << QStringLiteral("PDF");
    }

    // Refused with the reason, and the database as it was: the bundled letter already in it stays
    // exactly as it was.
    void refusesBadPdfsByReason()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        const QString source = corpusFiles().first();
        TestPdf::Options options;
        options.imageOnly = kind == QLatin1String("image");
        const TestPdf::Result made = TestPdf::make(QString::fromUtf8(readBytes(source)), options);
        QVERIFY(made.error.isEmpty());
        const QString path = m_dir.filePath(kind + QStringLiteral(".pdf"));
        QByteArray bytes = made.pdf;
        if (kind == QLatin1String("truncated"))
            bytes.truncate(bytes.size() * 2 / 3);
        if (kind == QLatin1String("garbage"))
            bytes = QByteArrayLiteral("%PDF-1.7\n") + QByteArray(4000, '\x7f')
                + QByteArrayLiteral("\n%%EOF\n");
        QVERIFY(writeFile(path, bytes));
        if (kind == QLatin1String("encrypted")) {
            const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
            if (qpdf.isEmpty())
                QSKIP("qpdf is not installed (./dev.sh installs it)");
            const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
            QVERIFY(writeFile(plain, made.pdf));
            QCOMPARE(QProcess::execute(qpdf,
                         { QStringLiteral("--encrypt"), QStringLiteral("user"), QStringLiteral("owner"),
                             QStringLiteral("256"), QStringLiteral("--"), plain, path }),
                0);
        }

        Store store;
        QString error;
        QVERIFY2(store.open(freshDatabase(QStringLiteral("sameasatext")), &error), qPrintable(error));
        const ImportService service(store, m_importer);
        QCOMPARE(service.importFile(source).status, ImportFileResult::Status::Imported);
        const QStringList before = judgementDump(store.judgements());
        const int documents = int(store.documents().size());

        const ImportFileResult result = service.importFile(path);
        QCOMPARE(result.status, ImportFileResult::Status::Failed);
        QVERIFY2(result.message.contains(reason, Qt::CaseInsensitive), qPrintable(result.message));
        QCOMPARE(int(store.documents().size()), documents);
        QCOMPARE(judgementDump(store.judgements()), before);
    }
};

QTEST_MAIN(TestPdfImport)
#include "tst_pdfimport.moc"
