#pragma once

struct ParseContext;

// The 2009 children's services annual rating and 2010 annual children's services assessment
// letters: one grade stated as "Performs well (3)", and the key areas for further development.
class AnnualLetterParser
{
public:
    static bool parse(ParseContext &context);
};
