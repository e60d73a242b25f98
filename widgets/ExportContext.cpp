#include "ExportContext.h"

#include "analysis/SourceDocuments.h"
#include "domain/Document.h"
#include "domain/Evidence.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExportContext", text);
}

// "p. 3", "pp. 2, 5"; empty when no page is known (a text file).
QString pageList(QList<int> pages)
{
    pages.removeAll(0);
    if (pages.isEmpty())
        return QString();
    std::sort(pages.begin(), pages.end());
    pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
    QStringList numbers;
    for (int p : std::as_const(pages))
        numbers.append(QString::number(p));
    // Named with its context, as lupdate gives none to a call in a free function.
    return pages.size() == 1
        ? QCoreApplication::translate("ExportContext", "p. %1").arg(numbers.first())
        : QCoreApplication::translate("ExportContext", "pp. %1").arg(numbers.join(QStringLiteral(", ")));
}

} // namespace

QString ExportContext::subtitle() const
{
    QString who = authorities.join(tr(" vs "));
    if (!authoritiesWithoutData.isEmpty()) {
        const QString missing = tr("no data for %1").arg(authoritiesWithoutData.join(tr(" or ")));
        who = who.isEmpty() ? missing : tr("%1; %2").arg(who, missing);
    }
    if (years.isEmpty())
        return who;
    return who.isEmpty() ? years : tr("%1, %2").arg(who, years);
}

QString ExportContext::suggestedFileName(const QString &what, const QString &suffix) const
{
    QString name = QStringList { what, authorities.join(QStringLiteral(" vs ")), years }
                       .join(QLatin1Char('-'))
                       .toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    name.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return name + QLatin1Char('.') + suffix;
}

QString ExportContext::sourceLine(const QList<Document> &documents, const QList<Evidence> &drawn)
{
    QMap<qint64, QList<int>> pages; // document id -> the pages its drawn values are on
    for (const Evidence &e : drawn) {
        if (e.documentId > 0)
            pages[e.documentId].append(e.page);
    }
    const QSet<qint64> ids(pages.keyBegin(), pages.keyEnd());
    const QList<Document> used = SourceDocuments::inOrderOfPublication(documents, ids);
    QStringList entries;
    for (const Document &d : std::as_const(used)) {
        QStringList about;
        if (d.authority.isValid())
            about.append(d.authority.name);
        if (d.published.isValid())
            about.append(QLocale().toString(d.published, QLocale::LongFormat));
        const QString onPages = pageList(pages.value(d.id));
        if (!onPages.isEmpty())
            about.append(onPages);
        // A data table's title is made from its content; the file is what a reader can find.
        if (d.kind == DocumentKind::IndicatorTable && !d.sourceName.isEmpty())
            about.append(tr("file %1").arg(QFileInfo(d.sourceName).fileName()));
        entries.append(
            about.isEmpty() ? d.title : tr("%1 (%2)").arg(d.title, about.join(QStringLiteral(", "))));
    }
    if (entries.isEmpty())
        return tr("Source: no values from the loaded documents are drawn.");
    return tr("Source: %1. Grades and values as stated in these documents; csdash links each to its "
              "sentence or row.")
        .arg(entries.join(QStringLiteral("; ")));
}
