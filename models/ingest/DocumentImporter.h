#pragma once

#include "domain/ImportResult.h"
#include "ingest/TableOptions.h"

#include <QString>
#include <QStringList>
#include <functional>

class AuthorityRegister;
class GradeVocabulary;

// Reads one document: decodes it, decides its family, authority and date from its content, and
// runs the family's parser. Nothing is written; the store saves the result.
class DocumentImporter
{
public:
    struct Outcome
    {
        ImportResult result;
        QString error; // why the file cannot be imported; empty on success
        bool cancelled = false; // the progress callback asked to stop; result is partial
        bool ok() const { return error.isEmpty() && !cancelled; }
    };

    static constexpr int MaximumLetterCharacters = 4 * 1024 * 1024;

    DocumentImporter(); // with the bundled register and vocabulary
    DocumentImporter(const AuthorityRegister &authorities, const GradeVocabulary &vocabulary);

    // Reports rows read of a data file; returning false cancels the reading.
    using Progress = std::function<bool(int done, int total)>;

    // options are the import preview's choices for a data table (for a workbook, its sheet);
    // letters and reports ignore them.
    Outcome read(const QByteArray &bytes, const QString &sourceName, const Progress &progress = nullptr,
        const TableOptions &options = TableOptions()) const;
    Outcome readFile(const QString &path, const Progress &progress = nullptr,
        const TableOptions &options = TableOptions()) const;

    // Whether the file at path is a PDF, by its first bytes (its progress counts pages, not rows).
    static bool isPdfFile(const QString &path);

    // The worksheets of an Excel workbook, in the workbook's order, for choosing one before reading.
    // Empty with an empty error for a file that is not a workbook (nothing to choose); empty with
    // the reason when it is a workbook that cannot be read (damaged, password-protected).
    static QStringList sheetsOf(const QString &path, QString *error);
    static QStringList sheetsOf(const QByteArray &bytes, QString *error);

private:
    Outcome readContent(const QByteArray &bytes, const QString &sourceName, const Progress &progress,
        const TableOptions &options) const;
    // An Excel workbook's chosen sheet as tab-separated text; false with outcome->error set.
    bool workbookText(const QByteArray &bytes, const TableOptions &options, QString *text, QString *sheetLabel,
        Outcome *outcome) const;

    const AuthorityRegister &m_authorities;
    const GradeVocabulary &m_vocabulary;
};
