// Published indicator tables for the large benchmark database: a team's database holds the
// letters and, far larger, the DfE's figures. Writes count LAIT long-layout files (each every
// measure for every authority over twelve years, about 40 MB; seeded, so each is a new document).
// Run: published_tables --count N --out DIR
#include "LaitTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        { { QStringLiteral("count"), QStringLiteral("tables"), QStringLiteral("n"), QStringLiteral("1") },
            { QStringLiteral("out"), QStringLiteral("folder"), QStringLiteral("dir") } });
    parser.addHelpOption();
    parser.process(app);
    const QDir out(parser.value(QStringLiteral("out")));
    if (parser.value(QStringLiteral("out")).isEmpty() || !QDir().mkpath(out.path())) {
        std::fprintf(stderr, "published_tables: --out names no folder that can be made\n");
        return 2;
    }
    for (int i = 0; i < parser.value(QStringLiteral("count")).toInt(); ++i) {
        int rows = 0;
        const QByteArray csv = laitLongTable(quint32(7000 + i), 2001 + i, 2012 + i, &rows);
        QFile f(out.filePath(QStringLiteral("lait-%1.csv").arg(i + 1)));
        if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size()) {
            std::fprintf(stderr, "published_tables: cannot write %s\n", qPrintable(f.fileName()));
            return 1;
        }
        std::printf("%s: %d rows\n", qPrintable(f.fileName()), rows);
    }
    return 0;
}
