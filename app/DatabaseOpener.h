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

    static QString defaultPath();
    // On success, seedProblems lists bundled documents that could not be imported (none expected).
    bool open(Store &store, QString *error, QStringList *seedProblems) const;
};
