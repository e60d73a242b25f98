#pragma once

#include <QString>
#include <QStringList>

class Store;

// Opens the database the user chose (or the default one in the application-data folder),
// creating it and seeding it with the bundled documents when it does not exist yet.
struct DatabaseOpener
{
    QString path;
    bool seedNewDatabase = true;
    // Whether the published figures a new database is seeded with are added while it opens (the
    // command line), or left pending for the window to add in the background.
    bool seedPublishedDataNow = true;

    // Moves a damaged database aside (keeping it as a backup), creates a new one and imports into it
    // every document text that can still be read from the damaged file. Reports what it did.
    bool rebuild(Store &store, QString *error, QStringList *report) const;

    static QString defaultPath();
    // On success, seedProblems lists bundled documents that could not be imported (none expected).
    bool open(Store &store, QString *error, QStringList *seedProblems) const;
};
