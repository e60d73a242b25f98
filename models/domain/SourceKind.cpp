#include "SourceKind.h"

#include <QCoreApplication>

QString sourceKindKey(SourceKind kind)
{
    switch (kind) {
    case SourceKind::CouncilPaper:
        return QStringLiteral("council-paper");
    case SourceKind::Secondary:
        return QStringLiteral("secondary");
    case SourceKind::Letter:
        break;
    }
    return QStringLiteral("letter");
}

SourceKind sourceKindFromKey(const QString &key)
{
    for (SourceKind k : { SourceKind::CouncilPaper, SourceKind::Secondary }) {
        if (sourceKindKey(k) == key)
            return k;
    }
    return SourceKind::Letter;
}

QString sourceKindDisplayName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::CouncilPaper:
        return QCoreApplication::translate("SourceKind", "council paper quoting the grade");
    case SourceKind::Secondary:
        return QCoreApplication::translate("SourceKind", "secondary source (news or blog)");
    case SourceKind::Letter:
        break;
    }
    return QCoreApplication::translate("SourceKind", "Ofsted letter or report");
}

int sourcePrecedence(SourceKind kind)
{
    switch (kind) {
    case SourceKind::CouncilPaper:
        return 2;
    case SourceKind::Secondary:
        return 1;
    case SourceKind::Letter:
        break;
    }
    return 3;
}
