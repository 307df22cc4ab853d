// process_walk.cpp — RULEBOOK §9.1 and §9.2 in order: entry → investigation → coordination → case conference.
// The chapters' rules live in entry_r14_r27.cpp, investigation_r28_r36.cpp, coordination_r37_r47.cpp and
// case_conference_r48_r55.cpp; this file only strings them together and gathers the A-/D-ids they raise.
#include "wams/process_walk.hpp"

namespace wams {

ProcessWalk run_process_walk(const Facts& f) {
    ProcessWalk p;
    p.investigation = decide_investigation(f);                                   // §9.1
    p.requesting_professional_involved = requesting_professional_involvement(f, p.investigation);  // R25
    p.client_role = client_role(f, p.investigation);                             // R26, R30
    p.scope_limits = scope_limits(f, p.investigation);                                            // R30
    for (const auto& m : f.family_members) p.family_members.push_back(family_member_inclusion(m, p.investigation));  // R31
    p.domains_reclassified = needs_reclassified(f);                              // R3
    p.coordination = decide_coordination(f, p.investigation, p.domains_reclassified);  // R34, R35, R37–R39
    p.coordinator_appointed = decide_coordinator(f, p.coordination);             // R38, R40, R41
    p.coordination_form = decide_coordination_form(f, p.coordinator_appointed);  // R40–R42, R46, R47
    p.coordination_file = decide_coordination_file(p.coordination_form);         // R42, R43, R46
    p.coordination_mode = decide_coordination_mode(f, p.coordinator_appointed);  // R42, R45
    p.coordination_end = decide_coordination_end(f, p.coordinator_appointed);    // R44
    p.case_conference = decide_case_conference(f, p.investigation, p.coordinator_appointed);  // R48–R51

    // A-ids and D-ids raised at case level.
    add_ids(p.ambiguities, p.investigation.ambiguities);                        // A1, A9
    add_ids(p.design_choices, p.investigation.design_choices);                  // D4, D18, D27
    const bool counted = p.coordination.value == CoordinationValue::mandatory || p.coordination.value == CoordinationValue::permitted ||
                         has_id(p.coordination.rules, "R39");
    if (has_id(p.coordination.rules, "R39")) {
        add_ids(p.ambiguities, {"A4"});
        if (count_involved_domains(*f.investigation_outcome).social_laws.empty()) {
            add_ids(p.ambiguities, {"A20"});
            add_ids(p.design_choices, {"D6"});
        }
    }
    if (has_id(p.scope_limits.rules, "R26")) {  // C11: the client's scope wish in the professional route (D5)
        add_ids(p.ambiguities, {"A11"});
        add_ids(p.design_choices, {"D5"});
        if (p.scope_limits.agreed_domains) add_ids(p.design_choices, {"D24"});
    }
    for (std::size_t i = 0; i < p.family_members.size(); ++i) {
        const FamilyMemberResult& m = p.family_members[i];
        if (m.included_as_client == InclusionValue::yes && counted) add_ids(p.design_choices, {"D14"});
        if (m.included_as_client == InclusionValue::no)  // D23 (the client's veto) or D10 (the member refuses)
            add_ids(p.design_choices, {f.family_members[i].client_agrees_to_include == false ? "D23" : "D10"});
    }
    if (p.coordinator_appointed.value == CoordinatorValue::yes) add_ids(p.design_choices, {"D7"});
    if (self_coordinated(p.coordinator_appointed)) {  // C10: accepted only
        add_ids(p.ambiguities, {"A6"});
        add_ids(p.design_choices, {"D8"});
    }
    if (p.case_conference) {
        add_ids(p.design_choices, {"D15"});
        if (p.case_conference->client_invited.value == InvitationValue::no) add_ids(p.ambiguities, {"A14"});
        if (p.case_conference->valid && !f.case_conference->zwaarwegende_belangen_against_client_presence) {
            add_ids(p.ambiguities, {"A14"});  // D27: not raised, so the client is invited; who judges is open
            add_ids(p.design_choices, {"D27"});
        }
    }
    return p;
}

} // namespace wams
