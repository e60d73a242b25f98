#include "BundledCorpus.h"

#include "DocumentImporter.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>

namespace BundledCorpus {

QStringList resourcePaths()
{
    QStringList paths;
    const QDir dir(QStringLiteral(":/corpus"));
    const QStringList names = dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths.append(dir.filePath(name));
    return paths;
}

QStringList seed(Store &store, const DocumentImporter &importer)
{
    QStringList problems;
    for (const QString &path : resourcePaths()) {
        const DocumentImporter::Outcome outcome = importer.readFile(path);
        if (!outcome.ok()) {
            problems.append(QCoreApplication::translate("BundledCorpus", "%1: %2").arg(path, outcome.error));
            continue;
        }
        const Store::SaveOutcome saved = store.save(outcome.result);
        if (saved.status == Store::SaveStatus::Failed)
            problems.append(QCoreApplication::translate("BundledCorpus", "%1: %2").arg(path, saved.error));
    }
    return problems;
}

} // namespace BundledCorpus
