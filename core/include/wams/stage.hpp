// stage.hpp — which rulebook stage (version of the bill) a result was computed under. RULEBOOK §12.1.
// Only one stage is encoded now; the registry leaves room for a later one (the bill as submitted, 2023).
#pragma once
#include <string_view>
#include <vector>

namespace wams {

struct RulebookStage {
    std::string_view id;        // stable id used in JSON, e.g. "concept-2020-12"
    std::string_view name_nl;   // shown in the UI and in every export
    std::string_view name_en;
    std::string_view date;      // ISO date of the bill text the stage follows
};

const RulebookStage& default_stage();                 // the stage used when a case names none
const std::vector<RulebookStage>& known_stages();     // every encoded stage, oldest first
const RulebookStage* find_stage(std::string_view id); // nullptr when unknown

} // namespace wams
