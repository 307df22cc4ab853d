// prove_walk.cpp — wams-prove-walk: enumerates the whole answer space of one data item × every case context the
// process walk produces, and checks the invariants of issue 8 on every combination (docs/invariants.md).
//
// Index
//   [SECTION] Invariants      names, violation records, minimal counterexamples
//   [SECTION] Flips           permissive → restrictive answer changes (invariant 5)
//   [SECTION] Item check      every invariant on one (context, item) evaluated by the engine (direct path)
//   [SECTION] Answer lists    per-question answers of a spine, with the engine's step for each (cached path)
//   [SECTION] Enumeration     gates, live spines, the product of the answer lists, the full-walk sample
//   [SECTION] Replay          case files (regressions/) through assess()
//   [SECTION] main
#include "rulebook_ids.hpp"
#include "walk_space.hpp"

#include "wams/engine.hpp"
#include "wams/process_walk.hpp"
#if __has_include("wams/explain.hpp")
#include "wams/explain.hpp"
#define WAMS_PROVE_HAS_EXPLAIN 1
#endif
#if __has_include("wams/rules.hpp")
#include "wams/rules.hpp"
#define WAMS_PROVE_HAS_METADATA 1
#endif

#include <algorithm>
#include <cctype>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace wams::prove {
namespace {

// [SECTION] Invariants --------------------------------------------------------------------------------------------

struct Candidate {                      // one combination, enough to rebuild its case file
    int context = 0;
    Agreed agreed = Agreed::not_recorded;
    DataItem item;
    int score = 0;                      // non-default fields (item) + context distance: smaller is simpler
};

struct Violations {
    std::map<std::string, std::uint64_t> count;
    std::map<std::string, std::pair<Candidate, std::string>> smallest;  // per invariant: combination + detail
    std::map<std::string, std::uint64_t> checked;                       // per invariant: combinations it was checked on

    bool improves(const std::string& inv, int score) const {
        auto it = smallest.find(inv);
        return it == smallest.end() || score < it->second.first.score;
    }
    void add(const std::string& inv, const std::string& detail, const std::function<Candidate()>& make, int score) {
        ++count[inv];
        if (improves(inv, score)) {
            Candidate c = make();
            c.score = score;
            smallest[inv] = {std::move(c), detail};
        }
    }
};

std::uint64_t fnv(std::uint64_t h, std::uint64_t v) {  // FNV-1a over 8 bytes: the verdict digest (invariant 6)
    for (int i = 0; i < 8; ++i) {
        h ^= (v >> (8 * i)) & 0xff;
        h *= 1099511628211ULL;
    }
    return h;
}

struct Rng {                            // splitmix64: the same sequence natively and in wasm (libc++ vs libstdc++)
    std::uint64_t s;
    std::uint64_t next() {
        std::uint64_t z = (s += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return n ? std::size_t(next() % n) : 0; }
    template <class T> const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }
    std::optional<bool> tri() { const auto r = below(3); return r == 0 ? std::nullopt : std::optional<bool>(r == 1); }
};

// [SECTION] Flips -------------------------------------------------------------------------------------------------

struct Flip {                           // one answer turned from permissive to restrictive (invariant 5)
    const char* name;
    int question;                       // the question whose answers change
    bool (*applies)(const DataItem&);
    void (*restrict)(DataItem&);
};

const std::vector<Flip>& flips() {
    static const std::vector<Flip> f{
        {"consent_given_to_not_given", 7, [](const DataItem& d) { return d.explicit_consent == true; },
         [](DataItem& d) { d.explicit_consent = false; }},
        {"consent_unknown_to_not_given", 7, [](const DataItem& d) { return !d.explicit_consent.has_value(); },
         [](DataItem& d) { d.explicit_consent = false; }},
        {"goed_hulpverlenerschap_yes_to_no", 7, [](const DataItem& d) { return d.goed_hulpverlenerschap == true; },
         [](DataItem& d) { d.goed_hulpverlenerschap = false; }},
        {"provider_provides_to_refuses", 9,
         [](const DataItem& d) { return d.provider_response == ProviderResponse::provides; },
         [](DataItem& d) { d.provider_response = ProviderResponse::zwaarwegende_redenen; }},
        {"provider_with_conditions_to_refuses", 9,
         [](const DataItem& d) { return d.provider_response == ProviderResponse::provides_with_conditions; },
         [](DataItem& d) { d.provider_response = ProviderResponse::zwaarwegende_redenen; d.provider_conditions.reset(); }},
        {"provider_not_yet_asked_to_refuses", 9,
         [](const DataItem& d) { return d.provider_response == ProviderResponse::not_yet_asked; },
         [](DataItem& d) { d.provider_response = ProviderResponse::zwaarwegende_redenen; }},
        {"special_law_permits_to_not", 8, [](const DataItem& d) { return d.special_law != SpecialLaw::none && d.special_law_permits == true; },
         [](DataItem& d) { d.special_law_permits = false; }},
        {"special_law_unknown_to_not", 8, [](const DataItem& d) { return d.special_law != SpecialLaw::none && !d.special_law_permits; },
         [](DataItem& d) { d.special_law_permits = false; }},
        {"client_agrees_to_objects", 5, [](const DataItem& d) { return d.client_objects == false; },
         [](DataItem& d) { d.client_objects = true; }},
        {"client_position_unknown_to_objects", 5, [](const DataItem& d) { return !d.client_objects.has_value(); },
         [](DataItem& d) { d.client_objects = true; }},
        {"participation_necessary_to_not", 10,
         [](const DataItem& d) { return d.conference && d.conference->recipient_participation_necessary == true; },
         [](DataItem& d) { d.conference->recipient_participation_necessary = false; }},
        {"no_weighty_interests_to_weighty", 10,
         [](const DataItem& d) { return d.conference && d.conference->zwaarwegende_belangen == false; },
         [](DataItem& d) { d.conference->zwaarwegende_belangen = true; }},
        {"reuse_consent_yes_to_no", 10, [](const DataItem& d) { return d.provider_consents_to_reuse == true; },
         [](DataItem& d) { d.provider_consents_to_reuse = false; }},
        {"bsn_authorised_to_not", 11, [](const DataItem& d) { return d.bsn && d.bsn->user_authorised_for_bsn == true; },
         [](DataItem& d) { d.bsn->user_authorised_for_bsn = false; }},
        {"bsn_identification_necessary_to_not", 11,
         [](const DataItem& d) { return d.bsn && d.bsn->identification_necessary == true; },
         [](DataItem& d) { d.bsn->identification_necessary = false; }},
        {"necessity_stated_to_missing", 12,
         [](const DataItem& d) { return d.necessity.assessment == NecessityAssessment::stated; },
         [](DataItem& d) { d.necessity.assessment = NecessityAssessment::missing; d.necessity.justification.reset(); }},
        {"necessity_missing_to_excessive", 12,
         [](const DataItem& d) { return d.necessity.assessment == NecessityAssessment::missing; },
         [](DataItem& d) { d.necessity.assessment = NecessityAssessment::excessive; d.necessity.justification = "alles"; }},
        {"subject_included_member_to_not_asked", 3,
         [](const DataItem& d) { return d.subject == Subject::family_member_included || d.subject == Subject::client; },
         [](DataItem& d) { d.subject = Subject::family_member_not_asked; d.subject_ref = "gezinslid-1"; }},
        {"subject_not_asked_to_refused", 3, [](const DataItem& d) { return d.subject == Subject::family_member_not_asked; },
         [](DataItem& d) { d.subject = Subject::family_member_refused; }},
        {"source_service_relation_to_none", 6,
         [](const DataItem& d) { return d.source.type == SourceType::party_current_or_past_service; },
         [](DataItem& d) { d.source.type = SourceType::party_no_service_relation; }},
        {"domain_not_excluded_to_excluded", 4, [](const DataItem& d) { return !d.in_client_excluded_domain; },
         [](DataItem& d) { d.in_client_excluded_domain = true; }},
    };
    return f;
}

// [SECTION] Item check --------------------------------------------------------------------------------------------

std::optional<ItemPhase> conference_item_phase(const CaseContext& ctx) {
    if (!ctx.conference_phase) return std::nullopt;
    return *ctx.conference_phase == CasePhase::investigation ? ItemPhase::investigation : ItemPhase::coordination;
}

// §8.3 Q2 and D26 (draft 3.1), read from the rulebook: the purpose fixes the phase; a reuse item keeps a recorded one.
std::optional<ItemPhase> spec_phase(const CaseContext& ctx, const DataItem& d) {
    switch (d.purpose) {
    case Purpose::investigation: return ItemPhase::investigation;
    case Purpose::coordination: return ItemPhase::coordination;
    case Purpose::professional_request: return ItemPhase::request;
    case Purpose::reuse_from_case_conference: return d.phase ? d.phase : conference_item_phase(ctx);
    case Purpose::case_conference: return conference_item_phase(ctx);
    default: return std::nullopt;
    }
}

// D26: a recorded phase that contradicts the purpose is invalid input (refused by validation, never walked). Q1-gated
// purposes ignore the field; with no conference recorded a conference item's phase is not checked (R48 first).
bool phase_fits_purpose(const CaseContext& ctx, Purpose p, const std::optional<ItemPhase>& ph) {
    if (!ph) return true;
    switch (p) {
    case Purpose::investigation: return *ph == ItemPhase::investigation;
    case Purpose::coordination: return *ph == ItemPhase::coordination;
    case Purpose::professional_request: return *ph == ItemPhase::request;
    case Purpose::case_conference: return !ctx.conference_recorded || ph == conference_item_phase(ctx);
    case Purpose::reuse_from_case_conference: return !ctx.conference_recorded || *ph != ItemPhase::request;
    default: return true;
    }
}

bool conference_item(const DataItem& d) {
    return d.purpose == Purpose::case_conference || d.purpose == Purpose::reuse_from_case_conference;
}

// The A-ids whose design choice makes the item undetermined when the walk reaches them (§10/§11: A11/D5, A17/D16,
// A18/D12, A19/D10, A21/D9). Invariant 7: such an item is undetermined (or not_allowed when another answer blocks),
// and it reports the A-id.
Ids deciding_ambiguities(const CaseContext& ctx, const DataItem& d) {
    Ids out;
    const auto phase = spec_phase(ctx, d);
    const bool request = d.purpose == Purpose::professional_request;
    if (!request && d.in_client_excluded_domain && ctx.route == EntryRoute::professional_request) out.push_back("A11");
    if (d.subject == Subject::family_member_refused_context) out.push_back("A19");
    if (!request && !conference_item(d)) {
        if (d.source.type == SourceType::party_no_service_relation) out.push_back("A18");
        if (phase == ItemPhase::coordination &&
            (d.source.type == SourceType::college_special_register || d.source.type == SourceType::party_no_service_relation))
            out.push_back("A17");
    }
    if (!request && phase == ItemPhase::coordination && d.client_objects == true && ctx.serious) out.push_back("A21");
    return out;
}

bool gate_stopped(const std::vector<WalkStep>& steps) {
    return !steps.empty() && (steps[0].effect == Effect::stop || (steps.size() > 1 && steps[1].effect == Effect::stop));
}

using Report = std::function<void(const std::string& inv, const std::string& detail)>;

std::map<std::string, std::string>& observations() {  // findings that are not invariant failures (printed, exit 0)
    static std::map<std::string, std::string> o;
    return o;
}

// 6k/6l: every id a step cites has metadata the explanation can show (rules.hpp), and every answer code is in the
// question catalogue the UI asks from. Skipped (and said so in the report) when the metadata header is absent.
void check_metadata(const WalkStep& s, const Report& fail, std::map<std::string, std::uint64_t>& checked) {
#ifdef WAMS_PROVE_HAS_METADATA
    ++checked["6k_every_cited_id_has_metadata"];
    for (const auto& r : s.rules)
        if (!find_rule(r)) fail("6k_every_cited_id_has_metadata", s.question + " rule " + r);
    for (const auto& a : s.ambiguities)
        if (!find_ambiguity(a)) fail("6k_every_cited_id_has_metadata", s.question + " ambiguity " + a);
    for (const auto& d : s.design_choices)
        if (!find_design_choice(d)) fail("6k_every_cited_id_has_metadata", s.question + " design choice " + d);
    for (const auto& a : s.advisories)
        if (!find_advisory(a)) fail("6k_every_cited_id_has_metadata", s.question + " advisory " + a);
    for (const auto& c : s.conditions)
        if (!find_condition(c)) fail("6k_every_cited_id_has_metadata", s.question + " condition " + c);
    ++checked["6l_every_answer_is_in_the_question_catalogue"];
    const QuestionInfo* q = find_question(s.question);
    if (!q || !find_answer(*q, s.answer))
        fail("6l_every_answer_is_in_the_question_catalogue", s.question + " answer '" + s.answer + "'");
#else
    (void)s, (void)fail;
    ++checked["6k_6l_metadata_NOT_CHECKED_rules_hpp_absent"];
#endif
}

// Every invariant that needs only this combination's walk (1, 2, 3, 4, 6, 7), plus 5 by re-walking each flip.
void check_item(const CaseContext& ctx, const DataItem& item, const ItemAssessment& ia, bool with_flips,
                const Report& fail, std::map<std::string, std::uint64_t>& checked) {
    const Verdict v = ia.verdict;
    const std::string vs(to_string(v));
    // 1. Purpose gates (R4–R7, R10, R55).
    std::optional<std::pair<Verdict, const char*>> gate;
    switch (item.purpose) {
    case Purpose::opsporing:
    case Purpose::fraud_oneigenlijk_gebruik: gate = {{Verdict::not_allowed, "R5"}}; break;
    case Purpose::bulk_search: gate = {{Verdict::not_allowed, "R7"}}; break;
    case Purpose::structural_exchange: gate = {{Verdict::not_allowed, "R6"}}; break;
    case Purpose::non_voluntary_service: gate = {{Verdict::not_this_law, "R4"}}; break;
    case Purpose::decision_making: gate = {{Verdict::not_this_law, "R10"}}; break;
    case Purpose::other_legal_table: gate = {{Verdict::not_this_law, "R55"}}; break;
    default: break;
    }
    if (gate) {
        ++checked["1_purpose_gates"];
        if (v != gate->first || !has_id(ia.rules, gate->second))
            fail("1_purpose_gates", "purpose " + std::string(to_string(item.purpose)) + " gave " + vs + " citing " +
                                        std::to_string(ia.rules.size()) + " rules; expected " +
                                        std::string(to_string(gate->first)) + " citing " + gate->second);
    }
    // 2. Necessity missing or excessive never allows (R66, D13).
    if (item.necessity.assessment != NecessityAssessment::stated) {
        ++checked["2_necessity_missing_or_excessive_never_allows"];
        if (allowing(v)) fail("2_necessity_missing_or_excessive_never_allows", "necessity " +
                              std::string(to_string(item.necessity.assessment)) + " gave " + vs);
    }
    // 3. Client route: an excluded domain is never allowed, in any phase (R30).
    if (ctx.route == EntryRoute::client_request && item.in_client_excluded_domain) {
        ++checked["3_client_route_excluded_domain_never_allowed"];
        if (allowing(v)) fail("3_client_route_excluded_domain_never_allowed", "gave " + vs);
        else if (!gate_stopped(ia.steps) && v != Verdict::not_allowed)
            fail("3_client_route_excluded_domain_never_allowed", "past the gates R30 says not_allowed; gave " + vs);
    }
    // 4. Secrecy holder without consent and without goed hulpverlenerschap (R61, D21); Wpg/Wjsg not permitting (R62).
    if (spec_holder_regime(item) != SecrecyRegime::none && item.explicit_consent != true && item.goed_hulpverlenerschap != true) {
        ++checked["4a_secrecy_without_consent_or_ghs_never_allows"];
        if (allowing(v)) fail("4a_secrecy_without_consent_or_ghs_never_allows", "gave " + vs);
    }
    if (item.special_law != SpecialLaw::none && item.special_law_permits != true) {
        ++checked["4b_wpg_wjsg_not_permitting_never_allows"];
        if (allowing(v)) fail("4b_wpg_wjsg_not_permitting_never_allows", "gave " + vs);
    }
    // 6. Totality and consistency of one verdict.
    ++checked["6b_verdict_is_combine_steps_of_the_steps"];
    const ItemVerdict combined = combine_steps(ia.steps);
    if (combined.verdict != v) fail("6b_verdict_is_combine_steps_of_the_steps", vs + " vs " + std::string(to_string(combined.verdict)));
    ++checked["6c_decisive_rule_for_every_non_allowing_verdict"];
    if (!allowing(v) && ia.rules.empty()) fail("6c_decisive_rule_for_every_non_allowing_verdict", vs + " without rules");
    ++checked["6d_every_cited_id_exists"];
    for (const auto& s : ia.steps) {
        for (const auto& r : s.rules)
            if (!known_rule(r)) fail("6d_every_cited_id_exists", s.question + " cites rule '" + r + "'");
        for (const auto& a : s.ambiguities)
            if (!known_ambiguity(a)) fail("6d_every_cited_id_exists", s.question + " cites ambiguity '" + a + "'");
        for (const auto& c : s.conditions)
            if (!known_condition(c)) fail("6d_every_cited_id_exists", s.question + " cites condition '" + c + "'");
        for (const auto& a : s.advisories)
            if (!known_advisory(a)) fail("6d_every_cited_id_exists", s.question + " cites advisory '" + a + "'");
        for (const auto& dc : s.design_choices)
            if (!known_design_choice(dc)) fail("6d_every_cited_id_exists", s.question + " cites design choice '" + dc + "'");
    }
    ++checked["6e_conditions_only_with_allowed_under_conditions"];
    if ((v == Verdict::allowed_under_conditions) != !ia.conditions.empty())
        fail("6e_conditions_only_with_allowed_under_conditions", vs + " with " + std::to_string(ia.conditions.size()) + " conditions");
    if (v == Verdict::not_this_law) {
        ++checked["6f_not_this_law_carries_ADV_NO_CROSS_DOMAIN_BASIS_ELSEWHERE"];
        bool adv = false;
        for (const auto& s : ia.steps) adv |= has_id(s.advisories, "ADV_NO_CROSS_DOMAIN_BASIS_ELSEWHERE");
        if (!adv) fail("6f_not_this_law_carries_ADV_NO_CROSS_DOMAIN_BASIS_ELSEWHERE", "no advisory on any step");
        ++checked["6g_not_this_law_only_at_the_gates"];
        if (!gate_stopped(ia.steps)) fail("6g_not_this_law_only_at_the_gates", "not_this_law past Q2 (D1)");
    }
    ++checked["6h_walk_is_Q1_to_Q13_in_order"];
    {
        bool ok = !ia.steps.empty() && ia.steps.back().question == "Q13";
        int last = 0;
        for (const auto& s : ia.steps) {
            const int q = std::atoi(s.question.c_str() + 1);
            ok &= s.question.size() >= 2 && s.question[0] == 'Q' && q > last;
            last = q;
        }
        ok &= gate_stopped(ia.steps) || ia.steps.size() == 13;
        if (!ok) fail("6h_walk_is_Q1_to_Q13_in_order", std::to_string(ia.steps.size()) + " steps");
    }
    // 6i. An allowing verdict cites its licensing chain: the purpose (R56, or R67 for a request) and necessity (R66).
    if (allowing(v)) {
        ++checked["6i_allowing_verdict_cites_its_licence_chain"];
        if (!(has_id(ia.rules, "R56") || has_id(ia.rules, "R67")) || !has_id(ia.rules, "R66"))
            fail("6i_allowing_verdict_cites_its_licence_chain", vs + " without R56/R67 + R66");
    }
    // 6j. verdict_so_far only ever becomes more restrictive along the walk and ends at the verdict.
    ++checked["6j_verdict_so_far_monotone_along_the_walk"];
    for (std::size_t i = 0; i < ia.steps.size(); ++i) {
        const Verdict a = ia.steps[i].verdict_so_far;
        const bool ok = i == 0 || ia.steps[i - 1].verdict_so_far == a ||
                        (severity(ia.steps[i - 1].verdict_so_far) < severity(a) && ia.steps[i - 1].verdict_so_far != Verdict::not_this_law);
        if (!ok) fail("6j_verdict_so_far_monotone_along_the_walk", ia.steps[i].question);
    }
    if (!ia.steps.empty() && ia.steps.back().verdict_so_far != v)
        fail("6j_verdict_so_far_monotone_along_the_walk", "last step says " + std::string(to_string(ia.steps.back().verdict_so_far)));
    for (const auto& st : ia.steps) check_metadata(st, fail, checked);
    // 7. Where an ambiguity decides the outcome: undetermined (or not_allowed when another answer blocks), A-id shown.
    if (!gate_stopped(ia.steps))
        for (const auto& a : deciding_ambiguities(ctx, item)) {
            ++checked["7_deciding_ambiguity_gives_undetermined_and_is_reported"];
            if (allowing(v) || !has_id(ia.ambiguities, a))
                fail("7_deciding_ambiguity_gives_undetermined_and_is_reported",
                     a + ": gave " + vs + (has_id(ia.ambiguities, a) ? "" : " without reporting " + a));

        }
    // Invariants found while building (docs/invariants.md §Discovered).
    const bool past_gates = !gate_stopped(ia.steps);
    auto any_advisory = [&](const char* code) {
        for (const auto& st : ia.steps) if (has_id(st.advisories, code)) return true;
        return false;
    };
    const auto phase = spec_phase(ctx, item);
    const bool request = item.purpose == Purpose::professional_request;
    if (past_gates && spec_holder_regime(item) != SecrecyRegime::none) {
        ++checked["11_R61_holder_shows_ADV_CONSENT_NOT_BASIS"];  // R65, A23: always with R61
        if (!any_advisory("ADV_CONSENT_NOT_BASIS")) fail("11_R61_holder_shows_ADV_CONSENT_NOT_BASIS", "R61 applied without R65 advisory");
        if (item.subject != Subject::client) {
            ++checked["12_R61_on_family_member_data_flags_A19"];  // D22
            if (!has_id(ia.ambiguities, "A19")) fail("12_R61_on_family_member_data_flags_A19", "A19 missing");
        }
    }
    if (past_gates && q9_relevant(item) && item.provider_response == ProviderResponse::zwaarwegende_redenen) {
        ++checked["13_provider_refusal_is_not_allowed_with_R8_advisory"];  // R60, R8
        if (v != Verdict::not_allowed || !any_advisory("ADV_NO_DOORZETTINGSMACHT"))
            fail("13_provider_refusal_is_not_allowed_with_R8_advisory", vs);
    }
    if (item.purpose == Purpose::bulk_search) {
        ++checked["14_bulk_search_shows_ADV_NO_SCREENING_DUTY"];  // R7, R19
        if (!any_advisory("ADV_NO_SCREENING_DUTY")) fail("14_bulk_search_shows_ADV_NO_SCREENING_DUTY", "advisory missing");
    }
    if (allowing(v) && !request && !conference_item(item)) {
        ++checked["15_licences_are_phase_bound_D16"];
        const bool inv_licence = has_id(ia.rules, "R57") || has_id(ia.rules, "R33") || has_id(ia.rules, "R58") ||
                                 has_id(ia.rules, "R59") || has_id(ia.rules, "R64");
        const bool coord_licence = has_id(ia.rules, "R43") || has_id(ia.rules, "R45");
        if (phase == ItemPhase::coordination && (inv_licence || !coord_licence))
            fail("15_licences_are_phase_bound_D16", "coordination-phase item licensed by an investigation source rule");
        if (phase == ItemPhase::investigation && (!inv_licence || coord_licence))
            fail("15_licences_are_phase_bound_D16", "investigation-phase item licensed by the coordinator's task");
    }
    if (allowing(v) && item.purpose == Purpose::case_conference) {
        ++checked["16_conference_sharing_carries_R53_R54_conditions"];
        if (v != Verdict::allowed_under_conditions || !has_id(ia.conditions, "distribute_op_maat") ||
            !has_id(ia.conditions, "reuse_only_with_provider_consent"))
            fail("16_conference_sharing_carries_R53_R54_conditions", vs);
    }
    if (past_gates && !request && !item.in_client_excluded_domain && phase == ItemPhase::investigation && ctx.agreed_domains &&
        item.source.domain != "client" && item.source.domain != "municipality") {
        auto norm = [](const std::string& x) {  // "social:Wmo" ~ "Wmo 2015"; case-insensitive (R30 names domains)
            std::string n = social_law_name(x).value_or(domain_name_of(x));
            for (auto& ch : n) ch = char(std::tolower(static_cast<unsigned char>(ch)));
            return n;
        };
        bool inside = false;
        for (const auto& a : *ctx.agreed_domains) inside |= norm(a) == norm(item.source.domain);
        if (!inside) {
            ++checked["17_outside_agreed_scope_never_allows_D24"];  // R30 positive scope
            if (allowing(v)) fail("17_outside_agreed_scope_never_allows_D24", vs);
        }
    }
    // 5. Monotonicity: one answer from permissive to restrictive never makes the verdict more permissive.
    if (with_flips)
        for (const Flip& f : flips()) {
            if (!f.applies(item)) continue;
            DataItem r = item;
            f.restrict(r);
            const Verdict w = assess_item(ctx, r).verdict;
            const std::string inv = std::string("5_monotone_") + f.name;
            ++checked[inv];
            if ((v == Verdict::not_this_law) != (w == Verdict::not_this_law))
                fail(inv, vs + " became " + std::string(to_string(w)) + " (not_this_law moved by a non-gate answer)");
            else if (severity(w) < severity(v))
                fail(inv, vs + " became more permissive: " + std::string(to_string(w)));
        }
}

// 6m/7c: the explanation of the item exists in Dutch and in English, says why not for every non-allowing verdict,
// what to ask for an undetermined one, lists every condition, and shows each deciding ambiguity with its quotations.
void check_explanation(const CaseContext& ctx, const Facts& f, const Assessment& a, std::size_t idx, const Report& fail,
                       std::map<std::string, std::uint64_t>& checked) {
#ifdef WAMS_PROVE_HAS_EXPLAIN
    const ItemAssessment& it = a.data_items.at(idx);
    const std::string subj = "data_items/" + it.item_id;
    std::string outcome_text[2];
    for (Lang lang : {Lang::nl, Lang::en}) {
        ++checked["6m_explanation_nl_and_en_for_every_verdict"];
        int outcome = 0, why_not = 0, ask = 0, ambiguity_lines = 0, conditions = 0;
        std::map<std::string, int> quotes;
        for (const auto& l : explain_lines(f, a, lang)) {
            if (l.subject != subj) continue;
            if (l.kind == LineKind::outcome && !l.text.empty()) ++outcome, outcome_text[lang == Lang::en] = l.text;
            why_not += l.kind == LineKind::why_not && !l.text.empty();
            ask += l.kind == LineKind::ask_next && !l.text.empty();
            ambiguity_lines += l.kind == LineKind::ambiguity;
            conditions += l.kind == LineKind::condition && !l.text.empty();
            if (l.kind == LineKind::ambiguity && l.text.rfind("\u00ab", 0) == 0) ++quotes[l.ref];
        }
        const std::string L = lang == Lang::nl ? "nl" : "en";
        if (outcome != 1) fail("6m_explanation_nl_and_en_for_every_verdict", L + ": " + std::to_string(outcome) + " outcome lines");
        if (!allowing(it.verdict) && why_not == 0) fail("6m_explanation_nl_and_en_for_every_verdict", L + ": no why-not line");
        if (it.verdict == Verdict::undetermined && ask == 0 && ambiguity_lines == 0)
            fail("6m_explanation_nl_and_en_for_every_verdict", L + ": undetermined without what to ask");
        if (conditions != int(it.conditions.size()))
            fail("6m_explanation_nl_and_en_for_every_verdict", L + ": " + std::to_string(conditions) + " condition lines for " +
                                                                   std::to_string(it.conditions.size()) + " conditions");
        if (lang == Lang::nl && !gate_stopped(it.steps))
            for (const auto& amb : deciding_ambiguities(ctx, f.data_items[idx])) {
                ++checked["7c_deciding_ambiguity_explained_with_its_quotations"];
                if (quotes[amb] == 0)
                    fail("7c_deciding_ambiguity_explained_with_its_quotations", amb + " shown without a quotation");
                else if (quotes[amb] < 2)
                    observations()["7c_" + amb + "_one_quotation_only"] =
                        amb + " decides verdicts (undetermined) but the explanation shows " + std::to_string(quotes[amb]) +
                        " quotation: the rulebook's §10 entry gives one passage, so 'both readings' are shown as that "
                        "passage plus the tool's behaviour (D-id), not as two quotations";
            }
    }
    if (outcome_text[0] == outcome_text[1]) fail("6m_explanation_nl_and_en_for_every_verdict", "nl and en outcome identical");
#else
    (void)ctx, (void)f, (void)a, (void)idx, (void)fail;
    ++checked["6m_explanations_NOT_CHECKED_explain_hpp_absent"];
#endif
}

// [SECTION] Answer lists ------------------------------------------------------------------------------------------

constexpr int kLists = 8;               // Q4, Q5, Q7, Q8, Q9, Q10, Q11, Q12 (Q3 and Q6 read only spine fields)
constexpr int kQuestionOfList[kLists] = {4, 5, 7, 8, 9, 10, 11, 12};

enum Flag : unsigned {                  // per answer: what invariant 2/3/4/7 expect of any combination containing it
    kNecessityNotStated = 1, kClientRouteExcluded = 2, kSecrecyNoConsent = 4, kSpecialLawNotPermitting = 8,
    kDecidingAmbiguity = 16, kOutsideAgreedScope = 32,
};

struct Entry {                          // one answer to one question, with the engine's step for it
    Answers answers;                    // only this question's part differs from Answers{}
    WalkStep step;
    std::uint8_t rank = 0;              // §8.4: continue/skip 0, condition 1, ask 2, block 3
    unsigned flags = 0;
    int nd = 0;                         // non-default fields this answer adds
    std::vector<std::pair<int, int>> partners;  // (flip index, restrictive entry index)
};

std::uint8_t rank_of(Effect e) {
    switch (e) {
    case Effect::condition: return 1;
    case Effect::ask: return 2;
    case Effect::block: return 3;
    default: return 0;
    }
}

std::string part_key(int q, const DataItem& d) {  // the fields question q reads privately
    auto b = [](std::optional<bool> x) { return x ? (*x ? "T" : "F") : "N"; };
    switch (q) {
    case 4: return d.in_client_excluded_domain ? "T" : "F";
    case 5: return b(d.client_objects);
    case 7: return std::string(to_string(d.secrecy_regime)) + (d.secrecy_regime_rebutted_because ? "R" : "-") +
                   b(d.explicit_consent) + b(d.goed_hulpverlenerschap) + b(d.skj_registered);
    case 8: return std::string(to_string(d.special_law)) + b(d.special_law_permits);
    case 9: return std::string(to_string(d.provider_response));
    case 10: return (d.conference ? std::string("C") + b(d.conference->recipient_participation_necessary) +
                                        b(d.conference->zwaarwegende_belangen)
                                  : std::string("-")) + b(d.provider_consents_to_reuse);
    case 11: return d.bsn ? std::string("B") + b(d.bsn->user_authorised_for_bsn) + b(d.bsn->identification_necessary) : "-";
    case 12: return std::string(to_string(d.necessity.assessment));
    }
    return "?";
}

std::vector<Answers> candidate_answers(int q, const CaseContext& ctx, const DataItem& base) {
    const std::vector<std::optional<bool>> tri{std::nullopt, true, false};
    std::vector<Answers> out;
    Answers a;
    switch (q) {
    case 4:
        out.push_back(a);
        if (base.purpose != Purpose::professional_request) { a.excluded = true; out.push_back(a); }  // D25 skips Q4
        break;
    case 5:
        if (!q5_relevant(ctx, base)) { out.push_back(a); break; }
        for (auto o : tri) { a.client_objects = o; out.push_back(a); }
        break;
    case 7:
        for (SecrecyRegime r : {SecrecyRegime::none, SecrecyRegime::individual_health_care, SecrecyRegime::youth_care}) {
            DataItem d = base;
            d.secrecy_regime = r;
            const bool reb_rel = rebuttal_relevant(d);
            for (bool reb : {false, true}) {
                if (reb && !reb_rel) continue;
                DataItem e = d;
                if (reb) e.secrecy_regime_rebutted_because = "x";
                const SecrecyRegime eff = spec_holder_regime(e);
                const auto consents = eff == SecrecyRegime::none ? std::vector<std::optional<bool>>{std::nullopt} : tri;
                const auto skjs = eff == SecrecyRegime::youth_care ? tri : std::vector<std::optional<bool>>{std::nullopt};
                for (auto c : consents)
                    for (auto g : consents)
                        for (auto s : skjs) {
                            a.q7 = Q7Answer{r, reb, c, g, s};
                            out.push_back(a);
                        }
            }
        }
        break;
    case 8:
        out.push_back(a);
        for (SpecialLaw l : {SpecialLaw::Wpg, SpecialLaw::Wjsg})
            for (auto p : tri) { a.q8 = Q8Answer{l, p}; out.push_back(a); }
        break;
    case 9:
        if (!q9_relevant(base)) { out.push_back(a); break; }
        for (ProviderResponse r : {ProviderResponse::provides, ProviderResponse::provides_with_conditions,
                                   ProviderResponse::zwaarwegende_redenen, ProviderResponse::not_yet_asked,
                                   ProviderResponse::not_applicable}) {
            a.provider = r;
            out.push_back(a);
        }
        break;
    case 10:
        if (base.purpose == Purpose::case_conference) {
            out.push_back(a);
            for (auto n : tri)
                for (auto w : tri) { a.q10.conference = ConferenceFacts{n, w}; out.push_back(a); }
        } else if (base.purpose == Purpose::reuse_from_case_conference) {
            for (auto c : tri) { a.q10.reuse_consent = c; out.push_back(a); }
        } else {
            out.push_back(a);
        }
        break;
    case 11:
        out.push_back(a);
        for (auto au : tri)
            for (auto n : tri) { a.bsn = BsnFacts{au, n}; out.push_back(a); }
        break;
    case 12:
        for (NecessityAssessment n : {NecessityAssessment::stated, NecessityAssessment::missing, NecessityAssessment::excessive}) {
            a.necessity = n;
            out.push_back(a);
        }
        break;
    }
    return out;
}

WalkStep engine_step(int q, const CaseContext& ctx, const DataItem& d) {  // the engine's own function for question q
    switch (q) {
    case 3: return q3_subject(d);
    case 4: return q4_scope(ctx, d);
    case 5: return q5_afstemming(ctx, d);
    case 6: return q6_source(ctx, d);
    case 7: return q7_secrecy(d);
    case 8: return q8_special_law(d);
    case 9: return q9_provider(ctx, d);
    case 10: return q10_conference(ctx, d);
    case 11: return q11_bsn(d);
    case 12: return q12_necessity(d);
    }
    return {};
}

bool same_step(const WalkStep& a, const WalkStep& b) {
    return a.question == b.question && a.effect == b.effect && a.stop_verdict == b.stop_verdict &&
           sorted_ids(a.rules) == sorted_ids(b.rules) && a.conditions == b.conditions &&
           sorted_ids(a.ambiguities) == sorted_ids(b.ambiguities) && sorted_ids(a.advisories) == sorted_ids(b.advisories);
}

// [SECTION] Enumeration -------------------------------------------------------------------------------------------

struct Options {
    bool ci = false;                    // the CI stratum (docs/invariants.md §CI)
    std::uint64_t direct_every = 0;     // also walk every k-th enumerated combination by walk_item (1 = all; slow)
    std::uint64_t max_spines = 0;       // stop after this many spines (0 = no limit; for the teeth test)
    std::uint64_t sample_per_spine = 4; // random full walks per spine (pruning + composition check)
    std::uint64_t seed = 20210401;
    std::string emit_dir;               // write the smallest counterexample per invariant here
    std::vector<std::string> replay;    // case files / folders to replay instead of enumerating
    bool mutate_d1 = false;             // teeth: pretend D1 lets "ask" pass as "continue"; the run must then fail
};

struct LiveClass {                      // contexts that agree on every Q0 field the walk reads past Q2 for this item
    Purpose purpose;
    std::optional<ItemPhase> phase;
    std::vector<int> members;           // context indices; members[0] is the representative
};

struct Stats {
    std::uint64_t contexts = 0, gate_combinations = 0, live_classes = 0, spines = 0, combinations = 0,
                  represented = 0, sampled = 0, direct = 0, flip_pairs = 0;
    std::uint64_t digest = 1469598103934665603ULL;
};

const std::vector<Purpose> kPurposes{Purpose::investigation, Purpose::coordination, Purpose::case_conference,
                                     Purpose::reuse_from_case_conference, Purpose::professional_request,
                                     Purpose::opsporing, Purpose::fraud_oneigenlijk_gebruik,
                                     Purpose::non_voluntary_service, Purpose::structural_exchange,
                                     Purpose::bulk_search, Purpose::decision_making, Purpose::other_legal_table};
const std::vector<std::optional<ItemPhase>> kPhases{std::nullopt, ItemPhase::investigation, ItemPhase::coordination,
                                                    ItemPhase::request};
const std::vector<Subject> kSubjects{Subject::client, Subject::family_member_included, Subject::family_member_refused,
                                     Subject::family_member_refused_context, Subject::family_member_not_asked};
const std::vector<SourceType> kSources{SourceType::client_self, SourceType::college_own_prior,
                                       SourceType::college_special_register, SourceType::college_or_coordinator,
                                       SourceType::party_current_or_past_service, SourceType::party_no_service_relation};

// CI stratum (docs/invariants.md): every gate combination; past the gates, the spines whose subject is the client or
// a refused family member's context data and whose domain class is health care or jeugdhulp — all
// purposes, phases, routes, source types and every private answer.
bool in_ci_stratum(const Spine& s) {
    return (s.subject == Subject::client || s.subject == Subject::family_member_refused_context) &&
           (s.domain == DomainClass::health_care || s.domain == DomainClass::jeugdhulp);
}

class Prover {
public:
    Prover(const Options& o) : opt_(o), rng_{o.seed} {}

    int run() {
        const auto t0 = std::chrono::steady_clock::now();
        contexts_ = realised_contexts();
        stats_.contexts = contexts_.size();
        check_contexts();
        enumerate_gates();
        for (const auto& cls : classes_) enumerate_class(cls);
        const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        return report(secs);
    }

private:
    const Options& opt_;
    Rng rng_;
    std::vector<ContextWitness> contexts_;
    std::vector<LiveClass> classes_;
    std::map<std::string, std::size_t> class_index_;
    Violations viol_;
    Stats stats_;
    std::vector<std::uint64_t> flip_count_ = std::vector<std::uint64_t>(flips().size(), 0);

    Report reporter(int context, Agreed agreed, const DataItem& item) {
        return [this, context, agreed, &item](const std::string& inv, const std::string& detail) {
            const int score = non_default_fields(item) + contexts_[context].non_default;
            viol_.add(inv, detail, [&] { return Candidate{context, agreed, item, 0}; }, score);
        };
    }

    // Q0: the A1 conflict, where it decides, leaves the investigation undetermined with both readings (invariant 7b).
    void check_contexts() {
        for (std::size_t i = 0; i < contexts_.size(); ++i) {
            const ProcessWalk p = run_process_walk(contexts_[i].facts);
            if (!has_id(p.investigation.ambiguities, "A1")) continue;
            ++viol_.checked["7b_A1_deciding_gives_undetermined_with_both_readings"];
            // C07: A1 and both readings are shown also under a fixed municipal reading; then the value follows it.
            const bool fixed = contexts_[i].facts.entry.municipality_criteria_reading.has_value();
            if ((!fixed && p.investigation.value != InvestigationValue::undetermined) || !p.investigation.under_s2_3 || !p.investigation.under_s3_1_1)
                viol_.add("7b_A1_deciding_gives_undetermined_with_both_readings", "investigation " + std::string(to_code(p.investigation.value)),
                          [&] { return Candidate{int(i), Agreed::not_recorded, DataItem{}, 0}; }, 0);
        }
    }

    // Q1/Q2 gates: a stopped walk reads nothing after the gate, so one combination per (context, purpose, phase).
    void enumerate_gates() {
        for (std::size_t c = 0; c < contexts_.size(); ++c)
            for (Purpose p : kPurposes)
                for (const auto& ph : kPhases) {
                    if (!phase_fits_purpose(contexts_[c].ctx, p, ph)) continue;  // invalid input (D26)
                    const Spine s{int(c), p, ph, Agreed::not_recorded, Subject::client, SourceType::client_self,
                                  DomainClass::client};
                    const DataItem item = base_item(s, "client");
                    const CaseContext& ctx = contexts_[c].ctx;
                    ItemAssessment ia;
                    try {
                        ia = assess_item(ctx, item);
                    } catch (const std::exception& e) {
                        reporter(int(c), Agreed::not_recorded, item)("6a_totality_no_exception", e.what());
                        continue;
                    }
                    if (!gate_stopped(ia.steps)) {
                        add_live(int(c), p, ph);
                        continue;
                    }
                    ++stats_.gate_combinations;
                    stats_.digest = fnv(stats_.digest, std::uint64_t(ia.verdict) + 16 * c);
                    check_item(ctx, item, ia, true, reporter(int(c), Agreed::not_recorded, item), viol_.checked);
                    Facts f = contexts_[c].facts;
                    f.data_items = {item};
                    check_explanation(ctx, f, assess(f), 0, reporter(int(c), Agreed::not_recorded, item), viol_.checked);
                    for (std::uint64_t k = 0; k < opt_.sample_per_spine; ++k) check_gate_pruning(int(c), s, ia);
                }
    }

    // Pruning check for a gate: any other answers give the same stop, verdict and rules.
    void check_gate_pruning(int c, const Spine& s, const ItemAssessment& ia) {
        Spine r = s;
        r.subject = rng_.pick(kSubjects);
        r.source = rng_.pick(kSources);
        r.domain = DomainClass(rng_.below(kDomainClasses));
        const std::string dom = rng_.pick(domain_variants(r.domain));
        r.agreed = Agreed(rng_.below(3));
        DataItem item = base_item(r, dom);
        randomise_private(item);
        const CaseContext ctx = with_agreed(contexts_[c], r.agreed, dom);
        const ItemAssessment ib = assess_item(ctx, item);
        ++stats_.sampled;
        ++viol_.checked["8_pruning_gate_reads_nothing_after_the_stop"];
        if (ib.verdict != ia.verdict || ib.rules != ia.rules || !gate_stopped(ib.steps))
            reporter(c, r.agreed, item)("8_pruning_gate_reads_nothing_after_the_stop",
                                        std::string(to_string(ia.verdict)) + " became " + std::string(to_string(ib.verdict)));
    }

    void randomise_private(DataItem& d) {
        Answers a;
        a.excluded = rng_.below(2);
        a.client_objects = rng_.tri();
        a.q7 = Q7Answer{SecrecyRegime(rng_.below(3)), bool(rng_.below(2)), rng_.tri(), rng_.tri(), rng_.tri()};
        a.q8 = Q8Answer{SpecialLaw(rng_.below(3)), rng_.tri()};
        a.provider = ProviderResponse(rng_.below(5));
        if (rng_.below(2)) a.q10.conference = ConferenceFacts{rng_.tri(), rng_.tri()};
        a.q10.reuse_consent = rng_.tri();
        if (rng_.below(2)) a.bsn = BsnFacts{rng_.tri(), rng_.tri()};
        a.necessity = NecessityAssessment(rng_.below(3));
        apply(d, a);
        d.category = Category(rng_.below(7));
    }

    // Context classes past Q2 (docs/invariants.md, pruning P3): route, the item's effective phase and, in the
    // coordination phase, seriousness are the only Q0 fields Q3–Q12 read (§8.6).
    void add_live(int c, Purpose p, const std::optional<ItemPhase>& ph) {
        const CaseContext& ctx = contexts_[c].ctx;
        DataItem probe;
        probe.purpose = p;
        probe.phase = ph;
        const auto eff = effective_phase(ctx, probe);
        std::string key = std::string(to_string(p)) + "|" + (ph ? std::string(to_string(*ph)) : "null") + "|" +
                          std::string(to_string(ctx.route)) + "|" + (eff ? std::string(to_string(*eff)) : "-");
        if (eff == ItemPhase::coordination) key += ctx.serious ? "|serious" : "|not_serious";
        auto [it, inserted] = class_index_.emplace(key, classes_.size());
        if (inserted) classes_.push_back(LiveClass{p, ph, {}});
        classes_[it->second].members.push_back(c);
    }

    void enumerate_class(const LiveClass& cls) {
        ++stats_.live_classes;
        const int rep = cls.members.front();
        for (Agreed ag : {Agreed::not_recorded, Agreed::inside, Agreed::outside})
            for (Subject sub : kSubjects)
                for (SourceType src : kSources)
                    for (int dc = 0; dc < kDomainClasses; ++dc) {
                        const Spine s{rep, cls.purpose, cls.phase, ag, sub, src, DomainClass(dc)};
                        const std::string& dom = domain_variants(s.domain).front();
                        DataItem base = base_item(s, dom);
                        const auto eff = effective_phase(contexts_[rep].ctx, base);
                        const bool scoped = dom != "client" && dom != "municipality";
                        // P4: the agreed scope is read only for investigation-phase items from a scoped domain (D24).
                        if (ag != Agreed::not_recorded && !(eff == ItemPhase::investigation && scoped)) continue;
                        if (opt_.ci && !in_ci_stratum(s)) continue;
                        if (opt_.max_spines && stats_.spines >= opt_.max_spines) return;
                        enumerate_spine(cls, s, dom);
                    }
    }

    void enumerate_spine(const LiveClass& cls, const Spine& s, const std::string& dom) {
        ++stats_.spines;
        const ContextWitness& w = contexts_[s.context];
        const CaseContext ctx = with_agreed(w, s.agreed, dom);
        const DataItem base = base_item(s, dom);
        const WalkStep q1 = q1_purpose(base), q2 = q2_phase(ctx, base);
        const WalkStep q3 = engine_step(3, ctx, base), q6 = engine_step(6, ctx, base);
        const std::uint8_t fixed_rank = std::max(rank_of(q3.effect), rank_of(q6.effect));
        unsigned fixed_flags = 0;
        if (s.subject == Subject::family_member_refused_context) fixed_flags |= kDecidingAmbiguity;
        if (!conference_item(base) && base.purpose != Purpose::professional_request &&
            (s.source == SourceType::party_no_service_relation ||
             (spec_phase(ctx, base) == ItemPhase::coordination && s.source == SourceType::college_special_register)))
            fixed_flags |= kDecidingAmbiguity;
        if (s.agreed == Agreed::outside && spec_phase(ctx, base) == ItemPhase::investigation &&
            base.purpose != Purpose::professional_request && dom != "client" && dom != "municipality")
            fixed_flags |= kOutsideAgreedScope;  // invariant 17 unless the item is also excluded (then 3 applies)
        const int fixed_nd = non_default_fields(base) + w.non_default;

        // Answer lists with the engine's step for each answer.
        std::array<std::vector<Entry>, kLists> lists;
        for (int l = 0; l < kLists; ++l) {
            const int q = kQuestionOfList[l];
            for (const Answers& a : candidate_answers(q, ctx, base)) {
                Entry e;
                e.answers = a;
                DataItem d = base;
                apply(d, a);
                e.step = engine_step(q, ctx, d);
                e.rank = rank_of(e.step.effect);
                if (opt_.mutate_d1 && e.rank == 2) e.rank = 0;
                e.nd = non_default_fields(d) - non_default_fields(base);
                if (q == 12 && a.necessity != NecessityAssessment::stated) e.flags |= kNecessityNotStated;
                if (q == 4 && a.excluded && ctx.route == EntryRoute::client_request) e.flags |= kClientRouteExcluded;
                if (q == 4 && a.excluded && ctx.route == EntryRoute::professional_request) e.flags |= kDecidingAmbiguity;
                if (q == 5 && a.client_objects == true && ctx.serious) e.flags |= kDecidingAmbiguity;
                if (q == 7 && spec_holder_regime(d) != SecrecyRegime::none && d.explicit_consent != true &&
                    d.goed_hulpverlenerschap != true)
                    e.flags |= kSecrecyNoConsent;
                if (q == 8 && d.special_law != SpecialLaw::none && d.special_law_permits != true)
                    e.flags |= kSpecialLawNotPermitting;
                check_step(e.step, s, ctx, d);
                lists[l].push_back(std::move(e));
            }
            // Flip partners within the list (invariant 5): the restrictive answer of each applicable flip.
            for (std::size_t i = 0; i < lists[l].size(); ++i) {
                DataItem d = base;
                apply(d, lists[l][i].answers);
                for (std::size_t f = 0; f < flips().size(); ++f) {
                    const Flip& fl = flips()[f];
                    if (fl.question != q || !fl.applies(d)) continue;
                    DataItem r = d;
                    fl.restrict(r);
                    const std::string key = part_key(q, r);
                    for (std::size_t j = 0; j < lists[l].size(); ++j) {
                        DataItem dj = base;
                        apply(dj, lists[l][j].answers);
                        if (part_key(q, dj) == key) { lists[l][i].partners.push_back({int(f), int(j)}); break; }
                    }
                }
            }
        }
        // Q1/Q2 passed for this spine: the cached steps compose the walk (checked by the sample below).
        if (q1.effect == Effect::stop || q2.effect == Effect::stop) {
            reporter(s.context, s.agreed, base)("8_pruning_context_class", "a class member's spine stops at a gate");
            return;
        }
        product(cls, s, lists, fixed_rank, fixed_flags, fixed_nd, dom);

        // Random full walks of this spine: pruned fields randomised, a random member context, a random domain variant.
        for (std::uint64_t k = 0; k < opt_.sample_per_spine; ++k) sample(cls, s, lists, q1, q2, q3, q6);
    }

    // Step-level checks (6c, 6d, 6e, 7): each cached answer's own step.
    void check_step(const WalkStep& st, const Spine& s, const CaseContext&, const DataItem& d) {
        ++viol_.checked["6c_decisive_rule_on_every_blocking_or_asking_step"];
        if ((st.effect == Effect::block || st.effect == Effect::ask || st.effect == Effect::stop) && st.rules.empty())
            reporter(s.context, s.agreed, d)("6c_decisive_rule_on_every_blocking_or_asking_step", st.question + " without rules");
        check_metadata(st, reporter(s.context, s.agreed, d), viol_.checked);
        ++viol_.checked["6e_condition_codes_only_on_condition_steps"];
        if ((st.effect == Effect::condition) != !st.conditions.empty())
            reporter(s.context, s.agreed, d)("6e_condition_codes_only_on_condition_steps",
                                             st.question + " effect " + std::string(to_string(st.effect)));
    }

    // The product of the answer lists. Every combination is visited: its verdict is the D1 combination (§8.4) of the
    // cached steps' effects (most restrictive wins), folded into the digest, and every invariant is evaluated on it.
    // Monotonicity (5) for a flip i → j in list k at a combination with the other lists' maximum M: the verdict goes
    // from max(M, r_i) to max(M, r_j), which can only become more permissive when r_j < r_i. Such "risky" pairs are
    // evaluated at every combination; the others are counted as compared, because max(M, r_j) >= max(M, r_i) for all M.
    void product(const LiveClass& cls, const Spine& s, const std::array<std::vector<Entry>, kLists>& L,
                 std::uint8_t fixed_rank, unsigned fixed_flags, int fixed_nd, const std::string& dom) {
        std::array<std::size_t, kLists> sel{};
        std::uint64_t n = 1;
        for (const auto& l : L) n *= l.size();
        const std::uint64_t first = stats_.combinations;
        stats_.combinations += n;
        stats_.represented += n * cls.members.size();
        std::uint64_t digest = stats_.digest, pairs_total = 0;
        std::uint64_t premise[6] = {0, 0, 0, 0, 0, 0};
        static const Verdict kByRank[4] = {Verdict::allowed, Verdict::allowed_under_conditions, Verdict::undetermined,
                                           Verdict::not_allowed};
        // Per entry: how many flip pairs start here, and which of them are risky (r_j < r_i).
        std::array<std::vector<std::uint32_t>, kLists> npairs;
        std::array<std::vector<std::uint8_t>, kLists> risky;
        for (int l = 0; l < kLists; ++l)
            for (const Entry& e : L[l]) {
                npairs[l].push_back(std::uint32_t(e.partners.size()));
                bool r = false;
                for (const auto& [f, j] : e.partners) r |= L[l][j].rank < e.rank;
                risky[l].push_back(r);
            }
        std::uint8_t pre[kLists + 1];
        unsigned fl[kLists + 1];
        std::uint64_t pc[kLists + 1];
        bool rk[kLists + 1];
        pre[0] = fixed_rank, fl[0] = fixed_flags, pc[0] = 0, rk[0] = false;
        int from = 0;
        for (std::uint64_t i = 0; i < n; ++i) {
            for (int l = from; l < kLists; ++l) {  // prefixes from the first list that changed
                const Entry& e = L[l][sel[l]];
                pre[l + 1] = std::max(pre[l], e.rank);
                fl[l + 1] = fl[l] | e.flags;
                pc[l + 1] = pc[l] + npairs[l][sel[l]];
                rk[l + 1] = rk[l] || risky[l][sel[l]];
            }
            const std::uint8_t v = pre[kLists];  // §8.4 D1: the most restrictive effect decides
            const unsigned flags = fl[kLists];
            digest = (digest ^ v) * 1099511628211ULL;
            pairs_total += pc[kLists];
            premise[0] += (flags & kNecessityNotStated) != 0;
            premise[1] += (flags & kClientRouteExcluded) != 0;
            premise[2] += (flags & kSecrecyNoConsent) != 0;
            premise[3] += (flags & kSpecialLawNotPermitting) != 0;
            premise[4] += (flags & kDecidingAmbiguity) != 0;
            premise[5] += (flags & kOutsideAgreedScope) != 0;
            const bool bad = ((flags & (kNecessityNotStated | kSecrecyNoConsent | kSpecialLawNotPermitting |
                                        kOutsideAgreedScope | kDecidingAmbiguity)) && v <= 1) ||
                             ((flags & kClientRouteExcluded) && v != 3);
            if (bad || rk[kLists]) check_combination(s, L, sel, dom, v, flags, fixed_rank, fixed_nd, kByRank);
            if (opt_.direct_every && (first + i) % opt_.direct_every == 0) direct(s, L, sel, dom, kByRank[v]);
            int l = kLists - 1;  // next combination (odometer)
            while (l >= 0 && ++sel[l] == L[l].size()) sel[l--] = 0;
            from = l < 0 ? 0 : l;
        }
        stats_.digest = digest;
        stats_.flip_pairs += pairs_total;
        for (int l = 0; l < kLists; ++l) {  // per flip: every combination holding its permissive answer
            std::uint64_t others = n / L[l].size();
            for (const Entry& e : L[l])
                for (const auto& [f, j] : e.partners) flip_count_[f] += others;
        }
        viol_.checked["2_necessity_missing_or_excessive_never_allows"] += premise[0];
        viol_.checked["3_client_route_excluded_domain_never_allowed"] += premise[1];
        viol_.checked["4a_secrecy_without_consent_or_ghs_never_allows"] += premise[2];
        viol_.checked["4b_wpg_wjsg_not_permitting_never_allows"] += premise[3];
        viol_.checked["7_deciding_ambiguity_gives_undetermined_and_is_reported"] += premise[4];
        viol_.checked["17_outside_agreed_scope_never_allows_D24"] += premise[5];
        viol_.checked["6a_totality_one_verdict_per_combination"] += n;
    }

    // The slow path of one combination: which invariant broke, and its smallest witness.
    void check_combination(const Spine& s, const std::array<std::vector<Entry>, kLists>& L,
                           const std::array<std::size_t, kLists>& sel, const std::string& dom, std::uint8_t v,
                           unsigned flags, std::uint8_t fixed_rank, int fixed_nd, const Verdict* kByRank) {
        auto fail = [&](const std::string& inv, const std::string& detail) {
            int score = fixed_nd;
            for (int l = 0; l < kLists; ++l) score += L[l][sel[l]].nd;
            viol_.add(inv, detail, [&] { return candidate(s, L, sel, dom); }, score);
        };
        const std::string vs(to_string(kByRank[v]));
        if ((flags & kNecessityNotStated) && v <= 1) fail("2_necessity_missing_or_excessive_never_allows", vs);
        if ((flags & kClientRouteExcluded) && v != 3) fail("3_client_route_excluded_domain_never_allowed", vs);
        if ((flags & kSecrecyNoConsent) && v <= 1) fail("4a_secrecy_without_consent_or_ghs_never_allows", vs);
        if ((flags & kSpecialLawNotPermitting) && v <= 1) fail("4b_wpg_wjsg_not_permitting_never_allows", vs);
        if ((flags & kOutsideAgreedScope) && v <= 1) fail("17_outside_agreed_scope_never_allows_D24", vs);
        if ((flags & kDecidingAmbiguity) && v <= 1) fail("7_deciding_ambiguity_gives_undetermined_and_is_reported", vs);
        for (int k = 0; k < kLists; ++k)
            for (const auto& [f, j] : L[k][sel[k]].partners) {
                std::uint8_t w = std::max(fixed_rank, L[k][j].rank);
                for (int l = 0; l < kLists; ++l)
                    if (l != k) w = std::max(w, L[l][sel[l]].rank);
                if (w < v)
                    fail(std::string("5_monotone_") + flips()[f].name,
                         vs + " became more permissive: " + std::string(to_string(kByRank[w])));
            }
    }

    Candidate candidate(const Spine& s, const std::array<std::vector<Entry>, kLists>& L,
                        const std::array<std::size_t, kLists>& sel, const std::string& dom) {
        DataItem d = base_item(s, dom);
        Answers a;
        for (int l = 0; l < kLists; ++l) {
            const Answers& e = L[l][sel[l]].answers;
            switch (kQuestionOfList[l]) {
            case 4: a.excluded = e.excluded; break;
            case 5: a.client_objects = e.client_objects; break;
            case 7: a.q7 = e.q7; break;
            case 8: a.q8 = e.q8; break;
            case 9: a.provider = e.provider; break;
            case 10: a.q10 = e.q10; break;
            case 11: a.bsn = e.bsn; break;
            case 12: a.necessity = e.necessity; break;
            }
        }
        apply(d, a);
        return Candidate{s.context, s.agreed, d, 0};
    }

    // Direct path: the combination through the engine's walk_item, every invariant including re-walked flips.
    void direct(const Spine& s, const std::array<std::vector<Entry>, kLists>& L, const std::array<std::size_t, kLists>& sel,
                const std::string& dom, Verdict composed) {
        ++stats_.direct;
        const Candidate c = candidate(s, L, sel, dom);
        const CaseContext ctx = with_agreed(contexts_[s.context], s.agreed, dom);
        const ItemAssessment ia = assess_item(ctx, c.item);
        check_item(ctx, c.item, ia, true, reporter(s.context, s.agreed, c.item), viol_.checked);
        ++viol_.checked["9_cached_composition_equals_walk_item"];
        if (ia.verdict != composed)
            reporter(s.context, s.agreed, c.item)("9_cached_composition_equals_walk_item",
                                                  std::string(to_string(composed)) + " vs walk " + std::string(to_string(ia.verdict)));
    }

    // Sample: the whole walk of a random combination of this spine, with every pruned field randomised, equals the
    // composition of the cached steps (pruning P1–P6 and the composition are sound on this draw).
    void sample(const LiveClass& cls, const Spine& s, const std::array<std::vector<Entry>, kLists>& L,
                const WalkStep& q1, const WalkStep& q2, const WalkStep& q3, const WalkStep& q6) {
        ++stats_.sampled;
        std::array<std::size_t, kLists> sel{};
        const bool permissive = stats_.sampled % 2 == 0;  // every other draw: only permissive answers where any exist
        for (int l = 0; l < kLists; ++l) {
            std::vector<std::size_t> ok;
            for (std::size_t j = 0; j < L[l].size(); ++j)
                if (!permissive || L[l][j].rank <= 1) ok.push_back(j);
            sel[l] = ok.empty() ? rng_.below(L[l].size()) : rng_.pick(ok);
        }
        const int member = cls.members[rng_.below(cls.members.size())];
        const std::string dom = rng_.pick(domain_variants(s.domain));
        Spine sm = s;
        sm.context = member;
        Candidate c = candidate(sm, L, sel, dom);
        DataItem& d = c.item;
        // Randomise what the pruning says is not read.
        DataItem r = d;
        randomise_private(r);
        if (!q5_relevant(contexts_[member].ctx, d)) d.client_objects = r.client_objects;
        if (!q9_relevant(d)) d.provider_response = r.provider_response, d.provider_conditions = r.provider_conditions;
        if (d.purpose != Purpose::case_conference) d.conference = r.conference;
        if (d.purpose != Purpose::reuse_from_case_conference) d.provider_consents_to_reuse = r.provider_consents_to_reuse;
        if (!rebuttal_relevant(d)) d.secrecy_regime_rebutted_because = r.secrecy_regime_rebutted_because;
        const SecrecyRegime eff = spec_holder_regime(d);
        if (eff == SecrecyRegime::none) d.explicit_consent = r.explicit_consent, d.goed_hulpverlenerschap = r.goed_hulpverlenerschap;
        if (eff != SecrecyRegime::youth_care) d.skj_registered = r.skj_registered;
        if (d.special_law == SpecialLaw::none) d.special_law_permits = r.special_law_permits;
        d.category = r.category;
        d.item_id = "sample-" + std::to_string(rng_.below(1000));
        d.what = "x" + std::to_string(rng_.below(1000));
        Agreed ag = s.agreed;
        const auto eff_phase = effective_phase(contexts_[member].ctx, d);
        if (!(eff_phase == ItemPhase::investigation && dom != "client" && dom != "municipality")) ag = Agreed(rng_.below(3));
        c.agreed = ag;
        const CaseContext ctx = with_agreed(contexts_[member], ag, dom);

        std::vector<WalkStep> walk;
        try {
            walk = walk_item(ctx, d);
        } catch (const std::exception& e) {
            reporter(member, ag, d)("6a_totality_no_exception", e.what());
            return;
        }
        std::vector<WalkStep> composed{q1, q2, q3};
        composed.push_back(L[0][sel[0]].step);
        composed.push_back(L[1][sel[1]].step);
        composed.push_back(q6);
        for (int l = 2; l < kLists; ++l) composed.push_back(L[l][sel[l]].step);
        composed.push_back(q13_record());
        ++viol_.checked["8_pruning_and_composition_equal_the_full_walk"];
        bool same = walk.size() == composed.size();
        std::string where;
        for (std::size_t i = 0; same && i < walk.size(); ++i)
            if (!same_step(walk[i], composed[i])) { same = false; where = walk[i].question; }
        if (!same)
            reporter(member, ag, d)("8_pruning_and_composition_equal_the_full_walk",
                                    "full walk differs from the cached steps at " + (where.empty() ? "length" : where));
        const ItemVerdict vw = combine_steps(walk), vc = combine_steps(composed);
        std::uint8_t rmax = 0;
        for (int l = 0; l < kLists; ++l) rmax = std::max(rmax, L[l][sel[l]].rank);
        rmax = std::max({rmax, rank_of(q3.effect), rank_of(q6.effect)});
        static const Verdict kByRank[4] = {Verdict::allowed, Verdict::allowed_under_conditions, Verdict::undetermined,
                                           Verdict::not_allowed};
        ++viol_.checked["9_D1_oracle_equals_combine_steps"];
        if (vc.verdict != kByRank[rmax] || vw.verdict != vc.verdict)
            reporter(member, ag, d)("9_D1_oracle_equals_combine_steps", std::string(to_string(kByRank[rmax])) + " / " +
                                    std::string(to_string(vc.verdict)) + " / " + std::string(to_string(vw.verdict)));
        // The same item through assess() on its case file (Q0 re-derived from facts).
        Facts f = contexts_[member].facts;
        if (ag != Agreed::not_recorded) {
            f.scope.client_agreed_domains = agreed_list(ag, dom);
            f.scope.has_client_agreed_domains_key = true;
        }
        f.data_items = {d};
        const Assessment full = assess(f);
        ++viol_.checked["10_assess_of_the_case_file_equals_assess_item"];
        const ItemAssessment ia = assess_item(ctx, d);
        if (full.data_items.size() != 1 || full.data_items[0].verdict != ia.verdict || full.data_items[0].rules != ia.rules)
            reporter(member, ag, d)("10_assess_of_the_case_file_equals_assess_item", "assess() and assess_item() differ");
        check_item(ctx, d, ia, true, reporter(member, ag, d), viol_.checked);
        check_explanation(ctx, f, full, 0, reporter(member, ag, d), viol_.checked);
    }

    int report(double secs) {
        for (std::size_t f = 0; f < flips().size(); ++f)
            viol_.checked[std::string("5_monotone_") + flips()[f].name] += flip_count_[f];
        std::printf("wams-prove-walk: %s run\n", opt_.ci ? "CI-stratum" : "full");
        std::printf("  realised Q0 contexts            %llu\n", (unsigned long long)stats_.contexts);
        std::printf("  gate combinations (Q1/Q2 stop)  %llu\n", (unsigned long long)stats_.gate_combinations);
        std::printf("  live context classes            %llu\n", (unsigned long long)stats_.live_classes);
        std::printf("  spines                          %llu\n", (unsigned long long)stats_.spines);
        std::printf("  combinations checked            %llu (+ %llu gate) = %llu\n", (unsigned long long)stats_.combinations,
                    (unsigned long long)stats_.gate_combinations,
                    (unsigned long long)(stats_.combinations + stats_.gate_combinations));
        std::printf("  combinations x member contexts  %llu\n", (unsigned long long)(stats_.represented + stats_.gate_combinations));
        std::printf("  monotonicity pairs compared     %llu\n", (unsigned long long)stats_.flip_pairs);
        std::printf("  full walks sampled              %llu\n", (unsigned long long)stats_.sampled);
        std::printf("  combinations walked directly    %llu\n", (unsigned long long)stats_.direct);
        std::printf("  verdict digest                  %016llx\n", (unsigned long long)stats_.digest);
        std::printf("  time                            %.2f s\n", secs);
        std::printf("invariants (checked on / violations):\n");
        std::map<std::string, bool> names;
        for (const auto& [k, n] : viol_.checked) names[k] = true;
        for (const auto& [k, n] : viol_.count) names[k] = true;
        for (const auto& [k, b] : names)
            std::printf("  %-62s %12llu  %s\n", k.c_str(), (unsigned long long)viol_.checked[k],
                        viol_.count.count(k) ? ("FAIL x" + std::to_string(viol_.count[k])).c_str() : "ok");
        for (const auto& [k, text] : observations()) std::printf("observation %s: %s\n", k.c_str(), text.c_str());
        for (const auto& [inv, cand] : viol_.smallest) {
            const auto& [c, detail] = cand;
            const std::string id = "INV-" + inv.substr(0, std::min<std::size_t>(inv.size(), 40));
            const nlohmann::json j = case_file(id, "invariant " + inv + ": " + detail, contexts_[c.context], c.agreed, c.item);
            std::printf("\nFAIL %s — %s\n  context: %s\n  smallest combination (%d non-default fields), replay with "
                        "`wams-cli assess FILE`:\n%s\n",
                        inv.c_str(), detail.c_str(), contexts_[c.context].label.c_str(), c.score, j.dump(1).c_str());
            if (!opt_.emit_dir.empty()) {
                std::ofstream(opt_.emit_dir + "/" + id + ".json") << j.dump(2) << "\n";
            }
        }
        return viol_.count.empty() ? 0 : 1;
    }
};

// [SECTION] Replay ------------------------------------------------------------------------------------------------

int replay(const Options& opt) {
    std::vector<std::string> files;
    for (const auto& p : opt.replay) {
        if (std::filesystem::is_directory(p)) {
            for (const auto& e : std::filesystem::directory_iterator(p))
                if (e.path().extension() == ".json") files.push_back(e.path().string());
        } else {
            files.push_back(p);
        }
    }
    std::sort(files.begin(), files.end());
    int failures = 0;
    std::map<std::string, std::uint64_t> checked;
    for (const auto& file : files) {
        std::ifstream in(file);
        nlohmann::json j;
        try {
            j = nlohmann::json::parse(in);
        } catch (const std::exception& e) {
            std::printf("%s: unreadable: %s\n", file.c_str(), e.what());
            ++failures;
            continue;
        }
        std::vector<nlohmann::json> cases;  // a case file {"id","facts"} or a cases file {"cases":[…]}
        if (j.contains("cases")) for (const auto& c : j.at("cases")) cases.push_back(c);
        else cases.push_back(j);
        for (const auto& cj : cases) {
            const Facts f = facts_from_json(cj.at("facts")).value();
            const CaseContext ctx = derive_context(f);
            const Assessment a = assess(f);
            for (std::size_t i = 0; i < f.data_items.size(); ++i) {
                std::vector<std::string> broken;
                auto rep = [&](const std::string& inv, const std::string& detail) { broken.push_back(inv + ": " + detail); };
                check_item(ctx, f.data_items[i], a.data_items[i], true, rep, checked);
                check_explanation(ctx, f, a, i, rep, checked);
                const std::string id = cj.value("id", file);
                std::printf("%s item %s: %s%s\n", id.c_str(), f.data_items[i].item_id.c_str(),
                            std::string(to_string(a.data_items[i].verdict)).c_str(), broken.empty() ? " — invariants hold" : "");
                for (const auto& b : broken) std::printf("  FAIL %s\n", b.c_str());
                failures += !broken.empty();
            }
        }
    }
    std::printf("%zu case files replayed, %d items breaking an invariant\n", files.size(), failures);
    return failures ? 1 : 0;
}

} // namespace
} // namespace wams::prove

// [SECTION] main --------------------------------------------------------------------------------------------------

int main(int argc, char** argv) {
    using namespace wams::prove;
    Options opt;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&](const char* name) -> std::string {
            if (i + 1 >= argc) { std::fprintf(stderr, "%s needs a value\n", name); std::exit(2); }
            return argv[++i];
        };
        if (a == "--ci") opt.ci = true;
        else if (a == "--full") opt.ci = false;
        else if (a == "--direct-every") opt.direct_every = std::stoull(value("--direct-every"));
        else if (a == "--max-spines") opt.max_spines = std::stoull(value("--max-spines"));
        else if (a == "--mutate-D1") opt.mutate_d1 = true;
        else if (a == "--sample") opt.sample_per_spine = std::stoull(value("--sample"));
        else if (a == "--seed") opt.seed = std::stoull(value("--seed"));
        else if (a == "--emit") opt.emit_dir = value("--emit");
        else if (a == "--replay") opt.replay.push_back(value("--replay"));
        else if (a == "--help" || a == "-h") {
            std::printf("usage: wams-prove-walk [--ci|--full] [--direct-every K] [--sample N] [--max-spines N] [--seed S] [--emit DIR] [--mutate-D1]\n"
                        "       wams-prove-walk --replay FILE|DIR ...\n"
                        "Enumerates every answer of one data item in every Q0 context the process walk produces and\n"
                        "checks the necessity-walk invariants (docs/invariants.md). Exit 0: all hold; 1: a violation\n"
                        "(the smallest combination is printed as a case file); 2: wrong usage.\n");
            return 0;
        } else {
            std::fprintf(stderr, "unknown argument %s (see --help)\n", a.c_str());
            return 2;
        }
    }
    try {
        if (!opt.replay.empty()) return replay(opt);
        return Prover(opt).run();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "wams-prove-walk: exception: %s\n", e.what());
        return 1;
    }
}
