#pragma once

#include "Document.h"
#include "Finding.h"
#include "Indicator.h"
#include "Judgement.h"
#include "Observation.h"
#include "PageBox.h"
#include "Passage.h"

#include <QList>
#include <QString>
#include <QStringList>

// What one parser read from one document, before anything is written. Evidence spans have
// documentId 0 here; the store fills it in when it saves the document.
// A data-file row that was not imported, and why.
struct RowRejection
{
    int row = 0; // 1 is the header
    QString reason;
};

struct ImportResult
{
    Document document;
    QList<Judgement> judgements;
    QList<Finding> findings;
    QList<Indicator> indicators;
    QList<Observation> observations;
    QList<Passage> passages;
    QStringList warnings;
    // For data files: how each column was understood, and the rows left out.
    QStringList columnMapping;
    QList<RowRejection> rejections;
    // For PDFs: where each word of document.originalText sits on its page, sorted by start.
    QList<PageBox> pageBoxes;
};
