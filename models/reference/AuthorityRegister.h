#pragma once

#include "domain/Authority.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

struct AuthorityMention
{
    int laNumber = 0;
    int start = 0;
    int end = 0;
    bool councilForm = false; // "X County Council", "London Borough of X": names the body, not the place
};

// The register of English authorities with their aliases and the days they existed, loaded from data
// (resources/authorities).
//
// Names are matched as people write them. The register's names and the aliases are the place names;
// around a place name the usual forms are recognised by rule: a council suffix ("Council", "County
// Council", "City Council", "Borough Council", "Metropolitan Borough Council", "District Council"), a
// prefix ("London Borough of", "Royal Borough of", "Metropolitan Borough of", "Borough of", "City of",
// "County of"), "&" for "and", "St" for "St.", hyphens for spaces ("Stockton on Tees"), any case of
// "upon", and the register's "X, City of" as "X", "City of X" or "X City of". Forms that no rule
// gives ("Hull", "County Durham", "Southend") are aliases in the data.
//
// When a written name fits several entries ("Dorset" is Dorset (Pre LG), 835, and Dorset, 838) the
// one that existed in the year asked for wins; without a year, the one that existed in 2005-2011,
// the years this program reads.
class AuthorityRegister
{
public:
    // The years the program's documents are about: names are read as they were meant then.
    static constexpr int productFirstYear = 2005;
    static constexpr int productLastYear = 2011;

    AuthorityRegister() = default;
    // Reads the DfE register (la_number,name,region,type), the alias list (la_number,alias) and,
    // where given, the ONS area codes (columns ons_code and la_number) and the periods of the
    // authorities that did not exist throughout (la_number,from,until,became).
    static AuthorityRegister fromCsv(const QString &registerCsv, const QString &aliasCsv, QString *error,
        const QString &onsCodesCsv = QString(), const QString &periodsCsv = QString());
    // The register shipped in the resources.
    static const AuthorityRegister &bundled();

    bool isEmpty() const { return m_authorities.isEmpty(); }
    const QList<Authority> &authorities() const { return m_authorities; }
    // Every children's services authority (one with a type) that existed on some day of
    // firstYear..lastYear (see Authority::existedBetween), in register order.
    QList<Authority> authoritiesOf(int firstYear, int lastYear) const;
    Authority byLaNumber(int laNumber) const;
    // Looks a name up as a register name, alias or one of the forms above; case, punctuation and the
    // register's "(Pre LG)" notes do not matter. Regions and England are found by name too. An
    // acronym alias ("LCC") is found only as written. year as described above (0: 2005-2011).
    Authority byName(const QString &name, int year = 0) const;
    // The authority with this ONS area code ("E06000016"), or an invalid one.
    Authority byOnsCode(const QString &code) const;
    // The register names of the children's services authorities whose names are closest to a name
    // that matched none: edit distance between the lower-cased names without punctuation or council
    // words, whole or word by word ("Leicstershire" gives Leicestershire first).
    QStringList nearestNames(const QString &name, int count = 3) const;

    // Every mention of a local authority (regions and England are not matched) in text[from, to),
    // longest match first where names overlap ("Leicester City Council" over "Leicester"), line
    // breaks allowed between words. Case does not matter, with one exception: a bare one-word name,
    // without a council prefix or suffix, counts only when it starts with a capital letter. Place
    // names are proper nouns, and one-word names are where they collide with ordinary words
    // ("reading the report", "the hull of", "to bury"); "in Reading" and "reading borough council"
    // are mentions. Acronym aliases are matched case-sensitively.
    QList<AuthorityMention> mentions(const QString &text, int from = 0, int to = -1, int year = 0) const;

private:
    void buildMatchers();
    int pick(const QList<int> &candidates, int year) const;

    QList<Authority> m_authorities;
    QHash<int, int> m_indexByLa;
    QHash<QString, QList<int>> m_lasByName; // loose name -> LA numbers, register names before aliases
    QHash<QString, int> m_laByAcronym;
    QHash<QString, int> m_laByOnsCode;
    QRegularExpression m_formsPattern; // names with their council forms, anywhere in text
    QRegularExpression m_wholeFormPattern; // the same, as the whole of a name
    QRegularExpression m_acronymsPattern; // case-sensitive acronyms such as "LCC"
};
