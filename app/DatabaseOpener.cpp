#include "DatabaseOpener.h"

#include "import/BundledCorpus.h"
#include "import/DocumentImporter.h"
#include "import/NeighbourRegister.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

QString DatabaseOpener::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("csdash.sqlite"));
}

bool DatabaseOpener::open(Store &store, QString *error, QStringList *seedProblems) const
{
    const QString file = path.isEmpty() ? defaultPath() : path;
    const bool isNew = file == QLatin1String(":memory:") || !QFileInfo::exists(file);
    if (isNew && file != QLatin1String(":memory:")) {
        const QString dir = QFileInfo(file).absolutePath();
        if (!QDir().mkpath(dir)) {
            *error = QCoreApplication::translate("DatabaseOpener", "cannot create the folder %1").arg(dir);
            return false;
        }
    }
    if (!store.open(file, error))
        return false;
    // The neighbour sets are reference data every database carries, seeded or not.
    if (!store.hasNeighbours() && !store.saveNeighbours(NeighbourRegister::bundled(), error))
        return false;
    if (isNew && seedNewDatabase) {
        const DocumentImporter importer;
        *seedProblems = BundledCorpus::seed(store, importer);
    }
    return true;
}
