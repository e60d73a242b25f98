#pragma once

struct ParseContext;

// Council committee reports that quote grade tables: rows of "area <tab> grade" under a column
// heading, closed by a legend such as "4: outstanding; 3: good; 2: adequate; 1: inadequate".
// The framework and year come from the sentence that introduces the table and its section.
class CouncilReportParser
{
public:
    static bool parse(ParseContext &context);
};
