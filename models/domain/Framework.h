#pragma once

#include <QString>

// The inspection framework a grade was given under. Stored by key so the database does not
// depend on enum order.
enum class Framework
{
    Unknown,
    Apa, // Annual performance assessment, 2005-2008
    Jar, // Joint area review
    AnnualRating2009, // Children's services annual rating, 2009
    AnnualAssessment2010, // Annual children's services assessment, 2010
};

QString frameworkKey(Framework framework);
Framework frameworkFromKey(const QString &key);
QString frameworkDisplayName(Framework framework);
