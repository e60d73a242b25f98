#include "CellValueParser.h"

#include "PeriodParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

const QString number = QStringLiteral(
    "(?:[<>]=?|\\x{2264}|\\x{2265})?\\s*[-\\x{2212}]?\\d[\\d,]*(?:\\.\\d+)?\\s*%?");

struct Number
{
    double value = 0;
    QString comparator;
    bool percent = false;
};

bool readNumber(QString token, Number *out)
{
    token = token.simplified();
    static const QRegularExpression re(
        QStringLiteral("^([<>]=?|\\x{2264}|\\x{2265})?\\s*([-\\x{2212}]?\\d[\\d,]*(?:\\.\\d+)?)\\s*(%?)$"));
    const auto m = re.match(token);
    if (!m.hasMatch())
        return false;
    QString digits = m.captured(2);
    digits.replace(QChar(0x2212), QLatin1Char('-'));
    // A comma is a thousands separator only in groups of three ("1,084"); anything else is not a number.
    static const QRegularExpression thousands(QStringLiteral("^-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?$"));
    if (digits.contains(QLatin1Char(','))) {
        if (!thousands.match(digits).hasMatch())
            return false;
        digits.remove(QLatin1Char(','));
    }
    bool ok = false;
    out->value = digits.toDouble(&ok);
    QString comparator = m.captured(1);
    if (comparator == QString(QChar(0x2264)))
        comparator = QStringLiteral("<=");
    else if (comparator == QString(QChar(0x2265)))
        comparator = QStringLiteral(">=");
    out->comparator = comparator;
    out->percent = !m.captured(3).isEmpty();
    return ok;
}

// Words that may stand beside a single value without changing what it is.
bool isUnitWords(const QString &words, QString *unit, QString *note)
{
    const QString w = words.simplified();
    if (w.isEmpty())
        return true;
    static const QRegularExpression points(
        QStringLiteral("^points?$"), QRegularExpression::CaseInsensitiveOption);
    if (points.match(w).hasMatch()) {
        *unit = QStringLiteral("points");
        return true;
    }
    // Up to two plain words ("obese", "LCR", "schools") are kept as a note.
    static const QRegularExpression words2(
        QStringLiteral("^[A-Za-z][A-Za-z.'-]*(?:\\s+[A-Za-z][A-Za-z.'-]*)?$"));
    if (words2.match(w).hasMatch()) {
        *note = w;
        return true;
    }
    return false;
}

// Parenthesised asides that are notes, not periods or values.
bool isNote(const QString &inner)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z ,.'-]*$"));
    return re.match(inner.simplified()).hasMatch();
}

// Tries to read the whole cell as one value, with an optional period and notes.
bool readSingle(const QString &cell, const Period &defaultPeriod, CellValue *out)
{
    QString rest = cell;
    QStringList notes;
    Period period;

    // A trailing note after a dash: "63.8% (2008) - weighting changed, figure recalculated".
    static const QRegularExpression dashNote(
        QStringLiteral("\\s+[-\\x{2013}\\x{2014}]\\s+([A-Za-z][^\\d]*)$"));
    if (const auto m = dashNote.match(rest); m.hasMatch()) {
        notes.append(m.captured(1).trimmed());
        rest.truncate(m.capturedStart());
    }
    // Parenthesised parts: a period, or a note.
    static const QRegularExpression paren(QStringLiteral("\\(([^()]*)\\)"));
    auto it = paren.globalMatch(rest);
    QList<QPair<qsizetype, qsizetype>> remove;
    while (it.hasNext()) {
        const auto m = it.next();
        const QString inner = m.captured(1).trimmed();
        const Period p = PeriodParser::parse(inner);
        if (!p.isEmpty() && period.isEmpty()) {
            period = p;
            // "(2007/08 results)", "(05/06 baseline)": the qualifying word is kept as a note.
            static const QRegularExpression qualifier(
                QStringLiteral("\\b(results?|baseline|average|estimated?|provisional|prov)\\b"),
                QRegularExpression::CaseInsensitiveOption);
            const auto q = qualifier.match(inner);
            if (q.hasMatch())
                notes.append(q.captured(1));
        } else if (isNote(inner)) {
            notes.append(inner);
        } else {
            return false;
        }
        remove.append({ m.capturedStart(), m.capturedLength() });
    }
    for (auto r = remove.crbegin(); r != remove.crend(); ++r)
        rest.remove(r->first, r->second);
    rest = rest.simplified();
    while (rest.endsWith(QLatin1Char('.')) || rest.endsWith(QLatin1Char(',')))
        rest.chop(1);

    static const QRegularExpression lead(
        QStringLiteral("^(") + number + QStringLiteral(")(?![\\d.])\\.?(.*)$"));
    const auto m = lead.match(rest);
    if (!m.hasMatch())
        return false;
    Number n;
    if (!readNumber(m.captured(1), &n))
        return false;
    QString tail = m.captured(2).simplified();
    QString unit = n.percent ? QStringLiteral("%") : QString();

    static const QRegularExpression outOf(
        QStringLiteral("^out\\s+of\\s+(\\d+)$"), QRegularExpression::CaseInsensitiveOption);
    if (const auto o = outOf.match(tail); o.hasMatch()) {
        unit = QStringLiteral("out of ") + o.captured(1);
        tail.clear();
    }
    if (!tail.isEmpty() && period.isEmpty()) {
        const Period p = PeriodParser::parse(tail);
        if (!p.isEmpty()) {
            period = p;
            tail.clear();
        }
    }
    QString note;
    if (!isUnitWords(tail, &unit, &note))
        return false;
    if (!note.isEmpty())
        notes.prepend(note);

    out->value = n.value;
    out->comparator = n.comparator;
    out->unit = unit;
    out->period = period.isEmpty() ? defaultPeriod : period;
    out->note = notes.join(QStringLiteral("; "));
    return true;
}

// Cells whose parts carry labels, one value each.
bool readLabelled(const QString &cell, const Period &defaultPeriod, QList<CellValue> *out)
{
    struct Pattern
    {
        QRegularExpression re;
        int label;
        int value;
        int period;
    };
    static const QString periodGroup = QStringLiteral("(?:\\s*\\(([^()]*)\\))?");
    static const QList<Pattern> patterns {
        // "Dose 1 = 92.1%", "Physics = 247"
        { QRegularExpression(
              QStringLiteral("([A-Za-z][A-Za-z0-9 ]*?)\\s*=\\s*(") + number + QStringLiteral(")\\.?")),
            1, 2, -1 },
        // "KS2 25% (2008)"
        { QRegularExpression(
              QStringLiteral("\\b([A-Z]{1,4}\\d{1,2})\\s+(") + number + QStringLiteral(")") + periodGroup),
            1, 2, 3 },
        // "21.7% (KS2)"
        { QRegularExpression(
              QStringLiteral("(") + number + QStringLiteral(")\\s*\\(([A-Z]{1,4}\\d{1,2})\\)")),
            2, 1, -1 },
        // "Outstanding - 4.4%", "Good 57%"
        { QRegularExpression(
              QStringLiteral("\\b([A-Z][a-z]+)\\s*[-\\x{2013}:]?\\s+(") + number + QStringLiteral(")\\s*,?")),
            1, 2, -1 },
        // "903 Local Data"
        { QRegularExpression(
              QStringLiteral("(") + number + QStringLiteral(")\\s+([A-Z][A-Za-z]*(?:\\s+[A-Z][A-Za-z]*)*)")),
            2, 1, -1 },
    };
    for (const Pattern &p : patterns) {
        QList<CellValue> values;
        QString leftover = cell;
        auto it = p.re.globalMatch(cell);
        QList<QPair<qsizetype, qsizetype>> spans;
        while (it.hasNext()) {
            const auto m = it.next();
            Number n;
            if (!readNumber(m.captured(p.value), &n)) {
                values.clear();
                break;
            }
            CellValue v;
            v.series = m.captured(p.label).simplified();
            v.value = n.value;
            v.comparator = n.comparator;
            v.unit = n.percent ? QStringLiteral("%") : QString();
            if (p.period > 0 && !m.captured(p.period).isEmpty())
                v.period = PeriodParser::parse(m.captured(p.period));
            values.append(v);
            spans.append({ m.capturedStart(), m.capturedLength() });
        }
        if (values.size() < 2)
            continue;
        for (auto s = spans.crbegin(); s != spans.crend(); ++s)
            leftover.remove(s->first, s->second);
        leftover = leftover.simplified();
        // What is left may only be one shared period: "(Apr-Aug 09)".
        Period shared;
        if (!leftover.isEmpty()) {
            shared = PeriodParser::parse(leftover);
            if (shared.isEmpty())
                continue;
        }
        QSet<QString> labels;
        for (CellValue &v : values) {
            labels.insert(v.series);
            if (v.period.isEmpty())
                v.period = shared.isEmpty() ? defaultPeriod : shared;
        }
        if (labels.size() != values.size())
            continue; // a label twice is not one series per label
        *out = values;
        return true;
    }
    return false;
}

} // namespace

QList<CellValue> CellValueParser::parse(const QString &input, const Period &defaultPeriod)
{
    const QString cell = input.simplified();
    if (cell.isEmpty())
        return {};
    static const QRegularExpression nothing(
        QStringLiteral("^(?:n/?a|-+|\\x{2013}|\\x{2014}|none)$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression anyDigit(QStringLiteral("\\d"));
    CellValue single;
    if (nothing.match(cell).hasMatch() || !anyDigit.match(cell).hasMatch()) {
        // Flags are stored in English and translated when shown (observationFlagDisplayName).
        single.flag = QString::fromLatin1(QT_TRANSLATE_NOOP("Observation", "no figure"));
        return { single };
    }
    if (readSingle(cell, defaultPeriod, &single))
        return { single };
    QList<CellValue> labelled;
    if (readLabelled(cell, defaultPeriod, &labelled))
        return labelled;
    CellValue raw;
    raw.flag = QString::fromLatin1(
        QT_TRANSLATE_NOOP("Observation", "several values or unrecognised text; kept as written"));
    return { raw };
}
