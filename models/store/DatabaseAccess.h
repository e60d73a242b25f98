#pragma once

#include <QString>

// What a second connection needs to open a store's database again — a worker thread's import,
// the background check: where it is and, for a server, the password the window was given. Held in
// memory only; never written to settings or logs (Store::access() gives it, Store::open takes it).
struct DatabaseAccess
{
    QString location; // a file path, or a postgresql:// address without a password
    QString password; // empty: none given (libpq may still find one in PGPASSWORD or ~/.pgpass)
    int busyTimeout = 10000; // milliseconds to wait for another client's lock, as the first connection does
};
