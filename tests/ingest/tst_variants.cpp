// Letters of the same families for other councils, years and grades, and the same letters in other
// encodings and line layouts: what is read comes from the content, never from the file name.
#include "TestSupport.h"

#include "ingest/DocumentImporter.h"

#include <QTest>

using namespace TestSupport;

namespace {

QByteArray toWindows1252(const QString &text)
{
    QByteArray out;
    for (QChar c : text) {
        switch (c.unicode()) {
        case 0x2019:
            out.append('\x92');
            break;
        case 0x2018:
            out.append('\x91');
            break;
        case 0x201C:
            out.append('\x93');
            break;
        case 0x201D:
            out.append('\x94');
            break;
        case 0x2013:
            out.append('\x96');
            break;
        case 0x00A3:
            out.append('\xA3');
            break;
        case 0x00B7:
            out.append('\xB7');
            break;
        default:
            out.append(c.unicode() < 0x80 ? char(c.unicode()) : '?');
        }
    }
    return out;
}

QByteArray toUtf16(const QString &text, bool bigEndian, bool bom)
{
    QByteArray out;
    if (bom)
        out.append(bigEndian ? "\xFE\xFF" : "\xFF\xFE", 2);
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const char hi = char(u >> 8), lo = char(u & 0xFF);
        if (bigEndian) {
            out.append(hi);
            out.append(lo);
        } else {
            out.append(lo);
            out.append(hi);
        }
    }
    return out;
}

} // namespace

class TestVariants : public QObject
{
    Q_OBJECT

private:
    DocumentImporter m_importer;

    DocumentImporter::Outcome readVariant(const QString &name) const
    {
        return m_importer.read(readBytes(variant(name)), name);
    }

private slots:
    void otherCouncils_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<DocumentKind>("kind");
        QTest::addColumn<QStringList>("judgements");
        QTest::addRow("APA 2007 Derbyshire")
            << "apa-2007-derbyshire.txt" << DocumentKind::ApaLetter
            << QStringList { "Derbyshire|2007|APA|being-healthy|3|good",
                   "Derbyshire|2007|APA|capacity|3|good", "Derbyshire|2007|APA|economic-wellbeing|2|adequate",
                   "Derbyshire|2007|APA|enjoying-achieving|1|inadequate",
                   "Derbyshire|2007|APA|overall|2|adequate",
                   "Derbyshire|2007|APA|positive-contribution|4|outstanding",
                   "Derbyshire|2007|APA|social-care|2|adequate",
                   "Derbyshire|2007|APA|staying-safe|2|adequate" };
        QTest::addRow("rating 2009 Nottingham")
            << "rating-2009-nottingham.txt" << DocumentKind::AnnualRatingLetter
            << QStringList { "Nottingham|2009|rating-2009|overall|1|Performs poorly" };
        QTest::addRow("assessment 2010 Camden")
            << "assessment-2010-camden.txt" << DocumentKind::AnnualAssessmentLetter
            << QStringList { "Camden|2010|assessment-2010|overall|4|Performs excellently" };
        QTest::addRow("report on 2007 APA, Derby")
            << "report-2008-derby.txt" << DocumentKind::CouncilReport
            << QStringList { "Derby|2007|APA|being-healthy|3|good", "Derby|2007|APA|capacity|3|good",
                   "Derby|2007|APA|economic-wellbeing|3|good", "Derby|2007|APA|enjoying-achieving|2|adequate",
                   "Derby|2007|APA|overall|3|good", "Derby|2007|APA|positive-contribution|3|good",
                   "Derby|2007|APA|staying-safe|4|outstanding" };
    }
    void otherCouncils()
    {
        QFETCH(QString, file);
        QFETCH(DocumentKind, kind);
        QFETCH(QStringList, judgements);
        const DocumentImporter::Outcome outcome = readVariant(file);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.result.document.kind, kind);
        QCOMPARE(judgementDump(outcome.result.judgements), judgements);
    }

    void developmentAreasOfAnotherCouncil()
    {
        const DocumentImporter::Outcome outcome = readVariant(QStringLiteral("assessment-2010-camden.txt"));
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.result.findings.size(), 2);
        QCOMPARE(
            outcome.result.findings.at(1).text, QStringLiteral("Improve attendance in secondary schools."));
    }

    void fileNameDoesNotMatter()
    {
        const QByteArray bytes = readBytes(variant(QStringLiteral("rating-2009-nottingham.txt")));
        const auto a = m_importer.read(bytes, QStringLiteral("leicestershire-apa-2006.txt"));
        const auto b = m_importer.read(bytes, QStringLiteral("x"));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(judgementDump(a.result.judgements), judgementDump(b.result.judgements));
        QCOMPARE(a.result.document.authority.name, QStringLiteral("Nottingham"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::addRow("contradiction") << "contradiction.txt"
                                       << "contradicts itself";
        QTest::addRow("grade out of range") << "out-of-range.txt"
                                            << "outside the 1-4 scale";
        QTest::addRow("unknown authority") << "unknown-authority.txt"
                                           << "Fooshire County Council";
    }
    void refusals()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        const DocumentImporter::Outcome outcome = readVariant(file);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error.contains(reason), qPrintable(outcome.error));
    }

    void unknownKindKeepsPassages()
    {
        const DocumentImporter::Outcome outcome = readVariant(QStringLiteral("no-grades.txt"));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.result.document.kind, DocumentKind::Unknown);
        QVERIFY(outcome.result.judgements.isEmpty());
        QCOMPARE(outcome.result.passages.size(), 3);
        QCOMPARE(outcome.result.warnings.size(), 1);
    }

    // The same bundled documents in other encodings and line layouts give the same grades.
    void encodingsAndLineEndings_data()
    {
        QTest::addColumn<QString>("transform");
        QTest::addRow("CRLF") << "crlf";
        QTest::addRow("Windows-1252") << "cp1252";
        QTest::addRow("UTF-8 with BOM") << "bom";
        QTest::addRow("UTF-16LE with BOM") << "utf16le-bom";
        QTest::addRow("UTF-16BE without BOM") << "utf16be";
    }
    void encodingsAndLineEndings()
    {
        QFETCH(QString, transform);
        for (const QString &file : corpusFiles()) {
            const QByteArray original = readBytes(file);
            const QString text = QString::fromUtf8(original);
            QByteArray bytes;
            if (transform == QLatin1String("crlf"))
                bytes = text.toUtf8().replace("\n", "\r\n");
            else if (transform == QLatin1String("cp1252"))
                bytes = toWindows1252(text);
            else if (transform == QLatin1String("bom"))
                bytes = QByteArray("\xEF\xBB\xBF") + original;
            else if (transform == QLatin1String("utf16le-bom"))
                bytes = toUtf16(text, false, true);
            else
                bytes = toUtf16(text, true, false);
            const auto expected = m_importer.read(original, file);
            const auto actual = m_importer.read(bytes, QStringLiteral("variant"));
            QVERIFY2(actual.ok(), qPrintable(file + QStringLiteral(": ") + actual.error));
            QCOMPARE(judgementDump(actual.result.judgements), judgementDump(expected.result.judgements));
            QCOMPARE(actual.result.observations.size(), expected.result.observations.size());
            QCOMPARE(actual.result.findings.size(), expected.result.findings.size());
        }
    }

    void rewrappedLines()
    {
        // A letter whose long lines were wrapped at 72 columns, as an e-mail client would.
        const QString text = QString::fromUtf8(readBytes(variant(QStringLiteral("apa-2007-derbyshire.txt"))));
        QString wrapped;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1Char('\t')) || line.size() <= 72) {
                wrapped += line + QLatin1Char('\n');
                continue;
            }
            int column = 0;
            for (const QString &word : line.split(QLatin1Char(' '))) {
                if (column > 0 && column + word.size() > 72) {
                    wrapped += QLatin1Char('\n');
                    column = 0;
                } else if (column > 0) {
                    wrapped += QLatin1Char(' ');
                    ++column;
                }
                wrapped += word;
                column += int(word.size());
            }
            wrapped += QLatin1Char('\n');
        }
        const auto outcome = m_importer.read(wrapped.toUtf8(), QStringLiteral("wrapped"));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        const auto original = readVariant(QStringLiteral("apa-2007-derbyshire.txt"));
        QCOMPARE(judgementDump(outcome.result.judgements), judgementDump(original.result.judgements));
    }
};

QTEST_GUILESS_MAIN(TestVariants)
#include "tst_variants.moc"
