// helpdesk.hpp — the help-desk ("vraagbaak", RULEBOOK §12.4 M4) answers to procedure questions, their search, and
// the report's facts and figures (RULEBOOK §12) for cards and a small chart.
//
// Data: assets/helpdesk/questions.json and assets/helpdesk/facts.json, embedded at build time (no file reads).
// Search: BM25F over folded tokens (text_fold.hpp) of question, keywords and answer in both languages, with
// prefix, compound-part and edit-distance (1–2, transpositions count 1) matching; see docs/helpdesk.md.
#pragma once
#include "wams/result.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace wams {

// One help-desk entry. Every answer cites the R-ids it rests on and the A-ids of ambiguities it touches.
struct HelpAnswer {
    std::string id;                       // stable id, e.g. "HD-01"
    std::string question_nl, question_en;
    std::string answer_nl, answer_en;
    std::string process_step;             // an id from process_steps()
    std::vector<std::string> rules;       // R-ids (R1–R67)
    std::vector<std::string> ambiguities; // A-ids (A1–A25), may be empty
    std::vector<std::string> keywords_nl, keywords_en; // synonyms and colleague wording, for search only
};

struct HelpHit {
    const HelpAnswer* answer; // points into help_answers()
    double score;             // > 0; higher is better; comparable only within one query
};

const std::vector<HelpAnswer>& help_answers();                          // loaded once from embedded questions.json
const HelpAnswer* find_help_answer(std::string_view id);                 // nullptr when the id is unknown
std::vector<HelpHit> search_help(std::string_view query, size_t max_results = 10); // best first; empty if no match
// The texts as shown: question_en / answer_en for "en", else nl, with draft article numbers labelled as the draft's
// (stage.hpp). The stored fields stay unlabelled: the search indexes them as written.
std::string help_question(const HelpAnswer& a, std::string_view lang);
std::string help_answer_text(const HelpAnswer& a, std::string_view lang);

// ---- Facts and figures (RULEBOOK §12) ------------------------------------------------------------------------

// A card: one fact, figure or statement with its source section. `group` is one of "status", "timeline",
// "measures", "costs", "not" (what the Wams is not, §12.7), "context".
struct FactCard {
    std::string id, group;
    std::string title_nl, title_en;
    std::string body_nl, body_en;
    std::string quote_nl;              // verbatim report quote (may be empty)
    std::string source;                // report section, e.g. "MS", "§2.2"
    std::vector<std::string> rules;    // R-ids where the fact is also a rule (e.g. §12.7), may be empty
};

struct FactChartRow {
    std::string key;
    std::string label_nl, label_en;
    std::vector<double> values;        // one value per series of the chart
    std::string share_text;            // share as printed in the report ("20%", "<0,5%"); empty if none
    bool total = false;                // a total row: show as a figure, not as a bar
};

struct FactChart {
    std::string id;
    std::string title_nl, title_en;
    std::string caption_nl, caption_en;
    std::string unit;                  // "clients" or "percent"
    std::string source;                // report section and original source
    std::vector<std::string> series_nl, series_en; // column names, one per value in each row
    std::vector<std::string> notes_nl, notes_en;   // reading notes the UI must show with the chart
    std::vector<FactChartRow> rows;
};

struct HelpFacts {
    std::string stage;                 // rulebook stage id the facts belong to (stage.hpp)
    std::vector<FactCard> cards;
    std::vector<FactChart> charts;
};

const HelpFacts& help_facts();                                 // loaded once from embedded facts.json
std::string_view help_facts_json();                            // the embedded facts.json as is (for exports)

// The two texts read on their own, never throwing (json_reader.hpp): the value, or the first error with its JSON
// Pointer. An embedded text that fails leaves help_answers() / help_facts() empty and is listed by
// asset_load_errors() (assets.hpp).
Result<std::vector<HelpAnswer>> parse_help_answers(std::string_view text);  // questions.json
Result<HelpFacts> parse_help_facts(std::string_view text);                  // facts.json

} // namespace wams
