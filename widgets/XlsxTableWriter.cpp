#include "XlsxTableWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <QMutex>

#include <cmath>
#include <dlfcn.h>
#include <map>

// libxlsxwriter writes its ZIP through minizip's zipOpen(path, ...); QuaZip, which reads
// workbooks, exports minizip's functions under the same names, taking a QIODevice where minizip
// takes a path. In one process the dynamic linker binds libxlsxwriter's calls to QuaZip's copies,
// so the path was taken for a QIODevice and the export crashed. This zipOpen, defined in the
// executable and so found first, opens the path as a QFile and hands it to QuaZip's zipOpen; the
// rest of the writing (zipOpenNewFileInZip4_64, zipWriteInFileInZip, ...) is QuaZip's minizip,
// whose functions have minizip's signatures. zipClose frees the QFile. QuaZip itself opens
// archives with zipOpen3, never zipOpen, so only libxlsxwriter comes through here.
namespace {

QMutex &archivesLock()
{
    static QMutex lock;
    return lock;
}

std::map<void *, QFile *> &archiveFiles()
{
    static std::map<void *, QFile *> files;
    return files;
}

} // namespace

extern "C" {

void *zipOpen(const char *path, int append)
{
    using Open = void *(*)(void *, int);
    static const auto quazipOpen = reinterpret_cast<Open>(dlsym(RTLD_NEXT, "zipOpen"));
    if (!quazipOpen || !path)
        return nullptr;
    auto *file = new QFile(QFile::decodeName(path));
    void *archive = quazipOpen(file, append);
    if (!archive) {
        delete file;
        return nullptr;
    }
    const QMutexLocker locker(&archivesLock());
    archiveFiles()[archive] = file;
    return archive;
}

int zipClose(void *archive, const char *comment)
{
    using Close = int (*)(void *, const char *);
    static const auto quazipClose = reinterpret_cast<Close>(dlsym(RTLD_NEXT, "zipClose"));
    const int result = quazipClose ? quazipClose(archive, comment) : -1;
    QFile *file = nullptr;
    {
        const QMutexLocker locker(&archivesLock());
        const auto i = archiveFiles().find(archive);
        if (i != archiveFiles().end()) {
            file = i->second;
            archiveFiles().erase(i);
        }
    }
    if (file && file->isOpen())
        file->close();
    delete file;
    return result;
}

} // extern "C"

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("XlsxTableWriter", text);
}

constexpr int MaximumCellCharacters = 32767; // Excel's limit for one cell
constexpr double MaximumColumnWidth = 60;
const char *const dateFormat = "d mmm yyyy";
const char *const dateTimeFormat = "d mmm yyyy hh:mm";

QString sheetName(const QString &wanted, const QString &fallback)
{
    QString name = wanted;
    name.replace(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")), QStringLiteral(" "));
    name = name.simplified().left(31).trimmed();
    // Excel refuses a name that starts or ends with an apostrophe.
    while (name.startsWith(QLatin1Char('\'')) || name.endsWith(QLatin1Char('\'')))
        name = name.startsWith(QLatin1Char('\'')) ? name.mid(1) : name.chopped(1);
    return name.isEmpty() || name.compare(QLatin1String("About"), Qt::CaseInsensitive) == 0 ? fallback : name;
}

int shortestDecimals(double value)
{
    const QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    return point < 0 ? 0 : qMin<int>(10, int(text.size() - point - 1));
}

QString numberFormat(int decimals, const QString &suffix)
{
    QString code = decimals > 0 ? QStringLiteral("0.") + QString(decimals, QLatin1Char('0')) : QStringLiteral("0");
    if (!suffix.isEmpty()) {
        QString quoted = suffix;
        quoted.remove(QLatin1Char('"'));
        code += QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return code;
}

// What a cell shows, for fitting the column to it.
int shownLength(const QVariant &v)
{
    if (v.userType() == qMetaTypeId<XlsxNumber>()) {
        const XlsxNumber n = v.value<XlsxNumber>();
        return int(QString::number(n.value, 'f', qMax(0, n.decimals)).size() + n.suffix.size());
    }
    switch (v.typeId()) {
    case QMetaType::QDate:
        return 11;
    case QMetaType::QDateTime:
        return 17;
    case QMetaType::Double:
    case QMetaType::Float:
        return int(QString::number(v.toDouble(), 'f', shortestDecimals(v.toDouble())).size());
    default:
        break;
    }
    int longest = 0;
    for (const QString &line : v.toString().split(QLatin1Char('\n')))
        longest = qMax(longest, int(line.size()));
    return longest;
}

lxw_datetime excelDateTime(const QDateTime &dt)
{
    lxw_datetime d {};
    d.year = dt.date().year();
    d.month = dt.date().month();
    d.day = dt.date().day();
    d.hour = dt.time().hour();
    d.min = dt.time().minute();
    d.sec = dt.time().second();
    return d;
}

// One workbook being written; every libxlsxwriter call's result is kept, the first failure wins.
class Workbook
{
public:
    explicit Workbook(const QString &path)
        : m_book(workbook_new(QFile::encodeName(path).constData()))
    {
        if (!m_book)
            m_error = LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    ~Workbook()
    {
        if (m_book)
            workbook_close(m_book);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    bool ok() const { return m_error == LXW_NO_ERROR; }
    lxw_workbook *book() const { return m_book; }

    lxw_worksheet *addSheet(const QString &name)
    {
        if (!ok())
            return nullptr;
        lxw_worksheet *sheet = workbook_add_worksheet(m_book, name.toUtf8().constData());
        if (!sheet)
            m_error = LXW_ERROR_SHEETNAME_ALREADY_USED;
        return sheet;
    }
    lxw_format *format(const QString &numberFormat, bool bold = false)
    {
        const QString key = numberFormat + (bold ? QStringLiteral("|bold") : QString());
        if (lxw_format *f = m_formats.value(key))
            return f;
        lxw_format *f = workbook_add_format(m_book);
        if (bold)
            format_set_bold(f);
        if (!numberFormat.isEmpty())
            format_set_num_format(f, numberFormat.toUtf8().constData());
        m_formats.insert(key, f);
        return f;
    }
    void check(lxw_error result)
    {
        if (ok() && result != LXW_NO_ERROR)
            m_error = result;
    }
    void write(lxw_worksheet *sheet, int row, int column, const QVariant &v, lxw_format *textFormat = nullptr)
    {
        if (!ok() || !v.isValid() || v.isNull())
            return;
        if (v.userType() == qMetaTypeId<XlsxNumber>()) {
            const XlsxNumber n = v.value<XlsxNumber>();
            const int decimals = n.decimals < 0 ? shortestDecimals(n.value) : n.decimals;
            check(worksheet_write_number(sheet, row, column, n.value, format(numberFormat(decimals, n.suffix))));
            return;
        }
        switch (v.typeId()) {
        case QMetaType::Double:
        case QMetaType::Float:
            if (std::isfinite(v.toDouble())) {
                check(worksheet_write_number(sheet, row, column, v.toDouble(),
                    format(numberFormat(shortestDecimals(v.toDouble()), QString()))));
                return;
            }
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            check(worksheet_write_number(sheet, row, column, v.toDouble(), format(QStringLiteral("0"))));
            return;
        case QMetaType::QDate:
            // Excel's dates start in 1900; earlier ones are written as text.
            if (v.toDate().isValid() && v.toDate().year() >= 1900) {
                lxw_datetime d = excelDateTime(QDateTime(v.toDate(), QTime(0, 0)));
                check(worksheet_write_datetime(
                    sheet, row, column, &d, format(QString::fromLatin1(dateFormat))));
                return;
            }
            if (!v.toDate().isValid())
                return;
            break;
        case QMetaType::QDateTime:
            if (v.toDateTime().isValid() && v.toDateTime().date().year() >= 1900) {
                lxw_datetime d = excelDateTime(v.toDateTime());
                check(worksheet_write_datetime(
                    sheet, row, column, &d, format(QString::fromLatin1(dateTimeFormat))));
                return;
            }
            break;
        default:
            break;
        }
        const QString text = v.toString().left(MaximumCellCharacters);
        if (!text.isEmpty())
            check(worksheet_write_string(sheet, row, column, text.toUtf8().constData(), textFormat));
    }
    // Closing writes the file; afterwards the workbook is gone.
    lxw_error close()
    {
        lxw_error result = m_error;
        if (m_book) {
            const lxw_error closed = workbook_close(m_book);
            m_book = nullptr;
            if (result == LXW_NO_ERROR)
                result = closed;
        }
        return result;
    }

private:
    lxw_workbook *m_book;
    lxw_error m_error = LXW_NO_ERROR;
    QHash<QString, lxw_format *> m_formats;
};

} // namespace

namespace XlsxTableWriter {

bool save(const Table &table, const ExportContext &context, const QString &fileName, QString *error,
    const QDateTime &produced)
{
    auto cannotWrite = [&](const QString &reason) {
        *error = tr("%1: cannot write: %2").arg(fileName, reason);
        return false;
    };
    // Opened first, so that a folder that cannot be written is reported before any work; the
    // workbook is built beside a scratch copy and only moved into place whole.
    QSaveFile target(fileName);
    if (!target.open(QIODevice::WriteOnly))
        return cannotWrite(target.errorString());
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return cannotWrite(tr("no temporary folder: %1").arg(scratch.errorString()));
    const QString path = scratch.filePath(QStringLiteral("table.xlsx"));

    Workbook book(path);
    lxw_worksheet *data = book.addSheet(sheetName(table.sheetName, QStringLiteral("Table")));
    lxw_worksheet *about = book.addSheet(QStringLiteral("About"));
    if (!book.ok())
        return cannotWrite(QString::fromUtf8(lxw_strerror(book.close())));

    lxw_format *bold = book.format(QString(), true);
    QList<int> widths;
    for (int c = 0; c < table.header.size(); ++c) {
        book.write(data, 0, c, table.header.at(c), bold);
        widths.append(int(table.header.at(c).size()));
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        const QVariantList &row = table.rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            book.write(data, r + 1, c, row.at(c));
            while (widths.size() <= c)
                widths.append(0);
            widths[c] = qMax(widths.at(c), shownLength(row.at(c)));
        }
    }
    for (int c = 0; c < widths.size(); ++c)
        book.check(worksheet_set_column(data, c, c, qMin(MaximumColumnWidth, widths.at(c) + 2.0), nullptr));
    // The header stays in view while scrolling through the rows.
    worksheet_freeze_panes(data, 1, 0);

    const QList<QPair<QString, QVariant>> facts {
        { tr("Title"), context.title },
        { tr("Authorities"), context.authorities.join(QStringLiteral(", ")) },
        { tr("Years"), context.years },
        { tr("Sources"), context.source },
        { tr("Produced"), produced },
    };
    int labelWidth = 0;
    for (int r = 0; r < facts.size(); ++r) {
        book.write(about, r, 0, facts.at(r).first, bold);
        book.write(about, r, 1, facts.at(r).second);
        labelWidth = qMax(labelWidth, int(facts.at(r).first.size()));
    }
    book.check(worksheet_set_column(about, 0, 0, labelWidth + 2.0, nullptr));
    book.check(worksheet_set_column(about, 1, 1, 100, book.format(QString())));

    QByteArray title = context.title.toUtf8();
    QByteArray creator = QByteArrayLiteral("csdash");
    lxw_doc_properties properties {};
    properties.title = title.data();
    properties.author = creator.data();
    book.check(workbook_set_properties(book.book(), &properties));

    const lxw_error closed = book.close();
    if (closed != LXW_NO_ERROR)
        return cannotWrite(QString::fromUtf8(lxw_strerror(closed)));
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly))
        return cannotWrite(written.errorString());
    const QByteArray bytes = written.readAll();
    if (bytes.isEmpty() || target.write(bytes) != bytes.size() || !target.commit())
        return cannotWrite(target.errorString());
    return true;
}

} // namespace XlsxTableWriter
