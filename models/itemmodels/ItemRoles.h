#pragma once

#include <Qt>

// Roles every dashboard model answers on each row's first column (and on every cell where it
// makes sense), so that one proxy per concern can filter any of them.
namespace ItemRoles {
enum Role
{
    SortRole = Qt::UserRole + 1, // a raw value to sort by
    AuthorityRole, // LA number (int)
    YearRole, // the year a row is for (int)
    FrameworkRole, // framework key (QString)
    EvidenceRole, // Evidence (QVariant of Evidence)
    ValueRole, // the raw number for charts (double or int); invalid when there is none
    UserRoleEnd, // models add their own roles from here
};
} // namespace ItemRoles
