#include "ParseContext.h"

#include "text/CleanText.h"

QString ParseContext::clean(TextSpan span) const
{
    return CleanText::clean(text(), span.start, span.end);
}
