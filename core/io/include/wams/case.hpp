// case.hpp — a case's FACTS (RULEBOOK §0.3) at the edge: the typed model (wams/case_model.hpp, core/law) and its
// exact JSON round trip.
//
// Input is assumed to have passed wams::validate first; facts_from_json still never crashes on odd input: it returns
// the first error with its JSON path (Result, result.hpp), never throws.
#pragma once
#include "wams/case_model.hpp"
#include "wams/result.hpp"

#include <nlohmann/json.hpp>

namespace wams {

Result<Facts> facts_from_json(const nlohmann::json& facts);  // §0.3 FACTS → typed model; a shape it cannot read: the first error, with its path
nlohmann::json to_json(const Facts& facts);          // exact inverse of facts_from_json for validated input

} // namespace wams
