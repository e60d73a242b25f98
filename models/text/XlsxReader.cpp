#include "XlsxReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QLocale>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("XlsxReader", text);
}

// Hands a part's inflated bytes to the XML reader and stops at a budget: the sizes a ZIP's
// directory states can lie, what comes out of the inflater cannot.
class BudgetDevice : public QIODevice
{
public:
    BudgetDevice(QIODevice *inner, qint64 budget)
        : m_inner(inner)
        , m_budget(budget)
    {
        QIODevice::open(QIODevice::ReadOnly);
    }
    bool exceeded() const { return m_exceeded; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = m_inner->read(data, maxSize);
        if (n <= 0)
            return -1;
        m_used += n;
        if (m_used > m_budget) {
            m_exceeded = true;
            return -1;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_inner;
    qint64 m_budget;
    qint64 m_used = 0;
    bool m_exceeded = false;
};

const QByteArray oleSignature = QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");

// Excel writes characters XML cannot hold (and underscores that look like such escapes) as _xHHHH_.
QString unescapeOoxml(const QString &s)
{
    if (!s.contains(QLatin1String("_x")))
        return s;
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('_') && i + 6 < s.size() && s.at(i + 1) == QLatin1Char('x')
            && s.at(i + 6) == QLatin1Char('_')) {
            bool ok = false;
            const ushort code = s.mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out.append(QChar(code));
                i += 6;
                continue;
            }
        }
        out.append(s.at(i));
    }
    return out;
}

// The text of a string item (<si> or <is>): plain <t>, or rich-text runs <r><t> joined; phonetic
// guides (<rPh>) are not part of the text.
QString stringItem(QXmlStreamReader &xml)
{
    QString text;
    const QString element = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == element)
                break;
        }
    }
    return unescapeOoxml(text);
}

// "AB12" -> 27; -1 when the reference holds no column letters.
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        column = column * 26 + (u - u'A' + 1);
        if (++letters > 3)
            return -1;
    }
    return letters == 0 ? -1 : column - 1;
}

// Excel stores 15 significant digits; further digits in the file are binary noise (0.1+0.2 is
// written 0.30000000000000004). Written in plain C notation, shortest form that reads back.
QString plainNumber(const QString &value)
{
    bool ok = false;
    double d = QLocale::c().toDouble(value.trimmed(), &ok);
    if (!ok || !std::isfinite(d))
        return value;
    d = QLocale::c().toDouble(QString::number(d, 'g', 15));
    if (d == 0)
        return QStringLiteral("0");
    const double magnitude = std::fabs(d);
    if (magnitude >= 1e-6 && magnitude < 1e15)
        return QString::number(d, 'f', QLocale::FloatingPointShortest);
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

// Whether a number format code shows a date: d, m or y outside quoted text, escapes and [colour]
// or [$-locale] sections. "m" alone beside h or s is minutes, not months.
bool isDateFormatCode(const QString &code)
{
    bool d = false, m = false, y = false, hs = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i).toLower();
        if (c == QLatin1Char('"')) {
            const qsizetype close = code.indexOf(QLatin1Char('"'), i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = code.indexOf(QLatin1Char(']'), i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char(';')) {
            break; // the positive section decides
        } else if (c == QLatin1Char('d')) {
            d = true;
        } else if (c == QLatin1Char('m')) {
            m = true;
        } else if (c == QLatin1Char('y')) {
            y = true;
        } else if (c == QLatin1Char('h') || c == QLatin1Char('s')) {
            hs = true;
        }
    }
    return d || y || (m && !hs);
}

bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

QString partPath(const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(QStringLiteral("xl/") + target);
}

QString quotedIfNeeded(const QString &field)
{
    if (!field.contains(QLatin1Char('\t')) && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r')) && !field.contains(QLatin1Char('"')))
        return field;
    QString quoted = field;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

bool XlsxReader::isZip(const QByteArray &bytes)
{
    return bytes.startsWith("PK\x03\x04");
}

bool XlsxReader::isOleCompoundFile(const QByteArray &bytes)
{
    return bytes.startsWith(oleSignature);
}

bool XlsxReader::isEncryptedOffice(const QByteArray &bytes)
{
    // The directory of a compound file names its streams in UTF-16LE; an encrypted OOXML package
    // is such a file with an "EncryptionInfo" stream beside the encrypted package.
    static const QByteArray name = QByteArray::fromRawData(
        reinterpret_cast<const char *>(u"EncryptionInfo"), 14 * sizeof(char16_t));
    return isOleCompoundFile(bytes) && bytes.contains(name);
}

bool XlsxReader::isWorkbook(const QByteArray &bytes)
{
    if (!isZip(bytes))
        return false;
    QBuffer buffer;
    buffer.setData(bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return false;
    return zip.setCurrentFile(QStringLiteral("xl/workbook.xml"), QuaZip::csInsensitive);
}

XlsxReader::XlsxReader(const QByteArray &bytes)
    : m_bytes(bytes)
{
}

XlsxReader::~XlsxReader()
{
    if (m_zip && m_zip->isOpen())
        m_zip->close();
}

bool XlsxReader::fail(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = reason;
    return false;
}

bool XlsxReader::open()
{
    if (isOleCompoundFile(m_bytes)) {
        return fail(isEncryptedOffice(m_bytes)
                ? tr("the workbook is password-protected; open it in Excel, remove the password (File, "
                     "Info, Protect Workbook) and save it again, then import that copy")
                : tr("it is an Office 97-2003 file (such as an .xls workbook), which this program does not "
                     "read; save it in Excel as an .xlsx workbook or as CSV and import that"));
    }
    if (!isZip(m_bytes))
        return fail(tr("it is not an Excel workbook (it does not start as a ZIP archive)"));
    m_buffer = std::make_unique<QBuffer>();
    m_buffer->setData(m_bytes);
    m_zip = std::make_unique<QuaZip>(m_buffer.get());
    if (!m_zip->open(QuaZip::mdUnzip))
        return fail(tr("the workbook is damaged or cut short: its ZIP directory cannot be read (error %1)")
                        .arg(m_zip->getZipError()));
    if (!m_zip->setCurrentFile(QStringLiteral("xl/workbook.xml"), QuaZip::csInsensitive)) {
        const QStringList names = m_zip->getFileNameList();
        // A directory cut short still opens, listing nothing or stopping with an error.
        if (names.isEmpty() || m_zip->getZipError() != UNZ_OK)
            return fail(tr("the workbook is damaged or cut short: its ZIP directory cannot be read (error %1)")
                            .arg(m_zip->getZipError()));
        auto holds = [&](const QString &prefix) {
            return std::any_of(names.cbegin(), names.cend(),
                [&](const QString &n) { return n.startsWith(prefix, Qt::CaseInsensitive); });
        };
        if (holds(QStringLiteral("word/")))
            return fail(tr("it is a Word document, not an Excel workbook"));
        if (holds(QStringLiteral("ppt/")))
            return fail(tr("it is a PowerPoint presentation, not an Excel workbook"));
        if (holds(QStringLiteral("content.xml")))
            return fail(tr("it is an OpenDocument file; save it as an .xlsx workbook or as CSV and import that"));
        return fail(tr("it is a ZIP archive but not an Excel workbook (it holds no xl/workbook.xml)"));
    }
    QHash<QString, QString> worksheets;
    QString sharedStrings = QStringLiteral("xl/sharedStrings.xml");
    QString styles = QStringLiteral("xl/styles.xml");
    if (!readRelationships(&worksheets, &sharedStrings, &styles) || !readWorkbook())
        return false;
    QList<Sheet> sheets;
    for (const Sheet &s : std::as_const(m_sheets)) {
        // Chart sheets and dialog sheets hold no cells; only worksheets are listed.
        if (worksheets.contains(s.part))
            sheets.append({ s.name, worksheets.value(s.part) });
    }
    m_sheets = sheets;
    if (m_sheets.isEmpty())
        return fail(tr("the workbook holds no worksheets"));
    return readSharedStrings(sharedStrings) && readStyles(styles);
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet &s : m_sheets)
        names.append(s.name);
    return names;
}

int XlsxReader::sheetIndex(const QString &name) const
{
    for (int i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets.at(i).name == name)
            return i;
    }
    for (int i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

bool XlsxReader::readPart(
    const QString &part, bool required, const std::function<bool(QXmlStreamReader &)> &parse)
{
    if (!m_zip->setCurrentFile(part, QuaZip::csInsensitive)) {
        if (required)
            return fail(tr("the workbook is incomplete: it lacks its part %1").arg(part));
        return true;
    }
    QuaZipFileInfo64 info;
    if (m_zip->getCurrentFileInfo(&info) && info.uncompressedSize > quint64(MaximumPartBytes))
        return fail(tr("the workbook's part %1 is %2 MB of XML, more than the %3 MB this program reads")
                        .arg(part)
                        .arg(info.uncompressedSize / (1024 * 1024))
                        .arg(MaximumPartBytes / (1024 * 1024)));
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("the workbook is damaged: its part %1 cannot be opened (error %2)")
                        .arg(part)
                        .arg(file.getZipError()));
    BudgetDevice device(&file, MaximumPartBytes);
    QXmlStreamReader xml(&device);
    const bool parsed = parse(xml);
    if (device.exceeded())
        return fail(tr("the workbook's part %1 inflates to more than %2 MB; it is not a sheet this "
                       "program reads (it may be a ZIP bomb)")
                        .arg(part)
                        .arg(MaximumPartBytes / (1024 * 1024)));
    if (file.getZipError() != UNZ_OK)
        return fail(tr("the workbook is damaged: its part %1 cannot be inflated (error %2)")
                        .arg(part)
                        .arg(file.getZipError()));
    if (xml.hasError() && xml.error() != QXmlStreamReader::CustomError)
        return fail(tr("the workbook is damaged: its part %1 is not well-formed XML (line %2: %3)")
                        .arg(part)
                        .arg(xml.lineNumber())
                        .arg(xml.errorString()));
    if (!parsed)
        return false;
    file.close();
    if (file.getZipError() == UNZ_CRCERROR)
        return fail(tr("the workbook is damaged: its part %1 fails its checksum").arg(part));
    return true;
}

bool XlsxReader::readRelationships(QHash<QString, QString> *worksheets, QString *sharedStrings, QString *styles)
{
    return readPart(QStringLiteral("xl/_rels/workbook.xml.rels"), true, [&](QXmlStreamReader &xml) {
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement() || xml.name() != QLatin1String("Relationship"))
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (a.value(QLatin1String("TargetMode")) == QLatin1String("External"))
                continue;
            const QString type = a.value(QLatin1String("Type")).toString();
            const QString target = partPath(a.value(QLatin1String("Target")).toString());
            if (type.endsWith(QLatin1String("/worksheet")))
                worksheets->insert(a.value(QLatin1String("Id")).toString(), target);
            else if (type.endsWith(QLatin1String("/sharedStrings")))
                *sharedStrings = target;
            else if (type.endsWith(QLatin1String("/styles")))
                *styles = target;
        }
        return true;
    });
}

bool XlsxReader::readWorkbook()
{
    return readPart(QStringLiteral("xl/workbook.xml"), true, [&](QXmlStreamReader &xml) {
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == QLatin1String("workbookPr")) {
                const auto v = a.value(QLatin1String("date1904"));
                m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
            } else if (xml.name() == QLatin1String("sheet")) {
                // The relationship id is r:id in the transitional and the strict namespace alike.
                QString id;
                for (const QXmlStreamAttribute &attribute : a) {
                    if (attribute.name() == QLatin1String("id") && !attribute.namespaceUri().isEmpty())
                        id = attribute.value().toString();
                }
                // The part is resolved once the relationships are known; until then it holds the id.
                m_sheets.append({ a.value(QLatin1String("name")).toString(), id });
            }
        }
        return true;
    });
}

bool XlsxReader::readSharedStrings(const QString &part)
{
    return readPart(part, false, [&](QXmlStreamReader &xml) {
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si"))
                m_sharedStrings.append(stringItem(xml));
        }
        return true;
    });
}

bool XlsxReader::readStyles(const QString &part)
{
    return readPart(part, false, [&](QXmlStreamReader &xml) {
        QSet<int> dateFormats;
        bool inCellXfs = false;
        int xf = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
                inCellXfs = false;
            if (!xml.isStartElement())
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == QLatin1String("numFmt")) {
                if (isDateFormatCode(a.value(QLatin1String("formatCode")).toString()))
                    dateFormats.insert(a.value(QLatin1String("numFmtId")).toInt());
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                // Custom formats (164 and up) come before cellXfs in styles.xml.
                const int id = a.value(QLatin1String("numFmtId")).toInt();
                if (isBuiltInDateFormat(id) || dateFormats.contains(id))
                    m_dateStyles.insert(xf);
                ++xf;
            }
        }
        return true;
    });
}

QString XlsxReader::cellText(const QString &type, int style, const QString &value) const
{
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int i = value.trimmed().toInt(&ok);
        return ok ? m_sharedStrings.value(i) : QString();
    }
    if (type == QLatin1String("b"))
        return value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == QLatin1String("str") || type == QLatin1String("e") || type == QLatin1String("inlineStr"))
        return unescapeOoxml(value);
    if (type == QLatin1String("d")) {
        const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
        return date.isValid() ? date.toString(Qt::ISODate) : value;
    }
    if (value.isEmpty())
        return value;
    if (m_dateStyles.contains(style)) {
        bool ok = false;
        const double serial = QLocale::c().toDouble(value.trimmed(), &ok);
        if (ok && serial >= 0 && serial < 2958466) {
            const qint64 days = qint64(std::floor(serial));
            QDate date;
            if (m_date1904)
                date = QDate(1904, 1, 1).addDays(days);
            else if (days >= 61)
                date = QDate(1899, 12, 30).addDays(days);
            else if (days >= 1)
                // Excel counts the 29 February 1900 that never was (Lotus's leap-year mistake).
                date = QDate(1899, 12, 31).addDays(qMin<qint64>(days, 59));
            if (date.isValid())
                return date.toString(Qt::ISODate);
        }
    }
    return plainNumber(value);
}

bool XlsxReader::readRows(int index, int maxRows, const std::function<bool(const QStringList &)> &onRow)
{
    if (!m_zip || !m_zip->isOpen())
        return fail(tr("the workbook is not open"));
    if (index < 0 || index >= m_sheets.size())
        return fail(tr("the workbook has no sheet number %1").arg(index + 1));
    const QString sheetName = m_sheets.at(index).name;
    return readPart(m_sheets.at(index).part, true, [&](QXmlStreamReader &xml) {
        int rowNumber = 0; // from 1, as Excel numbers them
        int lastEmitted = 0; // the Excel row of the last row handed on; 0 before the first with a value
        int emitted = 0;
        int width = 0;
        QStringList cells;
        // Empty rows are handed on only between rows with values, so that gaps stay gaps.
        auto addRow = [&]() {
            while (!cells.isEmpty() && cells.last().isEmpty())
                cells.removeLast();
            if (cells.isEmpty())
                return true;
            if (lastEmitted > 0) {
                for (int gap = lastEmitted + 1; gap < rowNumber; ++gap) {
                    if (!onRow(QStringList()))
                        return false;
                    ++emitted;
                }
            }
            // As Excel saves CSV: every row as wide as the table's first (the header), so that a
            // row whose last cells are empty still has a field for each column.
            if (lastEmitted == 0)
                width = int(cells.size());
            while (cells.size() < width)
                cells.append(QString());
            lastEmitted = rowNumber;
            ++emitted;
            return onRow(cells);
        };
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() != QLatin1String("row"))
                continue;
            const QStringView r = xml.attributes().value(QLatin1String("r"));
            const int next = r.isEmpty() ? rowNumber + 1 : r.toInt();
            if (next <= rowNumber || next > MaximumRows) {
                xml.raiseError(); // a CustomError: the reason is ours
                return fail(tr("the sheet \"%1\" is damaged: row %2 follows row %3")
                                .arg(sheetName)
                                .arg(r.toString())
                                .arg(rowNumber));
            }
            rowNumber = next;
            cells.clear();
            int column = -1;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == QLatin1String("row"))
                    break;
                if (!xml.isStartElement() || xml.name() != QLatin1String("c"))
                    continue;
                const QXmlStreamAttributes a = xml.attributes();
                const QStringView reference = a.value(QLatin1String("r"));
                const int at = reference.isEmpty() ? column + 1 : columnOf(reference);
                if (at <= column || at >= MaximumColumns) {
                    xml.raiseError();
                    return fail(tr("the sheet \"%1\" is damaged: cell %2 in row %3 is out of order")
                                    .arg(sheetName, reference.toString())
                                    .arg(rowNumber));
                }
                column = at;
                const QString type = a.value(QLatin1String("t")).toString();
                const int style = a.value(QLatin1String("s")).toInt();
                QString value;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                        break;
                    if (!xml.isStartElement())
                        continue;
                    if (xml.name() == QLatin1String("v"))
                        value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    else if (xml.name() == QLatin1String("is"))
                        value = stringItem(xml);
                    else
                        xml.skipCurrentElement(); // the formula itself; its cached value is <v>
                }
                while (cells.size() < column)
                    cells.append(QString());
                cells.append(cellText(type, style, value));
            }
            if (!addRow()) {
                xml.raiseError();
                return false;
            }
            if (maxRows > 0 && emitted >= maxRows)
                return true;
        }
        return !xml.hasError();
    });
}

bool XlsxReader::readSheet(int index, QList<QStringList> *rows, int maxRows)
{
    rows->clear();
    return readRows(index, maxRows, [rows](const QStringList &cells) {
        rows->append(cells);
        return true;
    });
}

bool XlsxReader::readSheetText(int index, QString *text, int maxRows)
{
    text->clear();
    const QString sheetName = m_sheets.value(index).name;
    return readRows(index, maxRows, [&](const QStringList &cells) {
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                *text += QLatin1Char('\t');
            *text += quotedIfNeeded(cells.at(i));
        }
        *text += QLatin1Char('\n');
        if (text->size() > MaximumTextCharacters)
            return fail(tr("the sheet \"%1\" holds more than %2 million characters of cells, more than "
                           "this program reads")
                            .arg(sheetName)
                            .arg(MaximumTextCharacters / 1000000));
        return true;
    });
}
