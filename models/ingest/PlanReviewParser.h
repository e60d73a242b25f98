#pragma once

struct ParseContext;

// Plan reviews with a performance indicator table, as converted text: each cell starts on a
// line of its own with a tab, a cell's further lines follow without one, and rows are separated
// by blank lines. Columns are recognised by their headings (indicator, start of plan position,
// target, comments, result); a heading's period ("March 10 result") applies where a cell states none.
class PlanReviewParser
{
public:
    static bool parse(ParseContext &context);
};
