#include "TopicGroupProxyModel.h"

#include <QFont>

// A topic row's internal id is 0; a child's is its topic's number plus one.

TopicGroupProxyModel::TopicGroupProxyModel(int topicColumn, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_topicColumn(topicColumn)
{
}

void TopicGroupProxyModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        // Rows arriving or leaving (a new import, the search filter) regroup everything; the
        // lists are a few hundred rows.
        connect(source, &QAbstractItemModel::modelReset, this, &TopicGroupProxyModel::resetFromSource);
        connect(source, &QAbstractItemModel::rowsInserted, this, &TopicGroupProxyModel::resetFromSource);
        connect(source, &QAbstractItemModel::rowsRemoved, this, &TopicGroupProxyModel::resetFromSource);
        connect(source, &QAbstractItemModel::rowsMoved, this, &TopicGroupProxyModel::resetFromSource);
        connect(source, &QAbstractItemModel::columnsInserted, this, &TopicGroupProxyModel::resetFromSource);
        connect(source, &QAbstractItemModel::columnsRemoved, this, &TopicGroupProxyModel::resetFromSource);
        connect(source, &QAbstractItemModel::dataChanged, this, &TopicGroupProxyModel::sourceDataChanged);
        connect(source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
        // Sorting keeps the current row and the expanded topics.
        connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
            &TopicGroupProxyModel::sourceLayoutAboutToBeChanged);
        connect(source, &QAbstractItemModel::layoutChanged, this, &TopicGroupProxyModel::sourceLayoutChanged);
    }
    rebuild();
    endResetModel();
}

void TopicGroupProxyModel::rebuild()
{
    m_topics.clear();
    m_places.clear();
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return;
    const int rows = source->rowCount();
    m_places.resize(rows);
    for (int r = 0; r < rows; ++r) {
        const QString name = source->index(r, m_topicColumn).data().toString().trimmed();
        int topic = -1;
        for (int t = 0; t < m_topics.size(); ++t) {
            if (m_topics.at(t).name == name) {
                topic = t;
                break;
            }
        }
        if (topic < 0) {
            topic = int(m_topics.size());
            m_topics.append({ name, {} });
        }
        m_places[r] = { topic, int(m_topics[topic].sourceRows.size()) };
        m_topics[topic].sourceRows.append(r);
    }
}

void TopicGroupProxyModel::resetFromSource()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void TopicGroupProxyModel::sourceDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    // A row whose topic changed moves to another group: regroup everything.
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const Place p = m_places.value(r);
        if (p.topic < 0
            || sourceModel()->index(r, m_topicColumn).data().toString().trimmed()
                != m_topics.at(p.topic).name) {
            resetFromSource();
            return;
        }
    }
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const QModelIndex first = mapFromSource(sourceModel()->index(r, topLeft.column()));
        const QModelIndex last = mapFromSource(sourceModel()->index(r, bottomRight.column()));
        emit dataChanged(first, last, roles);
    }
}

void TopicGroupProxyModel::sourceLayoutAboutToBeChanged()
{
    emit layoutAboutToBeChanged();
    m_layoutProxy = persistentIndexList();
    m_layoutSource.clear();
    for (const QModelIndex &i : std::as_const(m_layoutProxy)) {
        // Topic rows are remembered by their first child.
        const QModelIndex child = i.parent().isValid() ? i : index(0, i.column(), i.siblingAtColumn(0));
        m_layoutSource.append(QPersistentModelIndex(mapToSource(child)));
    }
}

void TopicGroupProxyModel::sourceLayoutChanged()
{
    rebuild();
    QModelIndexList now;
    for (int k = 0; k < m_layoutProxy.size(); ++k) {
        const QModelIndex mapped = mapFromSource(m_layoutSource.at(k));
        const bool wasTopic = !m_layoutProxy.at(k).parent().isValid();
        now.append(wasTopic && mapped.isValid()
                ? mapped.parent().siblingAtColumn(m_layoutProxy.at(k).column())
                : mapped);
    }
    changePersistentIndexList(m_layoutProxy, now);
    m_layoutProxy.clear();
    m_layoutSource.clear();
    emit layoutChanged();
}

QModelIndex TopicGroupProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!sourceModel() || !proxyIndex.isValid() || proxyIndex.internalId() == 0)
        return {};
    const int topic = int(proxyIndex.internalId()) - 1;
    if (topic >= m_topics.size() || proxyIndex.row() >= m_topics.at(topic).sourceRows.size())
        return {};
    return sourceModel()->index(m_topics.at(topic).sourceRows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex TopicGroupProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_places.size())
        return {};
    const Place p = m_places.at(sourceIndex.row());
    return createIndex(p.row, sourceIndex.column(), quintptr(p.topic + 1));
}

QModelIndex TopicGroupProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount(parent) || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TopicGroupProxyModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int TopicGroupProxyModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topics.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_topics.size())
        return 0; // values have no children; only a topic's first column does
    return int(m_topics.at(parent.row()).sourceRows.size());
}

int TopicGroupProxyModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return sourceModel() ? sourceModel()->columnCount() : 0;
}

bool TopicGroupProxyModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant TopicGroupProxyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() != 0)
        return role == IsTopicRole ? QVariant(false) : QAbstractProxyModel::data(index, role);
    if (role == IsTopicRole)
        return true;
    if (index.column() != 0)
        return {};
    const Topic &topic = m_topics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%n)", nullptr, int(topic.sourceRows.size()))
            .arg(topic.name.isEmpty() ? tr("Other indicators") : topic.name);
    case Qt::AccessibleTextRole:
        return topic.name.isEmpty() ? tr("Other indicators") : topic.name;
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    default:
        return {};
    }
}

Qt::ItemFlags TopicGroupProxyModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled; // a heading: expanded and collapsed, never chosen
    return QAbstractProxyModel::flags(index);
}

QVariant TopicGroupProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Columns are the source's; rows have no headers of their own.
    if (!sourceModel() || orientation == Qt::Vertical)
        return {};
    return sourceModel()->headerData(section, orientation, role);
}

void TopicGroupProxyModel::sort(int column, Qt::SortOrder order)
{
    // Sorting belongs to the source (a sort proxy); its layout change regroups the rows.
    if (sourceModel())
        sourceModel()->sort(column, order);
}

void TopicGroupProxyModel::retranslate()
{
    if (!m_topics.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_topics.size()) - 1, 0));
}
