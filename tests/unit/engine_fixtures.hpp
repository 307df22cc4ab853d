// engine_fixtures.hpp — small builders for per-rule tests: a public scenario's facts, varied one fact at a time.
#pragma once
#include "expected_match.hpp"
#include "wams/engine.hpp"

inline wams::Facts pub_facts(const std::string& id) {
    return wams::facts_from_json(wams_test::read_json_file(std::string(WAMS_SOURCE_DIR) + "/scenarios/public/" + id + ".json")["facts"]);
}
inline wams::ItemAssessment first_item(const wams::Facts& f) {  // assess the case and return its first data item
    return wams::assess(f).data_items.at(0);
}
