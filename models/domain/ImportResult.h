#pragma once

#include "Document.h"
#include "Finding.h"
#include "Indicator.h"
#include "Judgement.h"
#include "Observation.h"
#include "Passage.h"

#include <QList>
#include <QString>
#include <QStringList>

// What one parser read from one document, before anything is written. Evidence spans have
// documentId 0 here; the store fills it in when it saves the document.
struct ImportResult
{
    Document document;
    QList<Judgement> judgements;
    QList<Finding> findings;
    QList<Indicator> indicators;
    QList<Observation> observations;
    QList<Passage> passages;
    QStringList warnings;
};
