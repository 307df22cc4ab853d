// rulebook_ids.hpp — the ids the rulebook defines, copied from RULEBOOK.md (§0.1 R1–R67, §10 A1–A25, §11 D1–D27,
// §8.4 condition codes, §9.3 advisory codes). An oracle independent of the engine's own metadata: every id the walk
// cites must be one of these (invariant 6d).
#pragma once
#include <string>
#include <string_view>

namespace wams::prove {

inline bool numbered_id(std::string_view id, char letter, int max) {  // "R1".."R67", "A1".."A25", "D1".."D27"
    if (id.size() < 2 || id.size() > 3 || id[0] != letter || id[1] == '0') return false;
    int n = 0;
    for (std::size_t i = 1; i < id.size(); ++i) {
        if (id[i] < '0' || id[i] > '9') return false;
        n = n * 10 + (id[i] - '0');
    }
    return n >= 1 && n <= max;
}

inline bool known_rule(std::string_view id) { return numbered_id(id, 'R', 67); }        // §0.1
inline bool known_ambiguity(std::string_view id) { return numbered_id(id, 'A', 25); }   // §10
inline bool known_design_choice(std::string_view id) { return numbered_id(id, 'D', 27); }  // §11 (D26, D27: draft 3)

inline bool known_condition(std::string_view c) {  // §8.4 condition codes
    for (std::string_view k : {"provider_may_refuse_for_zwaarwegende_redenen_or_set_conditions",
                               "within_scope_of_explicit_consent", "holder_judged_goed_hulpverlenerschap_record_it",
                               "only_as_far_as_Wpg_allows", "only_as_far_as_Wjsg_allows", "distribute_op_maat",
                               "reuse_only_with_provider_consent", "bsn_only_to_ensure_right_person",
                               "cooperation_is_voluntary_samenwerking_no_doorzettingsmacht",
                               "unless_zwaarwegende_belangen_oppose", "unless_client_finds_investigation_unnecessary"})  // draft 3.1
        if (c == k) return true;
    return c.rfind("provider_conditions:", 0) == 0 && c.size() > 20;  // provider_conditions:<text>, text not empty
}

inline bool known_advisory(std::string_view a) {  // §9.3 advisory codes
    for (std::string_view k :
         {"ADV_INVESTIGATION_TOPICS", "ADV_INVOLVE_PARTIES", "ADV_STEP_BY_STEP", "ADV_DOSSIER", "ADV_INFORM_CLIENT",
          "ADV_MUNICIPAL_CRITERIA", "ADV_SINGLE_APPROACH", "ADV_OTHER_ROUTES", "ADV_SEPARATE_APPLICATIONS",
          "ADV_SERVICE_PROPOSAL", "ADV_IN_SAMENHANG", "ADV_PLAN_PRIORITIES", "ADV_NO_DOORZETTINGSMACHT",
          "ADV_ACCESS_FREE", "ADV_EXISTING_CASES", "ADV_NO_SCREENING_DUTY", "ADV_DOMAIN_RECLASSIFIED",
          "ADV_CONSENT_NOT_BASIS", "ADV_CASE_CONFERENCE_INDICATED", "ADV_NO_CROSS_DOMAIN_BASIS_ELSEWHERE",
          "ADV_CLIENT_MAY_DECLINE"})  // draft 3.1
        if (a == k) return true;
    return false;
}

} // namespace wams::prove
