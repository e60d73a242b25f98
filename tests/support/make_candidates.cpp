// Writes a news item with two grades to review into the database named on the command line, as
// the grade-statement reader will once it lands: the command-line test's candidates.
#include "TestSupport.h"

#include "store/Store.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: make_candidates DATABASE\n";
        return 2;
    }
    Store store;
    QString error;
    if (!store.open(QString::fromLocal8Bit(argv[1]), &error)) {
        err << error << '\n';
        return 1;
    }
    const Authority leicester { 856, QStringLiteral("Leicester"), QStringLiteral("East Midlands"),
        QStringLiteral("UA"), {} };
    const Store::SaveOutcome saved = store.save(TestSupport::candidateResult(leicester, 2008));
    if (saved.status != Store::SaveStatus::Imported && saved.status != Store::SaveStatus::AlreadyPresent) {
        err << saved.error << '\n';
        return 1;
    }
    return 0;
}
