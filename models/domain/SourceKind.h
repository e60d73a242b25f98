#pragma once

#include <QString>

// Where a grade was read: the inspectorate's own letter or report, a council's paper quoting it
// (committee and cabinet reports, minutes, bulletins), or a secondary source (news, blogs). When
// sources disagree about one grade, the letter wins over a council paper, which wins over a
// secondary source.
enum class SourceKind
{
    Letter,
    CouncilPaper,
    Secondary,
};

QString sourceKindKey(SourceKind kind);
SourceKind sourceKindFromKey(const QString &key); // Letter for an unknown key
QString sourceKindDisplayName(SourceKind kind);
// Higher wins: Letter 3, CouncilPaper 2, Secondary 1.
int sourcePrecedence(SourceKind kind);
