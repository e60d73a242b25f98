// The translations: every entry of every .ts file finished and well-formed, nothing in the sources
// that the .ts files lack, and the embedded Polish translation loads and answers.
#include "Translations.h"
#include "domain/Judgement.h"
#include "domain/Observation.h"
#include "itemmodels/DocumentListModel.h"
#include "store/DatabaseLocation.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString context;
    QString source;
    QStringList translations; // one, or each plural form
    QString type; // "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;
};

QList<Entry> readTs(const QString &path, QString *error)
{
    QList<Entry> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            entry = Entry();
            entry.context = context;
            entry.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            if (entry.numerus) {
                while (xml.readNextStartElement())
                    entry.translations.append(xml.readElementText());
            } else {
                entry.translations.append(xml.readElementText());
            }
            out.append(entry);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

QStringList tsFiles()
{
    QStringList out;
    const QDir dir(QStringLiteral(CSDASH_TRANSLATIONS));
    for (const QString &name : dir.entryList({ QStringLiteral("*.ts") }, QDir::Files))
        out.append(dir.filePath(name));
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyEntryIsFinished_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = tsFiles();
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }
    void everyEntryIsFinished()
    {
        QFETCH(QString, path);
        QString error;
        const QList<Entry> entries = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // English, the sources' own language, has only the plural forms (lupdate -pluralonly).
        const bool english = path.endsWith(QLatin1String("_en.ts"));
        QVERIFY(english ? entries.size() > 10 : entries.size() > 400);
        QStringList problems;
        for (const Entry &e : entries) {
            const QString where = e.context + QStringLiteral(": \"") + e.source.left(60) + QLatin1Char('"');
            if (!e.type.isEmpty()) {
                problems.append(where + QStringLiteral(" is ") + e.type);
                continue;
            }
            if (e.translations.isEmpty() || e.translations.contains(QString()))
                problems.append(where + QStringLiteral(" has an empty translation"));
            // Polish has three plural forms: one, few (2-4), many.
            if (e.numerus && path.endsWith(QLatin1String("_pl.ts")) && e.translations.size() != 3)
                problems.append(where + QStringLiteral(" lacks a plural form"));
            if (english && (!e.numerus || e.translations.size() != 2))
                problems.append(where + QStringLiteral(" is not a pair of English plural forms"));
            for (const QString &t : e.translations) {
                if (placeholders(t) != placeholders(e.source))
                    problems.append(where + QStringLiteral(" has other placeholders: ") + t);
                if (e.source.contains(QLatin1Char('&')) && !e.source.contains(QLatin1String("&&"))
                    && !t.contains(QLatin1Char('&')))
                    problems.append(where + QStringLiteral(" lost its keyboard accelerator: ") + t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void lupdateFindsNothingNew()
    {
        // lupdate run on the current sources into a copy must find every string already there.
        QTemporaryDir dir;
        for (const QString &ts : tsFiles()) {
            const QString copy = dir.filePath(QFileInfo(ts).fileName());
            QVERIFY(QFile::copy(ts, copy));
            QProcess lupdate;
            QStringList arguments { QStringLiteral("@") + QStringLiteral(CSDASH_SOURCE_LIST),
                QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                QStringLiteral("-ts"), copy };
            if (ts.endsWith(QLatin1String("_en.ts")))
                arguments.prepend(QStringLiteral("-pluralonly"));
            lupdate.start(QStringLiteral(CSDASH_LUPDATE), arguments);
            QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
            const QString output = QString::fromLocal8Bit(lupdate.readAllStandardOutput());
            QCOMPARE(lupdate.exitCode(), 0);
            QString error;
            const QList<Entry> before = readTs(ts, &error);
            const QList<Entry> after = readTs(copy, &error);
            // What lupdate added is unfinished. (It counts a plural-only file's strings as new
            // before it strips those without a plural, so its own count says nothing there.)
            QStringList added;
            for (const Entry &e : after) {
                if (e.type == QLatin1String("unfinished"))
                    added.append(e.context + QStringLiteral(": ") + e.source);
            }
            QVERIFY2(added.isEmpty(),
                qPrintable(QStringLiteral("%1: the sources have %2 strings the .ts lacks; run "
                                          "cmake --build build --target update_translations and translate "
                                          "them:\n%3")
                               .arg(QFileInfo(ts).fileName())
                               .arg(added.size())
                               .arg(added.join(QLatin1Char('\n')))));
            // Strings removed from the sources leave the .ts larger than lupdate's copy.
            QCOMPARE(after.size(), before.size());
        }
    }

    void polishIsEmbeddedAndAnswers()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/csdash_pl")));
        QCOMPARE(translator.translate("MainWindow", "&File"), QStringLiteral("&Plik"));
        QCOMPARE(translator.translate("Area", "Being healthy"), QStringLiteral("Zdrowie"));
        QCOMPARE(translator.translate(
                     "SearchPanel", "%n passage(s) found; press Enter on one to open it", nullptr, 3),
            QStringLiteral("Znaleziono %n fragmenty; naciśnij Enter na jednym, aby go otworzyć"));
    }

    void startLanguage()
    {
        // The saved choice wins; without one (or with one csdash no longer has) the system's.
        QCOMPARE(Translations::startLanguage(QStringLiteral("pl")), QStringLiteral("pl"));
        QCOMPARE(Translations::startLanguage(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(Translations::startLanguage(QString()), Translations::systemLanguage());
        QCOMPARE(Translations::startLanguage(QStringLiteral("xx")), Translations::systemLanguage());
        // Applying a language switches translations and the default locale; an unknown one falls back.
        QVERIFY(Translations::apply(QStringLiteral("pl")));
        QCOMPARE(Translations::current(), QStringLiteral("pl"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Plik"));
        QCOMPARE(QLocale().toString(2.5), QStringLiteral("2,5"));
        QVERIFY(!Translations::apply(QStringLiteral("xx")));
        QCOMPARE(Translations::current(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
        // English says "1 passage" and "3 passages", not "passage(s)".
        const char *found = "%n passage(s) found; press Enter on one to open it";
        QCOMPARE(QCoreApplication::translate("SearchPanel", found, nullptr, 1),
            QStringLiteral("1 passage found; press Enter to open it"));
        QCOMPARE(QCoreApplication::translate("SearchPanel", found, nullptr, 3),
            QStringLiteral("3 passages found; press Enter on one to open it"));
        QCOMPARE(QLocale().toString(2.5), QStringLiteral("2.5"));
    }

    // The store's messages are worded in several files but looked up in one context ("Store"):
    // each part's must be found there in Polish (lupdate files a message under the class that
    // calls tr(), so a part without Q_DECLARE_TR_FUNCTIONS(Store) would stay English).
    void storeMessagesAreTranslated()
    {
        QVERIFY(Translations::apply(QStringLiteral("pl")));
        QString error;
        DatabaseLocation::parse(QStringLiteral("postgresql://officer:secret@db/team"), &error);
        QVERIFY2(error.contains(QStringLiteral("hasła")), qPrintable(error)); // DatabaseLocation
        Store store;
        QVERIFY(store.open(QStringLiteral(":memory:"), &error));
        store.search(QStringLiteral("\"unbalanced"), &error);
        QVERIFY2(error.contains(QStringLiteral("Indeks nie rozumie")), qPrintable(error)); // DocumentQueries
        QVERIFY(!store.decide(424242, ReviewState::Confirmed, &error));
        QVERIFY2(!error.contains(QStringLiteral("a grade can only")), qPrintable(error)); // JudgementQueries
        QVERIFY(!DatabaseLocation::parse(QStringLiteral("postgresql://h/db?sslmode=sometimes"), &error)
                     .isValid());
        QVERIFY2(error.contains(QStringLiteral("nie zna")), qPrintable(error));
        QVERIFY(Translations::apply(QStringLiteral("en")));
    }

    void modelsRetranslate()
    {
        // A model told of a language change has its views fetch headers and cells again, which
        // are then in the new language.
        DocumentListModel model;
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        Document letter;
        letter.id = 1;
        letter.kind = DocumentKind::ApaLetter;
        letter.title = QStringLiteral("Annual performance assessment");
        model.setDocuments({ letter });
        const QModelIndex kind = model.index(0, DocumentListModel::KindColumn);
        QCOMPARE(kind.data().toString(), QStringLiteral("APA letter"));
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/csdash_pl")));
        QCoreApplication::installTranslator(&translator);
        model.retranslate();
        QVERIFY(!headers.isEmpty());
        QCOMPARE(cells.size(), 1);
        QCOMPARE(cells.first().at(0).toModelIndex(), model.index(0, 0));
        QCOMPARE(cells.first().at(1).toModelIndex(), model.index(0, DocumentListModel::ColumnCount - 1));
        QCOMPARE(model.headerData(DocumentListModel::KindColumn, Qt::Horizontal).toString(),
            QStringLiteral("Rodzaj"));
        QCOMPARE(kind.data().toString(), QStringLiteral("List APA"));
        QCoreApplication::removeTranslator(&translator);
    }

    void storedWordsAreTranslatedWhenShown()
    {
        // Grade words and cell flags are stored as the documents and parsers wrote them (in
        // English) and translated for display.
        const QString row = QStringLiteral("row has 3 cells where the table has 5 columns; kept as written");
        QCOMPARE(gradeLabelDisplayName(QStringLiteral("Performs well")), QStringLiteral("Performs well"));
        QCOMPARE(observationFlagDisplayName(row), row);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/csdash_pl")));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(gradeLabelDisplayName(QStringLiteral("Performs well")), QStringLiteral("działa dobrze"));
        QCOMPARE(gradeLabelDisplayName(QStringLiteral("very good")), QStringLiteral("bardzo dobra"));
        QCOMPARE(gradeLabelDisplayName(QStringLiteral("Some words of its own")),
            QStringLiteral("Some words of its own"));
        QCOMPARE(observationFlagDisplayName(row),
            QStringLiteral("wiersz ma 3 komórek, a tabela ma 5 kolumn; zachowano w oryginalnym brzmieniu"));
        QCOMPARE(observationFlagDisplayName(QStringLiteral("no figure")), QStringLiteral("brak liczby"));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
