// Lays out a markdown-ish text file as a PDF, as the PDF reader's tests do:
//   make_test_pdf [--header TEXT] [--no-page-numbers] [--columns 2] [--image-only] [--pages N]
//                 [--hyphenate] input.txt output.pdf
#include "TestPdf.h"

#include <QFile>
#include <QGuiApplication>
#include <QStringList>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    TestPdf::Options options;
    QStringList files;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--header") && i + 1 < args.size()) {
            options.header = args.at(++i);
        } else if (a == QLatin1String("--no-page-numbers")) {
            options.pageNumbers = false;
        } else if (a == QLatin1String("--columns") && i + 1 < args.size()) {
            options.columns = args.at(++i).toInt();
        } else if (a == QLatin1String("--image-only")) {
            options.imageOnly = true;
        } else if (a == QLatin1String("--pages") && i + 1 < args.size()) {
            options.minimumPages = args.at(++i).toInt();
        } else if (a == QLatin1String("--hyphenate")) {
            options.forceHyphenation = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            err << "make_test_pdf: unknown option " << a << Qt::endl;
            return 2;
        } else {
            files.append(a);
        }
    }
    if (files.size() != 2 || options.columns < 1 || options.columns > 2) {
        err << "usage: make_test_pdf [--header TEXT] [--no-page-numbers] [--columns 2] [--image-only]"
               " [--pages N] [--hyphenate] input.txt output.pdf"
            << Qt::endl;
        return 2;
    }
    QFile in(files.at(0));
    if (!in.open(QIODevice::ReadOnly)) {
        err << "make_test_pdf: " << files.at(0) << ": " << in.errorString() << Qt::endl;
        return 1;
    }
    const TestPdf::Result result = TestPdf::make(QString::fromUtf8(in.readAll()), options);
    if (!result.error.isEmpty()) {
        err << "make_test_pdf: " << result.error << Qt::endl;
        return 1;
    }
    QFile out(files.at(1));
    if (!out.open(QIODevice::WriteOnly) || out.write(result.pdf) != result.pdf.size() || !out.flush()) {
        err << "make_test_pdf: " << files.at(1) << ": " << out.errorString() << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << files.at(1) << ": " << result.pageCount << " pages" << Qt::endl;
    return 0;
}
