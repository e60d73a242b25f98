#include "DocumentClassifier.h"

#include "text/MatchOptions.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <vector>

namespace {

struct Signal
{
    DocumentKind kind;
    const char *pattern;
    int weight;
    const char *reason;
    int minimumCount = 1;
};

const std::array<Signal, 22> &contentSignals()
{
    static const std::array<Signal, 22> list { {
        { DocumentKind::ApaLetter, "annual performance assessment", 2,
            "names the annual performance assessment" },
        { DocumentKind::ApaLetter, "areas for judgement", 2, "has the APA summary table" },
        { DocumentKind::ApaLetter, "outcomes in this area (?:is|are)", 3, "states outcome judgements" },
        { DocumentKind::ApaLetter, "^dear\\s", 1, "is a letter" },
        { DocumentKind::ApaLetter, "grade awarded", 1, "has a grade column" },
        { DocumentKind::AnnualRatingLetter, "annual rating", 3,
            "names the children's services annual rating" },
        { DocumentKind::AnnualRatingLetter, "children.s services rating", 2,
            "states a children's services rating" },
        { DocumentKind::AnnualRatingLetter, "performs (?:excellently|well|adequately|poorly)\\s*\\(\\d+\\)",
            2, "states a grade as 'Performs ... (n)'" },
        { DocumentKind::AnnualRatingLetter, "^dear\\s", 1, "is a letter" },
        { DocumentKind::AnnualAssessmentLetter,
            "annual children.s services assessment|annual assessment of children", 3,
            "names the annual children's services assessment" },
        { DocumentKind::AnnualAssessmentLetter, "children.s services assessment", 2,
            "states a children's services assessment" },
        { DocumentKind::AnnualAssessmentLetter,
            "performs (?:excellently|well|adequately|poorly)\\s*\\(\\d+\\)", 2,
            "states a grade as 'Performs ... (n)'" },
        { DocumentKind::AnnualAssessmentLetter, "^dear\\s", 1, "is a letter" },
        { DocumentKind::CouncilReport, "report of the", 2, "is a report of an officer" },
        { DocumentKind::CouncilReport, "purpose of (?:the )?report", 1, "states its purpose" },
        { DocumentKind::CouncilReport, "date of meeting|decision timetable|wards affected", 2,
            "has a committee header" },
        { DocumentKind::CouncilReport, "4\\s*[:=-]\\s*outstanding\\s*[;,]\\s*3\\s*[:=-]\\s*good", 3,
            "quotes a grade table with its legend" },
        { DocumentKind::CouncilReport, "grades were as follows", 1, "quotes grades" },
        { DocumentKind::PlanReview, "performance table", 2, "has a performance table" },
        { DocumentKind::PlanReview, "national indicator\\s+\\d+", 3, "lists national indicators", 3 },
        { DocumentKind::PlanReview, "start of plan|end of plan target", 2,
            "has plan position and target columns" },
        { DocumentKind::PlanReview, "plan (?:annual )?(?:review|refresh)|annual review", 1,
            "is a plan review" },
    } };
    return list;
}

} // namespace

Classification DocumentClassifier::classify(const QString &text)
{
    struct Score
    {
        int score = 0;
        QStringList reasons;
    };
    std::array<Score, 6> scores;
    // Compiled once, every document being classified; a pattern that several kinds share ("Dear
    // ...", "Performs well (3)") once, with the most matches any of its signals needs.
    struct Searches
    {
        std::vector<QRegularExpression> patterns;
        std::vector<int> needed; // for each pattern
        std::vector<std::size_t> of; // for each signal, its pattern
    };
    static const Searches searches = [] {
        Searches out;
        std::vector<const char *> sources;
        for (const Signal &s : contentSignals()) {
            const auto same = std::find_if(sources.cbegin(), sources.cend(),
                [&s](const char *source) { return QLatin1String(source) == QLatin1String(s.pattern); });
            const std::size_t k = std::size_t(same - sources.cbegin());
            if (same == sources.cend()) {
                sources.push_back(s.pattern);
                out.patterns.emplace_back(QLatin1String(s.pattern),
                    QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
                out.needed.push_back(0);
            }
            out.needed[k] = std::max(out.needed[k], s.minimumCount);
            out.of.push_back(k);
        }
        return out;
    }();
    std::vector<int> counts(searches.patterns.size(), 0);
    const QRegularExpression::MatchOptions checked = MatchOptions::checkedOnce(text);
    for (std::size_t k = 0; k < searches.patterns.size(); ++k) {
        auto it = searches.patterns[k].globalMatch(text, 0, QRegularExpression::NormalMatch, checked);
        while (it.hasNext() && counts[k] < searches.needed[k]) {
            it.next();
            ++counts[k];
        }
    }
    for (std::size_t i = 0; i < contentSignals().size(); ++i) {
        const Signal &s = contentSignals()[i];
        if (counts[searches.of[i]] >= s.minimumCount) {
            Score &score = scores[static_cast<int>(s.kind)];
            score.score += s.weight;
            score.reasons.append(QLatin1String(s.reason));
        }
    }
    Classification best;
    for (int k = 1; k < int(scores.size()); ++k) {
        if (scores[k].score > best.score) {
            best.kind = static_cast<DocumentKind>(k);
            best.score = scores[k].score;
            best.reasons = scores[k].reasons;
        }
    }
    if (best.score < MinimumScore)
        best.kind = DocumentKind::Unknown;
    return best;
}
