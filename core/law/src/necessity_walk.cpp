// necessity_walk.cpp — RULEBOOK §8: Q0 (§8.2), the item walk Q1–Q13 (§8.3, pseudo-code §8.6) and the combination
// of its effects (§8.4, D1, D2). Q1 lives in scope_r01_r13.cpp, Q5 in coordination_r37_r47.cpp, Q10 in
// case_conference_r48_r55.cpp, Q6–Q9/Q11/Q12 in data_sharing_r56_r67.cpp; Q2–Q4 and Q13 are here.
//
// Index
//   [SECTION] Vocabulary     to_string(Verdict), to_string(Effect)
//   [SECTION] Q0             derive_context, effective_phase
//   [SECTION] Q2 phase gate  (R1, R48, R20/R21/R67)
//   [SECTION] Q3 subject     (R31; D10, A19)
//   [SECTION] Q4 scope       (R30, R26; D5, D24, A11)
//   [SECTION] Q13 record     (R36)
//   [SECTION] walk_item
//   [SECTION] combine_steps  (§8.4, D1, D2)
#include "wams/necessity_walk.hpp"
#include "wams/order.hpp"

#include <algorithm>
#include <cctype>

namespace wams {

// [SECTION] Vocabulary --------------------------------------------------------------------------------------------

std::string_view to_string(Verdict v) {
    switch (v) {
    case Verdict::allowed: return "allowed";
    case Verdict::allowed_under_conditions: return "allowed_under_conditions";
    case Verdict::not_allowed: return "not_allowed";
    case Verdict::not_this_law: return "not_this_law";
    case Verdict::undetermined: return "undetermined";
    }
    return "?";
}

std::string_view to_string(Effect e) {
    switch (e) {
    case Effect::stop: return "stop";
    case Effect::block: return "block";
    case Effect::ask: return "ask";
    case Effect::condition: return "condition";
    case Effect::continue_: return "continue";
    case Effect::skip: return "skip";
    case Effect::record: return "record";
    }
    return "?";
}

// [SECTION] Q0 ----------------------------------------------------------------------------------------------------

CaseContext derive_context(const Facts& f) { return derive_context(f, run_process_walk(f)); }

CaseContext derive_context(const Facts& f, const ProcessWalk& p) {
    CaseContext c;
    c.route = f.entry.route;
    c.investigation_started = p.investigation.started;
    c.investigation_gate_rules = p.investigation.gate_rules.empty() ? Ids{"R1"} : p.investigation.gate_rules;
    c.coordination_active = p.coordination.active;
    c.coordination_gate_rules = p.coordination.gate_rules.empty() ? Ids{"R1"} : p.coordination.gate_rules;
    if (p.case_conference) {
        c.conference_recorded = true;
        c.conference_valid = p.case_conference->valid;
        c.conference_phase = p.case_conference->phase;
        c.conference_invitees = f.case_conference->invitees;
    }
    c.client_may_still_decline = p.investigation.client_may_still_decline;
    c.professional_request_exists = f.entry.route == EntryRoute::professional_request;
    c.requester_recorded = f.entry.requester.has_value();
    c.requester_eligible = requester_eligible(f.entry);
    c.request_motivated = f.entry.requester && f.entry.requester->request_motivated;
    c.serious = f.serious_problems;
    c.agreed_domains = f.scope.client_agreed_domains;
    return c;
}

// D26 (draft 3.1): the purpose fixes the phase; a recorded phase that contradicts it was refused by validation.
std::optional<ItemPhase> effective_phase(const CaseContext& ctx, const DataItem& item) {
    switch (item.purpose) {
    case Purpose::investigation: return ItemPhase::investigation;
    case Purpose::coordination: return ItemPhase::coordination;
    case Purpose::professional_request: return ItemPhase::request;
    case Purpose::reuse_from_case_conference:
        if (item.phase) return item.phase;  // reuse may come later than the conference
        [[fallthrough]];
    case Purpose::case_conference:
        if (ctx.conference_phase)
            return *ctx.conference_phase == CasePhase::investigation ? ItemPhase::investigation : ItemPhase::coordination;
        return std::nullopt;
    default: return std::nullopt;  // Q1-gated: the field is ignored
    }
}

// [SECTION] Q2 ----------------------------------------------------------------------------------------------------

WalkStep q2_phase(const CaseContext& ctx, const DataItem& item) {
    WalkStep s;
    s.question = "Q2";
    if (!item.phase) s.design_choices = {"D26"};  // the phase is derived from the purpose
    auto stop = [&](Verdict v, const Ids& rules) {
        s.effect = Effect::stop;
        s.stop_verdict = v;
        s.rules = rules;
        if (v == Verdict::not_this_law) add_ids(s.advisories, {"ADV_NO_CROSS_DOMAIN_BASIS_ELSEWHERE"});  // R1, D20
        return s;
    };
    if (item.purpose == Purpose::professional_request) {  // R67, D25
        s.answer = "request";
        if (!ctx.professional_request_exists) return stop(Verdict::not_this_law, {"R1", "R67"});
        add_ids(s.design_choices, {"D25"});  // the request's own data, walked on R67's licence
        if (!ctx.requester_recorded) {  // E1, D27: ask who requests
            add_ids(s.design_choices, {"D27"});
            return stop(Verdict::undetermined, {"R20", "R67"});
        }
        if (!ctx.requester_eligible) return stop(Verdict::not_this_law, {"R20", "R67"});
        if (!ctx.request_motivated) return stop(Verdict::undetermined, {"R21", "R67"});
        s.rules = {"R67"};
        return s;
    }
    const bool conference_item =
        item.purpose == Purpose::case_conference || item.purpose == Purpose::reuse_from_case_conference;
    if (conference_item && !ctx.conference_recorded) {  // R48 before any phase gate (C01B, contradiction 2)
        s.answer = "no_case_conference";
        return stop(Verdict::not_this_law, {"R48"});
    }
    const auto phase = effective_phase(ctx, item);
    if (!phase) {  // the phase decides every licence (D16): ask it
        s.answer = "unknown";
        return stop(Verdict::undetermined, {"R56"});
    }
    s.answer = std::string(to_string(*phase));
    if (*phase == ItemPhase::investigation && !ctx.investigation_started)
        return stop(Verdict::not_this_law, ctx.investigation_gate_rules);
    if (*phase == ItemPhase::coordination && !ctx.coordination_active)
        return stop(Verdict::not_this_law, ctx.coordination_gate_rules);
    if (conference_item && !ctx.conference_valid) {
        s.answer = "not_a_wams_case_conference";
        add_ids(s.design_choices, {"D15"});
        return stop(Verdict::not_this_law, {"R48"});
    }
    if (*phase == ItemPhase::investigation && ctx.client_may_still_decline) {
        // D27 (draft 3.1): «tenzij de cliënt dat niet nodig vindt» was not raised, so the investigation runs (R16),
        // but the client may still decline it: an open condition on every investigation-phase item.
        s.effect = Effect::condition;
        s.rules = {"R16"};
        s.conditions = {"unless_client_finds_investigation_unnecessary"};
        add_ids(s.design_choices, {"D27"});
    }
    return s;
}

// [SECTION] Q3 ----------------------------------------------------------------------------------------------------

WalkStep q3_subject(const DataItem& item) {
    WalkStep s;
    s.question = "Q3";
    s.answer = std::string(to_string(item.subject));
    switch (item.subject) {
    case Subject::client:
    case Subject::family_member_included: break;
    case Subject::family_member_refused:  // D10: their own problems are not investigated
        s.effect = Effect::block;
        s.rules = {"R31"};
        s.ambiguities = {"A19"};
        s.design_choices = {"D10"};
        break;
    case Subject::family_member_refused_context:  // D10: part of the client's own situation
        s.effect = Effect::ask;
        s.rules = {"R31"};
        s.ambiguities = {"A19"};
        s.design_choices = {"D10"};
        break;
    case Subject::family_member_not_asked:
        s.effect = Effect::ask;
        s.rules = {"R31"};
        break;
    }
    return s;
}

// [SECTION] Q4 ----------------------------------------------------------------------------------------------------

namespace {
std::string folded_domain(std::string_view d) {
    std::string n = domain_name_of(d);
    if (auto law = social_law_name(n)) n = *law;
    std::transform(n.begin(), n.end(), n.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    return n;
}
} // namespace

WalkStep q4_scope(const CaseContext& ctx, const DataItem& item) {
    WalkStep s;
    s.question = "Q4";
    if (item.purpose == Purpose::professional_request) {  // D25: skipped for the request itself
        s.effect = Effect::skip;
        s.answer = "request";
        return s;
    }
    const bool professional_route = ctx.route == EntryRoute::professional_request;
    if (item.in_client_excluded_domain) {
        s.answer = "excluded";
        if (professional_route) {  // D5, A11
            s.effect = Effect::ask;
            s.rules = {"R26", "R30"};
            s.ambiguities = {"A11"};
            s.design_choices = {"D5"};
        } else {
            s.effect = Effect::block;  // R30, every phase
            s.rules = {"R30"};
        }
        return s;
    }
    const std::string& domain = item.source.domain;
    const bool scoped_source = !domain.empty() && domain != "client" && domain != "municipality";
    if (effective_phase(ctx, item) == ItemPhase::investigation && ctx.agreed_domains && scoped_source) {
        const std::string d = folded_domain(domain);
        const bool agreed = std::any_of(ctx.agreed_domains->begin(), ctx.agreed_domains->end(),
                                        [&](const std::string& a) { return folded_domain(a) == d; });
        s.design_choices = {"D24"};  // the positive scope was checked
        if (!agreed) {  // D24: positive scope; ask the client first
            s.answer = "outside_agreed_domains";
            s.effect = Effect::ask;
            s.rules = {"R30"};
            if (professional_route) s.ambiguities = {"A11"};
            return s;
        }
    }
    s.answer = "within_scope";
    return s;
}

// [SECTION] Q13 ---------------------------------------------------------------------------------------------------

WalkStep q13_record() {
    WalkStep s;
    s.question = "Q13";
    s.answer = "dossier_entry";
    s.effect = Effect::record;
    s.rules = {"R36"};
    return s;
}

// [SECTION] walk_item ---------------------------------------------------------------------------------------------

std::vector<WalkStep> walk_item(const CaseContext& ctx, const DataItem& item) {
    std::vector<WalkStep> steps;
    steps.reserve(13);
    auto push = [&](WalkStep s) {
        steps.push_back(std::move(s));
        steps.back().verdict_so_far = combine_steps(steps).verdict;
        return steps.back().effect == Effect::stop;
    };
    auto finish = [&]() {
        WalkStep r = q13_record();
        r.verdict_so_far = steps.back().verdict_so_far;
        steps.push_back(std::move(r));
        return steps;
    };
    if (push(q1_purpose(item))) return finish();
    if (push(q2_phase(ctx, item))) return finish();
    push(q3_subject(item));
    push(q4_scope(ctx, item));
    push(q5_afstemming(ctx, item));
    push(q6_source(ctx, item));
    push(q7_secrecy(item));
    push(q8_special_law(item));
    push(q9_provider(ctx, item));
    push(q10_conference(ctx, item));
    push(q11_bsn(item));
    push(q12_necessity(item));
    return finish();
}

// [SECTION] combine_steps -----------------------------------------------------------------------------------------

ItemVerdict combine_steps(const std::vector<WalkStep>& steps) {
    ItemVerdict v;
    bool any_block = false, any_ask = false, any_condition = false;
    for (const auto& s : steps) {
        add_ids(v.ambiguities, s.ambiguities);
        if (s.effect == Effect::stop) {  // 1. gates
            v.verdict = s.stop_verdict.value_or(Verdict::undetermined);
            v.rules = sorted_ids(s.rules);
            v.ambiguities = sorted_ids(v.ambiguities);
            return v;
        }
        any_block |= s.effect == Effect::block;
        any_ask |= s.effect == Effect::ask;
        any_condition |= s.effect == Effect::condition;
    }
    // 2. not_allowed > undetermined > allowed_under_conditions > allowed (D1); cite the rules that produced it.
    Effect decisive = Effect::continue_;
    if (any_block) { v.verdict = Verdict::not_allowed; decisive = Effect::block; }
    else if (any_ask) { v.verdict = Verdict::undetermined; decisive = Effect::ask; }
    else if (any_condition) v.verdict = Verdict::allowed_under_conditions;
    else v.verdict = Verdict::allowed;
    for (const auto& s : steps) {
        if (decisive == Effect::continue_) {
            if (s.effect == Effect::continue_ || s.effect == Effect::condition) add_ids(v.rules, s.rules);
            if (s.effect == Effect::condition) add_ids(v.conditions, s.conditions);  // D2
        } else if (s.effect == decisive) {
            add_ids(v.rules, s.rules);
        }
    }
    v.rules = sorted_ids(v.rules);
    sort_by(v.conditions);
    v.ambiguities = sorted_ids(v.ambiguities);
    return v;
}

} // namespace wams
