#include "SummaryReport.h"

#include "ChartExporter.h"
#include "ChartTextObject.h"
#include "GradePalette.h"
#include "HeadlineChartView.h"
#include "OutcomeChartView.h"
#include "analysis/LatestLetter.h"
#include "analysis/SourceDocuments.h"
#include "domain/Area.h"
#include "itemmodels/GradeMatrixModel.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

#include <algorithm>

namespace {

// Where the chart goes in the report's HTML, replaced by the chart itself once laid out.
const QChar ChartMarker(0xE000);

QString tr(const char *text)
{
    return QCoreApplication::translate("SummaryReport", text);
}

QString gradeCell(int grade, const QString &label)
{
    if (grade <= 0)
        return QStringLiteral("<td align=\"center\" style=\"color:#555555\">\u2013</td>");
    // A light tint of the grade colour, with the number and words in black so it prints in grey.
    QColor tint = GradePalette::background(grade);
    tint = QColor::fromRgbF(
        0.65 + 0.35 * tint.redF(), 0.65 + 0.35 * tint.greenF(), 0.65 + 0.35 * tint.blueF());
    return QStringLiteral("<td align=\"center\" bgcolor=\"%1\"><b>%2</b> %3</td>")
        .arg(tint.name(), QString::number(grade), label.toHtmlEscaped());
}

} // namespace

SummaryReport::SummaryReport(const ExportContext &context, GradeMatrixModel *grades,
    HeadlineChartView *headline, const QList<Finding> &findings, const QList<Document> &sources)
    : m_context(context)
    , m_grades(grades)
    , m_headline(headline)
    , m_findings(findings)
    , m_sources(sources)
{
}

QString SummaryReport::gradeTable() const
{
    // One row per year and area, the compared authorities side by side; outcome grades have a table of
    // their own, and rows where no authority has a grade are left out.
    const QList<Authority> &authorities = m_grades->authorities();
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "width=\"100%\"><thead><tr><th>%1</th><th>%2</th>")
                       .arg(tr("Year").toHtmlEscaped(), tr("Judgement").toHtmlEscaped());
    for (const Authority &a : authorities)
        html += QStringLiteral("<th>%1</th>").arg(a.name.toHtmlEscaped());
    html += QStringLiteral("</tr></thead>");
    const QStringList &outcomes = outcomeAreaKeys();
    for (int year = GradeMatrixModel::FirstYear; year <= GradeMatrixModel::LastYear; ++year) {
        for (int r = 0; r < m_grades->rowCount(); ++r) {
            if (outcomes.contains(m_grades->index(r, 0).data(GradeMatrixModel::AreaRole).toString()))
                continue;
            QString cells;
            bool any = false;
            for (const Authority &a : authorities) {
                const QModelIndex i = m_grades->index(r, m_grades->columnFor(year, a.laNumber));
                any = any || i.data(GradeMatrixModel::GradeRole).isValid();
                cells += gradeCell(i.data(GradeMatrixModel::GradeRole).toInt(),
                    i.data(GradeMatrixModel::LabelRole).toString());
            }
            if (any)
                html += QStringLiteral("<tr><td>%1</td><td>%2</td>%3</tr>")
                            .arg(QString::number(year),
                                m_grades->headerData(r, Qt::Vertical).toString().toHtmlEscaped(), cells);
        }
    }
    return html + QStringLiteral("</table>");
}

QString SummaryReport::outcomeTable() const
{
    // Side by side only for the same year: a group of columns per year in which any compared
    // authority has outcome grades, so that one authority's 2006 grades never stand beside
    // another's 2008 as if they were comparable. The latest years, as many as fit across the page.
    const QList<Authority> &authorities = m_grades->authorities();
    const QStringList &areas = OutcomeChartView::areaKeys();
    auto graded = [this, &areas](int year, int laNumber) {
        return std::any_of(areas.cbegin(), areas.cend(), [&](const QString &area) {
            return m_grades->index(m_grades->rowForArea(area), m_grades->columnFor(year, laNumber))
                .data(GradeMatrixModel::GradeRole)
                .isValid();
        });
    };
    QList<int> years;
    for (int year = GradeMatrixModel::FirstYear; year <= GradeMatrixModel::LastYear; ++year) {
        if (std::any_of(authorities.cbegin(), authorities.cend(),
                [&](const Authority &a) { return graded(year, a.laNumber); }))
            years.append(year);
    }
    if (years.isEmpty() || authorities.isEmpty())
        return QStringLiteral("<p>") + tr("No outcome grades in the loaded documents.").toHtmlEscaped()
            + QStringLiteral("</p>");
    constexpr int MostColumns = 6;
    while (years.size() > 1 && years.size() * authorities.size() > MostColumns)
        years.removeFirst();

    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                                  "<thead><tr><th rowspan=\"2\">%1</th>")
                       .arg(tr("Area").toHtmlEscaped());
    for (int year : std::as_const(years))
        html += QStringLiteral("<th colspan=\"%1\">%2</th>")
                    .arg(authorities.size())
                    .arg(tr("Assessed %1").arg(year).toHtmlEscaped());
    html += QStringLiteral("</tr><tr>");
    for (qsizetype y = 0; y < years.size(); ++y) {
        for (const Authority &a : authorities)
            html += QStringLiteral("<th>%1</th>").arg(a.name.toHtmlEscaped());
    }
    html += QStringLiteral("</tr></thead>");
    for (const QString &area : areas) {
        html += QStringLiteral("<tr><td>%1</td>").arg(areaDisplayName(area).toHtmlEscaped());
        for (int year : std::as_const(years)) {
            for (const Authority &a : authorities) {
                const QModelIndex i = m_grades->index(
                    m_grades->rowForArea(area), m_grades->columnFor(year, a.laNumber));
                html += gradeCell(i.data(GradeMatrixModel::GradeRole).toInt(),
                    i.data(GradeMatrixModel::LabelRole).toString());
            }
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString SummaryReport::improvements() const
{
    // From the letter with the latest date for each authority, whatever years earlier letters'
    // findings are for: what a committee reads is where the authority stands now.
    QString html;
    for (const Authority &a : m_grades->authorities()) {
        const Document letter = LatestLetter::of(m_sources, a.laNumber);
        html += QStringLiteral("<p><b>%1</b>").arg(a.name.toHtmlEscaped());
        if (letter.id == 0) {
            html += QStringLiteral(": ") + tr("no assessment letter loaded.").toHtmlEscaped()
                + QStringLiteral("</p>");
            continue;
        }
        html += QStringLiteral(": %1</p>").arg(letterName(letter).toHtmlEscaped());
        QString items;
        for (const Finding &f : LatestLetter::findingsOf(letter, m_findings)) {
            if (f.kind == FindingKind::Strength)
                continue;
            const QString area = f.area.isEmpty() ? QString()
                                                  : areaDisplayName(f.area) + QStringLiteral(": ");
            items += QStringLiteral("<li>%1%2</li>").arg(area.toHtmlEscaped(), f.text.toHtmlEscaped());
        }
        html += items.isEmpty()
            ? QStringLiteral("<p>%1</p>")
                  .arg(tr("No areas for improvement were read from this letter.").toHtmlEscaped())
            : QStringLiteral("<ul>%1</ul>").arg(items);
    }
    return html;
}

QString SummaryReport::letterName(const Document &letter)
{
    return tr("%1, %2").arg(letter.title, QLocale().toString(letter.published, QLocale::LongFormat));
}

QList<Document> SummaryReport::drawnSources() const
{
    // The documents the report quotes: those of the grades shown and each authority's latest letter.
    QSet<qint64> ids;
    for (int r = 0; r < m_grades->rowCount(); ++r) {
        for (int column = 0; column < m_grades->columnCount(); ++column) {
            const Judgement j = m_grades->judgementAt(m_grades->index(r, column));
            if (j.grade > 0)
                ids.insert(j.evidence.documentId);
        }
    }
    for (const Authority &a : m_grades->authorities())
        ids.insert(LatestLetter::of(m_sources, a.laNumber).id);
    return SourceDocuments::inOrderOfPublication(m_sources, ids);
}

QString SummaryReport::sourceList() const
{
    QString html = QStringLiteral("<ul>");
    for (const Document &d : drawnSources())
        html += QStringLiteral("<li>%1 \u2014 %2, %3 (%4)</li>")
                    .arg(d.title.toHtmlEscaped(), d.authority.name.toHtmlEscaped(),
                        QLocale().toString(d.published, QLocale::LongFormat).toHtmlEscaped(),
                        documentKindDisplayName(d.kind).toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

QString SummaryReport::html() const
{
    return QStringLiteral("<html><body style=\"font-size:9pt\">")
        + QStringLiteral("<h2>%1</h2>").arg(m_context.title.toHtmlEscaped())
        + QStringLiteral("<p>%1<br>%2</p>")
              .arg(m_context.subtitle().toHtmlEscaped(),
                  tr("Produced %1 by csdash")
                      .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat))
                      .toHtmlEscaped())
        + QStringLiteral("<h3>%1</h3>").arg(tr("Grades").toHtmlEscaped()) + gradeTable()
        + QStringLiteral("<p><small>%1</small></p>")
              .arg(
                  tr("4 outstanding or performs excellently; 3 good or performs well; 2 adequate or performs "
                     "adequately; 1 inadequate or performs poorly. \u2013 means no grade in the loaded "
                     "documents.")
                      .toHtmlEscaped())
        + QStringLiteral("<h3>%1</h3>")
              .arg(tr("Headline grade, %1\u2013%2").arg(2006).arg(2010).toHtmlEscaped())
        + QStringLiteral("<p>%1</p>").arg(ChartMarker)
        + QStringLiteral("<h3>%1</h3>").arg(tr("Outcome grades by year of assessment").toHtmlEscaped())
        + outcomeTable()
        + QStringLiteral("<h3>%1</h3>")
              .arg(tr("Key areas for improvement in each authority's latest letter").toHtmlEscaped())
        + improvements() + QStringLiteral("<h3>%1</h3>").arg(tr("Source documents").toHtmlEscaped())
        + sourceList() + QStringLiteral("</body></html>");
}

void SummaryReport::placeChart(QTextDocument &doc) const
{
    QTextCursor marker = doc.find(QString(ChartMarker));
    if (marker.isNull())
        return;
    // The chart takes the page's width and, up to its own proportions, the height left on the page
    // under its heading; where too little is left, the heading goes over to the next page with it,
    // so that no heading stands apart from its chart across a gap.
    const QSizeF page = doc.pageSize();
    const double width = page.width();
    const double preferred = width * 0.45;
    const double least = width * 0.3;
    const QTextBlock block = marker.block();
    const double top = doc.documentLayout()->blockBoundingRect(block).top();
    const double onPage = top - std::floor(top / page.height()) * page.height();
    const double left = page.height() - onPage - 8; // the paragraph's own line spacing
    double height = preferred;
    if (left >= least) {
        height = qMin(preferred, left);
    } else {
        QTextCursor heading(block.previous());
        QTextBlockFormat format = heading.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        heading.setBlockFormat(format);
    }
    ChartTextObject::insert(marker, QSizeF(width, height));
}

int SummaryReport::render(QPagedPaintDevice *device, QString *error) const
{
    device->setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("the report could not be drawn on this device");
        return 0;
    }
    const QRect page = painter.viewport();
    const int footerHeight = page.height() / 25;
    QTextDocument doc;
    doc.setDocumentMargin(0);
    QFont font = doc.defaultFont();
    font.setPointSizeF(8.5);
    doc.setDefaultFont(font);
    // Lay the text out at the page's width in device pixels.
    const double scale = device->logicalDpiY() / 96.0;
    doc.setPageSize(QSizeF(page.width() / scale, (page.height() - footerHeight) / scale));
    doc.setHtml(html());
    ExportContext chartContext = m_context;
    chartContext.title.clear(); // under the report's own heading
    chartContext.source.clear(); // the report lists its sources once, at the end
    // The chart's text at about the size of the report's own.
    ChartTextObject chart(m_headline, chartContext, 0.9);
    doc.documentLayout()->registerHandler(ChartTextObject::Type, &chart);
    placeChart(doc);
    const int pages = doc.pageCount();
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device->newPage();
        painter.save();
        painter.scale(scale, scale);
        const QRectF clip(0, p * doc.pageSize().height(), doc.pageSize().width(), doc.pageSize().height());
        painter.translate(0, -clip.top());
        painter.setClipRect(clip); // nothing of the next page's content on this one
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        QFont footerFont = font;
        footerFont.setPointSizeF(7.5);
        painter.setFont(footerFont);
        painter.setPen(Qt::black);
        const QRect footer(0, page.height() - footerHeight, page.width(), footerHeight);
        painter.drawLine(footer.topLeft(), footer.topRight());
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
            m_context.title + QStringLiteral(" \u2014 ") + m_context.subtitle());
        painter.drawText(
            footer, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(p + 1).arg(pages));
    }
    painter.end();
    return pages;
}

bool SummaryReport::savePdf(const QString &fileName, QString *error) const
{
    if (QFileInfo(fileName).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0) {
        *error = tr("%1: a summary is written as PDF; name the file .pdf").arg(fileName);
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write: %2").arg(fileName, file.errorString());
        return false;
    }
    QPdfWriter pdf(&file);
    pdf.setTitle(m_context.title);
    pdf.setCreator(QStringLiteral("csdash"));
    pdf.setResolution(300);
    QString drawError;
    if (render(&pdf, &drawError) == 0) {
        file.cancelWriting();
        *error = tr("%1: %2").arg(fileName, drawError);
        return false;
    }
    if (!file.commit()) {
        *error = tr("%1: cannot write: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}
