#pragma once

#include <QSortFilterProxyModel>

// Filters indicators by text typed by the user: every word must appear in the code, title or
// section ("NI 53", "breast", "stay safe"). The text is matched literally, never as a pattern.
class IndicatorFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit IndicatorFilterProxyModel(QObject *parent = nullptr);
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};
