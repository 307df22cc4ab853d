// assessment_model.hpp — the result of assessing one case: exactly the shape of EXPECTED in RULEBOOK §0.3, plus the
// rulebook stage it was computed under, the walked steps of every data item and the rules fired (coverage).
// core/law: no JSON; the JSON writer is io's wams/assessment.hpp.
#pragma once
#include "wams/ids.hpp"
#include "wams/necessity_walk.hpp"
#include "wams/process_walk.hpp"
#include "wams/stage_model.hpp"

#include <string>
#include <vector>

namespace wams {

struct ItemAssessment {                  // EXPECTED.data_items[] plus the walk it was derived from
    std::string item_id;
    Verdict verdict = Verdict::undetermined;
    Ids rules, conditions, ambiguities;
    std::vector<WalkStep> steps;         // Q1…Q13 as walked (walk_item); the verdict is combine_steps(steps)
};

struct Advisory {                        // EXPECTED.advisories[] (§9.3)
    std::string code;
    Ids rules;
};

struct Assessment {                      // EXPECTED of §0.3, computed
    const RulebookStage* stage = nullptr;
    ProcessWalk process;                 // investigation … case_conference
    std::vector<ItemAssessment> data_items;
    std::vector<Advisory> advisories;
    Ids ambiguity_flags;                 // A-ids to surface for this case
    Ids design_choices_applied;          // D-ids the outcome depends on
};

std::vector<Advisory> collect_advisories(const Facts& facts, const ProcessWalk& process,
                                         const std::vector<ItemAssessment>& items);  // §9.3, in a fixed order

} // namespace wams
