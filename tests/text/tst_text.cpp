// Decoding, cleaning with its offset map, paragraphs and sentences, CSV and periods.
#include "ingest/PeriodParser.h"
#include "text/CleanText.h"
#include "text/CsvReader.h"
#include "text/SourceText.h"
#include "text/TextLayout.h"

#include <QTest>

class TestText : public QObject
{
    Q_OBJECT

private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("text");
        QTest::addRow("UTF-8") << QByteArray("Leicester\xE2\x80\x99s letter") << "UTF-8"
                               << QString::fromUtf8("Leicester\u2019s letter");
        QTest::addRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBFGrade 3") << "UTF-8"
                                   << "Grade 3";
        QTest::addRow("Windows-1252") << QByteArray(
            "Leicester\x92s \x96 \xA3"
            "200") << "Windows-1252" << QString::fromUtf8("Leicester\u2019s \u2013 \u00A3200");
        QTest::addRow("UTF-16LE BOM") << QByteArray("\xFF\xFEG\0o\0o\0d\0", 10) << "UTF-16LE"
                                      << "Good";
        QTest::addRow("UTF-16BE BOM") << QByteArray("\xFE\xFF\0G\0o\0o\0d", 10) << "UTF-16BE"
                                      << "Good";
        QTest::addRow("UTF-16LE no BOM") << QByteArray("G\0o\0o\0d\0 \0l\0e\0t\0t\0e\0r\0", 22) << "UTF-16LE"
                                         << "Good letter";
        QTest::addRow("CRLF folded") << QByteArray("one\r\ntwo\rthree") << "UTF-8"
                                     << "one\ntwo\nthree";
    }
    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, text);
        const SourceText s = SourceText::decode(bytes);
        QVERIFY2(s.isValid(), qPrintable(s.error));
        QCOMPARE(s.encoding, encoding);
        QCOMPARE(s.text, text);
    }

    void refuse_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::addRow("empty") << QByteArray() << "empty";
        QTest::addRow("whitespace") << QByteArray(" \n\t\n ") << "empty";
        QTest::addRow("PNG") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10", 21) << "binary";
        QTest::addRow("controls") << QByteArray("\x01\x02\x03\x04 abc \x05\x06\x07\x08") << "binary";
    }
    void refuse()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const SourceText s = SourceText::decode(bytes);
        QVERIFY(!s.isValid());
        QVERIFY2(s.error.contains(reason), qPrintable(s.error));
    }

    void clean_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("clean");
        QTest::addRow("html") << "The contribution of <i>the local authority's</i> services"
                              << "The contribution of the local authority's services";
        QTest::addRow("footnote") << "Grade awarded <sup>1</sup>"
                                  << "Grade awarded";
        QTest::addRow("heading") << "## **Enjoying and achieving**"
                                 << "Enjoying and achieving";
        QTest::addRow("emphasis") << "the Vision (*CYPP*, page 15) and A*-C grades"
                                  << "the Vision (CYPP, page 15) and A*-C grades";
        QTest::addRow("replacement char") << QString::fromUtf8("note\uFFFD here") << "note here";
        QTest::addRow("page break") << "children with\n\n\n\n\ndisabilities"
                                    << "children with disabilities";
        QTest::addRow("list") << "<ul> <li>Being healthy:</li> <li>good</li> </ul>"
                              << "Being healthy: good";
    }
    void clean()
    {
        QFETCH(QString, original);
        QFETCH(QString, clean);
        QCOMPARE(CleanText::clean(original, 0, int(original.size())), clean);
    }

    // A span is cleaned by what it holds: a tag that runs past its end stays, and what comes after
    // it in the document (here half of a surrogate pair, which PCRE refuses to match over) does not
    // keep the span's own tags in.
    void cleanReadsTheSpanAlone()
    {
        const QString span = QStringLiteral("Being healthy: <b>good</b> and <i");
        const QString whole = span + QStringLiteral("talic</i> then ") + QChar(0xD800)
            + QStringLiteral(" more");
        QCOMPARE(CleanText::clean(whole, 0, int(span.size())), QStringLiteral("Being healthy: good and <i"));
    }

    void cleanMapsBackToTheOriginal()
    {
        const QString original = QStringLiteral(
            "The contribution of <i>the local authority's</i> services is <b>good</b>.");
        const CleanText c = CleanText::fromOriginal(original, 0, int(original.size()));
        const int at = int(c.text().indexOf(QLatin1String("good")));
        QCOMPARE(original.mid(c.originalOffset(at), 4), QStringLiteral("good"));
        int s = 0, e = 0;
        const int good = int(original.indexOf(QLatin1String("good")));
        QVERIFY(c.cleanSpan(good, good + 4, &s, &e));
        QCOMPARE(c.text().mid(s, e - s), QStringLiteral("good"));
        // The map covers the end, so a span to the end of the text maps too.
        QCOMPARE(c.originalOffset(int(c.text().size())), int(original.size()));
    }

    void paragraphsAndSentences()
    {
        const QString text = QStringLiteral(
            "# Staying safe\n\nThe contribution the council's services make to improving outcomes in this "
            "area is very "
            "good. Over 90% of children with\n\n\n\n\n\ndisabilities, aged over 14 have a plan.\n\nShort "
            "line\n\n"
            "Second paragraph e.g. with an abbreviation. And a wrapped\nline that goes on.");
        const TextLayout layout(text);
        QCOMPARE(layout.blocks().size(), 4);
        QVERIFY(layout.blocks().at(0).heading);
        const TextSpan joined = layout.blocks().at(1).span;
        QVERIFY(text.mid(joined.start, joined.end - joined.start).endsWith(QLatin1String("have a plan.")));
        const QList<TextSpan> sentences = layout.sentences(joined);
        QCOMPARE(sentences.size(), 2);
        QVERIFY(text.mid(sentences.at(0).start, sentences.at(0).end - sentences.at(0).start)
                    .endsWith(QLatin1String("very good.")));
        const QList<TextSpan> last = layout.sentences(layout.blocks().at(3).span);
        QCOMPARE(last.size(), 2); // "e.g. with" does not end a sentence; a wrapped line does not either
    }

    // The reader's contents list headings: not a page number, a figure or an address line that
    // stands alone before a paragraph.
    void headingsAreTitles_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("heading");
        QTest::addRow("title") << "Children looked after" << true;
        QTest::addRow("numbered title") << "2 Being healthy" << true;
        QTest::addRow("page number") << "14" << false;
        QTest::addRow("figure") << "14.60%" << false;
        QTest::addRow("address") << "County Hall, Glenfield, Leicester LE3 8RA" << false;
        QTest::addRow("names") << "Ann Smith, Bob Jones, Carol White" << false;
    }
    void headingsAreTitles()
    {
        QFETCH(QString, line);
        QFETCH(bool, heading);
        const QString text = line
            + QStringLiteral(
                "\n\nThe council's services make a good contribution to outcomes for children and "
                "young people, and the report says so at some length in this paragraph.");
        const TextLayout layout(text);
        QVERIFY(!layout.blocks().isEmpty());
        QCOMPARE(layout.blocks().first().heading, heading);
    }

    void csv()
    {
        const QList<QStringList> rows = CsvReader::readAll(
            QStringLiteral("\xFEFF"
                           "a,b,c\n1,\"Bristol, City of\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",x\r\n"));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), (QStringList { "a", "b", "c" }));
        QCOMPARE(rows.at(1), (QStringList { "1", "Bristol, City of", "say \"hi\"" }));
        QCOMPARE(rows.at(2), (QStringList { "2", "two\nlines", "x" }));
    }

    // Quoted fields read as written: doubled quotes, line breaks (the next record's line counts
    // them), text after the closing quote, and a quote never closed (the rest of the text).
    void csvQuotedFields()
    {
        CsvReader reader(QStringLiteral("h1,h2\n\"x\ny\nz\",\"\"\"\"\n\"a\"b,\"\"\n\n\"open,\"\"\nend"));
        CsvRecord r;
        QVERIFY(reader.readNonBlankRecord(&r));
        QCOMPARE(r.fields, (QStringList { "h1", "h2" }));
        QCOMPARE(r.row, 1);
        QVERIFY(reader.readNonBlankRecord(&r));
        QCOMPARE(r.fields, (QStringList { "x\ny\nz", "\"" }));
        QCOMPARE(r.row, 2);
        QVERIFY(reader.readNonBlankRecord(&r));
        QCOMPARE(r.fields, (QStringList { "ab", "" }));
        QCOMPARE(r.row, 5);
        QVERIFY(reader.readNonBlankRecord(&r));
        QCOMPARE(r.fields, (QStringList { "open,\"\nend" }));
        QCOMPARE(r.row, 7);
        QVERIFY(!reader.readNonBlankRecord(&r));
    }

    void periods_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addRow("quarter 4") << "Qtr 4 09/10" << QDate(2010, 1, 1) << QDate(2010, 3, 31);
        QTest::addRow("quarter 1") << "Q1 2009/10" << QDate(2009, 4, 1) << QDate(2009, 6, 30);
        QTest::addRow("month") << "(Dec 09)" << QDate(2009, 12, 1) << QDate(2009, 12, 31);
        QTest::addRow("long month") << "March 10" << QDate(2010, 3, 1) << QDate(2010, 3, 31);
        QTest::addRow("month range") << "Apr-Aug 09" << QDate(2009, 4, 1) << QDate(2009, 8, 31);
        QTest::addRow("range across years") << "Apr 09 - Jan 10" << QDate(2009, 4, 1) << QDate(2010, 1, 31);
        QTest::addRow("range with to") << "Apr to Dec 2007" << QDate(2007, 4, 1) << QDate(2007, 12, 31);
        QTest::addRow("split year") << "2006/7" << QDate(2006, 4, 1) << QDate(2007, 3, 31);
        QTest::addRow("short split year") << "08/09" << QDate(2008, 4, 1) << QDate(2009, 3, 31);
        QTest::addRow("split with results") << "2007/08 results" << QDate(2007, 4, 1) << QDate(2008, 3, 31);
        QTest::addRow("calendar year") << "2008" << QDate(2008, 1, 1) << QDate(2008, 12, 31);
        QTest::addRow("summer") << "summer 10" << QDate(2010, 6, 1) << QDate(2010, 8, 31);
        QTest::addRow("end of month") << "end Feb 10" << QDate(2010, 2, 1) << QDate(2010, 2, 28);
        QTest::addRow("not a period") << "revised figure" << QDate() << QDate();
        QTest::addRow("not consecutive") << "2008/11" << QDate() << QDate();
    }
    void periods()
    {
        QFETCH(QString, text);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        const Period p = PeriodParser::parse(text);
        QCOMPARE(p.start, start);
        QCOMPARE(p.end, end);
        QCOMPARE(p.isEmpty(), !start.isValid());
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
