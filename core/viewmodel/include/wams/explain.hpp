// explain.hpp — readable explanations of an assessment, in Dutch or English: for every value and verdict the rules
// (id, report section, article, Dutch quote); for a negative or undetermined answer WHY NOT (each blocking question)
// and what to ask next; where an ambiguity matters, its quotations side by side and both readings' outcomes.
// explain_lines gives the same content as records the UI can render (expandable rule cards).
#pragma once
#include "wams/assessment.hpp"
#include "wams/case.hpp"
#include "wams/lang.hpp"

#include <string>
#include <vector>

namespace wams {

enum class LineKind {                    // what one explanation line is
    heading,    // a section: the case, a process value, a data item
    outcome,    // a process value or an item verdict
    rule,       // a rule cited for the outcome above (rule card: id, title, section, article, quote)
    step,       // one walked question of §8.3 with its answer and effect
    why_not,    // a question or rule that blocked a positive answer
    ask_next,   // what to ask to resolve an undetermined answer
    condition,  // a condition code attached to an allowed_under_conditions verdict
    ambiguity,  // an A-id: quotations side by side, the tool's behaviour, readings' outcomes
    advisory,   // guidance of §9.3
};

struct ExplanationLine {                 // one record of the structured explanation
    LineKind kind = LineKind::heading;
    int depth = 0;                       // nesting for display (0 = top)
    std::string subject;                 // what it explains: "investigation", "coordination", "data_items/D3", …
    std::string text;                    // the readable line in the requested language
    std::string ref;                     // the id it is about (R61, A17, Q7, ADV_…, condition code), if any
};

std::vector<ExplanationLine> explain_lines(const Facts& facts, const Assessment& a, Lang lang);  // structured form
std::string explain(const Facts& facts, const Assessment& a, Lang lang);                        // the same as indented text
std::string rule_citation(std::string_view rule_id, Lang lang);  // "R61 — title (§2.3, §3.1.1; art. 5.4.2 wetsvoorstel (consultatieversie 2020)): «quote»"
std::string_view to_string(LineKind k);                          // "heading", "outcome", "rule", …

} // namespace wams
