#pragma once

#include "DatabaseLocation.h"

#include <QList>
#include <QString>

#include <optional>

// The database schema as a list of forward migrations; migration N takes a database from
// version N-1 to N. Statements are written as SQLite spells them, and each back end's dialect
// turns them into its own types (SqlDialect::definition); the few that only one back end has
// (its search index) say so.
namespace Schema {

struct Statement
{
    Statement(const QString &text) // NOLINT: most statements are for every back end
        : sql(text)
    {
    }
    Statement(DatabaseLocation::Backend only, const QString &text)
        : sql(text)
        , onlyFor(only)
    {
    }
    bool appliesTo(DatabaseLocation::Backend backend) const { return !onlyFor || *onlyFor == backend; }

    QString sql;
    std::optional<DatabaseLocation::Backend> onlyFor;
};

struct Migration
{
    int version;
    QList<Statement> statements;
};

const QList<Migration> &migrations();
int latestVersion();

} // namespace Schema
