#pragma once

#include "domain/Authority.h"
#include "domain/Judgement.h"
#include "itemmodels/ItemRoles.h"

#include <QAbstractTableModel>

// The headline grade per authority and year for charts: the APA overall grade up to 2008, the
// annual rating in 2009 and the annual assessment in 2010. Rows are years, columns authorities;
// ValueRole holds the raw grade and is invalid where there is none.
class HeadlineSeriesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int FirstYear = 2006;
    static constexpr int LastYear = 2010;
    // The first year of the annual rating: a line is never drawn across it.
    static constexpr int FrameworkChangeYear = 2009;

    explicit HeadlineSeriesModel(QObject *parent = nullptr);

    void setHeadlines(const QList<Judgement> &judgements, const QList<Authority> &authorities);
    // Whether a judgement is the headline grade of its year (the map colours by the same one).
    static bool isHeadline(const Judgement &judgement);
    const QList<Authority> &authorities() const { return m_authorities; }
    int yearOfRow(int row) const { return FirstYear + row; }
    Judgement judgementAt(int row, int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Authority> m_authorities;
    QList<QList<Judgement>> m_cells; // [row][column]; grade 0 where there is none
};
