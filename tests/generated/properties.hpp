// properties.hpp — properties RULEBOOK draft 3.1 states, checked on one generated case (its FACTS) and the engine's
// answer (the §0.3 EXPECTED shape, wams::to_json(Assessment)). Each property is stated from the rulebook's text, not
// from the engine: the section it rests on is named beside it in properties.cpp.
#pragma once
#include <nlohmann/json.hpp>

#include <functional>
#include <string>

namespace wams::gen {

// Called once per violation: the property's name and a one-line detail (item id, what was expected, what came).
using Report = std::function<void(const std::string& property, const std::string& detail)>;

void check_vocabulary(const nlohmann::json& out, std::size_t items, const Report& report);      // §0.2 values, one result per item
void check_citations(const nlohmann::json& facts, const nlohmann::json& out, const Report& report);  // §0.3 grading, §8.3 Q1/Q2 gates, C05, D20
void check_flags(const nlohmann::json& facts, const nlohmann::json& out, const Report& report);      // A1 (C07), A11, A14, A21, the client's «tenzij»

const std::vector<std::string>& property_names();  // every property a Report may name, in a fixed order

} // namespace wams::gen
