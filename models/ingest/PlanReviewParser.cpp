#include "PlanReviewParser.h"

#include "CellValueParser.h"
#include "ParseContext.h"
#include "PeriodParser.h"
#include "reference/GradeVocabulary.h"
#include "reference/MeasureRegister.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlanReviewParser", text);
}

enum class Role
{
    Title,
    Baseline,
    Target,
    Comments,
    Result,
    Other
};

struct Column
{
    Role role = Role::Other;
    Period period; // from the heading, e.g. "March 10 result"
};

struct Cell
{
    TextSpan span; // in the original, without the leading tab
    QString text; // cleaned
};

using Row = QList<Cell>;

bool isTabLine(const QString &line)
{
    return line.startsWith(QLatin1Char('\t'));
}

Column columnFor(const QString &heading)
{
    static const QRegularExpression roleWords(
        QStringLiteral(
            "\\b(?:result|results|actual|latest|outturn|position|start\\s+of\\s+plan|end\\s+of\\s+plan|"
            "target|baseline)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QString h = heading.toLower();
    Column c;
    if (h.contains(QLatin1String("indicator")) || h.contains(QLatin1String("measure")))
        c.role = Role::Title;
    else if (h.contains(QLatin1String("target")))
        c.role = Role::Target;
    else if (h.contains(QLatin1String("start")) || h.contains(QLatin1String("baseline")))
        c.role = Role::Baseline;
    else if (h.contains(QLatin1String("comment")) || h.contains(QLatin1String("note")))
        c.role = Role::Comments;
    else if (h.contains(QLatin1String("result")) || h.contains(QLatin1String("actual"))
        || h.contains(QLatin1String("latest")) || h.contains(QLatin1String("outturn")))
        c.role = Role::Result;
    if (c.role == Role::Result || c.role == Role::Baseline) {
        QString rest = heading;
        rest.remove(roleWords);
        c.period = PeriodParser::parse(rest.simplified());
    }
    return c;
}

bool isSectionHeading(const Row &row)
{
    if (row.isEmpty() || row.first().text.isEmpty())
        return false;
    for (int i = 1; i < row.size(); ++i) {
        if (!row.at(i).text.isEmpty())
            return false;
    }
    const QString t = row.first().text;
    static const QRegularExpression upper(QStringLiteral("^[A-Z][A-Z '&-]{3,}$"));
    return upper.match(t).hasMatch();
}

QString indicatorCode(const Row &row, const QString &title)
{
    static const QRegularExpression ni(
        QStringLiteral("national\\s+indicator\\s+(\\d{1,3})\\b|\\bNI\\s*(\\d{1,3})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    for (const Cell &cell : row) {
        const auto m = ni.match(cell.text);
        if (m.hasMatch())
            return QStringLiteral("NI ") + (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
    }
    // A local indicator has no published code: name it by its title, so the same title gets the same code.
    const QByteArray hash = QCryptographicHash::hash(
        GradeVocabulary::fold(title).toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("LOCAL-") + QString::fromLatin1(hash.toHex().left(8));
}

ObservationKind kindFor(Role role)
{
    switch (role) {
    case Role::Baseline:
        return ObservationKind::Baseline;
    case Role::Target:
        return ObservationKind::Target;
    case Role::Result:
        return ObservationKind::Result;
    default:
        return ObservationKind::Unassigned;
    }
}

} // namespace

bool PlanReviewParser::parse(ParseContext &c)
{
    const TextLayout &layout = c.layout;
    const int lineCount = int(layout.lines().size());

    // The header: consecutive tab lines, one saying "Indicator" and one naming a target.
    int headerFirst = -1;
    int headerLast = -1;
    for (int i = 0; i < lineCount && headerFirst < 0; ++i) {
        if (!isTabLine(layout.lineText(i))
            || layout.lineText(i).trimmed().compare(QLatin1String("Indicator"), Qt::CaseInsensitive) != 0)
            continue;
        int j = i;
        bool target = false;
        while (j + 1 < lineCount && isTabLine(layout.lineText(j + 1))) {
            ++j;
            target = target || layout.lineText(j).contains(QLatin1String("target"), Qt::CaseInsensitive);
        }
        if (target && j > i) {
            headerFirst = i;
            headerLast = j;
        }
    }
    if (headerFirst < 0) {
        c.warn(tr("no performance table with indicator and target columns was found"));
        return true;
    }
    QList<Column> columns;
    for (int i = headerFirst; i <= headerLast; ++i)
        columns.append(columnFor(layout.lineText(i).trimmed()));
    const int titleColumn = int(std::find_if(columns.cbegin(), columns.cend(), [](const Column &col) {
        return col.role == Role::Title;
    }) - columns.cbegin());

    // Rows: a tab starts a cell; lines without one continue it; a blank line then a tab starts a
    // row, except after a lone title whose values were pushed on by a stray blank line.
    QList<Row> rows;
    int blanks = 0;
    auto finishCell = [&](Cell &cell) {
        cell.span = layout.trimmed(cell.span);
        cell.text = c.clean(cell.span).simplified();
    };
    for (int i = headerLast + 1; i < lineCount; ++i) {
        const QString line = layout.lineText(i);
        const TextSpan span = layout.lines().at(i);
        // A line holding only a tab is an empty cell; a line of spaces is a blank line.
        if (!isTabLine(line) && line.trimmed().isEmpty()) {
            ++blanks;
            continue;
        }
        if (isTabLine(line)) {
            if (!rows.isEmpty() && !rows.last().isEmpty())
                finishCell(rows.last().last());
            const bool loneTitle = !rows.isEmpty() && rows.last().size() == 1
                && !isSectionHeading(rows.last());
            if (rows.isEmpty() || (blanks > 0 && !loneTitle))
                rows.append(Row());
            rows.last().append({ { span.start + 1, span.end }, QString() });
        } else {
            const QString clean = line.simplified();
            static const QRegularExpression headingLike(
                QStringLiteral("^[A-Z][A-Za-z]*(?:\\s+[A-Za-z]+){0,5}$"));
            if (blanks >= 2 || rows.isEmpty()
                || (blanks >= 1 && headingLike.match(clean).hasMatch()
                    && rows.last().size() >= columns.size()))
                break;
            rows.last().last().span.end = span.end;
        }
        blanks = 0;
    }
    if (!rows.isEmpty() && !rows.last().isEmpty())
        finishCell(rows.last().last());

    QString section;
    int indicatorIndex = -1;
    QString labelColumnHeading;
    int labelColumn = -1;
    for (int r = 0; r < rows.size(); ++r) {
        const Row &row = rows.at(r);
        if (isSectionHeading(row)) {
            section = row.first().text;
            continue;
        }
        const bool subRow = row.value(titleColumn).text.isEmpty();
        if (!subRow) {
            Indicator indicator;
            indicator.title = row.value(titleColumn).text;
            indicator.code = indicatorCode(row, indicator.title);
            indicator.section = section;
            // A National Indicator is reported over the year its definition says.
            indicator.yearType = MeasureRegister::bundled().nationalIndicator(indicator.code).yearType;
            c.result.indicators.append(indicator);
            indicatorIndex = int(c.result.indicators.size()) - 1;
            labelColumn = -1;
            // Rows that follow with an empty indicator cell are labelled parts of this one; the
            // label sits in the first value column, where this row holds its own label.
            if (r + 1 < rows.size() && rows.at(r + 1).value(titleColumn).text.isEmpty()
                && !isSectionHeading(rows.at(r + 1))) {
                for (int col = 0; col < columns.size(); ++col) {
                    static const QRegularExpression digit(QStringLiteral("\\d"));
                    if (col != titleColumn && columns.at(col).role != Role::Comments
                        && !row.value(col).text.isEmpty() && !digit.match(row.value(col).text).hasMatch()) {
                        labelColumn = col;
                        break;
                    }
                }
            }
        }
        if (indicatorIndex < 0)
            continue;
        Indicator &indicator = c.result.indicators[indicatorIndex];

        auto addObservation = [&](ObservationKind kind, const Cell &cell, const CellValue &value,
                                  const QString &series) {
            Observation o;
            o.indicatorCode = indicator.code;
            o.authority = c.result.document.authority;
            o.kind = kind;
            o.series = series.isEmpty()
                ? value.series
                : (value.series.isEmpty() ? series : series + QStringLiteral(" / ") + value.series);
            o.period = PeriodParser::forYearType(value.period, indicator.yearType);
            o.value = value.value;
            o.comparator = value.comparator;
            o.unit = value.unit;
            o.note = value.note;
            o.raw = cell.text;
            o.flag = value.flag;
            o.evidence = c.evidence(cell.span);
            if (indicator.unit.isEmpty() && value.value && !value.unit.startsWith(QLatin1String("out of")))
                indicator.unit = value.unit;
            c.result.observations.append(o);
        };

        if (row.size() != columns.size()) {
            // Cells cannot be matched to columns without guessing: keep the row as written, flagged.
            QStringList texts;
            TextSpan whole { row.first().span.start, row.last().span.end };
            for (const Cell &cell : row)
                texts.append(cell.text);
            CellValue flagged;
            // Stored in English and translated when shown (observationFlagDisplayName).
            flagged.flag = QString::fromLatin1(
                QT_TRANSLATE_NOOP(
                    "Observation", "row has %1 cells where the table has %2 columns; kept as written"))
                               .arg(row.size())
                               .arg(columns.size());
            Cell rowCell { whole, texts.join(QStringLiteral(" | ")) };
            addObservation(ObservationKind::Unassigned, rowCell, flagged, QString());
            continue;
        }
        const QString series = labelColumn >= 0 ? row.value(labelColumn).text : QString();
        for (int col = 0; col < columns.size(); ++col) {
            const Column &column = columns.at(col);
            const ObservationKind kind = kindFor(column.role);
            if (kind == ObservationKind::Unassigned || col == labelColumn || row.at(col).text.isEmpty())
                continue;
            for (const CellValue &value : CellValueParser::parse(row.at(col).text, column.period))
                addObservation(kind, row.at(col), value, series);
        }
    }
    if (c.result.indicators.isEmpty())
        c.warn(tr("the performance table holds no indicator rows"));
    return true;
}
