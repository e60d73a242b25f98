#include "Document.h"

#include <QCoreApplication>

QString documentKindKey(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::ApaLetter:
        return QStringLiteral("apa-letter");
    case DocumentKind::AnnualRatingLetter:
        return QStringLiteral("annual-rating-letter");
    case DocumentKind::AnnualAssessmentLetter:
        return QStringLiteral("annual-assessment-letter");
    case DocumentKind::CouncilReport:
        return QStringLiteral("council-report");
    case DocumentKind::PlanReview:
        return QStringLiteral("plan-review");
    case DocumentKind::IndicatorTable:
        return QStringLiteral("indicator-table");
    case DocumentKind::GradeStatements:
        return QStringLiteral("grade-statements");
    case DocumentKind::Unknown:
        break;
    }
    return QStringLiteral("other");
}

DocumentKind documentKindFromKey(const QString &key)
{
    for (DocumentKind k : { DocumentKind::ApaLetter, DocumentKind::AnnualRatingLetter,
             DocumentKind::AnnualAssessmentLetter, DocumentKind::CouncilReport, DocumentKind::PlanReview, DocumentKind::IndicatorTable,
             DocumentKind::GradeStatements }) {
        if (documentKindKey(k) == key)
            return k;
    }
    return DocumentKind::Unknown;
}

QString documentKindDisplayName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::ApaLetter:
        return QCoreApplication::translate("DocumentKind", "APA letter");
    case DocumentKind::AnnualRatingLetter:
        return QCoreApplication::translate("DocumentKind", "Annual rating letter");
    case DocumentKind::AnnualAssessmentLetter:
        return QCoreApplication::translate("DocumentKind", "Annual assessment letter");
    case DocumentKind::CouncilReport:
        return QCoreApplication::translate("DocumentKind", "Council report");
    case DocumentKind::PlanReview:
        return QCoreApplication::translate("DocumentKind", "Plan review");
    case DocumentKind::IndicatorTable:
        return QCoreApplication::translate("DocumentKind", "Indicator data table");
    case DocumentKind::GradeStatements:
        return QCoreApplication::translate("DocumentKind", "Paper or news quoting grades");
    case DocumentKind::Unknown:
        break;
    }
    return QCoreApplication::translate("DocumentKind", "Other document");
}
