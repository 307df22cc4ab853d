// entry_r14_r27.cpp — RULEBOOK §3 "Entry routes": the client route (art. 2.3a.1, R14–R19) and the professional's
// request (art. 2.3a.4, R20–R27), ending in the value of `investigation` (§9.1).
//
// Index
//   [SECTION] Route 2 helpers   requester_eligible (R20), criteria_met_under (R22)
//   [SECTION] Route 1           client route (R14–R18)
//   [SECTION] Route 2           professional route (R20–R24, R27; A1, D4, D18)
//   [SECTION] decide_investigation, requesting_professional_involvement (R25)
#include "wams/process_walk.hpp"

namespace wams {
namespace {

// Kleene logic over unknown answers: false wins an AND even when the other side is unknown.
std::optional<bool> k_and(std::optional<bool> a, std::optional<bool> b) {
    if (a == false || b == false) return false;
    if (a && b) return true;
    return std::nullopt;
}
std::optional<bool> k_or(std::optional<bool> a, std::optional<bool> b) {
    if (a == true || b == true) return true;
    if (a && b) return false;
    return std::nullopt;
}

// [SECTION] Route 1 -----------------------------------------------------------------------------------------------

InvestigationResult client_route(const Facts& f) {
    InvestigationResult r;
    const Entry& e = f.entry;
    if (e.multiple_problems_plausible == false) {  // R17: no signal → single approach
        r.value = "no";
        r.rules = {"R14", "R17"};
        r.gate_rules = {"R1", "R17"};
        r.advisories = {"ADV_SINGLE_APPROACH"};
        return r;
    }
    if (!e.multiple_problems_plausible) {  // D27: not yet assessed whether «aannemelijk» (R16) holds: ask
        r.value = "undetermined";
        r.still_open = true;
        r.rules = {"R14", "R16"};
        r.gate_rules = {"R1", "R16"};
        r.design_choices = {"D27"};
        return r;
    }
    if (e.client_declines_investigation == true) {  // R18
        r.value = "no";
        r.rules = {"R2", "R14", "R15", "R18"};
        r.gate_rules = {"R1", "R18"};
        r.advisories = {"ADV_SINGLE_APPROACH"};
        return r;
    }
    r.value = "yes";  // R16
    r.started = true;
    r.rules = {"R2", "R14", "R15", "R16"};
    if (!e.client_declines_investigation) {  // D27: «tenzij de cliënt dat niet nodig vindt» not raised, but open
        r.client_may_still_decline = true;
        r.advisories = {"ADV_CLIENT_MAY_DECLINE"};
        r.design_choices = {"D27"};
    }
    return r;
}

// [SECTION] Route 2 -----------------------------------------------------------------------------------------------

// The college's decision on a request that meets the criteria (R23): a competence, not a duty; R27 frames every
// accept-or-decline decision (draft 3.1, C06).
void decide_on_request(const Entry& e, InvestigationResult& r) {
    r.value = "at_discretion";
    add_ids(r.rules, {"R23"});
    r.started = e.municipality_decision == MunicipalityDecision::investigate;
    if (r.started) return;
    if (e.municipality_decision == MunicipalityDecision::decline) {
        add_ids(r.rules, {"R27"});
        r.gate_rules = {"R1", "R23", "R27"};
        add_ids(r.ambiguities, {"A9"});  // which criterion the request failed is the municipality's to say
    } else {
        r.still_open = true;
        r.gate_rules = {"R1", "R23"};
    }
}

InvestigationResult professional_route(const Facts& f) {
    InvestigationResult r;
    const Entry& e = f.entry;
    if (!e.requester) {  // E1, D27: who requests is not recorded — a missing fact, not an ineligible requester
        r.value = "undetermined";
        r.still_open = true;
        r.rules = {"R20"};
        r.gate_rules = {"R1", "R20"};
        r.design_choices = {"D27"};
        return r;
    }
    if (!requester_eligible(e)) {  // R20
        r.value = "no";
        r.rules = {"R20"};
        r.gate_rules = {"R1", "R20"};
        r.advisories = {"ADV_OTHER_ROUTES"};
        return r;
    }
    if (!e.requester->request_motivated) {  // R21, D18: ask for the motivation
        r.value = "undetermined";
        r.still_open = true;
        r.rules = {"R20", "R21"};
        r.gate_rules = {"R1", "R21"};
        r.design_choices = {"D18"};
        return r;
    }
    r.advisories = {"ADV_MUNICIPAL_CRITERIA"};  // R27
    r.rules = {"R20", "R21", "R22"};
    if (!e.criteria) {  // E2, D27: the criteria are not recorded: ask
        r.value = "undetermined";
        r.still_open = true;
        r.gate_rules = {"R1", "R22"};
        r.design_choices = {"D27"};
        return r;
    }
    const std::optional<bool> s23 = criteria_met_under(*e.criteria, CriteriaReading::s2_3);
    const std::optional<bool> s311 = criteria_met_under(*e.criteria, CriteriaReading::s3_1_1);
    std::optional<bool> met;
    if (s23 && s311 && *s23 == *s311) {
        met = *s23;
    } else if (s23 && s311) {  // A1: the readings differ; never hide the conflict (D4, C07)
        r.design_choices = {"D4"};
        r.ambiguities = {"A1"};
        r.under_s2_3 = *s23 ? "at_discretion" : "no";
        r.under_s3_1_1 = *s311 ? "at_discretion" : "no";
        if (!e.municipality_criteria_reading) {
            r.value = "undetermined";
            r.still_open = true;
            r.gate_rules = {"R1", "R22"};
            return r;
        }
        met = *e.municipality_criteria_reading == CriteriaReading::s2_3 ? *s23 : *s311;  // R27 fixed the reading
        add_ids(r.rules, {"R27"});
    }
    if (!met) {  // an answer needed under some reading is unknown: ask
        r.value = "undetermined";
        r.still_open = true;
        r.gate_rules = {"R1", "R22"};
        return r;
    }
    if (!*met) {  // R24
        r.value = "no";
        add_ids(r.rules, {"R24"});
        r.rules = sorted_ids(r.rules);
        r.gate_rules = {"R1", "R24"};
        return r;
    }
    decide_on_request(e, r);
    r.rules = sorted_ids(r.rules);
    return r;
}

} // namespace

// [SECTION] Route 2 helpers ---------------------------------------------------------------------------------------

bool requester_eligible(const Entry& e) {
    if (!e.requester) return false;
    const Requester& q = *e.requester;
    return q.kind == RequesterKind::professional && q.organisation_domain != OrganisationDomain::none &&
           q.involved_with_person;
}

std::optional<bool> criteria_met_under(const Criteria& c, CriteriaReading reading) {
    if (reading == CriteriaReading::s2_3) {  // (a§2.3 OR b§2.3) AND c
        const auto a = c.a_person_s23 ? c.a_person_s23 : c.a_person;
        const auto b = c.b_environment_s23 ? c.b_environment_s23 : c.b_environment;
        return k_and(k_or(a, b), c.c_coordination_may_help);
    }
    const auto a = c.a_person_s311 ? c.a_person_s311 : c.a_person;  // a§3.1.1 AND b§3.1.1 AND c
    const auto b = c.b_environment_s311 ? c.b_environment_s311 : c.b_environment;
    return k_and(k_and(a, b), c.c_coordination_may_help);
}

// [SECTION] decide_investigation ----------------------------------------------------------------------------------

InvestigationResult decide_investigation(const Facts& f) {
    switch (f.entry.route) {
    case EntryRoute::client_request: return client_route(f);
    case EntryRoute::professional_request: return professional_route(f);
    case EntryRoute::none: break;
    }
    InvestigationResult r;  // R1: no Wams entry at all
    r.value = "not_applicable";
    r.rules = {"R1"};
    r.gate_rules = {"R1"};
    return r;
}

Outcome requesting_professional_involvement(const Facts& f, const InvestigationResult& inv) {
    if (f.entry.route == EntryRoute::professional_request && inv.started) return {"yes", {"R25"}};
    return {"not_applicable", {}};
}

} // namespace wams
