#pragma once

#include <QTypeInfo>

#include "Authority.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

enum class DocumentKind
{
    Unknown, // read for its passages only
    ApaLetter, // annual performance assessment letter
    AnnualRatingLetter, // 2009 children's services annual rating
    AnnualAssessmentLetter, // 2010 annual children's services assessment
    CouncilReport, // committee report quoting grade tables
    PlanReview, // plan review with a performance indicator table
    IndicatorTable, // a spreadsheet of indicator values (CSV or tab-separated)
    GradeStatements, // a paper, minutes, bulletin or news item that quotes grades in its own words
};

QString documentKindKey(DocumentKind kind);
DocumentKind documentKindFromKey(const QString &key);
QString documentKindDisplayName(DocumentKind kind);

struct Document
{
    qint64 id = 0;
    DocumentKind kind = DocumentKind::Unknown;
    Authority authority; // invalid when the document is about no single authority
    QDate published;
    QString title;
    QString issuer;
    QString sourceName; // the file it was imported from, for messages only
    QString encoding; // how the bytes were decoded
    QString originalText;
    QByteArray sha256; // of the decoded text, so a re-encoded copy is the same document
    // How a data table was read (the import preview's choices, as JSON; empty for the defaults),
    // so that checking or rebuilding the database reads its stored text the same way again.
    QString readingChoices;
    // A PDF's pages and the file itself (kept so that its pages can be shown and read again);
    // 0 and empty for text and data files.
    int pageCount = 0;
    QByteArray fileBytes;
    // Who saved it and when (UTC): the database user on a shared server, the login name for a
    // file; read by Store::document(id), empty for documents saved before they were recorded.
    QString importedBy;
    QDateTime importedAt;
};
Q_DECLARE_TYPEINFO(Document, Q_RELOCATABLE_TYPE);
