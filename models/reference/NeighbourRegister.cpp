#include "reference/NeighbourRegister.h"

#include "reference/AuthorityRegister.h"
#include "text/CsvReader.h"

#include <QFile>

namespace NeighbourRegister {

QList<StatisticalNeighbour> fromCsv(const QString &csv, int modelYear)
{
    QList<StatisticalNeighbour> out;
    const QList<QStringList> rows = CsvReader::readAll(csv);
    if (rows.isEmpty())
        return out;
    const QStringList header = rows.first();
    const int la = int(header.indexOf(QLatin1String("la_number"))),
              rank = int(header.indexOf(QLatin1String("rank"))),
              neighbour = int(header.indexOf(QLatin1String("neighbour_la_number"))),
              closeness = int(header.indexOf(QLatin1String("closeness")));
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &r = rows.at(i);
        StatisticalNeighbour n;
        n.laNumber = r.value(la).toInt();
        n.rank = r.value(rank).toInt();
        n.neighbourLaNumber = r.value(neighbour).toInt();
        n.closeness = r.value(closeness).trimmed();
        n.modelYear = modelYear;
        n.neighbourName = AuthorityRegister::bundled().byLaNumber(n.neighbourLaNumber).name;
        if (n.laNumber > 0 && n.neighbourLaNumber > 0)
            out.append(n);
    }
    return out;
}

QList<StatisticalNeighbour> bundled()
{
    QFile f(QStringLiteral(":/dfe/dfe-statistical-neighbours-2025.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return fromCsv(QString::fromUtf8(f.readAll()), BundledModelYear);
}

} // namespace NeighbourRegister
