// case_generator.hpp — a seeded generator of schema-valid cases (RULEBOOK §0.3): every enumerated value of FACTS
// and DATA_ITEM, the null answers of the §0.3 null table (and some absent optional keys), never a phase that
// contradicts the item's purpose (D26). The same seed gives the same cases natively and in wasm (splitmix64, no
// <random> distributions, no floating point).
//
// Index
//   [SECTION] Rng          splitmix64 with the few draws the generator needs
//   [SECTION] Vocabulary   the §0.3 value sets (drawn from, and required by the coverage check)
//   [SECTION] Generation   generate_facts, derived_phase
//   [SECTION] Coverage     Coverage: counts per (field, value), the values never reached
#pragma once
#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace wams::gen {

// [SECTION] Rng ---------------------------------------------------------------------------------------------------

struct Rng {
    std::uint64_t s;
    std::uint64_t next();
    std::size_t below(std::size_t n) { return n ? std::size_t(next() % n) : 0; }
    bool percent(unsigned p) { return below(100) < p; }  // true with probability p %
    template <class T> const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }
};

// [SECTION] Vocabulary --------------------------------------------------------------------------------------------

using Values = std::vector<std::string>;

struct Field {                           // one enumerated field of §0.3, as a JSON-pointer pattern ("*" = any index)
    std::string pattern;
    const Values* values;
};

const std::vector<Field>& enumerated_fields();   // every §0.3 enumeration the generator must cover
const std::vector<std::string>& null_patterns();  // every field of the §0.3 null table (null or absent)

// [SECTION] Generation --------------------------------------------------------------------------------------------

nlohmann::json generate_facts(Rng& rng);  // one FACTS object of §0.3, valid by the rulebook

// The phase the item's purpose fixes (D26, §8.3 Q2), or nullopt where none follows (Q1-gated purposes; a conference
// item with no conference recorded; a reuse item with neither a recorded phase nor a conference).
std::optional<std::string> derived_phase(const nlohmann::json& item, const nlohmann::json& facts);
bool q1_gated(const std::string& purpose);  // opsporing … other_legal_table: the walk stops at Q1

// [SECTION] Coverage ----------------------------------------------------------------------------------------------

class Coverage {
public:
    void add(const nlohmann::json& facts);                       // tallies every leaf value and every absent optional key
    std::uint64_t count(const std::string& pattern, const std::string& value) const;
    std::vector<std::string> missing() const;                    // "pattern=value" required but never generated
    const std::map<std::string, std::map<std::string, std::uint64_t>>& tally() const { return tally_; }

private:
    void walk(const nlohmann::json& v, const std::string& pattern);
    std::map<std::string, std::map<std::string, std::uint64_t>> tally_;  // pattern → value ("null", "<absent>") → n
};

} // namespace wams::gen
