#pragma once

#include <QHash>
#include <QList>
#include <QString>

// One authority's hexagon in an "odd-r" offset grid: odd rows sit half a hexagon to the right, and
// rows count upwards from the south coast (row r is drawn at y = -r).
struct HexTile
{
    int laNumber = 0; // DfE number, the key the rest of the program uses
    QString onsCode; // empty for the 2009 counties, which no source we use gives a code
    QString name; // as the layout names it
    int q = 0; // column
    int r = 0; // row
    // Years the authority existed, for the tiles added beside their successors or predecessors;
    // 0 where open-ended. The upper-tier layout's own tiles have neither bound.
    int fromYear = 0;
    int toYear = 0;
    QString relation; // "became Bedford and Central Bedfordshire in April 2009", as the data file words it
    bool former() const { return toYear != 0; }
    bool added() const { return fromYear != 0 || toYear != 0; } // not in Open Innovations' layout
};

// The hexagon cartogram of England's upper-tier authorities (resources/map): Open Innovations'
// layout of 151 authorities, the authorities before and after it placed beside their successors,
// joined to DfE numbers through the shipped ONS-to-DfE code list.
class HexLayout
{
public:
    HexLayout() = default;
    // upperTierCsv: ons_code,name,q,r. formerCsv: ons_code,la_number,name,q,r,from,to,relation.
    // codesCsv: ons_code,la_number,... A tile whose code has no DfE number is left out and named in error.
    static HexLayout fromCsv(
        const QString &upperTierCsv, const QString &formerCsv, const QString &codesCsv, QString *error);
    // The layout shipped in the resources.
    static const HexLayout &bundled();

    bool isEmpty() const { return m_tiles.isEmpty(); }
    const QList<HexTile> &tiles() const { return m_tiles; }
    int indexOf(int laNumber) const { return m_indexByLa.value(laNumber, -1); }
    int indexAt(int q, int r) const;

private:
    QList<HexTile> m_tiles;
    QHash<int, int> m_indexByLa;
};
