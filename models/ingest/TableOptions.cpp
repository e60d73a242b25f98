#include "TableOptions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString TableOptions::toJson() const
{
    if (!hasReadingChoices())
        return QString();
    QJsonObject o;
    o.insert(QStringLiteral("measureColumns"), QJsonArray::fromStringList(measureColumns));
    QJsonObject kept;
    for (auto it = breakdowns.cbegin(); it != breakdowns.cend(); ++it)
        kept.insert(it.key(), QJsonArray::fromStringList(it.value()));
    o.insert(QStringLiteral("breakdowns"), kept);
    QJsonObject named;
    for (auto it = measures.cbegin(); it != measures.cend(); ++it)
        named.insert(it.key(),
            QJsonObject { { QStringLiteral("title"), it.value().title }, { QStringLiteral("unit"), it.value().unit },
                { QStringLiteral("polarity"), polarityKey(it.value().polarity) } });
    o.insert(QStringLiteral("measures"), named);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

TableOptions TableOptions::fromJson(const QString &json)
{
    TableOptions out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (const QJsonValue &v : o.value(QStringLiteral("measureColumns")).toArray())
        out.measureColumns.append(v.toString());
    const QJsonObject kept = o.value(QStringLiteral("breakdowns")).toObject();
    for (auto it = kept.constBegin(); it != kept.constEnd(); ++it) {
        QStringList values;
        for (const QJsonValue &v : it.value().toArray())
            values.append(v.toString());
        out.breakdowns.insert(it.key(), values);
    }
    const QJsonObject named = o.value(QStringLiteral("measures")).toObject();
    for (auto it = named.constBegin(); it != named.constEnd(); ++it) {
        const QJsonObject m = it.value().toObject();
        Indicator i;
        i.title = m.value(QStringLiteral("title")).toString();
        i.unit = m.value(QStringLiteral("unit")).toString();
        i.polarity = polarityFromKey(m.value(QStringLiteral("polarity")).toString());
        out.measures.insert(it.key(), i);
    }
    return out;
}
