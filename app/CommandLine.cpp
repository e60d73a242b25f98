#include "CommandLine.h"

#include "DatabaseOpener.h"
#include "ExportSession.h"
#include "OutputTable.h"

#include "ChartExporter.h"
#include "ExportContext.h"
#include "SummaryReport.h"
#include "XlsxTableWriter.h"

#include "domain/Area.h"
#include "ingest/DocumentImporter.h"
#include "ingest/ImportService.h"
#include "reference/AuthorityRegister.h"
#include "store/Store.h"
#include "store/StoreCopy.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

namespace {

// Messages and help are translated in the "CommandLine" context; a class gives lupdate that context
// for the free functions below.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

const QStringList &commands()
{
    static const QStringList names { QStringLiteral("import"), QStringLiteral("list"),
        QStringLiteral("search"), QStringLiteral("export-chart"), QStringLiteral("report"),
        QStringLiteral("check"), QStringLiteral("review"), QStringLiteral("copy") };
    return names;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString formatValue(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 12) : QString();
}

QString evidenceLine(const QString &text)
{
    return text.simplified();
}

// Resolves --authority against the register and the authorities in the database.
bool resolveAuthority(const Store &store, const QString &text, int *laNumber)
{
    *laNumber = 0;
    if (text.isEmpty())
        return true;
    const Authority known = AuthorityRegister::bundled().byName(text);
    if (known.isValid()) {
        *laNumber = known.laNumber;
        return true;
    }
    QList<Authority> matches;
    for (const Authority &a : store.authorities()) {
        if (a.name.contains(text, Qt::CaseInsensitive) || QString::number(a.laNumber) == text)
            matches.append(a);
    }
    if (matches.size() == 1) {
        *laNumber = matches.first().laNumber;
        return true;
    }
    err() << Text::tr("csdash: no single authority matches \"%1\"").arg(text) << Qt::endl;
    return false;
}

// "NI 53", "ni53", "CLA_Rate" or "LAIT CLA_Rate" name the same indicator.
QString resolveIndicator(const Store &store, const QString &text)
{
    if (text.isEmpty())
        return text;
    for (const Indicator &i : store.indicators()) {
        if (indicatorMatches(i, text))
            return i.code;
    }
    return text;
}

// The decimals a value was written with ("12.50" has two), never fewer than it needs to read back.
int decimalsOf(const QString &raw, double value)
{
    static const QRegularExpression fraction(QStringLiteral("\\.(\\d+)"));
    const QRegularExpressionMatch m = fraction.match(raw);
    const QString shortest = QString::number(value, 'f', QLocale::FloatingPointShortest);
    const qsizetype point = shortest.indexOf(QLatin1Char('.'));
    const int needed = point < 0 ? 0 : int(shortest.size() - point - 1);
    return qMin(10, qMax(needed, m.hasMatch() ? int(m.capturedLength(1)) : 0));
}

// What a workbook's About sheet says of a listed table: the authorities, years and documents in it.
ExportContext tableContext(const OutputTable &t, const QString &title)
{
    ExportContext c;
    c.title = title;
    QSet<QString> seenAuthorities, seenSources;
    QStringList sources;
    int first = 0, last = 0;
    for (int r = 0; r < t.rowCount(); ++r) {
        const QString authority = t.text(r, QStringLiteral("authority"));
        if (!authority.isEmpty() && !seenAuthorities.contains(authority)) {
            seenAuthorities.insert(authority);
            c.authorities.append(authority);
        }
        const QString document = t.text(r, QStringLiteral("document"));
        if (!document.isEmpty() && !seenSources.contains(document)) {
            seenSources.insert(document);
            sources.append(document);
        }
        for (const QString &column : { QStringLiteral("year"), QStringLiteral("period_start"),
                 QStringLiteral("period_end"), QStringLiteral("date") }) {
            bool ok = false;
            const int year = t.text(r, column).left(4).toInt(&ok);
            if (ok && year > 0) {
                first = first == 0 ? year : qMin(first, year);
                last = qMax(last, year);
            }
        }
    }
    if (first > 0)
        c.years = first == last ? QString::number(first) : QStringLiteral("%1\u2013%2").arg(first).arg(last);
    c.source = sources.isEmpty() ? Text::tr("Source: the csdash database.")
                                 : Text::tr("Source: %1.").arg(sources.join(QStringLiteral("; ")));
    return c;
}

// Text goes to the terminal; a workbook only to the file named with -o (checked before opening
// the database).
int writeTable(const OutputTable &t, OutputTable::Format format, const QString &output, const QString &title,
    const QString &sheet)
{
    if (format != OutputTable::Format::Xlsx) {
        t.write(out(), format);
        return 0;
    }
    QString error;
    if (!t.saveXlsx(output, sheet, tableContext(t, title), &error)) {
        err() << Text::tr("csdash: %1").arg(error) << Qt::endl;
        return 1;
    }
    out() << Text::tr("%1: written").arg(output) << Qt::endl;
    return 0;
}

int runImport(Store &store, const QStringList &files)
{
    if (files.isEmpty()) {
        err() << Text::tr("csdash import: name at least one file") << Qt::endl;
        return 2;
    }
    const DocumentImporter importer;
    const ImportService service(store, importer);
    int failures = 0;
    service.importFiles(files, [&failures](const QString &file, const ImportFileResult &result) {
        switch (result.status) {
        case ImportFileResult::Status::Imported:
        case ImportFileResult::Status::AlreadyPresent:
            out() << Text::tr("%1: %2").arg(file, result.message) << Qt::endl;
            for (const QString &row : result.rowsNotImported)
                out() << Text::tr("%1: %2").arg(file, row) << Qt::endl;
            if (result.status == ImportFileResult::Status::Imported) {
                for (const QString &w : result.warnings)
                    out() << Text::tr("%1: warning: %2").arg(file, w) << Qt::endl;
            }
            break;
        case ImportFileResult::Status::Failed:
        case ImportFileResult::Status::Cancelled:
            out() << Text::tr("%1: error: %2").arg(file, result.message) << Qt::endl;
            ++failures;
            break;
        }
    });
    return failures == 0 ? 0 : 1;
}

int runList(const Store &store, const QString &what, int laNumber, const QString &indicator,
    OutputTable::Format format, const QString &output)
{
    OutputTable t { QStringList() };
    // Text is written as the rows are read, none of them kept.
    const auto start = [&t, format](const QStringList &header) {
        t = OutputTable(header);
        t.streamTo(&out(), format);
    };
    if (what == QLatin1String("judgements")) {
        start({ QStringLiteral("authority"), QStringLiteral("year"), QStringLiteral("framework"),
            QStringLiteral("area"), QStringLiteral("grade"), QStringLiteral("label"),
            QStringLiteral("document"), QStringLiteral("evidence"), QStringLiteral("page"),
            QStringLiteral("source") });
        // The page is empty for a text file: there is no page to turn to.
        for (const Judgement &j : store.judgements(laNumber))
            t.addValues({ j.authority.name, j.year, frameworkKey(j.framework), areaDisplayName(j.area),
                j.grade, gradeLabelDisplayName(j.label), j.documentTitle, evidenceLine(j.evidenceText),
                j.evidence.page > 0 ? QVariant(j.evidence.page) : QVariant(QString()),
                sourceKindKey(j.source) });
    } else if (what == QLatin1String("candidates")) {
        // The id is what `csdash review accept ID` takes.
        start({ QStringLiteral("id"), QStringLiteral("authority"), QStringLiteral("year"),
            QStringLiteral("framework"), QStringLiteral("area"), QStringLiteral("grade"),
            QStringLiteral("words"), QStringLiteral("confidence"), QStringLiteral("source"),
            QStringLiteral("document"), QStringLiteral("sentence") });
        for (const Judgement &j : store.candidates()) {
            if (laNumber != 0 && j.authority.laNumber != laNumber)
                continue;
            t.addValues({ j.id, j.authority.name, j.year, frameworkKey(j.framework), areaDisplayName(j.area),
                j.grade, gradeLabelDisplayName(j.label),
                QVariant::fromValue(XlsxNumber { j.confidence, 2, QString() }), sourceKindKey(j.source),
                j.documentTitle, evidenceLine(j.evidenceText) });
        }
    } else if (what == QLatin1String("findings")) {
        start({ QStringLiteral("authority"), QStringLiteral("year"), QStringLiteral("framework"),
            QStringLiteral("area"), QStringLiteral("kind"), QStringLiteral("text"),
            QStringLiteral("document") });
        for (const Finding &f : store.findings(laNumber))
            t.addValues({ f.authority.name, f.year, frameworkKey(f.framework),
                f.area.isEmpty() ? QString() : areaDisplayName(f.area), findingKindKey(f.kind), f.text,
                f.documentTitle });
    } else if (what == QLatin1String("indicators")) {
        start({ QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("unit"),
            QStringLiteral("section") });
        for (const Indicator &i : store.indicators())
            t.addRow({ i.code, i.title, i.unit, i.section });
    } else if (what == QLatin1String("observations")) {
        start({ QStringLiteral("indicator"), QStringLiteral("title"), QStringLiteral("authority"),
            QStringLiteral("kind"), QStringLiteral("period"), QStringLiteral("value"), QStringLiteral("raw"),
            QStringLiteral("document"), QStringLiteral("evidence"), QStringLiteral("series"),
            QStringLiteral("unit"), QStringLiteral("period_start"), QStringLiteral("period_end"),
            QStringLiteral("flag"), QStringLiteral("qualifier"), QStringLiteral("missing"),
            QStringLiteral("row") });
        for (const Observation &o : store.observations(laNumber, indicator)) {
            // A value with a comparator ("<5") is text; a plain value a number, as written.
            const QVariant value = o.value && o.comparator.isEmpty()
                ? QVariant::fromValue(XlsxNumber { *o.value, decimalsOf(o.raw, *o.value), QString() })
                : QVariant(o.comparator + formatValue(o.value));
            t.addValues({ o.indicatorCode, o.indicatorTitle, o.authority.name, observationKindKey(o.kind),
                o.period.text, value, o.raw, o.documentTitle, o.raw, o.series, o.unit, o.period.start,
                o.period.end, o.flag, o.qualifier, o.missingMarker,
                o.sourceRow > 0 ? QVariant(o.sourceRow) : QVariant(QString()) });
        }
    } else if (what == QLatin1String("neighbours")) {
        if (laNumber == 0) {
            err() << Text::tr("csdash list neighbours: name the authority with --authority") << Qt::endl;
            return 2;
        }
        start({ QStringLiteral("authority"), QStringLiteral("model"), QStringLiteral("rank"),
            QStringLiteral("neighbour"), QStringLiteral("la_number"), QStringLiteral("closeness") });
        const AuthorityRegister &reg = AuthorityRegister::bundled();
        for (const StatisticalNeighbour &n : store.neighbours(laNumber))
            t.addValues({ reg.byLaNumber(n.laNumber).name, Text::tr("DfE %1 neighbour set").arg(n.modelYear),
                n.rank, reg.byLaNumber(n.neighbourLaNumber).name, n.neighbourLaNumber, n.closeness });
    } else if (what == QLatin1String("documents")) {
        start({ QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("authority"),
            QStringLiteral("date"), QStringLiteral("title"), QStringLiteral("issuer"),
            QStringLiteral("source"), QStringLiteral("imported_by"), QStringLiteral("imported_at") });
        store.forEachDocument([&t, laNumber](const Document &d) {
            if (laNumber == 0 || d.authority.laNumber == laNumber)
                t.addValues({ d.id, documentKindKey(d.kind), d.authority.name, d.published, d.title, d.issuer,
                    d.sourceName, d.importedBy, d.importedAt.toUTC() });
        });
    } else {
        err() << Text::tr(
            "csdash list: choose judgements, candidates, findings, indicators, observations, neighbours or "
            "documents")
              << Qt::endl;
        return 2;
    }
    const int written = writeTable(t, format, output, Text::tr("csdash list %1").arg(what), what);
    if (!store.lastError().isEmpty()) {
        err() << Text::tr("csdash: %1").arg(store.lastError()) << Qt::endl;
        return 1;
    }
    return written;
}

int runSearch(const Store &store, const QString &query, OutputTable::Format format, const QString &output)
{
    QString error;
    const QList<Passage> hits = store.search(query, &error);
    if (!error.isEmpty()) {
        err() << Text::tr("csdash search: %1").arg(error) << Qt::endl;
        return 1;
    }
    OutputTable t({ QStringLiteral("document"), QStringLiteral("heading"), QStringLiteral("snippet") });
    for (const Passage &p : hits)
        t.addRow({ p.documentTitle, p.heading, p.snippet.simplified() });
    return writeTable(t, format, output, Text::tr("csdash search %1").arg(query), QStringLiteral("search"));
}

// The authorities named with --authority, or the two the window compares by default.
bool comparedAuthorities(const Store &store, const QStringList &names, QList<Authority> *out)
{
    out->clear();
    for (const QString &name : names) {
        int la = 0;
        if (!resolveAuthority(store, name, &la))
            return false;
        out->append(AuthorityRegister::bundled().byLaNumber(la));
    }
    if (out->isEmpty())
        *out = ExportSession::defaultAuthorities(store);
    if (out->isEmpty()) {
        err() << Text::tr("csdash: the database holds no documents for any authority") << Qt::endl;
        return false;
    }
    return true;
}

int runExportChart(Store &store, const QCommandLineParser &parser, const QList<Authority> &authorities)
{
    const QString which = parser.value(QStringLiteral("chart"));
    const QString output = parser.value(QStringLiteral("output"));
    if (which.isEmpty() || output.isEmpty()) {
        err() << Text::tr(
            "csdash export-chart: give --chart timeline|outcomes|indicator:CODE|map:CODE and -o FILE")
              << Qt::endl;
        return 2;
    }
    ChartExporter::Options options;
    bool ok = true;
    if (parser.isSet(QStringLiteral("width")))
        options.size.setWidth(parser.value(QStringLiteral("width")).toInt(&ok));
    if (ok && parser.isSet(QStringLiteral("height")))
        options.size.setHeight(parser.value(QStringLiteral("height")).toInt(&ok));
    if (ok && parser.isSet(QStringLiteral("dpi")))
        options.dpi = parser.value(QStringLiteral("dpi")).toInt(&ok);
    if (!ok || options.dpi < 36 || options.dpi > 2400) {
        err() << Text::tr(
            "csdash export-chart: --width, --height and --dpi take whole numbers (dpi 36 to 2400)")
              << Qt::endl;
        return 2;
    }
    ExportSession session(store, authorities);
    QString error;
    QWidget *view = session.chart(which, options.size, &error);
    if (!view) {
        err() << Text::tr("csdash export-chart: %1").arg(error) << Qt::endl;
        return 2;
    }
    const QString title = which == QLatin1String("timeline") ? Text::tr("Headline grade by year")
        : which == QLatin1String("outcomes")                 ? Text::tr("Outcome grades")
                                                             : Text::tr("Indicator %1").arg(which.mid(10));
    // A map is titled by its own measure and period (the title above stands for the others).
    if (!ChartExporter::save(view, session.context(title, view), output, options, &error)) {
        err() << Text::tr("csdash export-chart: %1").arg(error) << Qt::endl;
        return 1;
    }
    out() << Text::tr("%1: written").arg(output) << Qt::endl;
    return 0;
}

int runReport(Store &store, const QCommandLineParser &parser, const QList<Authority> &authorities)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        err() << Text::tr("csdash report: give -o FILE.pdf") << Qt::endl;
        return 2;
    }
    ExportSession session(store, authorities);
    QString error;
    if (!session.report()->savePdf(output, &error)) {
        err() << Text::tr("csdash report: %1").arg(error) << Qt::endl;
        return 1;
    }
    out() << Text::tr("%1: written").arg(output) << Qt::endl;
    return 0;
}

// Checks the database file and that every document is whole: its stored grades, findings, values and
// passages are exactly what reading its stored text gives again.
// csdash copy --from A --to B: the whole of A into B, an empty database of either back end.
int runCopy(const QString &from, const QString &to)
{
    if (from.isEmpty() || to.isEmpty()) {
        err() << Text::tr(
            "csdash copy: name both databases, --from A --to B (a file or a postgresql:// address)")
              << Qt::endl;
        return 2;
    }
    Store source;
    Store target;
    QString error;
    source.setReadOnly(true); // a copy reads; nothing of the source changes
    if (!source.open(from, &error) || !target.open(to, &error)) {
        err() << Text::tr("csdash copy: %1").arg(error) << Qt::endl;
        return 1;
    }
    QStringList report;
    const bool copied = StoreCopy::copy(source, target, &report, &error);
    for (const QString &line : std::as_const(report))
        out() << line << Qt::endl;
    if (!copied) {
        err() << Text::tr("csdash copy: %1").arg(error) << Qt::endl;
        return 1;
    }
    out() << Text::tr("copied %1 into %2; csdash --database %2 check reads every document again")
                 .arg(source.databasePath(), target.databasePath())
          << Qt::endl;
    return 0;
}

int runCheck(const Store &store)
{
    const QString problem = store.integrityProblem();
    if (!problem.isEmpty()) {
        out() << Text::tr("database: damaged: %1").arg(problem) << Qt::endl;
        out() << Text::tr("database: run csdash --rebuild check to rebuild it into a new file from the "
                          "document texts it still holds, keeping this one as a backup")
              << Qt::endl;
        return 1;
    }
    const DocumentImporter importer;
    int incomplete = 0;
    const QList<Document> documents = store.documents();
    for (const Document &d : documents) {
        const Document full = store.document(d.id);
        // A PDF is read again from its own bytes, as it was imported.
        const DocumentImporter::Outcome again = importer.read(
            full.fileBytes.isEmpty() ? full.originalText.toUtf8() : full.fileBytes, d.sourceName, nullptr,
            TableOptions::fromJson(full.readingChoices));
        Store::DocumentCounts expected;
        expected.judgements = int(again.result.judgements.size());
        expected.findings = int(again.result.findings.size());
        expected.observations = int(again.result.observations.size());
        expected.passages = int(again.result.passages.size());
        const Store::DocumentCounts stored = store.counts(d.id);
        if (!(stored == expected)) {
            ++incomplete;
            out() << Text::tr(
                "document %1 (%2): incomplete: %3/%4 grades, %5/%6 findings, %7/%8 values, %9/%10 passages")
                         .arg(d.id)
                         .arg(d.sourceName)
                         .arg(stored.judgements)
                         .arg(expected.judgements)
                         .arg(stored.findings)
                         .arg(expected.findings)
                         .arg(stored.observations)
                         .arg(expected.observations)
                         .arg(stored.passages)
                         .arg(expected.passages)
                  << Qt::endl;
        }
    }
    if (incomplete == 0)
        out() << QCoreApplication::translate(
            "CommandLine", "database: ok, %n document(s) whole", nullptr, int(documents.size()))
              << Qt::endl;
    return incomplete == 0 ? 0 : 1;
}

// An officer's decision on a grade read with too little confidence: accept, reject, or undo.
int runReview(Store &store, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const ReviewState decision = action == QLatin1String("accept") ? ReviewState::Accepted
        : action == QLatin1String("reject")                        ? ReviewState::Rejected
        : action == QLatin1String("undo")                          ? ReviewState::ToReview
                                                                   : ReviewState::Confirmed;
    bool ok = false;
    const qint64 id = arguments.value(1).toLongLong(&ok);
    if (decision == ReviewState::Confirmed || !ok || arguments.size() != 2) {
        err() << Text::tr("csdash review: give accept, reject or undo and a candidate's id (see csdash list "
                          "candidates)")
              << Qt::endl;
        return 2;
    }
    const QList<Judgement> candidates = store.candidates(true);
    const auto it = std::find_if(
        candidates.cbegin(), candidates.cend(), [id](const Judgement &j) { return j.id == id; });
    if (it == candidates.cend()) {
        err() << Text::tr("csdash review: %1 is not the id of a grade waiting for review (see csdash list "
                          "candidates)")
                     .arg(id)
              << Qt::endl;
        return 2;
    }
    QString error;
    if (!store.decide(id, decision, &error)) {
        err() << Text::tr("csdash review: %1").arg(error) << Qt::endl;
        return 1;
    }
    const QString what = Text::tr("%1 %2, %3: %4 (%5)")
                             .arg(it->authority.name)
                             .arg(it->year)
                             .arg(areaDisplayName(it->area))
                             .arg(it->grade)
                             .arg(it->label);
    out() << (decision == ReviewState::Accepted ? Text::tr("accepted %1").arg(what)
            : decision == ReviewState::Rejected ? Text::tr("rejected %1").arg(what)
                                                : Text::tr("back for review: %1").arg(what))
          << Qt::endl;
    return 0;
}

} // namespace

namespace CommandLine {

bool needsGui(const QStringList &arguments)
{
    return arguments.contains(QLatin1String("export-chart")) || arguments.contains(QLatin1String("report"));
}

bool isCommand(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--database") || a == QLatin1String("--from") || a == QLatin1String("--to")) {
            ++i; // skip its value
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        return commands().contains(a);
    }
    return false;
}

int reportNoDisplay()
{
    err() << Text::tr(
        "csdash: the window needs a display, and none was found (DISPLAY and WAYLAND_DISPLAY are "
        "not set). Commands work without one: see csdash --help.")
          << Qt::endl;
    return 2;
}

bool isHelpRequest(const QStringList &arguments)
{
    static const QStringList asks { QStringLiteral("-h"), QStringLiteral("--help"), QStringLiteral("-?"),
        QStringLiteral("-v"), QStringLiteral("--version") };
    for (int i = 1; i < arguments.size(); ++i) {
        if (asks.contains(arguments.at(i)))
            return true;
    }
    return false;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Children's Services Dashboard: Ofsted grades and indicators, with their "
                 "sources.\n\nCommands:\n"
                 "  import FILE...     import letters, reports and plan reviews\n"
                 "  list WHAT          list judgements, candidates (grades to review), findings, "
                 "indicators, observations, neighbours or documents\n"
                 "  search QUERY       search the text of every document\n"
                 "  export-chart       write a chart as PNG, SVG or PDF (--chart, -o)\n"
                 "  report             write the summary report as PDF (-o)\n"
                 "  check              check the database file and that every document is whole\n"
                 "  copy               copy a whole database into an empty one (--from, --to), SQLite or "
                 "PostgreSQL\n"
                 "  review accept ID   show a grade read with too little confidence (list candidates "
                 "gives the ids)\n"
                 "  review reject ID   keep such a grade out; review undo ID puts it back for review\n\n"
                 "Without a command, csdash opens its window."));
    // Help and version are our own options, so that their descriptions are translated with the
    // rest (Qt's Polish lacks the built-in ones).
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("?") },
        Text::tr("Show this help and exit."));
    const QCommandLineOption version(
        { QStringLiteral("v"), QStringLiteral("version") }, Text::tr("Show the version and exit."));
    parser.addOptions({ help, version });
    const QCommandLineOption database(QStringLiteral("database"),
        Text::tr("Use the database at <path>: an SQLite file, or a PostgreSQL server's "
                 "postgresql://user@host:port/database (the password from PGPASSWORD or ~/.pgpass)."),
        Text::tr("path"));
    const QCommandLineOption copyFrom(
        QStringLiteral("from"), Text::tr("With copy: the database to copy."), Text::tr("path"));
    const QCommandLineOption copyTo(
        QStringLiteral("to"), Text::tr("With copy: the empty database to copy into."), Text::tr("path"));
    const QCommandLineOption empty(
        QStringLiteral("empty"), Text::tr("Create a new database without the bundled documents."));
    const QCommandLineOption authority(QStringLiteral("authority"),
        Text::tr("Only this authority (name, alias or LA number)."), Text::tr("text"));
    const QCommandLineOption indicator(QStringLiteral("indicator"),
        Text::tr("With list observations: only this indicator (e.g. \"NI 53\")."), Text::tr("code"));
    const QCommandLineOption format(QStringLiteral("format"),
        Text::tr(
            "Output format: tsv, csv, json, or xlsx (an Excel workbook, written to the file named with -o)."),
        Text::tr("format"), QStringLiteral("tsv"));
    parser.addOptions({ database, copyFrom, copyTo, empty, authority, indicator, format });
    parser.addOptions({
        { QStringLiteral("chart"),
            Text::tr("With export-chart: timeline, outcomes, indicator:CODE or map:CODE (map:grades for the "
                     "headline grades; :YEAR after either for a year)."),
            Text::tr("chart") },
        { QStringLiteral("rebuild"),
            Text::tr("Rebuild a damaged database into a new file, keeping it as a backup.") },
        { { QStringLiteral("o"), QStringLiteral("output") },
            Text::tr("With export-chart, report, and list or search --format xlsx: the file to write."),
            Text::tr("file") },
        { QStringLiteral("width"), Text::tr("With export-chart: width in pixels (default 1600)."),
            Text::tr("px") },
        { QStringLiteral("height"), Text::tr("With export-chart: height in pixels (default 1000)."),
            Text::tr("px") },
        { QStringLiteral("dpi"), Text::tr("With export-chart: resolution recorded in a PNG (default 300)."),
            Text::tr("n") },
    });
    parser.addPositionalArgument(Text::tr("command"),
        Text::tr("import, list, search, export-chart, report, check, copy or review"), Text::tr("[command]"));
    parser.process(arguments);
    if (parser.isSet(help)) {
        out() << parser.helpText();
        return 0;
    }
    if (parser.isSet(version)) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
              << Qt::endl;
        return 0;
    }

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    OutputTable::Format outputFormat;
    if (!OutputTable::parseFormat(parser.value(format), &outputFormat)) {
        err()
            << Text::tr("csdash: unknown format \"%1\"; use tsv, csv, json or xlsx").arg(parser.value(format))
            << Qt::endl;
        return 2;
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (outputFormat == OutputTable::Format::Xlsx && output.isEmpty()
        && (command == QLatin1String("list") || command == QLatin1String("search"))) {
        err() << Text::tr("csdash: --format xlsx writes an Excel workbook, which cannot go to the terminal; "
                          "name the file with -o FILE.xlsx")
              << Qt::endl;
        return 2;
    }

    if (command == QLatin1String("copy"))
        return runCopy(parser.value(copyFrom), parser.value(copyTo));

    Store store;
    DatabaseOpener opener { parser.value(database), !parser.isSet(empty) };
    QString error;
    QStringList seedProblems;
    bool opened = opener.open(store, &error, &seedProblems);
    // Damage is not looked for at every open (that would read the whole file): asked to rebuild,
    // the file is checked first, and rebuilt only when the check finds it damaged.
    if (opened && parser.isSet(QStringLiteral("rebuild"))) {
        const QString problem = store.integrityProblem();
        if (!problem.isEmpty()) {
            err() << Text::tr("csdash: the database is damaged: %1").arg(problem) << Qt::endl;
            store.close();
            opened = false;
        }
    }
    if (!opened) {
        if (!parser.isSet(QStringLiteral("rebuild"))) {
            err() << Text::tr("csdash: %1").arg(error) << Qt::endl;
            if (store.isDamaged())
                err() << Text::tr(
                    "csdash: run again with --rebuild to rebuild it into a new file, keeping this "
                    "one as a backup")
                      << Qt::endl;
            return 1;
        }
        QStringList report;
        if (!opener.rebuild(store, &error, &report)) {
            err() << Text::tr("csdash: the rebuild failed: %1").arg(error) << Qt::endl;
            return 1;
        }
        for (const QString &line : std::as_const(report))
            err() << Text::tr("csdash: rebuild: %1").arg(line) << Qt::endl;
    }
    for (const QString &p : std::as_const(seedProblems))
        err() << Text::tr("csdash: a bundled document could not be imported: %1").arg(p) << Qt::endl;

    if (command == QLatin1String("import"))
        return runImport(store, positional.mid(1));
    if (command == QLatin1String("check"))
        return runCheck(store);
    if (command == QLatin1String("review"))
        return runReview(store, positional.mid(1));
    if (command == QLatin1String("export-chart") || command == QLatin1String("report")) {
        QList<Authority> authorities;
        if (!comparedAuthorities(store, parser.values(authority), &authorities))
            return 2;
        return command == QLatin1String("report") ? runReport(store, parser, authorities)
                                                  : runExportChart(store, parser, authorities);
    }
    int laNumber = 0;
    if (!resolveAuthority(store, parser.value(authority), &laNumber))
        return 2;
    if (command == QLatin1String("list"))
        return runList(store, positional.value(1), laNumber, resolveIndicator(store, parser.value(indicator)),
            outputFormat, output);
    if (command == QLatin1String("search")) {
        const QString query = positional.mid(1).join(QLatin1Char(' '));
        if (query.trimmed().isEmpty()) {
            err() << Text::tr("csdash search: give the words to search for") << Qt::endl;
            return 2;
        }
        return runSearch(store, query, outputFormat, output);
    }
    err() << Text::tr("csdash: unknown command \"%1\"").arg(command) << Qt::endl;
    return 2;
}

} // namespace CommandLine
