#include "reference/GradeVocabulary.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace {

QList<GradeWord> readScale(const QJsonObject &object)
{
    QList<GradeWord> words;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString phrase = GradeVocabulary::fold(it.key());
        QString pattern = QRegularExpression::escape(phrase);
        pattern.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
        words.append({ phrase, it.value().toInt(),
            QRegularExpression(QStringLiteral("(?<![\\w-])") + pattern + QStringLiteral("(?![\\w-])"),
                QRegularExpression::CaseInsensitiveOption) });
    }
    std::sort(words.begin(), words.end(),
        [](const GradeWord &a, const GradeWord &b) { return a.phrase.size() > b.phrase.size(); });
    return words;
}

} // namespace

QString GradeVocabulary::fold(const QString &text)
{
    static const QRegularExpression tags(QStringLiteral("<[^<>]{1,40}>"));
    QString out = text;
    out.remove(tags);
    out.replace(QChar(0x2019), QLatin1Char('\''));
    out.remove(QLatin1Char('*'));
    return out.toLower().simplified();
}

GradeVocabulary GradeVocabulary::fromJson(const QByteArray &json, QString *error)
{
    GradeVocabulary v;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate(
                "GradeVocabulary", "the grade vocabulary is not valid JSON: %1")
                         .arg(parseError.errorString());
        return v;
    }
    const QJsonObject scales = doc.object().value(QLatin1String("scales")).toObject();
    v.m_apa = readScale(scales.value(QLatin1String("apa")).toObject());
    v.m_annual = readScale(scales.value(QLatin1String("annual")).toObject());
    auto readAreas = [](const QJsonArray &array) {
        QList<Area> areas;
        for (const QJsonValue &value : array) {
            Area area;
            area.key = value.toObject().value(QLatin1String("key")).toString();
            for (const QJsonValue &p : value.toObject().value(QLatin1String("phrases")).toArray())
                area.phrases.append(fold(p.toString()));
            areas.append(area);
        }
        return areas;
    };
    v.m_areas = readAreas(doc.object().value(QLatin1String("areas")).toArray());
    v.m_jarAreas = readAreas(doc.object().value(QLatin1String("jarAreas")).toArray());
    return v;
}

const GradeVocabulary &GradeVocabulary::bundled()
{
    static const GradeVocabulary v = [] {
        QFile f(QStringLiteral(":/vocabulary.json"));
        QString error;
        if (!f.open(QIODevice::ReadOnly))
            qWarning("cannot read the bundled grade vocabulary: %s", qPrintable(f.errorString()));
        GradeVocabulary g = fromJson(f.readAll(), &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return g;
    }();
    return v;
}

QList<GradeWordMatch> GradeVocabulary::gradeWords(const QString &text, Scale scale, int from, int to) const
{
    if (to < 0 || to > text.size())
        to = int(text.size());
    const QList<GradeWord> &words = scale == Scale::Apa ? m_apa : m_annual;
    QList<GradeWordMatch> out;
    for (const GradeWord &w : words) {
        auto it = w.pattern.globalMatch(text.mid(from, to - from));
        while (it.hasNext()) {
            const auto m = it.next();
            const int s = from + int(m.capturedStart());
            const int e = from + int(m.capturedEnd());
            const bool overlaps = std::any_of(out.cbegin(), out.cend(),
                [s, e](const GradeWordMatch &o) { return s < o.end && o.start < e; });
            if (!overlaps)
                out.append({ s, e, w.grade, m.captured() });
        }
    }
    std::sort(out.begin(), out.end(),
        [](const GradeWordMatch &a, const GradeWordMatch &b) { return a.start < b.start; });
    return out;
}

int GradeVocabulary::gradeForWords(const QString &words, Scale scale) const
{
    const QString folded = fold(words);
    for (const GradeWord &w : scale == Scale::Apa ? m_apa : m_annual) {
        if (w.phrase == folded)
            return w.grade;
    }
    return 0;
}

QString GradeVocabulary::areaFor(const QString &text, AreaSet set) const
{
    const QString folded = fold(text);
    for (const Area &area : set == AreaSet::Outcomes ? m_areas : m_jarAreas) {
        for (const QString &phrase : area.phrases) {
            if (folded.contains(phrase))
                return area.key;
        }
    }
    return QString();
}
