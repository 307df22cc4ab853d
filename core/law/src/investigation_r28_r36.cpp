// investigation_r28_r36.cpp — RULEBOOK §4 "Investigation": the client's role (R26, R30), the scope the client sets
// (R30, D24), family members (R31, D10, D23). The topics, parties, step-by-step work and the dossier (R28, R29,
// R32, R33, R36) are advisories (advisories.cpp); the investigation sources (R33, R57–R59, R64) are walk steps
// (data_sharing_r56_r67.cpp); the outcome (R34, R35) opens §5 (coordination_r37_r47.cpp).
//
// Index
//   [SECTION] client_role (R26, R30)
//   [SECTION] scope_limits (R30)
//   [SECTION] family_member_inclusion (R31)
#include "wams/process_walk.hpp"

namespace wams {

// [SECTION] client_role (R26, R30) --------------------------------------------------------------------------------

Outcome client_role(const Facts& f, const InvestigationResult& inv) {
    if (!inv.started) return {"not_applicable", {}};
    if (f.entry.route == EntryRoute::client_request) return {"in_samenspraak", {"R30"}};
    // R26 (ii)/(iii): involve where possible; with serious problems the investigation may proceed without the client.
    if (f.client_involvement_possible) return {"involve_if_possible", {"R26"}};
    return {"without_client_allowed", {"R26"}};
}

// [SECTION] scope_limits (R30) ------------------------------------------------------------------------------------

ScopeLimits scope_limits(const Facts& f, const InvestigationResult& inv) {
    ScopeLimits s;
    s.excluded_domains = f.scope.client_excluded_domains;
    s.agreed_domains = f.scope.client_agreed_domains;
    if (s.excluded_domains.empty() && !s.agreed_domains) return s;
    // R30 «niet breder … dan de onderwerpen die de cliënt er … bij wil betrekken»; in the professional route the
    // investigation may run «ook zonder betrokkenheid van de cliënt(en)» (R26), so whether the wish binds is A11.
    s.rules = f.entry.route == EntryRoute::professional_request && inv.started ? Ids{"R26", "R30"} : Ids{"R30"};
    return s;
}

// [SECTION] family_member_inclusion (R31) -------------------------------------------------------------------------

FamilyMemberResult family_member_inclusion(const FamilyMember& m, const InvestigationResult& inv) {
    // «in het onderzoek»: no investigation that has started or may still start, nothing to include (C03).
    if (!inv.started && !inv.still_open) return {m.id, "not_applicable", {}};
    FamilyMemberResult r{m.id, "pending", {"R31"}};
    if (!m.possibly_involved) {  // R31's own condition fails (C04)
        r.included_as_client = "not_applicable";
    } else if (!inv.started) {  // still open: pending claims least (draft 3.1, contradiction 7)
    } else if (m.client_agrees_to_include == false || m.member_consents == false) {
        r.included_as_client = "no";  // D23 (client's veto) / D10 (member refuses)
    } else if (m.client_agrees_to_include == true && m.member_consents == true) {
        r.included_as_client = "yes";  // «worden ze vervolgens ook aangemerkt als cliënt»
    }
    return r;
}

} // namespace wams
