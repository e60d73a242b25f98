#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct Document;
struct Evidence;

// What every export carries so that it can be read away from the program: a title, the authorities
// shown (and those compared that have no data in it), the years covered and a source line naming
// the documents and data files whose values are drawn, with their dates and pages.
struct ExportContext
{
    QString title;
    QStringList authorities; // those whose values are drawn
    QStringList authoritiesWithoutData; // compared, but with nothing to draw
    QString years; // "2006-2010"
    QString source; // "Source: APA letter (Leicester, 1 November 2006, p. 2); ..."

    // "Leicester vs Leicestershire, 2006-2010"; "Leicestershire; no data for Leicester, 2006-2010"
    QString subtitle() const;
    // A file name from the content: "grades-leicester-vs-leicestershire-2006-2010.svg".
    QString suggestedFileName(const QString &what, const QString &suffix) const;
    // The source line of the documents among documents that drawn points into, oldest first, each
    // with its authority, date, pages where the source is a PDF and the file a data table came from.
    static QString sourceLine(const QList<Document> &documents, const QList<Evidence> &drawn);
};
