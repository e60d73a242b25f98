#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// What happened to each file of an import, as the window and the command line report it.
struct ImportFileResult
{
    enum class Status
    {
        Imported,
        AlreadyPresent,
        Failed,
        Cancelled
    };
    ImportFileResult() = default;
    ImportFileResult(const QString &file, Status status, const QString &message)
        : file(file)
        , status(status)
        , message(message)
    {
    }

    QString file;
    Status status = Status::Failed;
    QString message; // the error, or a summary of what was read
    QStringList warnings;
    QStringList rowsNotImported; // a data table's rows left out, each with its reason
    int pages = 0; // a PDF's page count; 0 for other files
    qint64 documentId = 0; // the document saved, or the one already holding it
    // Failed for the database's sake, not the file's (the connection lost, the file locked by
    // another client).
    bool databaseRefused = false;
    // The same file may be imported again as it is: the database refused it, or it was cancelled.
    bool retryable() const
    {
        return status == Status::Cancelled || (status == Status::Failed && databaseRefused);
    }
};

struct ImportReport
{
    QList<ImportFileResult> files;
    bool cancelled = false;
    int count(ImportFileResult::Status status) const
    {
        int n = 0;
        for (const ImportFileResult &f : files)
            n += f.status == status;
        return n;
    }
    // The files that may be imported again as they are (ImportFileResult::retryable()).
    QStringList retryableFiles() const
    {
        QStringList r;
        for (const ImportFileResult &f : files) {
            if (f.retryable())
                r.append(f.file);
        }
        return r;
    }
};
Q_DECLARE_METATYPE(ImportFileResult)
Q_DECLARE_METATYPE(ImportReport)
