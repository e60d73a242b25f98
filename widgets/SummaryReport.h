#pragma once

#include "ExportContext.h"
#include "domain/Document.h"
#include "domain/Finding.h"

#include <QList>
#include <QString>

class GradeMatrixModel;
class HeadlineChartView;
class QPagedPaintDevice;
class QTextDocument;

// The one- or two-page A4 summary an officer puts in front of a committee: title and date produced,
// the grade comparison (number and words, readable in black and white), the headline chart, the
// outcome grades side by side only within a year, the key areas for improvement from each
// authority's latest letter, the source documents with their dates; page numbers and a footer on
// every page. The chart is drawn as vectors, sized to the space under its heading.
class SummaryReport
{
public:
    // sources: the compared authorities' documents; the report lists those it quotes.
    SummaryReport(const ExportContext &context, GradeMatrixModel *grades, HeadlineChartView *headline,
        const QList<Finding> &findings, const QList<Document> &sources);

    // Draws the report on a paged device (a PDF writer or a printer); returns the number of pages.
    int render(QPagedPaintDevice *device, QString *error) const;
    bool savePdf(const QString &fileName, QString *error) const;
    // The report's text; the chart's place is marked, and filled when rendered.
    QString html() const;

private:
    QString gradeTable() const;
    QString outcomeTable() const;
    QString improvements() const;
    QString sourceList() const;
    QList<Document> drawnSources() const;
    void placeChart(QTextDocument &doc) const;
    static QString letterName(const Document &letter);

    ExportContext m_context;
    GradeMatrixModel *m_grades;
    HeadlineChartView *m_headline;
    QList<Finding> m_findings;
    QList<Document> m_sources;
};
