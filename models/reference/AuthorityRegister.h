#pragma once

#include "domain/Authority.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>

struct AuthorityMention
{
    int laNumber = 0;
    int start = 0;
    int end = 0;
    bool councilForm = false; // "X County Council", "London Borough of X": names the body, not the place
};

// The register of English authorities with their aliases, loaded from data (resources/authorities).
class AuthorityRegister
{
public:
    AuthorityRegister() = default;
    // Reads the DfE register (la_number,name,region,type), the alias list (la_number,alias) and,
    // where given, the ONS area codes (columns ons_code and la_number).
    static AuthorityRegister fromCsv(const QString &registerCsv, const QString &aliasCsv, QString *error,
        const QString &onsCodesCsv = QString());
    // The register shipped in the resources.
    static const AuthorityRegister &bundled();

    bool isEmpty() const { return m_authorities.isEmpty(); }
    const QList<Authority> &authorities() const { return m_authorities; }
    Authority byLaNumber(int laNumber) const;
    // Looks a name up as a register name or alias: case, punctuation, "&" for "and", and the
    // register's "(Pre LG)" notes do not matter ("St Helens" is "St. Helens", "Bristol City of" is
    // "Bristol, City of"). Regions and England are found by name too.
    Authority byName(const QString &name) const;
    // The authority with this ONS area code ("E06000016"), or an invalid one.
    Authority byOnsCode(const QString &code) const;

    // Every mention of a local authority (regions and England are not matched) in text[from, to),
    // longest match first where names overlap ("Leicester City Council" over "Leicester").
    QList<AuthorityMention> mentions(const QString &text, int from = 0, int to = -1) const;

private:
    void buildMatchers();

    QList<Authority> m_authorities;
    QHash<int, int> m_indexByLa;
    QHash<QString, int> m_laByForm; // folded form -> LA number
    QHash<QString, int> m_laByLooseName; // name with punctuation and notes dropped -> LA number
    QHash<QString, int> m_laByOnsCode;
    QRegularExpression m_formsPattern; // case-insensitive names and council forms
    QRegularExpression m_acronymsPattern; // case-sensitive acronyms such as "LCC"
};
