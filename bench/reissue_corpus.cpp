// The England-scale document corpus: each template (a letter, rating, assessment, report or plan
// review of one family) re-issued for every authority that existed in its year, deterministic from
// a seed. Every mention of an authority in the template is rewritten: the one it is about becomes the
// target authority, any other becomes the target's neighbour in the register's order; council forms
// ("X City Council") keep a council form. File names are opaque (a hash of the seed, the template and
// the authority). About every tenth letter or report is a PDF instead, printed as a council's word processor
// would (A4 pages, running header, page numbers; tests/support/TestPdf), so that import reads PDFs at scale
// too. Beside the documents:
//   manifest.csv  file,template,la_number,authority,bytes
//   expected.csv  file,la_number,year,framework,area,grade   one row for each grade the template
//                 gives, moved to the authority it is re-issued for
// The grades expected are those the importer reads from the template itself, so the corpus checks
// that nothing is lost to other authorities' names, sizes and file names at scale; the wording of
// the families is as varied as the templates are.
// Run: reissue_corpus --seed N --out DIR TEMPLATE...
#include "domain/Framework.h"
#include "ingest/DocumentImporter.h"
#include "reference/AuthorityRegister.h"

#include "TestPdf.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

namespace {

// The name as a letter writes it: "Bristol, City of" is Bristol, "(Pre LG)" notes go.
QString placeName(const Authority &a)
{
    QString name = a.name;
    name.remove(QStringLiteral(" (Pre LG)"));
    if (name.endsWith(QStringLiteral(", City of")))
        name.chop(9);
    if (name.endsWith(QStringLiteral(", County of")))
        name.chop(11);
    return name.trimmed();
}

QString rewrite(const QString &text, const QList<AuthorityMention> &mentions, const QHash<int, Authority> &to)
{
    QString out;
    int at = 0;
    for (const AuthorityMention &m : mentions) {
        if (m.start < at || !to.contains(m.laNumber))
            continue;
        out += QStringView(text).mid(at, m.start - at);
        const Authority &target = to.value(m.laNumber);
        out += m.councilForm ? placeName(target) + QStringLiteral(" Council") : placeName(target);
        at = m.end;
    }
    out += QStringView(text).mid(at);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    // Fonts for the PDFs; no screen is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int seed = 2010;
    QString outDir;
    QStringList templates;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--seed"))
            seed = args.value(++i).toInt();
        else if (args.at(i) == QLatin1String("--out"))
            outDir = args.value(++i);
        else
            templates.append(args.at(i));
    }
    if (outDir.isEmpty() || templates.isEmpty()) {
        std::fprintf(stderr, "usage: reissue_corpus --seed N --out DIR TEMPLATE...\n");
        return 2;
    }
    QDir().mkpath(outDir);
    const QDir out(outDir);
    QFile manifest(out.filePath(QStringLiteral("manifest.csv")));
    QFile expected(out.filePath(QStringLiteral("expected.csv")));
    if (!manifest.open(QIODevice::WriteOnly) || !expected.open(QIODevice::WriteOnly))
        return 2;
    QTextStream m(&manifest), e(&expected);
    m << "file,template,la_number,authority,bytes\n";
    e << "file,la_number,year,framework,area,grade\n";

    const AuthorityRegister &reg = AuthorityRegister::bundled();
    const DocumentImporter importer;
    QRandomGenerator random { quint32(seed) };
    int documents = 0;
    int pdfs = 0;
    for (const QString &path : std::as_const(templates)) {
        const DocumentImporter::Outcome read = importer.readFile(path);
        if (!read.ok()) {
            std::fprintf(stderr, "reissue_corpus: %s: %s\n", qPrintable(path), qPrintable(read.error));
            continue;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(f.readAll());
        const int year = read.result.document.published.isValid() ? read.result.document.published.year()
                                                                  : AuthorityRegister::productFirstYear;
        const int subject = read.result.document.authority.laNumber;
        const QList<AuthorityMention> mentions = reg.mentions(text, 0, -1, year);
        // The authorities of that year, in an order of the seed's.
        QList<Authority> targets = reg.authoritiesOf(year, year);
        std::shuffle(targets.begin(), targets.end(), random);
        for (int t = 0; t < targets.size(); ++t) {
            QHash<int, Authority> to;
            to.insert(subject, targets.at(t));
            int other = 1;
            for (const AuthorityMention &mention : mentions) {
                if (!to.contains(mention.laNumber))
                    to.insert(mention.laNumber, targets.at((t + other++) % targets.size()));
            }
            const QString reissued = rewrite(text, mentions, to);
            // Which documents are PDFs follows from the seed too. Not plan reviews: TestPdf prints
            // their wide tab-separated NI tables a cell to a line in one narrow column, which no
            // word processor does, and the values in them would be lost to the printing, not the
            // reading.
            const bool asPdf = random.bounded(10) == 0
                && read.result.document.kind != DocumentKind::PlanReview;
            const QString name = QString::fromLatin1(QCryptographicHash::hash(
                                     (QString::number(seed) + QLatin1Char('|') + QFileInfo(path).fileName()
                                         + QLatin1Char('|') + QString::number(targets.at(t).laNumber))
                                         .toUtf8(),
                                     QCryptographicHash::Sha1)
                                                         .toHex()
                                                         .left(16))
                + (asPdf ? QStringLiteral(".pdf") : QStringLiteral(".txt"));
            QFile file(out.filePath(name));
            if (!file.open(QIODevice::WriteOnly))
                return 2;
            QByteArray bytes = reissued.toUtf8();
            if (asPdf) {
                TestPdf::Options options;
                options.header = placeName(targets.at(t));
                const TestPdf::Result pdf = TestPdf::make(reissued, options);
                if (!pdf.error.isEmpty()) {
                    std::fprintf(stderr, "reissue_corpus: %s: %s\n", qPrintable(name), qPrintable(pdf.error));
                    return 2;
                }
                bytes = pdf.pdf;
                ++pdfs;
            }
            file.write(bytes);
            ++documents;
            m << name << ',' << QFileInfo(path).fileName() << ',' << targets.at(t).laNumber << ",\""
              << placeName(targets.at(t)) << "\"," << bytes.size() << '\n';
            for (const Judgement &j : read.result.judgements) {
                if (!to.contains(j.authority.laNumber))
                    continue;
                e << name << ',' << to.value(j.authority.laNumber).laNumber << ',' << j.year << ','
                  << frameworkKey(j.framework) << ',' << j.area << ',' << j.grade << '\n';
            }
        }
    }
    std::printf("%d documents (%d of them PDFs) written to %s\n", documents, pdfs, qPrintable(outDir));
    return documents > 0 ? 0 : 1;
}
