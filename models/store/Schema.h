#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The database schema as a list of forward migrations; migration N takes a database from
// version N-1 to N. Versions are kept in PRAGMA user_version.
namespace Schema {

struct Migration
{
    int version;
    QStringList statements;
};

const QList<Migration> &migrations();
int latestVersion();

} // namespace Schema
