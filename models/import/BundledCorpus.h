#pragma once

#include <QStringList>

class DocumentImporter;
class Store;

// The source documents shipped in the resources, which a new database is seeded with.
namespace BundledCorpus {

QStringList resourcePaths();
// Imports every bundled document into store; returns the messages of any that failed.
QStringList seed(Store &store, const DocumentImporter &importer);

} // namespace BundledCorpus
