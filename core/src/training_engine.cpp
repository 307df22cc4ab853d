// training_engine.cpp — the training module's only contact with the engine (issue 6): every model answer is
// assess() on the scenario's facts, never a value typed in a file; rule cards come from the engine's rule metadata.
#include "wams/training.hpp"
#include "wams/assessment.hpp"
#include "wams/case.hpp"
#include "wams/engine.hpp"

namespace wams::training {

nlohmann::json assess_facts_json(const nlohmann::json& facts) {
    return wams::to_json(wams::assess(wams::facts_from_json(facts)));
}

std::optional<RuleRef> rule_ref(std::string_view rule_id) {
    // The engine's rule metadata (assets/rules, find_rule) is not committed yet: no card until it is.
    (void)rule_id;
    return std::nullopt;
}

} // namespace wams::training
