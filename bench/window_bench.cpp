// In-process measures of the window on a large database, each in a process of its own so that one
// does not warm another. Prints "name value" lines that csdash_bench reads.
//   window_bench --first-paint DB        opens DB as the window does, quits after the first paint
//   window_bench --interact DB           p50/p95 of changing the compared authorities and the chosen
//                                        indicator (model update and a synchronous repaint), and the
//                                        peak resident memory with the database open in the window
//   window_bench --search DB FLOOR_DB    p50/p95 of 100 varied searches, and of the same queries on
//                                        the floor's bare FTS5 table
//   window_bench --summary DB            median time to write the summary report as PDF
//   window_bench --grades DB EXPECTED    how many of the grades written beside the corpus are stored
#include "DatabaseOpener.h"
#include "ExportSession.h"
#include "IndicatorPanel.h"
#include "MainWindow.h"
#include "QuitAfterPaint.h"
#include "SummaryReport.h"

#include "domain/Framework.h"
#include "store/Store.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QVariant>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {

class PaintCounter : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype i = std::min(values.size() - 1, static_cast<qsizetype>(p * (values.size() - 1) + 0.5));
    return values.at(i);
}

void print(const char *name, double value)
{
    std::printf("%s %.3f\n", name, value);
}

bool openStore(Store &store, const QString &path)
{
    QString error;
    QStringList problems;
    // As the window opens: the published figures (already in the database) are not added again.
    if (!DatabaseOpener { path, false, false }.open(store, &error, &problems)) {
        std::fprintf(stderr, "window_bench: %s\n", qPrintable(error));
        return false;
    }
    return true;
}

// A hundred queries of the kinds officers type: words, two words, phrases, prefixes, names.
QStringList searchQueries()
{
    const QStringList words { QStringLiteral("placement"), QStringLiteral("safeguarding"),
        QStringLiteral("attendance"), QStringLiteral("exclusions"), QStringLiteral("adoption"),
        QStringLiteral("fostering"), QStringLiteral("immunisation"), QStringLiteral("teenage"),
        QStringLiteral("apprenticeships"), QStringLiteral("youth"), QStringLiteral("offending"),
        QStringLiteral("disabilities"), QStringLiteral("attainment"), QStringLiteral("partnership"),
        QStringLiteral("inspection"), QStringLiteral("capacity"), QStringLiteral("outstanding"),
        QStringLiteral("inadequate"), QStringLiteral("obesity"), QStringLiteral("bullying") };
    const QStringList phrases { QStringLiteral("\"looked after children\""),
        QStringLiteral("\"staying safe\""), QStringLiteral("\"being healthy\""),
        QStringLiteral("\"enjoying and achieving\""), QStringLiteral("\"making a positive contribution\""),
        QStringLiteral("\"economic well-being\""), QStringLiteral("\"capacity to improve\""),
        QStringLiteral("\"child protection plan\""), QStringLiteral("\"not in education\""),
        QStringLiteral("\"performs well\"") };
    const QStringList names { QStringLiteral("Leicester"), QStringLiteral("Leicestershire"),
        QStringLiteral("Nottingham"), QStringLiteral("Derby"), QStringLiteral("Camden"),
        QStringLiteral("Bristol"), QStringLiteral("Cornwall"), QStringLiteral("Sunderland"),
        QStringLiteral("Bournemouth"), QStringLiteral("Helens") };
    QStringList out;
    for (const QString &w : words)
        out.append(w);
    for (int i = 0; i < words.size(); ++i)
        out.append(words.at(i) + QLatin1Char(' ') + words.at((i + 7) % words.size()));
    for (const QString &p : phrases)
        out.append(p);
    for (const QString &w : words)
        out.append(w.left(5) + QLatin1Char('*'));
    for (const QString &n : names)
        out.append(n);
    for (int i = 0; i < 10; ++i)
        out.append(names.at(i) + QLatin1Char(' ') + words.at(i * 2));
    for (int i = 0; i < 10; ++i)
        out.append(phrases.at(i) + QLatin1Char(' ') + names.at(9 - i));
    return out; // 20 + 20 + 10 + 20 + 10 + 10 + 10 = 100
}

int searchBench(const QString &path, const QString &floorPath)
{
    Store store;
    if (!openStore(store, path))
        return 2;
    QSqlDatabase floor = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("floor"));
    floor.setDatabaseName(floorPath);
    if (!floor.open())
        return 2;
    const QStringList queries = searchQueries();
    QList<double> ours, bare;
    qint64 hits = 0;
    for (int round = 0; round < 3; ++round) {
        for (const QString &query : queries) {
            QElapsedTimer t;
            t.start();
            QString error;
            hits += store.search(query, &error).size();
            ours.append(t.nsecsElapsed() / 1e6);
            t.restart();
            QSqlQuery q(floor);
            q.prepare(QStringLiteral("SELECT rowid, document, text, snippet(paragraph, 1, '[', ']', "
                                     "'\u2026', 16) FROM paragraph WHERE paragraph MATCH ? "
                                     "ORDER BY rank LIMIT 200"));
            q.addBindValue(query);
            q.exec();
            int n = 0;
            while (q.next())
                ++n;
            bare.append(t.nsecsElapsed() / 1e6);
        }
    }
    print("search_p50_ms", percentile(ours, 0.5));
    print("search_p95_ms", percentile(ours, 0.95));
    print("search_floor_p50_ms", percentile(bare, 0.5));
    print("search_floor_p95_ms", percentile(bare, 0.95));
    print("search_hits", hits / 3.0);
    return 0;
}

int summaryBench(const QString &path)
{
    Store store;
    if (!openStore(store, path))
        return 2;
    QTemporaryDir dir;
    QList<double> times;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        ExportSession session(store, ExportSession::defaultAuthorities(store));
        QString error;
        if (!session.report()->savePdf(dir.filePath(QStringLiteral("summary.pdf")), &error)) {
            std::fprintf(stderr, "window_bench: %s\n", qPrintable(error));
            return 2;
        }
        times.append(t.nsecsElapsed() / 1e6);
    }
    print("summary_ms", percentile(times, 0.5));
    return 0;
}

int interactBench(const QString &path)
{
    Store store;
    if (!openStore(store, path))
        return 2;
    MainWindow window(store);
    window.resize(1400, 860);
    window.show();
    window.repaint();
    QCoreApplication::processEvents();
    auto *first = window.findChild<QComboBox *>(QStringLiteral("firstAuthority"));
    auto *panel = window.findChild<IndicatorPanel *>();
    if (!first || !panel || first->count() < 2) {
        std::fprintf(stderr, "window_bench: the window has no authority chooser or indicator panel\n");
        return 2;
    }
    // One change: the model update the signal starts, then the paint it asks for, as the event
    // loop delivers it. Changes after which no chart was painted are counted (and reported): a
    // change that skipped its paint would otherwise look fast.
    PaintCounter painted;
    const QList<QChartView *> charts = window.findChildren<QChartView *>();
    for (QChartView *chart : charts)
        chart->viewport()->installEventFilter(&painted);
    int unpainted = 0;
    const int paintsBefore = painted.count;
    auto timed = [&painted, &unpainted](const std::function<void()> &change) {
        const int before = painted.count;
        QElapsedTimer t;
        t.start();
        change();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        // What the event loop does after every event: without it, the chart items a redraw
        // hands to deleteLater() pile up in the scenes, and each change costs more than the last.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        const double ms = t.nsecsElapsed() / 1e6;
        if (painted.count == before)
            ++unpainted;
        return ms;
    };
    QList<double> authorities;
    for (int i = 0; i < 60; ++i) {
        const int index = (i * 37 + 1) % first->count();
        // As a choice in the box arrives: the index set, then activated.
        authorities.append(timed([first, index] {
            first->setCurrentIndex(index);
            emit first->activated(index);
        }));
    }
    window.tabs()->setCurrentWidget(panel);
    QCoreApplication::processEvents();
    QStringList codes;
    for (const Indicator &i : store.indicators())
        codes.append(i.code);
    QList<double> indicators;
    for (int i = 0; i < 60 && !codes.isEmpty(); ++i) {
        const QString code = codes.at((i * 13) % codes.size());
        indicators.append(timed([panel, code] { panel->selectCode(code); }));
    }
    print("authorities_p50_ms", percentile(authorities, 0.5));
    print("authorities_p95_ms", percentile(authorities, 0.95));
    print("indicator_p50_ms", percentile(indicators, 0.5));
    print("indicator_p95_ms", percentile(indicators, 0.95));
    print("indicator_codes", codes.size());
    // A change should paint its chart once: a second paint is a layout settling after the first.
    print("chart_paints_per_change", double(painted.count - paintsBefore) / (authorities.size() + indicators.size()));
    print("changes_without_a_chart_paint", unpainted);
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    print("peak_rss_mb", usage.ru_maxrss / 1024.0);
    return 0;
}

// Every grade the corpus generator wrote down, looked for in the store (confirmed or to review).
int gradesBench(const QString &path, const QString &expectedPath)
{
    Store store;
    if (!openStore(store, path))
        return 2;
    const auto key = [](int la, int year, const QString &framework, const QString &area, int grade) {
        return QStringLiteral("%1|%2|%3|%4|%5").arg(la).arg(year).arg(framework, area).arg(grade);
    };
    QHash<QString, int> stored;
    for (const Judgement &j : store.judgements() + store.candidates(false))
        ++stored[key(j.authority.laNumber, j.year, frameworkKey(j.framework), j.area, j.grade)];
    QFile f(expectedPath);
    if (!f.open(QIODevice::ReadOnly))
        return 2;
    int want = 0, found = 0;
    QStringList missing;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines.mid(1)) {
        const QList<QByteArray> c = line.split(',');
        if (c.size() < 6)
            continue;
        ++want;
        const QString k = key(c.at(1).toInt(), c.at(2).toInt(), QString::fromUtf8(c.at(3)),
            QString::fromUtf8(c.at(4)), c.at(5).toInt());
        if (stored.value(k) > 0) {
            --stored[k];
            ++found;
        } else if (missing.size() < 12) {
            missing.append(QString::fromUtf8(c.at(0)) + QLatin1Char(' ') + k);
        }
    }
    for (const QString &m : std::as_const(missing))
        std::fprintf(stderr, "missing: %s\n", qPrintable(m));
    print("grades_expected", want);
    print("grades_found", found);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Settings of its own: an officer's remembered layout must neither change nor be used here.
    QCoreApplication::setOrganizationName(QStringLiteral("csdash-bench"));
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    const QString path = args.value(2);
    if (mode == QLatin1String("--first-paint")) {
        Store store;
        if (!openStore(store, path))
            return 2;
        MainWindow window(store);
        window.resize(1400, 860);
        QuitAfterPaint quit;
        window.tabs()->installEventFilter(&quit);
        window.show();
        return app.exec();
    }
    if (mode == QLatin1String("--interact"))
        return interactBench(path);
    if (mode == QLatin1String("--search"))
        return searchBench(path, args.value(3));
    if (mode == QLatin1String("--summary"))
        return summaryBench(path);
    if (mode == QLatin1String("--grades"))
        return gradesBench(path, args.value(3));
    std::fprintf(stderr, "usage: window_bench --first-paint|--interact|--search|--summary DB [FLOOR_DB]\n");
    return 2;
}
