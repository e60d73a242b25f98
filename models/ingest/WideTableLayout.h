#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// How a wide statistics table is laid out: one row per authority (and per breakdown such as
// gender or school type), several measures as columns. Found from the header and a sample of rows.
struct WideTableLayout
{
    enum class Role
    {
        Ignored,
        LaNumber, // the DfE number, "856"
        OnsCode, // "E06000016"
        AuthorityName,
        Region,
        Level, // "National", "Region", "Local authority"
        Period,
        Measure,
        Breakdown
    };
    struct Column
    {
        QString header;
        Role role = Role::Ignored;
        QStringList values; // a breakdown's distinct values, in the order the file gives them
        QString defaultValue; // a breakdown's whole-cohort value ("ALL", "Total"), if it has one
    };

    QList<Column> columns;
    // The header's column names, folded: the same publication's files share it, so choices made in
    // the preview are remembered under it.
    QString key;

    bool isValid() const { return !columns.isEmpty(); }
    int indexOf(Role role) const
    {
        for (int i = 0; i < columns.size(); ++i) {
            if (columns.at(i).role == role)
                return i;
        }
        return -1;
    }
    QStringList headers(Role role) const
    {
        QStringList out;
        for (const Column &c : columns) {
            if (c.role == role)
                out.append(c.header);
        }
        return out;
    }
};
