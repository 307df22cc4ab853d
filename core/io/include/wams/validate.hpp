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

struct ParsedJson {
    std::optional<nlohmann::json> doc;    // set if and only if errors is empty
    std::vector<ValidationError> errors;  // syntax, size, depth, UTF-8 and duplicate-key errors
};

ParsedJson parse_json_text(std::string_view text, const InputLimits& limits = {});  // size + depth limits, never throws

// [SECTION] Schema ------------------------------------------------------------------------------------------------

std::vector<ValidationError> validate_case(const nlohmann::json& c, const std::string& base_path = "");            // a CASE {id, facts, …} of §0.3
std::vector<ValidationError> validate_facts(const nlohmann::json& facts, const std::string& base_path = "/facts");  // FACTS of §0.3 incl. cross-field checks
std::vector<ValidationError> validate_cases_file(const nlohmann::json& doc);                                        // {"cases":[…]} incl. duplicate case ids

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
LoadedCases load_case_facts_text(std::string_view text, const InputLimits& limits = {});  // the same checks; each case's facts are moved out of the document (not copied) and `whole` stays null (engine batch)

} // namespace wams
