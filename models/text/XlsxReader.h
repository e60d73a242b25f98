#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QuaZip;
class QBuffer;
class QXmlStreamReader;

// Excel workbooks (.xlsx, Office Open XML) read as rows of cell texts, the way a spreadsheet shows
// them when saved as CSV: shared and inline strings (rich-text runs joined), numbers in plain C
// notation at Excel's 15 significant digits, dates as ISO yyyy-MM-dd, booleans as TRUE/FALSE,
// formulas by their cached value. Cells keep their column from their reference, so gaps stay gaps.
// The ZIP is read through QuaZip and every part is streamed through QXmlStreamReader with a byte
// budget, so that a damaged archive or a ZIP bomb is refused with a reason instead of filling memory.
class XlsxReader
{
public:
    // A sheet's XML may be this large (uncompressed); a workbook of all England's LAIT rows is well under.
    static constexpr qint64 MaximumPartBytes = 300LL * 1024 * 1024;
    static constexpr int MaximumRows = 1048576; // Excel's own limits
    static constexpr int MaximumColumns = 16384;
    static constexpr qsizetype MaximumTextCharacters = 300LL * 1000 * 1000;

    // What the bytes are, from their first bytes and, for a ZIP, its directory.
    static bool isZip(const QByteArray &bytes); // starts PK\3\4
    static bool isOleCompoundFile(const QByteArray &bytes); // D0 CF 11 E0 A1 B1 1A E1
    // An OLE file holding an EncryptionInfo stream: how Office stores a password-protected .xlsx.
    static bool isEncryptedOffice(const QByteArray &bytes);
    static bool isWorkbook(const QByteArray &bytes); // a ZIP holding xl/workbook.xml

    explicit XlsxReader(const QByteArray &bytes);
    ~XlsxReader();
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    // Opens the archive and reads the workbook's sheet list, shared strings and styles.
    bool open();
    QString error() const { return m_error; }
    QStringList sheetNames() const;
    int sheetIndex(const QString &name) const; // -1 when there is none of that name

    // Reads sheet number index (from 0) as rows of cell texts, each at least as wide as the first
    // (the header), as Excel saves CSV; empty cells beyond that are dropped.
    // Empty rows before the first row with a value are left out; later empty rows stay, so that a
    // row's line in the tab-separated text is its row in Excel when the table starts at row 1.
    // maxRows > 0 stops after that many rows (enough to recognise a header).
    bool readSheet(int index, QList<QStringList> *rows, int maxRows = 0);
    // The same rows as tab-separated text that CsvReader reads back as the same fields (a field
    // holding a tab, line break or quote is quoted, quotes doubled), built row by row so that a
    // large sheet is never held twice; refused beyond MaximumTextCharacters.
    bool readSheetText(int index, QString *text, int maxRows = 0);

private:
    struct Sheet
    {
        QString name;
        QString part; // "xl/worksheets/sheet1.xml"
    };

    bool fail(const QString &reason);
    // Streams one part of the archive through parse, within MaximumPartBytes. A missing part is
    // an error only when required.
    bool readPart(const QString &part, bool required, const std::function<bool(QXmlStreamReader &)> &parse);
    bool readWorkbook();
    bool readRelationships(QHash<QString, QString> *worksheets, QString *sharedStrings, QString *styles);
    bool readSharedStrings(const QString &part);
    bool readStyles(const QString &part);
    // Every row of a sheet in order, empty rows between rows with values included; onRow returns
    // false to stop with an error already set.
    bool readRows(int index, int maxRows, const std::function<bool(const QStringList &)> &onRow);
    QString cellText(const QString &type, int style, const QString &value) const;

    QByteArray m_bytes;
    std::unique_ptr<QBuffer> m_buffer;
    std::unique_ptr<QuaZip> m_zip;
    QString m_error;
    QList<Sheet> m_sheets;
    QStringList m_sharedStrings;
    QSet<int> m_dateStyles; // indexes into cellXfs whose number format is a date
    bool m_date1904 = false;
};
