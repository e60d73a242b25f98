// Excel in and out. Workbooks are written here with libxlsxwriter (shared, inline and rich strings,
// numbers, dates, booleans, formulas with cached values, empty cells, several sheets) or by hand as
// XML parts zipped with QuaZip, read through DocumentImporter and compared with the same data as
// CSV; exports are written from a model and read back with XlsxReader.
#include "TableExporter.h"
#include "XlsxTableWriter.h"
#include "reference/AuthorityRegister.h"
#include "ingest/DocumentImporter.h"
#include "ingest/IndicatorTableParser.h"
#include "reference/MeasureRegister.h"
#include "ingest/WideTableParser.h"
#include "itemmodels/ItemRoles.h"
#include "text/XlsxReader.h"

#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <xlsxwriter.h>

#include <functional>

namespace {

// A formula with the value Excel cached for it.
struct Formula
{
    QString formula;
    double cached;
};

} // namespace
Q_DECLARE_METATYPE(Formula)

namespace {

using Rows = QList<QVariantList>;

// A number as Excel saves it as CSV: 15 significant digits, shortest form.
QString excelNumber(double d)
{
    return QString::number(QString::number(d, 'g', 15).toDouble(), 'f', QLocale::FloatingPointShortest);
}

// A cell the way a spreadsheet saves it as CSV: numbers as Excel shows them, dates ISO.
QString csvText(const QVariant &v)
{
    if (v.userType() == qMetaTypeId<Formula>())
        return excelNumber(v.value<Formula>().cached);
    switch (v.typeId()) {
    case QMetaType::Double:
        return excelNumber(v.toDouble());
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    default:
        return v.toString().remove(QRegularExpression(QStringLiteral("^rich:")));
    }
}

QByteArray csvOf(const QStringList &header, const Rows &rows)
{
    auto field = [](QString s) -> QString {
        if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')))
            return s;
        return QLatin1Char('"') + s.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
    };
    QStringList lines { QStringList(header).join(QLatin1Char(',')) };
    for (const QVariantList &row : rows) {
        QStringList cells;
        for (const QVariant &v : row)
            cells.append(field(csvText(v)));
        // Excel writes a field for every column of the table, empty or not.
        while (cells.size() < header.size())
            cells.append(QString());
        while (cells.size() > header.size() && cells.last().isEmpty())
            cells.removeLast();
        lines.append(cells.join(QLatin1Char(',')));
    }
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

struct SheetData
{
    QString name;
    QStringList header;
    Rows rows;
};

// Writes the sheets with libxlsxwriter. Strings go to the shared-string table, or inline in
// constant-memory mode; a string starting with "rich:" is written as two rich-text runs.
QByteArray workbookOf(const QList<SheetData> &sheets, bool inlineStrings = false)
{
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("w.xlsx")));
    lxw_workbook_options options {};
    options.constant_memory = inlineStrings ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *book = workbook_new_opt(path.constData(), &options);
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    for (const SheetData &s : sheets) {
        lxw_worksheet *ws = workbook_add_worksheet(book, s.name.toUtf8().constData());
        Rows all { QVariantList(s.header.cbegin(), s.header.cend()) };
        all += s.rows;
        for (int r = 0; r < all.size(); ++r) {
            for (int c = 0; c < all.at(r).size(); ++c) {
                const QVariant &v = all.at(r).at(c);
                if (v.userType() == qMetaTypeId<Formula>()) {
                    worksheet_write_formula_num(
                        ws, r, c, v.value<Formula>().formula.toUtf8().constData(), nullptr, v.value<Formula>().cached);
                    continue;
                }
                switch (v.typeId()) {
                case QMetaType::Double:
                    worksheet_write_number(ws, r, c, v.toDouble(), nullptr);
                    break;
                case QMetaType::QDate: {
                    lxw_datetime d { v.toDate().year(), v.toDate().month(), v.toDate().day(), 0, 0, 0 };
                    worksheet_write_datetime(ws, r, c, &d, date);
                    break;
                }
                case QMetaType::Bool:
                    worksheet_write_boolean(ws, r, c, v.toBool(), nullptr);
                    break;
                case QMetaType::QString: {
                    const QString text = v.toString();
                    if (text.isEmpty())
                        break;
                    if (text.startsWith(QLatin1String("rich:")) && !inlineStrings) {
                        QByteArray a = text.mid(5, 3).toUtf8(), b = text.mid(8).toUtf8();
                        lxw_rich_string_tuple first { bold, a.data() }, second { nullptr, b.data() };
                        lxw_rich_string_tuple *parts[] = { &first, &second, nullptr };
                        worksheet_write_rich_string(ws, r, c, parts, nullptr);
                    } else {
                        worksheet_write_string(ws, r, c,
                            QString(text).remove(QRegularExpression(QStringLiteral("^rich:"))).toUtf8().constData(),
                            nullptr);
                    }
                    break;
                }
                default:
                    break; // an empty cell
                }
            }
        }
    }
    if (workbook_close(book) != LXW_NO_ERROR)
        return {};
    QFile f(dir.filePath(QStringLiteral("w.xlsx")));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A ZIP of the given parts, for workbooks written by hand and archives that are not workbooks.
QByteArray zipOf(const QList<QPair<QString, QByteArray>> &parts)
{
    QBuffer buffer;
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    for (const auto &part : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(part.first)))
            return {};
        file.write(part.second);
        file.close();
    }
    zip.close();
    return buffer.data();
}

// One workbook part of a zipped file, as text (to check what libxlsxwriter wrote).
QString partOf(const QByteArray &bytes, const QString &name)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return {};
    QuaZipFile file(&zip);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList dump(const DocumentImporter::Outcome &outcome)
{
    if (!outcome.ok())
        return { QStringLiteral("error: ") + outcome.error };
    QStringList out;
    for (const Observation &o : outcome.result.observations)
        out.append(QStringLiteral("%1|%2|%3|%4|%5|%6|row %7")
                       .arg(o.indicatorCode, o.authority.name, o.period.text,
                           o.value ? QString::number(*o.value, 'g', 17) : QStringLiteral("missing:") + o.missingMarker,
                           o.unit, o.comparator)
                       .arg(o.sourceRow));
    for (const RowRejection &r : outcome.result.rejections)
        out.append(QStringLiteral("rejected row %1: %2").arg(r.row).arg(r.reason));
    return out;
}

QStringList rowsDump(const QList<QStringList> &rows)
{
    QStringList out;
    for (const QStringList &row : rows)
        out.append(row.join(QLatin1Char('|')));
    return out;
}

const QStringList laitHeader { QStringLiteral("Short Desc"), QStringLiteral("Data item"), QStringLiteral("Years"),
    QStringLiteral("LA and Regions"), QStringLiteral("Values"), QStringLiteral("LA Number"), QStringLiteral("Region") };

Rows laitRows()
{
    const QString inf = QStringLiteral("Infant Mortality");
    const QString em = QStringLiteral("East Midlands");
    return {
        { QStringLiteral("InfMort"), inf, QStringLiteral("2019"), QStringLiteral("rich:Leicester"), 3.9, 856.0, em },
        { QStringLiteral("InfMort"), inf, QStringLiteral("2020"), QStringLiteral("Leicester"), QStringLiteral("x"), 856.0, em },
        { QStringLiteral("InfMort"), inf, QStringLiteral("2019"), QStringLiteral("Leicestershire"), 2.75, 855.0, em },
        { QStringLiteral("InfMort"), inf, QStringLiteral("2020"), QStringLiteral("Leicestershire"), QStringLiteral(".."), 855.0, em },
        { QStringLiteral("RTA"), QStringLiteral("Number of children killed and seriously injured in RTAs, rate"),
            QStringLiteral("2014-16"), QStringLiteral("Birmingham"), QVariant::fromValue(Formula { QStringLiteral("=20+4.78"), 24.78 }),
            330.0, QStringLiteral("West Midlands") },
        { QStringLiteral("RTA"), QStringLiteral("Number of children killed and seriously injured in RTAs, rate"),
            QStringLiteral("2014-16"), QStringLiteral("Leicester"), QVariant(), 856.0, em },
        { QStringLiteral("RTA"), QStringLiteral("Number of children killed and seriously injured in RTAs, rate"),
            QStringLiteral("2015-17"), QStringLiteral("Leicester"), 0.1 + 0.2, 856.0, em },
    };
}

const QStringList simpleHeader { QStringLiteral("authority"), QStringLiteral("indicator code"), QStringLiteral("title"),
    QStringLiteral("period"), QStringLiteral("value"), QStringLiteral("unit"), QStringLiteral("source"),
    QStringLiteral("checked") };

Rows simpleRows()
{
    const QString title = QStringLiteral("Prevalence of breastfeeding at 6-8 weeks");
    const QDate published(2009, 3, 31);
    return {
        { QStringLiteral("Leicester"), QStringLiteral("NI 53"), title, QStringLiteral("2008/09"), 12.5, QStringLiteral("%"), published, true },
        { QStringLiteral("Leicester"), QStringLiteral("NI 53"), title, QStringLiteral("2009/10"), 14.0, QVariant(), published, false },
        { QStringLiteral("Leicestershire"), QStringLiteral("NI 53"), title, QStringLiteral("2008/09"), QStringLiteral("n/a"), QStringLiteral("%") },
        { QStringLiteral("Leicestershire"), QStringLiteral("NI 53"), title, QStringLiteral("2009/10"), QVariant::fromValue(Formula { QStringLiteral("=10*1.5"), 15 }), QStringLiteral("%"), QVariant(), true },
        { QStringLiteral("Leicester"), QStringLiteral("NI 112"), QStringLiteral("Under 18 conception rate"), QStringLiteral("2008"), -12.25, QVariant(), published },
        { QStringLiteral("Nowhere"), QStringLiteral("NI 112"), QStringLiteral("Under 18 conception rate"), QStringLiteral("2008"), 1.0 },
    };
}

const QStringList wideHeader { QStringLiteral("year"), QStringLiteral("la_code_3"), QStringLiteral("la_name"),
    QStringLiteral("l2_by19_rate"), QStringLiteral("l3_by19_rate") };

Rows wideRows()
{
    return {
        { QStringLiteral("2019"), 856.0, QStringLiteral("Leicester"), 78.5, 50.25 },
        { QStringLiteral("2019"), 855.0, QStringLiteral("Leicestershire"), QStringLiteral("x"), 61.0 },
        { QStringLiteral("2020"), 856.0, QStringLiteral("Leicester"), QVariant::fromValue(Formula { QStringLiteral("=70+9"), 79 }), QVariant() },
    };
}

// The OLE compound file Office writes for an encrypted workbook: the signature, then a directory
// sector naming the EncryptionInfo stream in UTF-16LE.
QByteArray encryptedWorkbook()
{
    QByteArray bytes = QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    bytes.append(504, '\0');
    for (const char c : QByteArrayLiteral("EncryptionInfo")) {
        bytes.append(c);
        bytes.append('\0');
    }
    bytes.append(1024, '\0');
    return bytes;
}

} // namespace

class TestXlsx : public QObject
{
    Q_OBJECT

private:
    DocumentImporter m_importer;

    void compareWithCsv(const QStringList &header, const Rows &rows, bool inlineStrings)
    {
        const QByteArray csv = csvOf(header, rows);
        const QByteArray xlsx = workbookOf({ { QStringLiteral("Data"), header, rows } }, inlineStrings);
        QVERIFY(!xlsx.isEmpty());
        const DocumentImporter::Outcome fromCsv = m_importer.read(csv, QStringLiteral("data.csv"));
        QVERIFY2(fromCsv.ok(), qPrintable(fromCsv.error));
        const DocumentImporter::Outcome fromXlsx = m_importer.read(xlsx, QStringLiteral("data.csv"));
        QVERIFY2(fromXlsx.ok(), qPrintable(fromXlsx.error));
        QVERIFY(!fromXlsx.result.observations.isEmpty());
        QCOMPARE(dump(fromXlsx), dump(fromCsv));
        QCOMPARE(fromXlsx.result.document.kind, DocumentKind::IndicatorTable);
        QVERIFY2(fromXlsx.result.document.title.contains(QLatin1String("sheet \"Data\", 1 of 1")),
            qPrintable(fromXlsx.result.document.title));
        // Every value's evidence is its row of the converted text, which is what is stored.
        const Observation &o = fromXlsx.result.observations.first();
        const QString row = fromXlsx.result.document.originalText.mid(o.evidence.start, o.evidence.end - o.evidence.start);
        QVERIFY2(row.contains(o.authority.name.left(4)), qPrintable(row));
    }

private slots:
    void laitLayoutSameAsCsv() { compareWithCsv(laitHeader, laitRows(), false); }
    void laitLayoutInlineStrings() { compareWithCsv(laitHeader, laitRows(), true); }
    void simpleLayoutSameAsCsv() { compareWithCsv(simpleHeader, simpleRows(), false); }
    void simpleLayoutInlineStrings() { compareWithCsv(simpleHeader, simpleRows(), true); }

    void wideLayoutSameAsCsv()
    {
        // One row per authority, measures as columns: the same reader as for CSV.
        const WideTableParser wide(AuthorityRegister::bundled(), MeasureRegister::bundled());
        QVERIFY(wide.describe(QString::fromUtf8(csvOf(wideHeader, wideRows()))).isValid());
        compareWithCsv(wideHeader, wideRows(), false);
        compareWithCsv(wideHeader, wideRows(), true);
    }

    void cellsAsText()
    {
        // What each kind of cell becomes, read straight from the reader.
        QList<QStringList> rows;
        XlsxReader reader(workbookOf({ { QStringLiteral("Data"), simpleHeader, simpleRows() } }));
        QVERIFY2(reader.open(), qPrintable(reader.error()));
        QVERIFY2(reader.readSheet(0, &rows), qPrintable(reader.error()));
        QCOMPARE(rowsDump(rows),
            QStringList({ QStringLiteral("authority|indicator code|title|period|value|unit|source|checked"),
                QStringLiteral("Leicester|NI 53|Prevalence of breastfeeding at 6-8 weeks|2008/09|12.5|%|2009-03-31|TRUE"),
                QStringLiteral("Leicester|NI 53|Prevalence of breastfeeding at 6-8 weeks|2009/10|14||2009-03-31|FALSE"),
                QStringLiteral("Leicestershire|NI 53|Prevalence of breastfeeding at 6-8 weeks|2008/09|n/a|%||"),
                QStringLiteral("Leicestershire|NI 53|Prevalence of breastfeeding at 6-8 weeks|2009/10|15|%||TRUE"),
                QStringLiteral("Leicester|NI 112|Under 18 conception rate|2008|-12.25||2009-03-31|"),
                QStringLiteral("Nowhere|NI 112|Under 18 conception rate|2008|1|||") }));
    }

    void handWrittenParts()
    {
        // What libxlsxwriter never writes: inline rich text, cells without references, gaps in
        // rows and columns, phonetic runs, escapes, 1904 dates, a custom date format, noisy
        // doubles, errors and formula strings.
        const QByteArray workbook = QByteArrayLiteral(
            "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><workbookPr date1904=\"1\"/>"
            "<sheets><sheet name=\"Chart\" sheetId=\"2\" r:id=\"rId9\"/><sheet name=\"Only\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        const QByteArray rels = QByteArrayLiteral(
            "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"/xl/worksheets/data.xml\"/>"
            "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet\" Target=\"chartsheets/sheet1.xml\"/>"
            "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"strings.xml\"/>"
            "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            "</Relationships>");
        const QByteArray strings = QByteArrayLiteral(
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            "<si><t>plain</t></si><si><r><rPr><b/></rPr><t>ri</t></r><r><t xml:space=\"preserve\">ch text</t></r><rPh><t>PHONETIC</t></rPh></si>"
            "<si><t>a_x000D_b_x005F_x0041_</t></si></sst>");
        const QByteArray styles = QByteArrayLiteral(
            "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts>"
            "<numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/><numFmt numFmtId=\"165\" formatCode=\"0.0&quot; days&quot;\"/></numFmts>"
            "<cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs>"
            "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>");
        const QByteArray sheet = QByteArrayLiteral(
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"s\"><v>1</v></c><c r=\"D2\" t=\"s\"><v>2</v></c></row>"
            "<row r=\"3\"><c t=\"inlineStr\"><is><r><t>in</t></r><r><t>line</t></r></is></c><c><v>0.30000000000000004</v></c>"
            "<c><v>1E-3</v></c><c s=\"1\"><v>0</v></c><c s=\"2\"><v>3</v></c><c s=\"3\"><v>40000.75</v></c></row>"
            "<row r=\"5\"><c r=\"B5\" t=\"e\"><v>#N/A</v></c><c r=\"C5\" t=\"str\"><f>A2&amp;\"!\"</f><v>plain!</v></c>"
            "<c r=\"D5\"><f>1/0</f></c><c r=\"E5\" t=\"b\"><v>0</v></c><c r=\"F5\"><v>1234567.5</v></c><c r=\"G5\" s=\"1\"/></row>"
            "</sheetData></worksheet>");
        const QByteArray bytes = zipOf({ { QStringLiteral("[Content_Types].xml"), QByteArrayLiteral("<Types/>") },
            { QStringLiteral("xl/workbook.xml"), workbook }, { QStringLiteral("xl/_rels/workbook.xml.rels"), rels },
            { QStringLiteral("xl/strings.xml"), strings }, { QStringLiteral("xl/styles.xml"), styles },
            { QStringLiteral("xl/worksheets/data.xml"), sheet } });
        QVERIFY(XlsxReader::isWorkbook(bytes));
        XlsxReader reader(bytes);
        QVERIFY2(reader.open(), qPrintable(reader.error()));
        QCOMPARE(reader.sheetNames(), QStringList { QStringLiteral("Only") }); // the chart sheet holds no cells
        QList<QStringList> rows;
        QVERIFY2(reader.readSheet(0, &rows), qPrintable(reader.error()));
        QCOMPARE(rowsDump(rows),
            QStringList({ QStringLiteral("plain||rich text|a\rb_x0041_"),
                // 1904 dates: day 0 is 1 January 1904; 40000.75 is a date in 2013 (2009 from 1900)
                QStringLiteral("inline|0.3|0.001|1904-01-01|3|2013-07-07"), QString(),
                QStringLiteral("|#N/A|plain!||FALSE|1234567.5") }));
        QString text;
        QVERIFY(reader.readSheetText(0, &text));
        QCOMPARE(text, QStringLiteral("plain\t\trich text\t\"a\rb_x0041_\"\ninline\t0.3\t0.001\t1904-01-01\t3\t2013-07-07\n\n\t#N/A\tplain!\t\tFALSE\t1234567.5\n"));
    }

    void sheetChooser()
    {
        const Rows notes { { QStringLiteral("Downloaded from LAIT on 1 May 2024") }, { QStringLiteral("See the Data sheet") } };
        const QByteArray bytes = workbookOf({ { QStringLiteral("Notes"), { QStringLiteral("About this file") }, notes },
            { QStringLiteral("Data"), simpleHeader, simpleRows() }, { QStringLiteral("LAIT"), laitHeader, laitRows() } });
        QString error;
        QCOMPARE(DocumentImporter::sheetsOf(bytes, &error),
            QStringList({ QStringLiteral("Notes"), QStringLiteral("Data"), QStringLiteral("LAIT") }));
        QVERIFY(error.isEmpty());
        QVERIFY(DocumentImporter::sheetsOf(csvOf(simpleHeader, simpleRows()), &error).isEmpty());
        QVERIFY(error.isEmpty());

        // By default the first sheet that reads as a table; by name any other.
        const DocumentImporter::Outcome first = m_importer.read(bytes, QStringLiteral("w.xlsx"));
        QCOMPARE(dump(first), dump(m_importer.read(csvOf(simpleHeader, simpleRows()), QStringLiteral("d.csv"))));
        QVERIFY2(first.result.document.title.contains(QLatin1String("sheet \"Data\", 2 of 3")),
            qPrintable(first.result.document.title));
        TableOptions options;
        options.sheet = QStringLiteral("LAIT");
        const DocumentImporter::Outcome lait = m_importer.read(bytes, QStringLiteral("w.xlsx"), nullptr, options);
        QCOMPARE(dump(lait), dump(m_importer.read(csvOf(laitHeader, laitRows()), QStringLiteral("l.csv"))));
        QVERIFY(lait.result.document.title.contains(QLatin1String("sheet \"LAIT\", 3 of 3")));

        options.sheet = QStringLiteral("Notes");
        const DocumentImporter::Outcome notTable = m_importer.read(bytes, QStringLiteral("w.xlsx"), nullptr, options);
        QVERIFY(!notTable.ok());
        QVERIFY2(notTable.error.contains(QLatin1String("sheet \"Notes\", 1 of 3 is not a table")), qPrintable(notTable.error));
        options.sheet = QStringLiteral("Missing");
        const DocumentImporter::Outcome missing = m_importer.read(bytes, QStringLiteral("w.xlsx"), nullptr, options);
        QVERIFY2(missing.error.contains(QLatin1String("no sheet \"Missing\"; its sheets are: Notes, Data, LAIT")),
            qPrintable(missing.error));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("onOpen"); // found already when listing the sheets
        const QByteArray good = workbookOf({ { QStringLiteral("Data"), simpleHeader, simpleRows() } });
        QTest::newRow("truncated") << good.left(good.size() / 2) << "damaged or cut short" << true;
        QTest::newRow("truncated at the end") << good.chopped(10) << "damaged or cut short" << true;
        // The sheet's compressed bytes follow its local header (30 bytes and its name).
        QByteArray corrupt = good;
        const qsizetype sheetData = corrupt.indexOf("xl/worksheets/sheet1.xml") + 24;
        for (qsizetype i = sheetData + 20; i < sheetData + 120; ++i)
            corrupt[i] = char(corrupt.at(i) ^ 0x5A);
        QTest::newRow("damaged inside") << corrupt << "the workbook is damaged: its part xl/worksheets/sheet1.xml" << false;
        QTest::newRow("zip of text") << zipOf({ { QStringLiteral("letter.txt"), QByteArrayLiteral("Dear Sir") } })
                                     << "a ZIP archive but not an Excel workbook" << true;
        QTest::newRow("word document") << zipOf({ { QStringLiteral("word/document.xml"), QByteArrayLiteral("<w/>") } })
                                       << "a Word document" << true;
        QTest::newRow("password-protected") << encryptedWorkbook() << "the workbook is password-protected; " << true;
        QByteArray old = QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
        old.append(2040, '\0');
        QTest::newRow("Excel 97-2003") << old << "Office 97-2003 file" << true;
        const QByteArray notWorkbookXml = zipOf({ { QStringLiteral("xl/workbook.xml"), QByteArrayLiteral("<workbook><sheets>") },
            { QStringLiteral("xl/_rels/workbook.xml.rels"), QByteArrayLiteral("<Relationships/>") } });
        QTest::newRow("broken XML") << notWorkbookXml << "not well-formed XML" << true;
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QFETCH(bool, onOpen);
        const DocumentImporter::Outcome outcome = m_importer.read(bytes, QStringLiteral("bad.xlsx"));
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error.contains(reason), qPrintable(outcome.error));
        if (onOpen) {
            QString error;
            QVERIFY(DocumentImporter::sheetsOf(bytes, &error).isEmpty());
            QVERIFY2(error.contains(reason), qPrintable(error));
        }
    }

    void zipBombRefused()
    {
        // A sheet that inflates beyond the limit is refused before (or while) it is read.
        QBuffer buffer;
        QuaZip zip(&buffer);
        QVERIFY(zip.open(QuaZip::mdCreate));
        const QList<QPair<QString, QByteArray>> small {
            { QStringLiteral("xl/workbook.xml"),
                QByteArrayLiteral("<workbook xmlns:r=\"r\"><sheets><sheet name=\"Big\" r:id=\"rId1\"/></sheets></workbook>") },
            { QStringLiteral("xl/_rels/workbook.xml.rels"),
                QByteArrayLiteral("<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>") }
        };
        for (const auto &part : small) {
            QuaZipFile file(&zip);
            QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(part.first)));
            file.write(part.second);
            file.close();
        }
        QuaZipFile sheet(&zip);
        QVERIFY(sheet.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml")), nullptr, 0,
            Z_DEFLATED, 1));
        sheet.write("<worksheet><sheetData><!--");
        const QByteArray spaces(1024 * 1024, ' ');
        for (qint64 written = 0; written <= XlsxReader::MaximumPartBytes; written += spaces.size())
            sheet.write(spaces);
        sheet.write("--></sheetData></worksheet>");
        sheet.close();
        zip.close();
        QVERIFY(buffer.data().size() < 2 * 1024 * 1024);
        const DocumentImporter::Outcome outcome = m_importer.read(buffer.data(), QStringLiteral("bomb.xlsx"));
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error.contains(QLatin1String("more than the 300 MB")), qPrintable(outcome.error));
    }

    void exportedWorkbook()
    {
        // A model as the window exports it: a value shown with its decimals and unit, a grade with
        // its words, a date shown in the locale's form, text and an empty cell.
        QStandardItemModel model(0, 5);
        model.setHorizontalHeaderLabels({ QStringLiteral("Authority"), QStringLiteral("Value"), QStringLiteral("Grade"),
            QStringLiteral("Date"), QStringLiteral("Note") });
        auto item = [](const QString &text, const QVariant &value = {}, const QVariant &sort = {}) {
            auto *i = new QStandardItem(text);
            if (value.isValid())
                i->setData(value, ItemRoles::ValueRole);
            if (sort.isValid())
                i->setData(sort, ItemRoles::SortRole);
            return i;
        };
        const QDate date(2009, 3, 31);
        model.appendRow({ item(QStringLiteral("Leicester"), 12.5), item(QStringLiteral("12.50%"), 12.5),
            item(QStringLiteral("2 Good"), 2), item(QLocale().toString(date, QLocale::ShortFormat), {}, date),
            item(QStringLiteral("as written")) });
        model.appendRow({ item(QStringLiteral("Leicestershire")), item(QStringLiteral("1,234"), 1234.0),
            item(QStringLiteral("3"), 3), item(QString()), item(QStringLiteral("<10"), 10.0) });
        ExportContext context;
        context.title = QStringLiteral("Indicator NI 53");
        context.authorities = QStringList { QStringLiteral("Leicester"), QStringLiteral("Leicestershire") };
        context.years = QStringLiteral("2006\u20132010");
        context.source = QStringLiteral("Source: Plan review (Leicestershire, 31 March 2009).");

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("table.xlsx"));
        QString error;
        QVERIFY2(TableExporter::saveXlsx(&model, context, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();

        const QString sheet1 = partOf(bytes, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY2(sheet1.contains(QRegularExpression(QStringLiteral("<pane [^>]*ySplit=\"1\"[^>]*state=\"frozen\""))),
            qPrintable(sheet1));
        QVERIFY(sheet1.contains(QLatin1String("<col ")));
        // Numbers and dates are numeric cells (no t attribute); text is a shared string.
        auto cell = [&](const QString &ref) {
            const QRegularExpressionMatch m
                = QRegularExpression(QStringLiteral("<c r=\"%1\"[^>]*>").arg(ref)).match(sheet1);
            return m.captured(0);
        };
        QVERIFY2(!cell(QStringLiteral("B2")).contains(QLatin1String(" t=")), qPrintable(cell(QStringLiteral("B2"))));
        QVERIFY(!cell(QStringLiteral("B3")).contains(QLatin1String(" t=")));
        QVERIFY(!cell(QStringLiteral("C3")).contains(QLatin1String(" t=")));
        QVERIFY(!cell(QStringLiteral("D2")).contains(QLatin1String(" t=")));
        QVERIFY(cell(QStringLiteral("C2")).contains(QLatin1String("t=\"s\"")));
        QVERIFY(cell(QStringLiteral("A2")).contains(QLatin1String("t=\"s\"")));
        QVERIFY(cell(QStringLiteral("E3")).contains(QLatin1String("t=\"s\"")));
        QVERIFY(cell(QStringLiteral("D3")).isEmpty()); // empty stays empty
        const QString styles = partOf(bytes, QStringLiteral("xl/styles.xml"));
        QVERIFY2(styles.contains(QLatin1String("formatCode=\"0.00&quot;%&quot;\"")), qPrintable(styles));
        QVERIFY(styles.contains(QLatin1String("formatCode=\"d mmm yyyy\"")));

        XlsxReader reader(bytes);
        QVERIFY2(reader.open(), qPrintable(reader.error()));
        QCOMPARE(reader.sheetNames(), QStringList({ QStringLiteral("Indicator NI 53"), QStringLiteral("About") }));
        QList<QStringList> rows;
        QVERIFY(reader.readSheet(0, &rows));
        QCOMPARE(rowsDump(rows),
            QStringList({ QStringLiteral("Authority|Value|Grade|Date|Note"),
                QStringLiteral("Leicester|12.5|2 Good|2009-03-31|as written"),
                QStringLiteral("Leicestershire|1234|3||<10") }));
        QVERIFY(reader.readSheet(1, &rows));
        const QStringList about = rowsDump(rows);
        QCOMPARE(about.value(0), QStringLiteral("Title|Indicator NI 53"));
        QCOMPARE(about.value(1), QStringLiteral("Authorities|Leicester, Leicestershire"));
        QCOMPARE(about.value(2), QStringLiteral("Years|2006\u20132010"));
        QCOMPARE(about.value(3), QStringLiteral("Sources|Source: Plan review (Leicestershire, 31 March 2009)."));
        QVERIFY2(about.value(4).startsWith(QStringLiteral("Produced|") + QDate::currentDate().toString(Qt::ISODate)),
            qPrintable(about.value(4)));
    }

    void exportFailureLeavesNothing()
    {
        QStandardItemModel model(1, 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing-folder/table.xlsx"));
        QString error;
        QVERIFY(!TableExporter::saveXlsx(&model, ExportContext(), path, &error));
        QVERIFY2(error.contains(path) && error.contains(QLatin1String("cannot write")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestXlsx)
#include "tst_xlsx.moc"
