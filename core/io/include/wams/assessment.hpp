// assessment.hpp — an assessment (wams/assessment_model.hpp, core/law) written as JSON: exactly the shape of
// EXPECTED in RULEBOOK §0.3, plus the rulebook stage it was computed under.
#pragma once
#include "wams/assessment_model.hpp"
#include "wams/stage.hpp"

#include <nlohmann/json.hpp>

namespace wams {

nlohmann::json to_json(const Assessment& a);                 // the §0.3 EXPECTED shape plus "stage": stage_json
nlohmann::json stage_json(const RulebookStage& s);           // {"id","date","in_force","as_of"}: the stage block of every JSON export
nlohmann::json to_json(const WalkStep& step);                // one walk step, for the UI and for exports

} // namespace wams
