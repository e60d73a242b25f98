#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

// PDFs made for the PDF reader's tests: the project's markdown-ish text ('#' headings, **bold**,
// <i>, <sup>, tab-separated table rows, one paragraph per line) laid out on A4 pages with
// QPdfWriter, as a council's word processor would print it. Needs a QGuiApplication (fonts).
namespace TestPdf {

struct Options
{
    QString header; // a running header line on every page; none when empty
    bool pageNumbers = true; // a footer "Page N of M"
    int columns = 1; // 1 or 2
    bool imageOnly = false; // each page a picture of itself, with no text layer: a scan
    int minimumPages = 0; // repeat the text until this many pages are filled (then stop there)
    bool forceHyphenation = false; // hyphenate any word of 6 letters or more that does not fit at a line end
    qreal bodySize = 10; // points
};

// Where a paragraph (or table row, or heading) of the source began.
struct Placed
{
    QString text; // markup stripped; table cells joined with '\t'
    int page = 0; // 1 is the first page
    int column = 0;
    bool heading = false;
    bool tableRow = false;
};

// A word split with a hyphen at a line end: its two fragments and where each was drawn.
struct Hyphenation
{
    QString word; // the whole word as in the source, e.g. "assessment,"
    QString first; // "assess" (the hyphen not included)
    QString second; // "ment,"
    int firstPage = 0;
    int secondPage = 0;
    QRectF firstRect; // the fragment's ink box in points, page-top-left origin (hyphen not included)
    QRectF secondRect;
};

struct Result
{
    QByteArray pdf;
    int pageCount = 0;
    QList<Placed> paragraphs;
    QList<Hyphenation> hyphenations;
    QString error; // empty when the PDF was made
};

Result make(const QString &markdownText, const Options &options = {});

// A source line as it reads once its markup is removed: "# **Summary**" -> "Summary".
QString plainText(const QString &line);

} // namespace TestPdf
