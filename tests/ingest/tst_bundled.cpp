// The bundled documents, read as a council officer needs them: every grade they state, with the
// sentence or table row it came from, and nothing invented.
#include "TestSupport.h"

#include "ingest/DocumentImporter.h"
#include "text/CleanText.h"

#include <QRegularExpression>
#include <QTest>

using namespace TestSupport;

class TestBundled : public QObject
{
    Q_OBJECT

private:
    // The bundled documents keyed by what the importer decided they are, never by file name.
    QHash<DocumentKind, ImportResult> m_results;

    const ImportResult &result(DocumentKind kind) const { return m_results.find(kind).value(); }

private slots:
    void initTestCase()
    {
        const DocumentImporter importer;
        const QStringList files = corpusFiles();
        QCOMPARE(files.size(), 5);
        for (const QString &file : files) {
            const DocumentImporter::Outcome outcome = importer.readFile(file);
            QVERIFY2(outcome.ok(), qPrintable(file + QStringLiteral(": ") + outcome.error));
            QVERIFY2(!m_results.contains(outcome.result.document.kind), "two documents of one kind");
            m_results.insert(outcome.result.document.kind, outcome.result);
        }
        QCOMPARE(m_results.size(), 5);
    }

    void documentFacts_data()
    {
        QTest::addColumn<DocumentKind>("kind");
        QTest::addColumn<QString>("authority");
        QTest::addColumn<QDate>("published");
        QTest::addRow("APA letter") << DocumentKind::ApaLetter << "Leicestershire" << QDate(2006, 11, 1);
        QTest::addRow("2009 rating") << DocumentKind::AnnualRatingLetter << "Leicestershire"
                                     << QDate(2009, 12, 9);
        QTest::addRow("2010 assessment")
            << DocumentKind::AnnualAssessmentLetter << "Leicester" << QDate(2010, 12, 9);
        QTest::addRow("cabinet report") << DocumentKind::CouncilReport << "Leicester" << QDate(2009, 2, 12);
        QTest::addRow("plan review") << DocumentKind::PlanReview << "Leicestershire" << QDate(2010, 5, 14);
    }
    void documentFacts()
    {
        QFETCH(DocumentKind, kind);
        QFETCH(QString, authority);
        QFETCH(QDate, published);
        const Document &doc = result(kind).document;
        QCOMPARE(doc.authority.name, authority);
        QCOMPARE(doc.published, published);
        QVERIFY(!doc.title.isEmpty());
        QCOMPARE(doc.sha256.size(), 32);
    }

    void apaLetter2006()
    {
        // Three summary grades and five outcome judgements; the opening paragraph's words label the summary.
        const QStringList expected {
            QStringLiteral("Leicestershire|2006|APA|being-healthy|4|very good"),
            QStringLiteral("Leicestershire|2006|APA|capacity|4|outstanding"),
            QStringLiteral("Leicestershire|2006|APA|economic-wellbeing|3|good"),
            QStringLiteral("Leicestershire|2006|APA|enjoying-achieving|2|adequate"),
            QStringLiteral("Leicestershire|2006|APA|overall|3|good"),
            QStringLiteral("Leicestershire|2006|APA|positive-contribution|4|very good"),
            QStringLiteral("Leicestershire|2006|APA|social-care|4|excellent"),
            QStringLiteral("Leicestershire|2006|APA|staying-safe|4|very good"),
        };
        QCOMPARE(judgementDump(result(DocumentKind::ApaLetter).judgements), expected);
    }

    void apaLetterFindings()
    {
        const QList<Finding> &findings = result(DocumentKind::ApaLetter).findings;
        int strengths = 0, improvements = 0;
        QSet<QString> areas;
        for (const Finding &f : findings) {
            (f.kind == FindingKind::Strength ? strengths : improvements)++;
            areas.insert(f.area);
            QVERIFY2(!f.text.contains(QLatin1Char('<')), qPrintable(f.text)); // markup cleaned away
        }
        QCOMPARE(strengths, 17);
        QCOMPARE(improvements, 12);
        QCOMPARE(areas.size(), 6); // five outcomes and the management of services
        const Finding &first = findings.first();
        QCOMPARE(first.area, QStringLiteral("being-healthy"));
        QCOMPARE(first.text, QStringLiteral("there is effective promotion of healthy lifestyles in schools"));
    }

    void cabinetReport()
    {
        // 2008 APA and 2008 JAR grades quoted in a report dated February 2009.
        const QStringList expected {
            QStringLiteral("Leicester|2008|APA|being-healthy|2|adequate"),
            QStringLiteral("Leicester|2008|APA|capacity|2|adequate"),
            QStringLiteral("Leicester|2008|APA|economic-wellbeing|3|good"),
            QStringLiteral("Leicester|2008|APA|enjoying-achieving|1|inadequate"),
            QStringLiteral("Leicester|2008|APA|overall|2|adequate"),
            QStringLiteral("Leicester|2008|APA|positive-contribution|4|outstanding"),
            QStringLiteral("Leicester|2008|APA|staying-safe|3|good"),
            QStringLiteral("Leicester|2008|JAR|jar-capacity|2|adequate"),
            QStringLiteral("Leicester|2008|JAR|jar-ldd|2|adequate"),
            QStringLiteral("Leicester|2008|JAR|jar-looked-after|3|good"),
            QStringLiteral("Leicester|2008|JAR|jar-safeguarding|3|good"),
            QStringLiteral("Leicester|2008|JAR|jar-service-management|2|adequate"),
        };
        QCOMPARE(judgementDump(result(DocumentKind::CouncilReport).judgements), expected);
    }

    void annualLetters()
    {
        QCOMPARE(judgementDump(result(DocumentKind::AnnualRatingLetter).judgements),
            QStringList { QStringLiteral("Leicestershire|2009|rating-2009|overall|3|Performs well") });
        QCOMPARE(judgementDump(result(DocumentKind::AnnualAssessmentLetter).judgements),
            QStringList { QStringLiteral("Leicester|2010|assessment-2010|overall|2|Performs adequately") });
        const QList<Finding> &areas = result(DocumentKind::AnnualAssessmentLetter).findings;
        QCOMPARE(areas.size(), 3);
        QCOMPARE(
            areas.at(0).text, QStringLiteral("Improve primary schools so that more are good or better."));
        QCOMPARE(areas.at(0).kind, FindingKind::AreaForDevelopment);
        QVERIFY(result(DocumentKind::AnnualRatingLetter).findings.isEmpty());
    }

    // Every judgement's evidence span holds the words or the number that state it.
    void evidenceStatesTheGrade()
    {
        for (const ImportResult &r : std::as_const(m_results)) {
            for (const Judgement &j : r.judgements) {
                const QString evidence = CleanText::clean(
                    r.document.originalText, j.evidence.start, j.evidence.end);
                const bool hasWords = !j.label.isEmpty() && evidence.contains(j.label, Qt::CaseInsensitive);
                const bool hasNumber = QRegularExpression(QStringLiteral("(?<!\\d)%1(?!\\d)").arg(j.grade))
                                           .match(evidence)
                                           .hasMatch();
                QVERIFY2(hasWords || hasNumber, qPrintable(j.area + QStringLiteral(": ") + evidence));
                QVERIFY2(evidence.size() < 400, qPrintable(evidence)); // a sentence or a row, not a page
            }
        }
    }

    void planReviewRows_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("series");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QDate>("periodStart");
        QTest::addRow("NI 53 baseline") << "NI 53"
                                        << "baseline"
                                        << "" << 21.5 << "2006/7" << QDate(2006, 4, 1);
        QTest::addRow("NI 53 target") << "NI 53"
                                      << "target"
                                      << "" << 42.6 << "" << QDate();
        QTest::addRow("NI 53 result") << "NI 53"
                                      << "result"
                                      << "" << 42.5 << "Qtr 4 09/10" << QDate(2010, 1, 1);
        QTest::addRow("NI 59 result") << "NI 59"
                                      << "result"
                                      << "" << 83.2 << "Dec 09" << QDate(2009, 12, 1);
        QTest::addRow("NI 101 result") << "NI 101"
                                       << "result"
                                       << "" << 0.0 << "March 10" << QDate(2010, 3, 1);
        QTest::addRow("NI 62 target") << "NI 62"
                                      << "target"
                                      << "" << 16.0 << "" << QDate();
        QTest::addRow("NI 102 KS4") << "NI 102"
                                    << "baseline"
                                    << "KS4" << 31.1 << "2008"
                                    << QDate(2007, 9, 1); // attainment: the 2007/08 academic year
        QTest::addRow("NI 117 result") << "NI 117"
                                       << "result"
                                       << "" << 3.9 << "March 10" << QDate(2010, 3, 1);
        QTest::addRow("NI 107 Black")
            << "NI 107"
            << "result"
            << "Black group" << 59.1 << "07/08" << QDate(2007, 9, 1); // attainment: academic year
    }
    void planReviewRows()
    {
        QFETCH(QString, code);
        QFETCH(QString, kind);
        QFETCH(QString, series);
        QFETCH(double, value);
        QFETCH(QString, period);
        QFETCH(QDate, periodStart);
        const ImportResult &r = result(DocumentKind::PlanReview);
        QList<Observation> matches;
        for (const Observation &o : r.observations) {
            if (o.indicatorCode == code && observationKindKey(o.kind) == kind && o.series == series)
                matches.append(o);
        }
        QCOMPARE(matches.size(), 1);
        const Observation &o = matches.first();
        QVERIFY(o.value.has_value());
        QCOMPARE(*o.value, value);
        QCOMPARE(o.period.text, period);
        QCOMPARE(o.period.start, periodStart);
        QCOMPARE(o.authority.name, QStringLiteral("Leicestershire"));
        // The evidence is the cell, and it holds the number.
        const QString cell = CleanText::clean(r.document.originalText, o.evidence.start, o.evidence.end);
        QVERIFY2(cell.contains(QString::number(value)), qPrintable(cell));
    }

    void planReviewShape()
    {
        const ImportResult &r = result(DocumentKind::PlanReview);
        QVERIFY(r.judgements.isEmpty());
        // Counted by hand: 93 rows start with a title, one of them the stray line of a title pushed on by a
        // blank line.
        QCOMPARE(r.indicators.size(), 92);
        QSet<QString> sections;
        int nationalIndicators = 0;
        for (const Indicator &i : r.indicators) {
            sections.insert(i.section);
            nationalIndicators += i.code.startsWith(QLatin1String("NI "));
        }
        QCOMPARE(sections,
            (QSet<QString> { QStringLiteral("BE HEALTHY"), QStringLiteral("STAY SAFE"),
                QStringLiteral("ENJOY AND ACHIEVE"), QStringLiteral("MAKE A POSITIVE CONTRIBUTION"),
                QStringLiteral("ACHIEVE ECONOMIC WELL-BEING") }));
        QCOMPARE(nationalIndicators, 68); // rows whose comments name "National indicator N"
        // Cells with several unlabelled values are kept raw and flagged, never guessed.
        int flagged = 0;
        for (const Observation &o : r.observations) {
            if (o.raw == QLatin1String("40% Mar 09, 50% Mar 10, 60% Mar 11")) {
                QVERIFY(!o.value.has_value());
                QVERIFY(!o.flag.isEmpty());
            }
            flagged += !o.flag.isEmpty();
        }
        QVERIFY(flagged > 0);
    }

    void passagesJoinPageBreaks()
    {
        // "Over 90% of children with" continues after a page break with "disabilities, aged over 14".
        const ImportResult &r = result(DocumentKind::ApaLetter);
        bool joined = false;
        for (const Passage &p : r.passages)
            joined = joined
                || p.text.contains(QLatin1String("Over 90% of children with disabilities, aged over 14"));
        QVERIFY(joined);
        for (const Passage &p : r.passages)
            QVERIFY2(!p.text.contains(QLatin1String("<li>")) && !p.text.startsWith(QLatin1Char('#')),
                qPrintable(p.text));
    }
};

QTEST_GUILESS_MAIN(TestBundled)
#include "tst_bundled.moc"
