#pragma once

#include "ingest/TableOptions.h"

#include <QString>
#include <QStringList>
#include <functional>

class DocumentImporter;
class Store;

// What a new database is seeded with from the resources: the source documents, and the DfE's
// published figures (resources/published: the LAIT extract and the series reaching back to
// 2005), so that the two authorities can be compared on real figures from the first start.
namespace BundledCorpus {

QStringList resourcePaths();
// Imports every bundled document into store; returns the messages of any that failed.
QStringList seed(Store &store, const DocumentImporter &importer);

// The setting a database keeps while its published figures are still to be added.
inline constexpr const char PublishedDataSetting[] = "published_data";
inline constexpr const char PublishedDataPending[] = "pending";
inline constexpr const char PublishedDataDone[] = "done";

QStringList publishedDataPaths();
// The breakdowns seeded beside the whole cohort (resources/published/seed-options.csv).
TableOptions publishedDataOptions(const QString &path);
// Whether store still lacks some of the published figures it was created to have.
bool publishedDataPending(const Store &store);
// Imports the published figures not yet in store, then marks them done; progress(done, total)
// counts rows over all files and may return false to stop (what was saved stays; the rest is
// added on a later start). Returns the messages of any file that failed.
QStringList seedPublishedData(
    Store &store, const DocumentImporter &importer, const std::function<bool(int, int)> &progress = nullptr);

} // namespace BundledCorpus
