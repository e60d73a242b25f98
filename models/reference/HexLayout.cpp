#include "HexLayout.h"

#include "text/CsvReader.h"
#include "text/ResourceText.h"

#include <QCoreApplication>
#include <QFile>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HexLayout", text);
}

// Columns by header name, so that a column added to a data file does not shift the others.
QHash<QString, int> headerOf(const QList<QStringList> &rows)
{
    QHash<QString, int> columns;
    if (!rows.isEmpty()) {
        for (int i = 0; i < rows.first().size(); ++i)
            columns.insert(rows.first().at(i).trimmed(), i);
    }
    return columns;
}

} // namespace

HexLayout HexLayout::fromCsv(
    const QString &upperTierCsv, const QString &formerCsv, const QString &codesCsv, QString *error)
{
    QStringList problems;
    QHash<QString, int> laByCode;
    const QList<QStringList> codes = CsvReader::readAll(codesCsv);
    const QHash<QString, int> codeColumns = headerOf(codes);
    for (qsizetype i = 1; i < codes.size(); ++i) {
        const QStringList &row = codes.at(i);
        const int la = row.value(codeColumns.value(QStringLiteral("la_number"), -1)).toInt();
        const QString code = row.value(codeColumns.value(QStringLiteral("ons_code"), -1)).trimmed();
        if (la > 0 && !code.isEmpty())
            laByCode.insert(code, la);
    }

    HexLayout layout;
    const auto add = [&](const HexTile &tile) {
        if (tile.laNumber <= 0) {
            problems.append(tr("%1 (%2) has no DfE number").arg(tile.name, tile.onsCode));
        } else if (layout.m_indexByLa.contains(tile.laNumber)) {
            problems.append(tr("%1 is placed twice").arg(tile.name));
        } else if (layout.indexAt(tile.q, tile.r) >= 0) {
            problems.append(tr("%1 and %2 share a hexagon")
                                .arg(layout.m_tiles.at(layout.indexAt(tile.q, tile.r)).name, tile.name));
        } else {
            layout.m_indexByLa.insert(tile.laNumber, int(layout.m_tiles.size()));
            layout.m_tiles.append(tile);
        }
    };

    const QList<QStringList> upper = CsvReader::readAll(upperTierCsv);
    const QHash<QString, int> upperColumns = headerOf(upper);
    for (qsizetype i = 1; i < upper.size(); ++i) {
        const QStringList &row = upper.at(i);
        if (row.size() < 4)
            continue;
        HexTile tile;
        tile.onsCode = row.value(upperColumns.value(QStringLiteral("ons_code"))).trimmed();
        tile.name = row.value(upperColumns.value(QStringLiteral("name"))).trimmed();
        tile.q = row.value(upperColumns.value(QStringLiteral("q"))).toInt();
        tile.r = row.value(upperColumns.value(QStringLiteral("r"))).toInt();
        tile.laNumber = laByCode.value(tile.onsCode);
        add(tile);
    }

    const QList<QStringList> former = CsvReader::readAll(formerCsv);
    const QHash<QString, int> formerColumns = headerOf(former);
    const auto field = [&formerColumns](const QStringList &row, const char *name) {
        return row.value(formerColumns.value(QLatin1String(name), -1)).trimmed();
    };
    for (qsizetype i = 1; i < former.size(); ++i) {
        const QStringList &row = former.at(i);
        if (row.size() < 5)
            continue;
        HexTile tile;
        tile.onsCode = field(row, "ons_code");
        tile.laNumber = field(row, "la_number").toInt();
        tile.name = field(row, "name");
        tile.q = field(row, "q").toInt();
        tile.r = field(row, "r").toInt();
        tile.fromYear = field(row, "from").toInt();
        tile.toYear = field(row, "to").toInt();
        tile.relation = field(row, "relation");
        // The code list is the one join; a number written here as well must agree with it.
        if (!tile.onsCode.isEmpty() && laByCode.value(tile.onsCode, tile.laNumber) != tile.laNumber)
            problems.append(
                tr("%1: DfE number %2 disagrees with the code list").arg(tile.name).arg(tile.laNumber));
        add(tile);
    }
    if (layout.m_tiles.isEmpty())
        problems.append(tr("the hexagon layout is empty"));
    if (error && !problems.isEmpty())
        *error = problems.join(QStringLiteral("; "));
    return layout;
}

const HexLayout &HexLayout::bundled()
{
    static const HexLayout layout = [] {
        QString error;
        const QString upper = readResourceText(
            QStringLiteral(":/map/hexmap-upper-tier-authorities.csv"), &error);
        const QString former = readResourceText(
            QStringLiteral(":/map/hexmap-former-authorities.csv"), &error);
        const QString codes = readResourceText(QStringLiteral(":/authorities/ons-dfe-codes.csv"), &error);
        HexLayout l = fromCsv(upper, former, codes, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return l;
    }();
    return layout;
}

int HexLayout::indexAt(int q, int r) const
{
    for (int i = 0; i < m_tiles.size(); ++i) {
        if (m_tiles.at(i).q == q && m_tiles.at(i).r == r)
            return i;
    }
    return -1;
}
