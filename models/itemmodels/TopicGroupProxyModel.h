#pragma once

#include <QAbstractProxyModel>
#include <QList>
#include <QPersistentModelIndex>

// Groups a flat model's rows under one parent row per topic: the text of the source's topic
// column (the LAIT topic, or the plan's outcome section). Topics come in the order their first
// row has in the source, so a sorted source gives sorted rows within each topic. Topic rows
// show the topic and how many rows it holds; they can be expanded but not selected.
class TopicGroupProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    enum Role
    {
        IsTopicRole = Qt::UserRole + 500, // true on a topic row
    };

    explicit TopicGroupProxyModel(int topicColumn, QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void retranslate();

private:
    struct Topic
    {
        QString name;
        QList<int> sourceRows;
    };
    struct Place
    {
        int topic = -1;
        int row = -1;
    };
    void rebuild();
    void resetFromSource();
    void sourceDataChanged(
        const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void sourceLayoutAboutToBeChanged();
    void sourceLayoutChanged();

    int m_topicColumn;
    QList<Topic> m_topics;
    QList<Place> m_places; // by source row
    // Across a source layout change: our persistent indexes and the source rows they stood for.
    QList<QPersistentModelIndex> m_layoutSource;
    QModelIndexList m_layoutProxy;
};
