// advisories.cpp — RULEBOOK §9.3: guidance shown beside the verdicts, never a verdict. Context rules R9, R11, R12,
// R13 and R65 reach the user only through these. Order is fixed (the order of the process) so output is stable.
#include "wams/assessment_model.hpp"

#include <initializer_list>

namespace wams {

std::vector<Advisory> collect_advisories(const Facts& f, const ProcessWalk& p, const std::vector<ItemAssessment>& items) {
    Ids raised_by_items;
    for (const auto& item : items)
        for (const auto& s : item.steps) add_ids(raised_by_items, s.advisories);

    std::vector<Advisory> out;
    // The code and rules are built only for an advisory that applies (assess() runs thousands of times per interview
    // answer; most advisories do not apply).
    auto add = [&](bool when, const char* code, std::initializer_list<const char*> rules) {
        if (when) out.push_back(Advisory{code, Ids(rules.begin(), rules.end())});
    };
    const InvestigationResult& inv = p.investigation;
    const bool professional = f.entry.route == EntryRoute::professional_request;
    const bool connected = inv.started && f.investigation_outcome && f.investigation_outcome->connected_problems &&
                           f.investigation_outcome->coordinated_approach_can_help;
    const bool adjacent_in_active_coordination =
        p.coordination.active && f.investigation_outcome &&
        !count_involved_domains(*f.investigation_outcome).adjacent_domains.empty();

    add(f.entry.loket == Loket::electronic, "ADV_ACCESS_FREE", {"R11"});
    add(f.entry.client_status == ClientStatus::existing, "ADV_EXISTING_CASES", {"R19"});
    add(has_id(inv.advisories, "ADV_MUNICIPAL_CRITERIA"), "ADV_MUNICIPAL_CRITERIA", {"R27"});
    add(has_id(inv.advisories, "ADV_SINGLE_APPROACH"), "ADV_SINGLE_APPROACH",
        {has_id(inv.rules, "R18") ? "R18" : "R17"});
    add(has_id(inv.advisories, "ADV_OTHER_ROUTES"), "ADV_OTHER_ROUTES", {"R14", "R20"});
    add(inv.client_may_still_decline, "ADV_CLIENT_MAY_DECLINE", {"R16", "R18"});  // D27: the client's «tenzij» is open
    add(inv.started, "ADV_INVESTIGATION_TOPICS", {"R28", "R29"});
    add(inv.started, "ADV_INVOLVE_PARTIES", {"R32"});
    add(inv.started, "ADV_STEP_BY_STEP", {"R33"});
    add(inv.started, "ADV_DOSSIER", {"R36"});
    add(inv.started && professional, "ADV_INFORM_CLIENT", {"R26"});
    add(has_id(p.coordination.rules, "R34"), "ADV_SEPARATE_APPLICATIONS", {"R34"});
    add(connected, "ADV_SERVICE_PROPOSAL", {"R35"});
    add(p.domains_reclassified, "ADV_DOMAIN_RECLASSIFIED", {"R3"});
    add(p.coordination.value == CoordinationValue::mandatory, "ADV_IN_SAMENHANG", {"R12"});
    add(p.coordination.value == CoordinationValue::permitted, "ADV_PLAN_PRIORITIES", {"R9", "R13"});
    add(adjacent_in_active_coordination || has_id(raised_by_items, "ADV_NO_DOORZETTINGSMACHT"),
        "ADV_NO_DOORZETTINGSMACHT", {"R8"});
    add(p.case_conference && p.case_conference->valid && f.case_conference->invitees.size() > 2,
        "ADV_CASE_CONFERENCE_INDICATED", {"R49"});
    add(has_id(raised_by_items, "ADV_CONSENT_NOT_BASIS"), "ADV_CONSENT_NOT_BASIS", {"R65"});
    add(has_id(raised_by_items, "ADV_NO_SCREENING_DUTY"), "ADV_NO_SCREENING_DUTY", {"R19"});
    add(has_id(raised_by_items, "ADV_NO_CROSS_DOMAIN_BASIS_ELSEWHERE"), "ADV_NO_CROSS_DOMAIN_BASIS_ELSEWHERE", {"R1"});
    return out;
}

} // namespace wams
