#pragma once

#include <QString>
#include <QStringList>

// What every export carries so that it can be read away from the program: a title, the authorities
// compared, the years covered and a source line naming the documents and their dates.
struct ExportContext
{
    QString title;
    QStringList authorities;
    QString years; // "2006-2010"
    QString source; // "Source: APA letter, 1 November 2006; ..."

    QString subtitle() const; // "Leicester City vs Leicestershire, 2006-2010"
    // A file name from the content: "grades-leicester-vs-leicestershire-2006-2010.svg".
    QString suggestedFileName(const QString &what, const QString &suffix) const;
};
