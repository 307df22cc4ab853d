// validate_internal.hpp — shared between validate.cpp (parsing, loading) and schema_case.cpp (RULEBOOK §0.3 schema).
// Not a public header: core/io/src (and, privately, the viewmodel and services layers).
#pragma once
#include "wams/validate.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace wams::validate_internal {

struct Words {  // one phrase in both languages
    std::string en;
    std::string nl;
};

// Collects errors up to a cap and counts the rest (so 5 MB of bad items cannot exhaust memory).
class Collector {
public:
    explicit Collector(std::size_t cap) : cap_(cap) {}
    void add(std::string path, Words what, Words expected, Words found);  // what: the problem, in a few words
    std::size_t count() const { return total_; }                          // errors seen so far (stored or not)
    std::vector<ValidationError> take();                                  // the errors, plus "… en N meer" if capped
private:
    std::size_t cap_;
    std::size_t total_ = 0;
    std::vector<ValidationError> errors_;
};

std::string child(const std::string& base, std::string_view key);    // base + "/" + escaped key
std::string child(const std::string& base, std::size_t index);       // base + "/" + index
using wams::utf8_sequence_length;
std::string valid_utf8(std::string text);  // each ill-formed byte → U+FFFD, so the text can be shown and serialised
std::string quote_text(std::string_view s, std::size_t max_chars = 60);  // "…" JSON-like quoting, shortened, control chars escaped
Words describe_found(const nlohmann::json& v);                       // "number 3", "\"x\"", "null", …
std::string dutch_json_expectation(const std::string& en);           // nlohmann's "expected …" phrase in Dutch

void check_case(const nlohmann::json& c, const std::string& base, bool single_case_file, Collector& out);  // CASE
void check_facts(const nlohmann::json& facts, const std::string& base, Collector& out);                    // FACTS
void check_cases_file(const nlohmann::json& doc, Collector& out);                                          // {"cases":[…]}

struct SchemaEnumeration {  // one closed value set of the FACTS schema, for the vocabulary test
    std::string path;       // "/data_items/*/purpose"
    std::vector<std::string_view> values;
};
std::vector<SchemaEnumeration> schema_enumerations();

} // namespace wams::validate_internal
