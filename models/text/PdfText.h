#pragma once

#include "domain/PageBox.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

// The text of a PDF document, laid out as the bundled text files are (one paragraph per line,
// a blank line between paragraphs, table rows as tab-separated cells), with the place on its page
// of every word so that evidence can be shown where it was printed.
struct PdfText
{
    enum class Problem { None, Damaged, Truncated, Encrypted, ImageOnly, Cancelled };

    QString text; // the document's text in reading order, as a text file would give it
    QList<PageBox> boxes; // sorted by start, non-overlapping; every non-space character of text lies in one box
    int pageCount = 0;
    Problem problem = Problem::None;
    QString error; // the reason worded for an officer, when problem != None

    bool isValid() const { return problem == Problem::None; }

    using Progress = std::function<bool(int pagesDone, int pageCount)>; // return false to cancel
    static bool isPdf(const QByteArray &bytes); // "%PDF-" within the first 1024 bytes
    static PdfText read(const QByteArray &bytes, const Progress &progress = nullptr);
};
