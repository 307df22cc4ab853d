// engine.cpp — assess(): process walk (§9) → Q0 context (§8.2) → necessity walk per item (§8.3/§8.4) → advisories
// (§9.3) → case-level ambiguity flags and design choices; rules_fired() lists the rules an assessment cites.
#include "wams/rule_engine.hpp"

namespace wams {

ItemAssessment assess_item(const CaseContext& ctx, const DataItem& item) {
    ItemAssessment a;
    a.item_id = item.item_id;
    a.steps = walk_item(ctx, item);
    ItemVerdict v = combine_steps(a.steps);  // the verdict comes from the steps, never from a second code path
    a.verdict = v.verdict;
    a.rules = std::move(v.rules);
    a.conditions = std::move(v.conditions);
    a.ambiguities = std::move(v.ambiguities);
    return a;
}

Ids process_rules(const ProcessWalk& p) {
    Ids rules;
    for (const Ids* r : {&p.investigation.rules, &p.client_role.rules, &p.requesting_professional_involved.rules,
                         &p.scope_limits.rules, &p.coordination.rules, &p.coordinator_appointed.rules,
                         &p.coordination_form.rules, &p.coordination_file.rules, &p.coordination_mode.rules,
                         &p.coordination_end.rules})
        add_ids(rules, *r);
    if (p.coordination.adjacent_part) add_ids(rules, p.coordination.adjacent_part->rules);
    for (const auto& m : p.family_members) add_ids(rules, m.rules);
    if (p.case_conference) {
        add_ids(rules, p.case_conference->rules);
        add_ids(rules, p.case_conference->client_invited.rules);
        for (const auto& at : p.case_conference->attendees) add_ids(rules, at.rules);
    }
    return rules;
}

Assessment assess(const Facts& facts, const RulebookStage& stage) {
    Assessment a;
    a.stage = &stage;
    a.process = run_process_walk(facts);
    const CaseContext ctx = derive_context(facts, a.process);
    a.data_items.reserve(facts.data_items.size());
    for (const auto& item : facts.data_items) a.data_items.push_back(assess_item(ctx, item));
    a.advisories = collect_advisories(facts, a.process, a.data_items);

    // Case-level A-ids and D-ids: the process walk's, plus every item's.
    Ids flags = a.process.ambiguities, choices = a.process.design_choices;
    if (!a.data_items.empty()) add_ids(choices, {"D1"});
    for (const auto& item : a.data_items) {
        add_ids(flags, item.ambiguities);
        if (item.verdict == Verdict::allowed_under_conditions) add_ids(choices, {"D2"});
        for (const auto& s : item.steps)
            if (s.effect != Effect::skip) add_ids(choices, s.design_choices);
    }
    a.ambiguity_flags = sorted_ids(std::move(flags));
    a.design_choices_applied = sorted_ids(std::move(choices));
    return a;
}

// Asked for, not computed by every assess(): no output shows it, and the interview assesses thousands of completions
// per question.
Ids rules_fired(const Assessment& a) {
    Ids fired = process_rules(a.process);
    for (const auto& item : a.data_items)
        for (const auto& s : item.steps)
            if (s.effect != Effect::skip) add_ids(fired, s.rules);
    for (const auto& adv : a.advisories) add_ids(fired, adv.rules);
    return sorted_ids(std::move(fired));
}

} // namespace wams
