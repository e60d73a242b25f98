#pragma once

#include "domain/ImportResult.h"
#include "ingest/DocumentImporter.h"

#include <QDir>
#include <QFile>
#include <QStringList>

// Helpers shared by the importer and store tests.
namespace TestSupport {

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

inline QStringList corpusFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(CSDASH_CORPUS));
    for (const QString &name : dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

inline QString variant(const QString &name)
{
    return QStringLiteral(CSDASH_TEST_DATA "/variants/") + name;
}

// One line per judgement: "authority|year|framework|area|grade|label".
inline QStringList judgementDump(const QList<Judgement> &judgements)
{
    QStringList out;
    for (const Judgement &j : judgements)
        out.append(QStringList { j.authority.name, QString::number(j.year), frameworkKey(j.framework), j.area,
            QString::number(j.grade), j.label }
                       .join(QLatin1Char('|')));
    out.sort();
    return out;
}

} // namespace TestSupport
