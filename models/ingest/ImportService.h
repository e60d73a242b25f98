#pragma once

#include <QStringList>

#include <functional>

#include "ingest/DocumentImporter.h"
#include "ingest/ImportReport.h"
#include "ingest/TableOptions.h"

#include <QByteArray>
#include <QString>

class Store;
struct ImportResult;

// The one way a file comes into a database: read (deciding the format by the bytes, never the
// name), parse, save in one transaction, and say what happened in one line. The command line,
// the window's import worker, the seeding of a new database and the rebuilding of a damaged one
// all import through it, so they cannot disagree.
class ImportService
{
public:
    using Progress = DocumentImporter::Progress;

    ImportService(Store &store, const DocumentImporter &importer);

    // progress reports rows (data tables) or pages (PDFs) read, then rows saved; returning
    // false cancels, and nothing of the file is written.
    ImportFileResult importFile(const QString &path, const TableOptions &options = TableOptions(),
        const Progress &progress = nullptr) const;
    // For a document whose bytes are already at hand (a stored text being read again); file
    // names it in the result.
    ImportFileResult importBytes(const QByteArray &bytes, const QString &file,
        const TableOptions &options = TableOptions(), const Progress &progress = nullptr) const;

    // Many files, in their order: the next files are read and parsed on other threads (one a
    // core) while this one saves those read, so that reading and writing overlap. Documents are
    // saved a few dozen to a transaction, each under its own savepoint (Store::saveAll): each is
    // whole or absent after a kill, and one that fails is left out alone. done is called on this
    // thread for each file, in the order of paths, once its batch is committed.
    void importFiles(const QStringList &paths,
        const std::function<void(const QString &path, const ImportFileResult &result)> &done) const;

    // "imported APA letter for Leicestershire: 12 judgements, ...": what a saved file held.
    static QString summary(const ImportResult &result);

private:
    ImportFileResult save(
        const QString &file, const DocumentImporter::Outcome &outcome, const Progress &progress) const;

    Store &m_store;
    const DocumentImporter &m_importer;
};
