#pragma once

#include <QString>
#include <QStringList>

// Judgement areas are identified by stable keys ("overall", "being-healthy", "jar-safeguarding");
// the phrases that name them in documents live in resources/vocabulary.json.
QString areaDisplayName(const QString &areaKey);
// The five Every Child Matters outcomes the APA letters grade, in the letters' order.
const QStringList &outcomeAreaKeys();
