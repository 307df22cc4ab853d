// interview.hpp — the interview (issue 17): a case whose facts are partly unanswered, what is already decided, and
// the one question to ask next.
//
// A field of FACTS that is absent from the case has not been asked yet; null keeps its rulebook meaning (asked, not
// known, §0.3 D27). A value or verdict is *decided* only when every completion of the unasked fields gives the same
// result; otherwise it is "open" and names the questions it waits for. The next question is one whose answer can
// still change an open result, the one that can change the most first (docs/interview.md).
//
// How "every completion" is checked: each unasked field has a finite answer domain (its vocabulary values, null
// where allowed, the suggestions of a text field, a few representative lists and objects). When the product of the
// domains is small (≤ Options::exhaustive_limit) every completion is assessed; otherwise a seeded sample of
// completions plus, for each unasked field, every one of its answers on several of those completions. The test
// tests/unit/test_interview.cpp enumerates the open answers of the necessity walk exhaustively and fails on any
// "decided" verdict that one of them contradicts.
//
// Index
//   [SECTION] Questions   Slot (one unasked field of this case), question catalogue
//   [SECTION] Result      Result, run
#pragma once
#include "wams/lang.hpp"
#include "wams/validate.hpp"
#include "wams/vocabulary.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wams::interview {

// [SECTION] Questions ---------------------------------------------------------------------------------------------

struct Slot {                           // one field of this case that has not been asked
    std::string pointer;                // into the case: "/facts/data_items/0/purpose", "/facts/entry/requester"
    const vocab::Field* field = nullptr;
    std::vector<nlohmann::json> domain; // the answers a completion may give it (null included where allowed)
    // A member of an object not recorded yet, asked on its own: its answer null means there is no such object (the
    // object becomes null, absent_objects_to_null); any other answer records the object with this member.
    bool absent_means_none = false;
};

// An object recorded only by members that are all null, one of which cannot be null (the answer "there is none" to
// a member asked on its own), becomes null. run() and AskSession apply it to every case they are given.
void absent_objects_to_null(nlohmann::json& facts);

std::vector<Slot> unasked_fields(const nlohmann::json& facts);  // in asking order (the vocabulary's order)

// [SECTION] Result ------------------------------------------------------------------------------------------------

struct Options {
    int samples = 48;                   // random completions
    int mutations = 2400;               // explored completions (one to three answers changed), coverage-guided
    int process_budget_factor = 4;      // the item-free search of the process values: this many times the mutations
    std::size_t dfs_values = 6;         // answers tried per field when the search goes depth first
    int probe_bases = 8;                // completions on which every answer of every unasked field is tried
    std::size_t exhaustive_limit = 4096;  // at most this many completions: assess them all
    std::uint64_t seed = 0x57a3'5eedULL;
    // The values the questions are for: prefixes of assessment paths ("/data_items/0/verdict", "/data_items/" for
    // every item verdict). Empty: every value and verdict. Only these choose `next`; all others are still reported
    // as decided or open.
    std::vector<std::string> goals;
    bool operator==(const Options&) const = default;
};

struct OpenValue {
    std::string path;                   // into the assessment: "/investigation/value", "/data_items/0/verdict"
    std::vector<std::string> waits_for; // pointers of the unasked fields whose answer can change it
};

struct Result {
    std::vector<ValidationError> errors;  // the answers given are not a valid case (path into the case)
    nlohmann::json assessment;          // assess's shape; "open" for every value or verdict not decided
    std::vector<OpenValue> open;
    std::optional<Slot> next;           // the question to ask now; nullopt when nothing open can change
    std::size_t completions = 0;        // valid completions assessed
    bool exhaustive = false;            // every completion was assessed
};

// `case_json` is {"id"?, "facts": {…}} with any field of facts left out. Never throws.
Result run(const nlohmann::json& case_json, const Options& options = {});

// {"pointer","field","question":{"nl","en"},"options":[{"value","nl","en"}…],"kind"} for `wams-cli interview`.
nlohmann::json question_json(const Slot& slot);

// The label of one answer value of a field in `lang` (choice codes via the vocabulary, flags ja/nee, null).
// With absent_means_none (a member of an object asked on its own, Slot) null reads "niet van toepassing (is er niet)".
std::string answer_label(const vocab::Field& field, const nlohmann::json& value, Lang lang, bool absent_means_none = false);

} // namespace wams::interview
