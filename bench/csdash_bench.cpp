// ./dev.sh bench: every England-scale figure beside its floor, measured in the same run on the same
// machine, as the median of several runs, each checked against its budget. Exits 1 when a budget is
// missed. The corpus and the large databases are made once and kept in the work folder.
//   csdash_bench [--work DIR] [--runs N] [--seed S] [--large-copies K] [--tables N]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTextStream>
#include <QtNumeric>
#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

struct Run
{
    double ms = 0;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class Bench
{
public:
    QString binDir; // build/bench
    QString csdash; // build/app/csdash
    QString work;
    int runs = 3;
    int failures = 0;

    Run run(const QString &program, const QStringList &args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(program, args);
        p.waitForFinished(-1);
        Run r;
        r.ms = t.nsecsElapsed() / 1e6;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        if (r.exitCode != 0)
            std::fprintf(stderr, "csdash_bench: %s %s exited with %d: %s\n", qPrintable(program),
                qPrintable(args.mid(0, 4).join(QLatin1Char(' '))), r.exitCode, r.err.left(600).constData());
        return r;
    }
    QString tool(const char *name) const { return QDir(binDir).filePath(QLatin1String(name)); }

    static double median(QList<double> v)
    {
        if (v.isEmpty())
            return 0;
        std::sort(v.begin(), v.end());
        return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
    }

    // Times a command several times after one run that warms the caches; the median.
    double timed(const QString &program, const QStringList &args, int times) const
    {
        run(program, args);
        QList<double> v;
        for (int i = 0; i < times; ++i)
            v.append(run(program, args).ms);
        return median(v);
    }

    // "name value" lines printed by window_bench, the median of each over several runs.
    QHash<QString, double> measured(const QStringList &args, int times = 0) const
    {
        QHash<QString, QList<double>> all;
        for (int i = 0; i < (times > 0 ? times : runs); ++i) {
            const Run r = run(tool("window_bench"), args);
            for (const QByteArray &line : r.out.split('\n')) {
                const QList<QByteArray> f = line.split(' ');
                if (f.size() == 2)
                    all[QString::fromLatin1(f.at(0))].append(f.at(1).toDouble());
            }
        }
        QHash<QString, double> out;
        for (auto i = all.cbegin(); i != all.cend(); ++i)
            out.insert(i.key(), median(i.value()));
        return out;
    }

    void row(const QString &what, double value, const QString &unit, const QString &floorText, double floor,
        const QString &relation, bool ok, const QString &budget)
    {
        QString compared;
        if (relation == QLatin1String("ratio") && floor > 0)
            compared = QStringLiteral("%1x").arg(value / floor, 0, 'f', 2);
        else if (relation == QLatin1String("diff"))
            compared = QStringLiteral("%1%2 ms")
                           .arg(value - floor >= 0 ? QStringLiteral("+") : QString())
                           .arg(value - floor, 0, 'f', 1);
        std::printf("%-44s %10.1f %-4s %-30s %10s  %-22s %s\n", qPrintable(what), value, qPrintable(unit),
            qPrintable(floorText), qPrintable(compared), qPrintable(budget), ok ? "ok" : "MISSED");
        std::fflush(stdout);
        if (!ok)
            ++failures;
    }
};

QStringList corpusFiles(const QString &dir)
{
    QStringList out;
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &f : entries) {
        if (f.suffix() != QLatin1String("csv") && f.suffix() != QLatin1String("md"))
            out.append(f.absoluteFilePath());
    }
    return out;
}

qint64 totalBytes(const QStringList &files)
{
    qint64 n = 0;
    for (const QString &f : files)
        n += QFileInfo(f).size();
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("work"), QStringLiteral("folder for the corpus and databases"),
                            QStringLiteral("dir") },
        { QStringLiteral("runs"), QStringLiteral("runs a median is taken over (at least 3)"),
            QStringLiteral("n"), QStringLiteral("3") },
        { QStringLiteral("seed"), QStringLiteral("corpus seed"), QStringLiteral("s"),
            QStringLiteral("2010") },
        { QStringLiteral("large-copies"), QStringLiteral("corpora in the database of many documents"),
            QStringLiteral("k"), QStringLiteral("10") },
        { QStringLiteral("tables"), QStringLiteral("published tables (40 MB each) in the large database"),
            QStringLiteral("n"), QStringLiteral("3") } });
    parser.addHelpOption();
    parser.process(app);

    Bench b;
    b.binDir = QCoreApplication::applicationDirPath();
    b.csdash = QDir(b.binDir).filePath(QStringLiteral("../app/csdash"));
    b.work = parser.value(QStringLiteral("work")).isEmpty() ? QDir(b.binDir).filePath(QStringLiteral("data"))
                                                            : parser.value(QStringLiteral("work"));
    b.runs = std::max(3, parser.value(QStringLiteral("runs")).toInt());
    const int seed = parser.value(QStringLiteral("seed")).toInt();
    const int copies = std::max(2, parser.value(QStringLiteral("large-copies")).toInt());
    const int tableCount = std::max(1, parser.value(QStringLiteral("tables")).toInt());
    QDir().mkpath(b.work);
    // The templates: the bundled documents and the other councils' documents of the same families
    // in the tests' data (those the importer reads whole), found from the source tree.
    const QDir source(QStringLiteral(CSDASH_SOURCE_DIR));
    QStringList templates;
    for (const QFileInfo &f :
        QDir(source.filePath(QStringLiteral("resources/corpus"))).entryInfoList({ QStringLiteral("*.txt") }))
        templates.append(f.absoluteFilePath());
    for (const char *name :
        { "apa-2007-derbyshire", "assessment-2010-camden", "rating-2009-nottingham", "report-2008-derby" })
        templates.append(
            source.filePath(QStringLiteral("tests/data/variants/%1.txt").arg(QLatin1String(name))));
    const QDir work(b.work);

    auto corpus = [&](int s) {
        // The generator's version in the name: a corpus made by an earlier one (no PDFs) is made anew.
        const QString dir = work.filePath(QStringLiteral("corpus-v2-%1").arg(s));
        if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("manifest.csv")))) {
            std::printf("generating the corpus of seed %d ...\n", s);
            std::fflush(stdout);
            b.run(b.tool("reissue_corpus"),
                QStringList { QStringLiteral("--seed"), QString::number(s), QStringLiteral("--out"), dir }
                    + templates);
        }
        return dir;
    };
    const QString corpusDir = corpus(seed);
    const QStringList files = corpusFiles(corpusDir);
    if (files.isEmpty()) {
        std::fprintf(stderr, "csdash_bench: no corpus in %s\n", qPrintable(corpusDir));
        return 2;
    }
    const double megabytes = totalBytes(files) / 1e6;
    std::printf("corpus: %lld documents, %.1f MB (seed %d); medians of %d runs on this machine\n\n",
        static_cast<long long>(files.size()), megabytes, seed, b.runs);
    std::printf(
        "%-44s %10s %-4s %-30s %10s  %-22s %s\n", "measure", "value", "", "floor", "vs floor", "budget", "");

    // Import: csdash's whole reading and saving, one transaction a document, against the floor.
    const QString england = work.filePath(QStringLiteral("england.sqlite"));
    const QString floorDb = work.filePath(QStringLiteral("floor.sqlite"));
    QList<double> ours, floors;
    for (int i = 0; i < b.runs; ++i) {
        floors.append(b.run(b.tool("floor_import"), QStringList { floorDb } + files).ms);
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(england + QLatin1String(suffix));
        ours.append(b.run(b.csdash,
                         QStringList { QStringLiteral("--database"), england, QStringLiteral("--empty"),
                             QStringLiteral("import") }
                             + files)
                        .ms);
    }
    const double importMs = Bench::median(ours), floorMs = Bench::median(floors);
    b.row(QStringLiteral("import (%1 docs/s, %2 MB/s)")
              .arg(files.size() / (importMs / 1000), 0, 'f', 0)
              .arg(megabytes / (importMs / 1000), 0, 'f', 1),
        importMs, QStringLiteral("ms"), QStringLiteral("bare FTS5 insert %1 ms").arg(floorMs, 0, 'f', 0),
        floorMs, QStringLiteral("ratio"), importMs <= 2 * floorMs, QStringLiteral("<= 2x floor"));

    // Grades: every grade written beside the corpus is found.
    {
        const QHash<QString, double> grades = b.measured(
            { QStringLiteral("--grades"), england, QDir(corpusDir).filePath(QStringLiteral("expected.csv")) },
            1);
        const double want = grades.value(QStringLiteral("grades_expected"), qQNaN());
        const double got = grades.value(QStringLiteral("grades_found"), qQNaN());
        b.row(QStringLiteral("grades stored of those written"), got, QString(),
            QStringLiteral("%1 written").arg(want), want, QStringLiteral("ratio"), got >= want,
            QStringLiteral("all"));
    }

    // A team's large database: the England corpus and, far larger, published indicator tables
    // (made once). Its documents are those of the England database, so that listing them costs
    // the same in both and what differs is the file's size alone.
    auto makeOnce = [&](const QString &db, const std::function<void()> &make) {
        if (QFileInfo::exists(db + QStringLiteral(".done")))
            return;
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(db + QLatin1String(suffix));
        make();
        QFile done(db + QStringLiteral(".done"));
        done.open(QIODevice::WriteOnly);
    };
    const QString large = work.filePath(QStringLiteral("large.sqlite"));
    makeOnce(large, [&] {
        const QString tables = work.filePath(QStringLiteral("tables"));
        std::printf("making the large database (the corpus and %d published tables) ...\n", tableCount);
        std::fflush(stdout);
        b.run(b.tool("published_tables"),
            { QStringLiteral("--count"), QString::number(tableCount), QStringLiteral("--out"), tables });
        QStringList all = files;
        for (const QFileInfo &f : QDir(tables).entryInfoList({ QStringLiteral("*.csv") }, QDir::Files))
            all.append(f.absoluteFilePath());
        b.run(b.csdash,
            QStringList {
                QStringLiteral("--database"), large, QStringLiteral("--empty"), QStringLiteral("import") }
                + all);
    });
    // Many documents: several corpora (other seeds) in one file, for the listing's own growth.
    const QString many = work.filePath(QStringLiteral("many.sqlite"));
    makeOnce(many, [&] {
        for (int k = 0; k < copies; ++k) {
            const QString dir = corpus(seed + k);
            std::printf("importing corpus %d of %d into the database of many documents ...\n", k + 1, copies);
            std::fflush(stdout);
            b.run(b.csdash,
                QStringList {
                    QStringLiteral("--database"), many, QStringLiteral("--empty"), QStringLiteral("import") }
                    + corpusFiles(dir));
        }
    });

    // Opening for one command, against the same program doing no work. The two are run in turn,
    // many times (each takes tens of milliseconds), so that what the machine does meanwhile weighs
    // on both alike: measured one after the other, their medians drifted apart by several ms.
    const int commandTimes = std::max(21, b.runs);
    const QStringList versionArgs { QStringLiteral("--version") };
    auto listing = [&](const QString &db, double *floor) {
        const QStringList args { QStringLiteral("--database"), db, QStringLiteral("list"),
            QStringLiteral("documents") };
        b.run(b.csdash, versionArgs);
        b.run(b.csdash, args);
        QList<double> floors, ours;
        for (int i = 0; i < commandTimes; ++i) {
            floors.append(b.run(b.csdash, versionArgs).ms);
            ours.append(b.run(b.csdash, args).ms);
        }
        *floor = Bench::median(floors);
        return Bench::median(ours);
    };
    for (const QString &db : { england, large }) {
        double version = 0;
        const double ms = listing(db, &version);
        b.row(
            QStringLiteral("open %1 MB database, list documents").arg(QFileInfo(db).size() / 1e6, 0, 'f', 0),
            ms, QStringLiteral("ms"), QStringLiteral("csdash --version %1 ms").arg(version, 0, 'f', 1),
            version, QStringLiteral("diff"), ms <= version + 15, QStringLiteral("<= floor + 15 ms"));
    }
    {
        // No budget: printing grows with the documents printed, as it must.
        double version = 0;
        const double ms = listing(many, &version);
        std::printf("%-44s %10.1f %-4s %-30s %10s  %-22s %s\n",
            qPrintable(QStringLiteral("list %1 MB, %2x the documents")
                           .arg(QFileInfo(many).size() / 1e6, 0, 'f', 0)
                           .arg(copies)),
            ms, "ms", qPrintable(QStringLiteral("csdash --version %1 ms").arg(version, 0, 'f', 1)),
            qPrintable(QStringLiteral("+%1 ms").arg(ms - version, 0, 'f', 1)), "(none: output grows)", "");
    }

    // Cold start to the first painted window, against a minimal Qt Charts window.
    const int times = std::max(7, b.runs);
    const double emptyWindow = b.timed(b.tool("empty_chart_window"), {}, times);
    const double start = b.timed(b.tool("window_bench"), { QStringLiteral("--first-paint"), england }, times);
    b.row(QStringLiteral("start to the first painted window"), start, QStringLiteral("ms"),
        QStringLiteral("empty QChartView %1 ms").arg(emptyWindow, 0, 'f', 0), emptyWindow,
        QStringLiteral("diff"), start <= emptyWindow + 250, QStringLiteral("<= floor + 250 ms"));

    const QHash<QString, double> act = b.measured({ QStringLiteral("--interact"), england });
    const double frame = 16;
    b.row(QStringLiteral("change authorities, p95 (p50 %1)")
              .arg(act.value(QStringLiteral("authorities_p50_ms"), qQNaN()), 0, 'f', 1),
        act.value(QStringLiteral("authorities_p95_ms"), qQNaN()), QStringLiteral("ms"),
        QStringLiteral("one frame"), frame, QStringLiteral("ratio"),
        act.value(QStringLiteral("authorities_p95_ms"), qQNaN()) <= frame, QStringLiteral("<= 16 ms"));
    b.row(QStringLiteral("change indicator, p95 (p50 %1)")
              .arg(act.value(QStringLiteral("indicator_p50_ms"), qQNaN()), 0, 'f', 1),
        act.value(QStringLiteral("indicator_p95_ms"), qQNaN()), QStringLiteral("ms"),
        QStringLiteral("one frame"), frame, QStringLiteral("ratio"),
        act.value(QStringLiteral("indicator_p95_ms"), qQNaN()) <= frame, QStringLiteral("<= 16 ms"));

    // No budget of its own: a change that paints its chart twice pays for the chart twice.
    std::printf("%-44s %10.1f %-4s %-30s %10s  %-22s\n", "chart paints per change",
        act.value(QStringLiteral("chart_paints_per_change"), qQNaN()), "", "", "", "(none: 1 is the aim)");

    const QHash<QString, double> found = b.measured({ QStringLiteral("--search"), england, floorDb });
    const double p95 = found.value(QStringLiteral("search_p95_ms"), qQNaN()),
                 floorP95 = found.value(QStringLiteral("search_floor_p95_ms"), qQNaN());
    b.row(QStringLiteral("search p95 of 100 queries (p50 %1)")
              .arg(found.value(QStringLiteral("search_p50_ms"), qQNaN()), 0, 'f', 2),
        p95, QStringLiteral("ms"), QStringLiteral("bare FTS5 p95 %1 ms").arg(floorP95, 0, 'f', 2), floorP95,
        QStringLiteral("ratio"), p95 <= 2 * floorP95, QStringLiteral("<= 2x floor"));

    const QHash<QString, double> summary = b.measured({ QStringLiteral("--summary"), england });
    b.row(QStringLiteral("summary report as PDF"), summary.value(QStringLiteral("summary_ms"), qQNaN()),
        QStringLiteral("ms"), QString(), 0, QString(),
        summary.value(QStringLiteral("summary_ms"), qQNaN()) <= 500, QStringLiteral("<= 500 ms"));
    b.row(QStringLiteral("peak memory, window open on the database"),
        act.value(QStringLiteral("peak_rss_mb"), qQNaN()), QStringLiteral("MB"), QString(), 0, QString(),
        act.value(QStringLiteral("peak_rss_mb"), qQNaN()) <= 200, QStringLiteral("<= 200 MB"));

    std::printf("\n%s\n", b.failures ? "budgets: MISSED" : "budgets: all held");
    return b.failures ? 1 : 0;
}
