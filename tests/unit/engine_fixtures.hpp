// engine_fixtures.hpp — small builders for per-rule tests: a public scenario's facts, varied one fact at a time.
#pragma once
#include "expected_match.hpp"
#include "wams/engine.hpp"

#include <optional>
#include <string_view>

inline wams::Facts scenario_facts(const std::string& set, const std::string& id) {  // scenarios/<set>/<id>.json → typed facts
    return wams::facts_from_json(wams_test::read_json_file(std::string(WAMS_SOURCE_DIR) + "/scenarios/" + set + "/" + id + ".json")["facts"]);
}
inline wams::Facts pub_facts(const std::string& id) { return scenario_facts("public", id); }  // e.g. "PUB-04"
inline wams::Facts d3_facts(const std::string& id) { return scenario_facts("draft3", id); }   // RULEBOOK §13.3, e.g. "D3-C06"
// The rules an advisory of the assessment carries, or nullopt when the advisory is not shown.
inline std::optional<wams::Ids> advisory_rules(const wams::Assessment& a, std::string_view code) {
    for (const auto& ad : a.advisories)
        if (ad.code == code) return wams::sorted_ids(ad.rules);
    return std::nullopt;
}
// Whether any advisory of the assessment cites the rule.
inline bool advisories_cite(const wams::Assessment& a, std::string_view rule) {
    for (const auto& ad : a.advisories)
        if (wams::has_id(ad.rules, rule)) return true;
    return false;
}
inline wams::ItemAssessment first_item(const wams::Facts& f) {  // assess the case and return its first data item
    return wams::assess(f).data_items.at(0);
}
