// The register of authorities as they were in 2005-2011: which existed when, names as people write
// them (in a name field and in running text), the year deciding between entries that share a name,
// no authorities found in ordinary words, and the nearest names offered for an unknown one.
#include "ingest/SubjectAuthority.h"
#include "reference/AuthorityRegister.h"
#include "text/TextLayout.h"

#include <QSet>
#include <QTest>

namespace {

const AuthorityRegister &reg()
{
    return AuthorityRegister::bundled();
}

// The usual written forms of an authority, made here from its register entry and type without the
// register's own rules: the name, the place, "X Council", the council its type implies, "London
// Borough of X", "&" for "and", "St" for "St.", hyphens as spaces, and the register's "X, City of"
// as "City of X" and "X City Council".
QStringList writtenForms(const Authority &a)
{
    QString place = a.name;
    place.remove(QStringLiteral(" (Pre LG)"));
    QStringList places { place };
    QStringList out { a.name };
    if (place.endsWith(QStringLiteral(", City of"))) {
        place.chop(9);
        places = { place };
        out << place + QStringLiteral(", City of") << QStringLiteral("City of ") + place
            << place + QStringLiteral(" City Council");
    }
    if (place.contains(QStringLiteral(" and ")))
        places << QString(place).replace(QStringLiteral(" and "), QStringLiteral(" & "));
    if (place.startsWith(QStringLiteral("St. ")))
        places << QString(place).replace(QStringLiteral("St. "), QStringLiteral("St "));
    if (place.contains(QLatin1Char('-')))
        places << QString(place).replace(QLatin1Char('-'), QLatin1Char(' '));
    for (const QString &p : std::as_const(places)) {
        out << p << p + QStringLiteral(" Council");
        if (a.type == QLatin1String("SC"))
            out << p + QStringLiteral(" County Council");
        else if (a.type == QLatin1String("MD"))
            out << p + QStringLiteral(" Metropolitan Borough Council");
        else if (a.type == QLatin1String("UA") && !p.endsWith(QStringLiteral(" Borough")))
            out << p + QStringLiteral(" Borough Council");
        else if ((a.type == QLatin1String("ILB") || a.type == QLatin1String("OLB"))
            && !p.startsWith(QStringLiteral("City of")))
            out << QStringLiteral("London Borough of ") + p;
    }
    out.removeDuplicates();
    return out;
}

QList<int> mentioned(const QString &text, int year = 0)
{
    QList<int> out;
    for (const AuthorityMention &m : reg().mentions(text, 0, -1, year))
        out.append(m.laNumber);
    return out;
}

} // namespace

class TestAuthorityRegister : public QObject
{
    Q_OBJECT

private slots:
    void periods()
    {
        const Authority bedfordshire = reg().byLaNumber(820);
        QCOMPARE(bedfordshire.until, QDate(2009, 3, 31));
        QVERIFY(!bedfordshire.from.isValid());
        QCOMPARE(bedfordshire.successors, QList<int>({ 822, 823 }));
        QCOMPARE(reg().byLaNumber(875).successors, QList<int>({ 895, 896 }));
        QCOMPARE(reg().byLaNumber(835).successors, QList<int>({ 838 }));
        QCOMPARE(reg().byLaNumber(837).successors, QList<int>({ 839 }));
        QCOMPARE(reg().byLaNumber(928).successors, QList<int>({ 940, 941 }));
        QCOMPARE(reg().byLaNumber(909).successors, QList<int>({ 942, 943 }));
        QCOMPARE(reg().byLaNumber(822).from, QDate(2009, 4, 1));
        QCOMPARE(reg().byLaNumber(943).from, QDate(2023, 4, 1));
        // Everything else existed throughout.
        const Authority leicester = reg().byLaNumber(856);
        QVERIFY(!leicester.from.isValid() && !leicester.until.isValid() && leicester.successors.isEmpty());
    }

    void existedIn_data()
    {
        QTest::addColumn<int>("la");
        QTest::addColumn<int>("year");
        QTest::addColumn<bool>("existed");
        QTest::addRow("Bedfordshire 2008") << 820 << 2008 << true;
        QTest::addRow("Bedfordshire 2009") << 820 << 2009 << true;
        QTest::addRow("Bedfordshire 2010") << 820 << 2010 << false;
        QTest::addRow("Bedford Borough 2008") << 822 << 2008 << false;
        QTest::addRow("Bedford Borough 2009") << 822 << 2009 << true;
        QTest::addRow("Bedford Borough 2010") << 822 << 2010 << true;
        QTest::addRow("Dorset (Pre LG) 2019") << 835 << 2019 << true;
        QTest::addRow("Dorset (Pre LG) 2020") << 835 << 2020 << false;
        QTest::addRow("Dorset 2018") << 838 << 2018 << false;
        QTest::addRow("Dorset 2019") << 838 << 2019 << true;
        QTest::addRow("Cumbria 2023") << 909 << 2023 << true;
        QTest::addRow("Cumbria 2024") << 909 << 2024 << false;
        QTest::addRow("Leicester 1990") << 856 << 1990 << true;
    }
    void existedIn()
    {
        QFETCH(int, la);
        QFETCH(int, year);
        QFETCH(bool, existed);
        QCOMPARE(reg().byLaNumber(la).existedIn(year), existed);
    }

    void authoritiesOf2005To2011()
    {
        QSet<int> las;
        for (const Authority &a : reg().authoritiesOf(2005, 2011)) {
            QVERIFY(!a.type.isEmpty());
            las.insert(a.laNumber);
        }
        for (int la : { 820, 875, 822, 823, 895, 896, 837, 836, 835, 928, 909, 856, 855, 201, 420 })
            QVERIFY2(las.contains(la), qPrintable(QString::number(la)));
        for (int la : { 839, 838, 942, 943, 940, 941, 970, 983 })
            QVERIFY2(!las.contains(la), qPrintable(QString::number(la)));
        // 150 authorities until March 2009, 152 after: two counties became four, and both sides of 2009
        // are in the range.
        QCOMPARE(las.size(), 150 + 4);
        QCOMPARE(reg().authoritiesOf(2008, 2008).size(), 150);
        QCOMPARE(reg().authoritiesOf(2010, 2010).size(), 152);
        QVERIFY(!reg().authoritiesOf(2024, 2024).contains(reg().byLaNumber(909)));
        QVERIFY(reg().authoritiesOf(2024, 2024).contains(reg().byLaNumber(942)));
    }

    // Every authority of 2005-2011 is found from each of its usual written forms, as a name and in a
    // sentence, with and without the year.
    void everyAuthorityByItsWrittenForms_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<int>("la");
        QTest::addColumn<int>("year");
        for (const Authority &a : reg().authoritiesOf(2005, 2011)) {
            const int year = std::max(2005, a.from.isValid() ? a.from.year() : 2005);
            for (const QString &form : writtenForms(a))
                QTest::addRow("%s", qPrintable(form)) << form << a.laNumber << year;
        }
    }
    void everyAuthorityByItsWrittenForms()
    {
        QFETCH(QString, form);
        QFETCH(int, la);
        QFETCH(int, year);
        QCOMPARE(reg().byName(form).laNumber, la);
        QCOMPARE(reg().byName(form, year).laNumber, la);
        QCOMPARE(reg().byName(form.toUpper()).laNumber, la);
        const QString lead = QStringLiteral("Ofsted judged ");
        const QString sentence = lead + form + QStringLiteral(" to be good.");
        for (int y : { 0, year }) {
            const QList<AuthorityMention> found = reg().mentions(sentence, 0, -1, y);
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.at(0).laNumber, la);
            QCOMPARE(found.at(0).start, int(lead.size()));
            QCOMPARE(found.at(0).end, int(lead.size() + form.size()));
        }
        // Line breaks between words, as a PDF's text has them.
        const QString broken = QString(sentence).replace(QLatin1Char(' '), QLatin1Char('\n'));
        QCOMPARE(mentioned(broken, year), QList<int>({ la }));
    }

    void irregularForms_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("la");
        const struct
        {
            const char *form;
            int year;
            int la;
        } rows[] = {
            { "St Helens", 0, 342 },
            { "St. Helens", 2007, 342 },
            { "St Helens Council", 0, 342 },
            { "St Helens Metropolitan Borough Council", 0, 342 },
            { "Bedford Borough Council", 2010, 822 },
            { "Bedford", 2010, 822 },
            { "Bedford", 0, 822 },
            { "Bristol City Council", 0, 801 },
            { "Bristol", 2006, 801 },
            { "City of Bristol", 0, 801 },
            { "Bristol, City of", 0, 801 },
            { "Kingston upon Hull", 0, 810 },
            { "Hull", 2007, 810 },
            { "Hull City Council", 0, 810 },
            { "Kingston upon Hull City Council", 0, 810 },
            { "County Durham", 0, 840 },
            { "Durham County Council", 2008, 840 },
            { "Durham", 0, 840 },
            { "Telford & Wrekin", 0, 894 },
            { "Telford and Wrekin Council", 0, 894 },
            { "Herefordshire Council", 0, 884 },
            { "County of Herefordshire", 0, 884 },
            { "Bournemouth Borough Council", 2007, 837 },
            { "Borough of Poole", 2007, 836 },
            { "Dorset County Council", 2007, 835 },
            { "Bournemouth", 2008, 837 },
            { "Poole", 2007, 836 },
            { "Dorset", 2007, 835 },
            { "Dorset", 0, 835 },
            { "Dorset", 2020, 838 },
            { "Dorset Council", 2020, 838 },
            { "Bournemouth, Christchurch and Poole", 2020, 839 },
            { "Brighton & Hove", 0, 846 },
            { "Brighton and Hove City Council", 0, 846 },
            { "Southend", 0, 882 },
            { "Southend-on-Sea Borough Council", 0, 882 },
            { "Stockton", 0, 808 },
            { "Stockton-on-Tees", 0, 808 },
            { "Stockton on Tees Borough Council", 0, 808 },
            { "Windsor and Maidenhead", 0, 868 },
            { "Royal Borough of Windsor and Maidenhead", 0, 868 },
            { "Kensington & Chelsea", 0, 207 },
            { "Royal Borough of Kensington and Chelsea", 0, 207 },
            { "Hammersmith & Fulham", 0, 205 },
            { "Barking & Dagenham", 0, 301 },
            { "Richmond", 0, 318 },
            { "Richmond upon Thames", 0, 318 },
            { "London Borough of Richmond upon Thames", 0, 318 },
            { "Kingston upon Thames", 0, 314 },
            { "Royal Borough of Kingston", 0, 314 },
            { "Royal Borough of Kingston upon Thames", 0, 314 },
            { "Newcastle", 0, 391 },
            { "Newcastle upon Tyne", 0, 391 },
            { "Newcastle City Council", 0, 391 },
            { "Isles of Scilly", 0, 420 },
            { "Council of the Isles of Scilly", 0, 420 },
            { "Isle of Wight Council", 0, 921 },
            { "Cheshire West & Chester", 2010, 896 },
            { "Cheshire East Council", 2010, 895 },
            { "Cheshire County Council", 2008, 875 },
            { "Cumbria County Council", 2008, 909 },
            { "North East Lincolnshire", 0, 812 },
            { "Reading Borough Council", 0, 870 },
            { "Leicester City Council", 0, 856 },
            { "Metropolitan Borough of Wirral", 0, 344 },
        };
        for (const auto &r : rows)
            QTest::addRow("%s %d", r.form, r.year) << QString::fromUtf8(r.form) << r.year << r.la;
    }
    void irregularForms()
    {
        QFETCH(QString, form);
        QFETCH(int, year);
        QFETCH(int, la);
        QCOMPARE(reg().byName(form, year).laNumber, la);
        const QString sentence = QStringLiteral("Ofsted judged ") + form + QStringLiteral(" to be good.");
        QCOMPARE(mentioned(sentence, year), QList<int>({ la }));
    }

    void ambiguousOrUnknownNamesAreNotGuessed()
    {
        // "Kingston" alone could be Kingston upon Hull or Kingston upon Thames.
        QVERIFY(!reg().byName(QStringLiteral("Kingston")).isValid());
        QVERIFY(mentioned(QStringLiteral("Inspectors visited Kingston in May.")).isEmpty());
        QVERIFY(!reg().byName(QStringLiteral("Gondor")).isValid());
        QVERIFY(!reg().byName(QStringLiteral("Gondor County Council")).isValid());
        // The acronym is found only as written, in a name field.
        QCOMPARE(reg().byName(QStringLiteral("LCC")).laNumber, 856);
        QVERIFY(!reg().byName(QStringLiteral("lcc")).isValid());
    }

    // A bare one-word name counts only when capitalised; council forms in any case.
    void ordinaryWordsAreNotAuthorities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("las");
        QTest::addRow("reading the report") << "Members are reading the report." << QList<int>();
        QTest::addRow("in Reading") << "Services in Reading are good." << QList<int>({ 870 });
        QTest::addRow("Reading Borough Council") << "Reading Borough Council" << QList<int>({ 870 });
        QTest::addRow("lower-case council form") << "reading borough council" << QList<int>({ 870 });
        QTest::addRow("the bury of") << "the bury of the old town" << QList<int>();
        QTest::addRow("to bury") << "a decision to bury the plan" << QList<int>();
        QTest::addRow("Bury") << "Bury Council and Bury" << QList<int>({ 351, 351 });
        QTest::addRow("the hull") << "the hull of a ship" << QList<int>();
        QTest::addRow("a harrow") << "a harrow and a slough" << QList<int>();
        QTest::addRow("derby hat") << "a derby hat" << QList<int>();
        QTest::addRow("poole") << "a poole of light" << QList<int>();
        QTest::addRow("Newcastle-under-Lyme") << "Newcastle-under-Lyme district" << QList<int>();
        QTest::addRow("Leicester, Leicestershire and Rutland")
            << "Leicester, Leicestershire and Rutland" << QList<int>({ 856, 855, 857 });
    }
    void ordinaryWordsAreNotAuthorities()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, las);
        QCOMPARE(mentioned(text), las);
    }

    void councilForms()
    {
        const QString text = QStringLiteral("Bournemouth\nBorough Council and Poole, and Dorset");
        const QList<AuthorityMention> found = reg().mentions(text, 0, -1, 2007);
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0).laNumber, 837);
        QVERIFY(found.at(0).councilForm);
        QCOMPARE(found.at(0).end, int(text.indexOf(QStringLiteral(" and"))));
        QCOMPARE(found.at(1).laNumber, 836);
        QVERIFY(!found.at(1).councilForm);
        QCOMPARE(found.at(2).laNumber, 835);
        // The same words in 2020 are the unitary Dorset; Bournemouth and Poole had no successor of
        // their own name.
        QCOMPARE(reg().mentions(text, 0, -1, 2020).at(2).laNumber, 838);
    }

    void nearestNames_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("first");
        QTest::addRow("Leicstershire") << "Leicstershire"
                                       << "Leicestershire";
        QTest::addRow("Bornemouth") << "Bornemouth"
                                    << "Bournemouth (Pre LG)";
        QTest::addRow("Northumbria") << "Northumbria"
                                     << "Northumberland";
        QTest::addRow("Camdn Council") << "Camdn Council"
                                       << "Camden";
        QTest::addRow("Wolverhamton City Council") << "Wolverhamton City Council"
                                                   << "Wolverhampton";
        QTest::addRow("London Borough of Tower Hamlet") << "London Borough of Tower Hamlet"
                                                        << "Tower Hamlets";
        QTest::addRow("Glocestershire County Council") << "Glocestershire County Council"
                                                       << "Gloucestershire";
    }
    void nearestNames()
    {
        QFETCH(QString, written);
        QFETCH(QString, first);
        const QStringList names = reg().nearestNames(written);
        QCOMPARE(names.size(), 3);
        QCOMPARE(names.first(), first);
        QCOMPARE(reg().nearestNames(written, 5).size(), 5);
    }

    void unknownAddresseeNamesTheNearest()
    {
        const QString letter = QStringLiteral(
            "9 December 2009\n\nMr D Director\nDirector of Children's Services\n"
            "Leicstershire County Council\nCounty Hall\n\nDear Mr Director\n\n"
            "Children's services rating 2009\n");
        const SubjectAuthority s = SubjectAuthority::resolve(TextLayout(letter), reg(), true);
        QVERIFY(!s.authority.isValid());
        QVERIFY2(s.error.contains(
                     QStringLiteral("\"Leicstershire County Council\", which is not in the register")),
            qPrintable(s.error));
        QVERIFY2(s.error.contains(QStringLiteral("; nearest names: Leicestershire, ")), qPrintable(s.error));
    }

    void addresseeOfTheYear()
    {
        const QString letter = QStringLiteral(
            "9 December 2007\n\nMr D Director\nDirector of Children's Services\n"
            "Dorset County Council\nCounty Hall\n\nDear Mr Director\n");
        QCOMPARE(SubjectAuthority::resolve(TextLayout(letter), reg(), true).authority.laNumber, 835);
        QCOMPARE(SubjectAuthority::resolve(TextLayout(letter), reg(), true, 2020).authority.laNumber, 838);
        const QString bournemouth = QString(letter).replace(
            QStringLiteral("Dorset County Council"), QStringLiteral("Bournemouth Borough Council"));
        QCOMPARE(SubjectAuthority::resolve(TextLayout(bournemouth), reg(), true).authority.laNumber, 837);
    }
};

QTEST_GUILESS_MAIN(TestAuthorityRegister)
#include "tst_authorityregister.moc"
