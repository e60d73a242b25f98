#pragma once

struct ParseContext;

// Annual performance assessment letters (2005-2008): the summary grade table, the opening
// paragraph's judgements, one judgement per outcome section ("The contribution ... in this area is
// very good"), and the key strengths and areas for improvement.
class ApaLetterParser
{
public:
    static bool parse(ParseContext &context);
};
