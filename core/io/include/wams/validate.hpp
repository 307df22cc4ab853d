// validate.hpp — the layer every input passes through first: safe JSON parsing (size, depth, UTF-8 limits) and
// schema validation of a case / cases file against RULEBOOK §0.3 (FACTS, DATA_ITEM), with JSON-Pointer paths.
// Never throws, never crashes, on any bytes. A case with errors never reaches the engine.
//
// Index
//   [SECTION] Limits        InputLimits
//   [SECTION] Errors        ValidationError, format_errors, errors_to_json
//   [SECTION] Parsing       ParsedJson, parse_json_text
//   [SECTION] Schema        validate_case, validate_facts, validate_cases_file
//   [SECTION] Loading       LoadedCase, LoadedCases, load_cases_text, load_case_facts_text
#pragma once
#include "wams/lang.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wams {

// [SECTION] Limits ------------------------------------------------------------------------------------------------

struct InputLimits {
    std::size_t max_bytes = 5u * 1024u * 1024u;  // a case file larger than this is refused ("te groot")
    std::size_t max_depth = 64;                  // deeper nesting of [ / { is refused before the parser recurses
    std::size_t max_errors = 100;                // errors reported in full; the rest are counted ("… en N meer")
};

// [SECTION] Errors ------------------------------------------------------------------------------------------------

struct ValidationError {
    std::string path;        // JSON Pointer, e.g. "/cases/3/facts/data_items/0/purpose" ("" = whole document)
    std::string expected;    // e.g. "one of: investigation, coordination, …" or "boolean or null"
    std::string found;       // e.g. "\"investigaton\"" or "number 3" or "missing"
    std::string message_nl;  // a Dutch sentence a professional understands
    std::string message_en;  // the same in English
};

std::string format_errors(const std::vector<ValidationError>& errors, Lang lang);  // one line per error: path, expected, found
nlohmann::json errors_to_json(const std::vector<ValidationError>& errors);          // [{"path","expected","found","message"}] (message = Dutch; also message_en)

// [SECTION] Parsing -----------------------------------------------------------------------------------------------

// A faster reader a caller may pass in (wams-cli's batch: shell/cli/fast_json.cpp; the web app passes none). It
// returns true only if the text is clean (no control byte, valid UTF-8, nesting ≤ max_depth) and it delivered the
// whole text as one JSON value to `sax`, event for event as nlohmann::json::sax_parse (strict) would; otherwise it
// returns false and nlohmann's parser reads the text from the start, so every error message is nlohmann's.
using FastJsonReader = bool (*)(std::string_view text, std::size_t max_depth, nlohmann::json_sax<nlohmann::json>& sax);

struct ParsedJson {
    std::optional<nlohmann::json> doc;    // set if and only if errors is empty
    std::vector<ValidationError> errors;  // syntax, size, depth, UTF-8 and duplicate-key errors
};

ParsedJson parse_json_text(std::string_view text, const InputLimits& limits = {},
                           FastJsonReader fast = nullptr);  // size + depth limits, never throws
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);  // valid UTF-8 sequence at text[i]: its length, else 0

// Nesting of JSON text outside strings, fed one byte at a time (for a multi-byte UTF-8 character, its first byte is
// enough): the depth pre-check of parse_json_text and of wams-cli's fast pre-pass. feed() is false when the byte
// opened a level beyond max_depth.
class JsonNestingCounter {
public:
    explicit JsonNestingCounter(std::size_t max_depth) : max_depth_(max_depth) {}
    bool feed(char ch) {
        if (in_string_) {
            if (escaped_) escaped_ = false;
            else if (ch == '\\') escaped_ = true;
            else if (ch == '"') in_string_ = false;
            return true;
        }
        if (ch == '"') in_string_ = true;
        else if (ch == '[' || ch == '{') return ++depth_ <= max_depth_;
        else if ((ch == ']' || ch == '}') && depth_ > 0) --depth_;
        return true;
    }

private:
    std::size_t max_depth_, depth_ = 0;
    bool in_string_ = false, escaped_ = false;
};

// [SECTION] Schema ------------------------------------------------------------------------------------------------

std::vector<ValidationError> validate_case(const nlohmann::json& c, const std::string& base_path = "");            // a CASE {id, facts, …} of §0.3
std::vector<ValidationError> validate_facts(const nlohmann::json& facts, const std::string& base_path = "/facts");  // FACTS of §0.3 incl. cross-field checks
std::vector<ValidationError> validate_cases_file(const nlohmann::json& doc);                                        // {"cases":[…]} incl. duplicate case ids
// Whether the FACTS schema accepts null at a field ("/investigation_outcome/complexity", "/data_items/*/phase"; "*" is
// any element of a list). A path the schema does not know is not restricted (true).
bool schema_accepts_null(std::string_view pattern);
// Whether FACTS that differ from FACTS validate_facts found valid only in the values at `changed` (JSON Pointers into
// facts) are valid too: the schema's checks are local to each value, so only the changed values are checked against
// their part of the schema, and then the cross-field rules on the whole (the interview's derived completions).
bool facts_still_valid(const nlohmann::json& facts, const std::vector<std::string_view>& changed);

// [SECTION] Loading -----------------------------------------------------------------------------------------------

struct LoadedCase {
    std::string id;        // the case's "id"
    nlohmann::json facts;  // its "facts" object (validated)
    nlohmann::json whole;  // the whole case object (title, description_nl, expected, … kept as given)
};

struct LoadedCases {
    bool is_cases_file = false;           // true for {"cases":[…]}, false for a single case {id, facts, …}
    std::vector<LoadedCase> cases;        // empty whenever errors is not empty: no verdict on bad input
    std::vector<ValidationError> errors;  // every problem found (up to InputLimits::max_errors, then a summary)
};

LoadedCases load_cases_text(std::string_view text, const InputLimits& limits = {});  // a case {id,facts,…} or {"cases":[…]}
LoadedCases load_case_facts_text(std::string_view text, const InputLimits& limits = {},
                                 FastJsonReader fast = nullptr);  // the same checks; each case's facts are moved out of the document (not copied) and `whole` stays null (engine batch)

} // namespace wams
