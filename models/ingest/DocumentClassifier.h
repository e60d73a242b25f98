#pragma once

#include "domain/Document.h"

#include <QStringList>

// Decides a document's family from what it says, scoring content signals (addressee block,
// title lines, grade legends, table headers). The file name is never consulted.
struct Classification
{
    DocumentKind kind = DocumentKind::Unknown;
    int score = 0;
    QStringList reasons; // the signals that decided, for messages and tests
};

class DocumentClassifier
{
public:
    static constexpr int MinimumScore = 4;
    static Classification classify(const QString &text);
};
