#pragma once

#include "domain/ImportResult.h"
#include "import/TableOptions.h"

#include <QString>
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
        bool ok() const { return error.isEmpty(); }
    };

    static constexpr int MaximumLetterCharacters = 4 * 1024 * 1024;

    DocumentImporter(); // with the bundled register and vocabulary
    DocumentImporter(const AuthorityRegister &authorities, const GradeVocabulary &vocabulary);

    // Reports rows read of a data file; returning false cancels the reading.
    using Progress = std::function<bool(int done, int total)>;

    // options are the import preview's choices for a data table; letters and reports ignore them.
    Outcome read(const QByteArray &bytes, const QString &sourceName, const Progress &progress = nullptr,
        const TableOptions &options = TableOptions()) const;
    Outcome readFile(const QString &path, const Progress &progress = nullptr,
        const TableOptions &options = TableOptions()) const;

private:
    const AuthorityRegister &m_authorities;
    const GradeVocabulary &m_vocabulary;
};
