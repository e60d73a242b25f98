#pragma once

#include <QCoreApplication>

#include "domain/Document.h"
#include "domain/Evidence.h"
#include "domain/PageBox.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>

class Database;
class SqlDialect;

// What the queries share in turning rows into value types: a document's row, and what every grade,
// finding, value and passage shows of its document (title, page, sentence), each read once.
// Documents never change once saved, so what is read of them is kept until forget() or clear().
class RowMapper
{
    // The store's messages are all in one translation context, whichever part words them.
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    RowMapper(const Database &db, QString &error)
        : m_db(db)
        , m_error(error)
    {
    }

    struct DocumentHeading
    {
        QString title;
        int pageCount = 0;
    };
    // Empty for no document.
    const DocumentHeading &heading(qint64 documentId) const;
    // The two seeks that find a span's page, prepared once for all the rows of one read: preparing
    // them again for each of the England corpus's grades and findings in PDFs was a tenth of the
    // time to the first window. Kept only as long as that read, never beyond the connection.
    struct PageSeeks
    {
        QSqlQuery around; // the box around the span's start
        QSqlQuery after; // else the first box after it, within the span
        bool prepared = false;
    };
    int pageOf(const Evidence &evidence, PageSeeks &seeks) const; // 0 unless the document is a PDF
    int pageOf(const Evidence &evidence) const;
    QString documentText(qint64 documentId) const;
    QString evidenceText(const Evidence &evidence) const;
    QByteArray documentFile(qint64 documentId) const;
    QList<PageBox> pageBoxes(qint64 documentId) const;
    PageArea pageArea(const Evidence &evidence) const;

    // The authorities the database knows, by LA number: names are taken from here rather than
    // joined to each row, since a joined text column costs a string per row read.
    QHash<int, Authority> authorities() const;

    // A document's columns as a listing shows them (its authority by number only), and all of
    // them (its authority named); and a row of either.
    static QString listedDocumentColumns(const SqlDialect &dialect);
    static QString documentColumns(const SqlDialect &dialect);
    static Document documentFromRow(const QSqlQuery &q, bool whole);

    void forget(qint64 documentId) const; // removed: its id may be given again
    void clear() const; // another database

private:
    const Database &m_db;
    QString &m_error;
    mutable QHash<qint64, QString> m_textCache;
    mutable QHash<qint64, DocumentHeading> m_headings; // of the documents up to m_headingsUpTo
    mutable qint64 m_headingsUpTo = 0;
    mutable QHash<qint64, QList<PageBox>> m_pageBoxCache;
};
