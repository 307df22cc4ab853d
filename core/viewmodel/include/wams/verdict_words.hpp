// verdict_words.hpp — every verdict in words (issue 17 part 4, docs/interview.md "Verdicts in words"): why, in one or
// two plain sentences built from the answers given, with the rule chips beside it, and what would change it.
//
// Nothing here decides: the words read the assessment (values, verdicts, walked steps, rules, A-ids) and re-run
// assess() on the case with one answer changed. "Would change" is computed that way: every choice or yes/no answer
// present in the case is tried with each other answer the vocabulary allows there (the decisive answers first); an
// answer that moves the outcome is named with the outcome it gives. Where the outcome rests on an ambiguity, the
// words say that it depends on how the municipality reads the text — for A1 with the outcome under each recorded
// reading, again by re-assessing — and what to ask. Sentences come from assets/i18n ("words.*"), filled with the
// vocabulary's labels of questions and answers: never a code.
#pragma once
#include "wams/assessment.hpp"
#include "wams/case.hpp"
#include "wams/lang.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace wams {

struct AnswerChange {           // one answer that, given instead, changes the outcome
    std::string pointer;       // into FACTS: "/data_items/0/provider_response"
    nlohmann::json value;      // the other answer
    std::string outcome;       // the §0.3 value or verdict it then gets (for tests and the UI's tone; never shown)
};

struct VerdictWords {
    std::string subject;       // "investigation", "coordination", "case_conference", "data_items/D1"
    std::string title;         // what it is about in words: "Onderzoek", or the item's own description
    std::string because;       // the decisive answers given: "Omdat u antwoordde: «Doel» — Het Wams-onderzoek; …"
    std::string verdict;       // the outcome as a sentence, its conditions in words
    std::string would_change;  // which answer, if different, changes the outcome, and to what
    std::vector<AnswerChange> changes;  // the same as data: the answers named in would_change
    std::string depends;       // the ambiguity it rests on: outcome per reading, what to ask the municipality; "" when none
    Ids rules;                 // the rule chips
};

enum class ProcessValue { investigation, coordination, case_conference };

// One data item's verdict (item = index into a.data_items, which must be the assessment of `facts`).
VerdictWords verdict_in_words(const Facts& facts, const Assessment& a, std::size_t item, Lang lang);
// One process value that decides: the investigation, the coordination, whether a case conference may be organised.
VerdictWords process_in_words(const Facts& facts, const Assessment& a, ProcessValue which, Lang lang);
// All of them at once (the re-assessments shared): the process values (the conference only when one is recorded),
// then every data item, in order.
std::vector<VerdictWords> all_in_words(const Facts& facts, const Assessment& a, Lang lang);
// The same as text for `wams-cli explain --words`: per subject a heading, the sentences and the rules.
std::string words_text(const Facts& facts, const Assessment& a, Lang lang);

} // namespace wams
