// The floor an import is measured against: the same documents' texts (a PDF's through Poppler) split
// into paragraphs and inserted into one bare SQLite table with an FTS5 index, in one transaction,
// through Qt Sql. No classification, no reading of grades, no evidence spans: what reading the files
// and writing their words costs on this machine.
// Run: floor_import DATABASE FILE...
#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <cstdio>
#include <memory>

namespace {

QString textOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    if (!bytes.startsWith("%PDF"))
        return QString::fromUtf8(bytes);
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
    if (!pdf)
        return {};
    QString text;
    for (int i = 0; i < pdf->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = pdf->page(i);
        if (page)
            text += page->text(QRectF()) + QLatin1Char('\n');
    }
    return text;
}

bool fail(const QSqlQuery &q)
{
    std::fprintf(stderr, "floor_import: %s\n", qPrintable(q.lastError().text()));
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: floor_import DATABASE FILE...\n");
        return 2;
    }
    QFile::remove(args.first());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("floor"));
    db.setDatabaseName(args.first());
    if (!db.open())
        return 1;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))
        || !q.exec(QStringLiteral("CREATE VIRTUAL TABLE paragraph USING fts5(document, text)"))
        || !q.exec(QStringLiteral("BEGIN")))
        return fail(q) ? 0 : 1;
    if (!q.prepare(QStringLiteral("INSERT INTO paragraph (document, text) VALUES (?, ?)")))
        return fail(q) ? 0 : 1;
    qint64 paragraphs = 0;
    for (const QString &file : args.mid(1)) {
        const QStringList parts = textOf(file).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        for (const QString &p : parts) {
            q.addBindValue(file);
            q.addBindValue(p);
            if (!q.exec())
                return fail(q) ? 0 : 1;
            ++paragraphs;
        }
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(q) ? 0 : 1;
    std::printf("paragraphs %lld\n", static_cast<long long>(paragraphs));
    return 0;
}
