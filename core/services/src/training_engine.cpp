// training_engine.cpp — the training module's only contact with the engine (issue 6): every model answer is read
// from the typed Assessment of assess() on the scenario's facts, never a value typed in a file; rule cards come from
// the engine's rule metadata (assets/rules/rules.json via rules.hpp); the trainer's full explanation is explain().
#include "wams/training.hpp"
#include "wams/assessment.hpp"
#include "wams/case.hpp"
#include "wams/engine.hpp"
#include "wams/explain.hpp"
#include "wams/rules.hpp"

namespace wams::training {

Assessment assess_facts(const nlohmann::json& facts) { return wams::assess(wams::facts_from_json(facts).value()); }

Ids cited_rules(const Assessment& a) {
    Ids rules = wams::process_rules(a.process);
    for (const auto& item : a.data_items) add_ids(rules, item.rules);
    for (const auto& adv : a.advisories) add_ids(rules, adv.rules);
    return sorted_ids(std::move(rules));
}

std::optional<RuleRef> rule_ref(std::string_view rule_id) {
    const RuleInfo* r = wams::find_rule(rule_id);
    if (!r) return std::nullopt;
    RuleRef ref;
    ref.id = r->id;
    ref.title_nl = r->title_nl;
    ref.title_en = r->title_en;
    for (size_t i = 0; i < r->sections.size(); ++i) ref.section += (i ? ", " : "") + r->sections[i];
    ref.article = r->article;
    if (!r->quotes_nl.empty()) ref.quote_nl = r->quotes_nl.front();  // the first quote: the one the rule rests on first
    return ref;
}

std::string trainer_explanation(const Scenario& s, Lang lang) {
    const Facts facts = wams::facts_from_json(s.facts).value();
    return wams::explain(facts, wams::assess(facts), lang);
}

} // namespace wams::training
