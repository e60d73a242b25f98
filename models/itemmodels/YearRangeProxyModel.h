#pragma once

#include <QSortFilterProxyModel>

// Keeps rows whose ItemRoles::YearRole lies in [first, last]; rows without a year are kept only
// when asked to.
class YearRangeProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit YearRangeProxyModel(QObject *parent = nullptr);
    void setYearRange(int first, int last);
    void setKeepRowsWithoutYear(bool keep);
    int firstYear() const { return m_first; }
    int lastYear() const { return m_last; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_first = 0;
    int m_last = 9999;
    bool m_keepWithoutYear = false;
};
