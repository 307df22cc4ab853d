// coordination_r37_r47.cpp — RULEBOOK §5 "Coordination": duty or competence (R34, R35, R37–R39), the coordinator
// (R40, R41), form, file and mode (R42, R43, R45–R47) and the end (R44). Q5 (afstemming on one sharing act, R45)
// is a walk step and lives here too, beside the rule it applies.
//
// Index
//   [SECTION] Counting (R37–R39, D14, D19)
//   [SECTION] Duty or competence (R34, R35, R37–R39; A4, A20, D6)
//   [SECTION] Coordinator (R38, R40, R41; A6, D7, D8)
//   [SECTION] Form, file, mode, end (R42–R47)
//   [SECTION] Q5 afstemming (R45; D9, A21)
#include "wams/necessity_walk.hpp"
#include "wams/process_walk.hpp"

#include <algorithm>

namespace wams {

// [SECTION] Counting (R37–R39, D14, D19) --------------------------------------------------------------------------

InvolvedDomains count_involved_domains(const InvestigationOutcome& o) {
    InvolvedDomains d;
    auto add = [](std::vector<std::string>& v, std::string s) {
        if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(std::move(s));
    };
    for (const auto& n : o.needs) {
        const std::string c = classify_need(n);
        if (c.rfind("social:", 0) == 0) add(d.social_laws, c.substr(7));
        else add(d.adjacent_domains, c);
    }
    return d;
}

// [SECTION] Duty or competence ------------------------------------------------------------------------------------

CoordinationResult decide_coordination(const Facts& f, const InvestigationResult& inv, bool reclassified) {
    CoordinationResult c;
    if (inv.still_open || (inv.started && !f.investigation_outcome)) {
        c.value = "pending";  // the investigation may still start, or has no outcome yet (draft 3.1, contradiction 5)
        c.gate_rules = {"R1"};
        return c;
    }
    if (!inv.started) {  // no Wams investigation, so no Wams coordination (R1)
        c.value = "not_applicable";
        c.rules = {"R1"};
        c.gate_rules = {"R1"};
        return c;
    }
    const InvestigationOutcome& o = *f.investigation_outcome;
    if (!o.connected_problems || !o.coordinated_approach_can_help) {  // R34
        c.value = "not_applicable";
        c.rules = {"R34"};
        c.gate_rules = {"R1", "R34"};
        return c;
    }
    const InvolvedDomains d = count_involved_domains(o);
    if (d.social_laws.size() >= 2) {  // R37 (A5: two or more)
        c.value = "mandatory";
        c.rules = {"R2", "R35", "R37"};
        c.active = true;
        if (!d.adjacent_domains.empty()) c.adjacent_part = AdjacentPart{"permitted", d.adjacent_domains, {"R37", "R38"}};
    } else if (d.social_laws.size() == 1 && !d.adjacent_domains.empty()) {  // R38 (A3)
        c.value = "permitted";
        c.rules = {"R2", "R35", "R38"};
        c.active = f.coordination && f.coordination->municipality_chooses_to_coordinate == true;
        if (!c.active) c.gate_rules = {"R1", "R38"};
    } else {  // R39 (A4 always; A20 + D6 without any social-domain law)
        c.value = "not_applicable";
        c.rules = {"R35", "R39"};
        c.gate_rules = {"R1", "R39"};
    }
    if (reclassified) add_ids(c.rules, {"R3"});
    c.rules = sorted_ids(c.rules);
    return c;
}

// [SECTION] Coordinator -------------------------------------------------------------------------------------------

bool self_coordination_accepted(const Facts& f) {
    if (!f.coordination) return false;
    for (const auto& o : f.coordination->self_coordination_offers)
        if (o.plausibly_naar_behoren) return true;  // D8: client, mantelzorger or vertegenwoordiger
    return false;
}

Outcome decide_coordinator(const Facts& f, const CoordinationResult& c) {
    if (c.value == "pending") return {"pending", {}};
    if (c.value == "not_applicable") return {"not_applicable", {}};
    Ids rules;
    if (c.value == "permitted") {
        const auto choice = f.coordination ? f.coordination->municipality_chooses_to_coordinate : std::nullopt;
        if (!choice) return {"at_discretion", {"R38"}};
        if (!*choice) return {"no", {"R38"}};
        rules = {"R38"};
    }
    if (self_coordination_accepted(f)) {  // R41
        add_ids(rules, {"R41"});
        return {"no", rules};
    }
    add_ids(rules, {"R40"});  // R40, D7: the need is presumed
    const bool offered = f.coordination && !f.coordination->self_coordination_offers.empty();
    if (offered) add_ids(rules, {"R41"});  // C09: R41 sends a not-plausible offer back to R40
    return {"yes", rules};
}

// [SECTION] Form, file, mode, end ---------------------------------------------------------------------------------

Outcome decide_coordination_form(const Facts& f, const Outcome& coordinator) {
    if (coordinator.value == "no" && has_id(coordinator.rules, "R41")) return {"self", {"R41", "R42"}};
    if (coordinator.value != "yes") return {"not_applicable", {}};
    const auto form = f.coordination ? f.coordination->form_chosen : std::nullopt;
    if (!form) return {"to_be_chosen", {"R46", "R47"}};  // C08: the open choice is between R46's and R47's forms
    switch (*form) {
    case CoordinationForm::light: return {"light", {"R46"}};
    case CoordinationForm::regisseur: return {"regisseur", {"R47"}};
    case CoordinationForm::standard: break;
    }
    return {"standard", {"R40", "R43"}};
}

Outcome decide_coordination_file(const Outcome& form) {
    if (form.value == "light") return {"existing_dossiers_suffice", {"R43", "R46"}};  // A8, fn 23
    if (form.value == "self") return {"no_requirements", {"R42"}};
    if (form.value == "regisseur" || form.value == "standard" || form.value == "to_be_chosen")
        return {"coordinatiedossier", {"R43"}};
    return {"not_applicable", {}};
}

Outcome decide_coordination_mode(const Facts& f, const Outcome& coordinator) {
    if (coordinator.value == "no" && has_id(coordinator.rules, "R41")) return {"no_requirements", {"R42"}};
    if (coordinator.value != "yes") return {"not_applicable", {}};
    return {f.serious_problems ? "zoveel_mogelijk_in_afstemming" : "in_afstemming", {"R45"}};
}

CoordinationEnd decide_coordination_end(const Facts& f, const Outcome& coordinator) {
    CoordinationEnd e;
    e.value = "not_applicable";
    if (coordinator.value == "yes" && f.coordination && f.coordination->coordinator_reports) {
        e.value = "report_to_college";  // R44: the text names no follow-up, nor does the tool
        e.reason = std::string(to_string(*f.coordination->coordinator_reports));
        e.rules = {"R44"};
    }
    return e;
}

// [SECTION] Q5 afstemming (R45; D9, A21) --------------------------------------------------------------------------

WalkStep q5_afstemming(const CaseContext& ctx, const DataItem& item) {
    WalkStep s;
    s.question = "Q5";
    if (item.purpose == Purpose::professional_request || effective_phase(ctx, item) != ItemPhase::coordination) {
        s.effect = Effect::skip;
        s.answer = "not_coordination_phase";
        return s;
    }
    if (item.client_objects == true) {
        s.answer = "client_objects";
        s.effect = ctx.serious ? Effect::ask : Effect::block;  // D9: «zoveel mogelijk» leaves the objection open
        s.rules = {"R45"};
        s.ambiguities = {"A21"};
        s.design_choices = {"D9"};
    } else if (!item.client_objects) {
        s.answer = "unknown";
        if (!ctx.serious && item.purpose == Purpose::coordination) {  // D9: ask the client
            s.effect = Effect::ask;
            s.rules = {"R45"};
            s.design_choices = {"D9"};
        }
    } else {
        s.answer = "client_agrees";
    }
    return s;
}

} // namespace wams
