// engine_fixtures.hpp — small builders for per-rule tests: a public or draft-3 scenario's facts, varied one fact at a
// time, and look-ups into the assessment.
#pragma once
#include "expected_match.hpp"
#include "wams/engine.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

// A failed CHECK on a vocabulary enum (a case value or a process outcome) prints its §0.3 code, not its number.
namespace Catch {
template <class E>
struct StringMaker<E, std::enable_if_t<std::is_enum_v<E>, std::void_t<decltype(wams::vocab::EnumCodes<E>::table)>>> {
    static std::string convert(E v) { return std::string(wams::to_code(v)); }
};
} // namespace Catch

inline wams::Facts scenario_facts(const std::string& set, const std::string& id) {  // scenarios/<set>/<id>.json → typed facts
    return wams::facts_from_json(wams_test::read_json_file(std::string(WAMS_SOURCE_DIR) + "/scenarios/" + set + "/" + id + ".json")["facts"]).value();
}
inline wams::Facts pub_facts(const std::string& id) { return scenario_facts("public", id); }  // PUB-01 … PUB-20
inline wams::Facts d3_facts(const std::string& id) { return scenario_facts("draft3", id); }   // RULEBOOK §13.3: D3-C01A … D3-E5
// The rules an advisory of the assessment carries (rulebook order), or nullopt when the advisory is not shown (§9.3).
inline std::optional<wams::Ids> advisory_rules(const wams::Assessment& a, std::string_view code) {
    for (const auto& ad : a.advisories)
        if (ad.code == code) return wams::sorted_ids(ad.rules);
    return std::nullopt;
}
inline bool advisories_cite(const wams::Assessment& a, std::string_view rule) {  // any advisory names `rule`
    for (const auto& ad : a.advisories)
        if (wams::has_id(ad.rules, rule)) return true;
    return false;
}
inline bool any_item_cites(const wams::Assessment& a, std::string_view rule) {  // a data item's rules name `rule`
    for (const auto& it : a.data_items)
        if (wams::has_id(it.rules, rule)) return true;
    return false;
}
inline wams::ItemAssessment item_at(const wams::Facts& f, std::size_t i) {  // assess the case and return data item i
    return wams::assess(f).data_items.at(i);
}
inline wams::ItemAssessment first_item(const wams::Facts& f) { return item_at(f, 0); }  // its first data item
