#pragma once

#include <QString>

// Judgement areas are identified by stable keys ("overall", "being-healthy", "jar-safeguarding");
// the phrases that name them in documents live in resources/vocabulary.json.
QString areaDisplayName(const QString &areaKey);
