// necessity_walk.hpp — the step-by-step necessity walk of one data item (RULEBOOK §8): Q0 preconditions (§8.2),
// questions Q1–Q13 (§8.3), and the combination of their effects into one verdict (§8.4, D1, D2).
// The UI shows the steps one at a time; the verdict is always derived from these same steps (one code path).
//
// Index
//   [SECTION] Vocabulary   Verdict, Effect
//   [SECTION] Steps        WalkStep
//   [SECTION] Q0           CaseContext, derive_context
//   [SECTION] Q1–Q13       walk_item and the per-question functions
//   [SECTION] Combination  ItemVerdict, combine_steps
#pragma once
#include "wams/case_model.hpp"
#include "wams/ids.hpp"
#include "wams/process_walk.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wams {

// [SECTION] Vocabulary --------------------------------------------------------------------------------------------

enum class Verdict { allowed, allowed_under_conditions, not_allowed, not_this_law, undetermined };  // §0.2

enum class Effect {                      // what one answer does to the item (§8.3 tables)
    stop,       // a gate (Q1, Q2) decides the verdict; the walk ends (then only Q13 is recorded)
    block,      // not_allowed; the walk goes on so that every answer is recorded (§8.4)
    ask,        // undetermined: a fact is missing or the text is ambiguous here
    condition,  // an obligation attaches (condition code, D2)
    continue_,  // licensed or no effect
    skip,       // the question does not apply to this item
    record,     // Q13: the dossier entry (§8.5)
};

std::string_view to_string(Verdict v);  // the §0.2 JSON value
std::string_view to_string(Effect e);   // "stop" | "block" | "ask" | "condition" | "continue" | "skip" | "record"

// [SECTION] Steps -------------------------------------------------------------------------------------------------

struct WalkStep {                        // one question of §8.3 as answered for one item
    std::string question;                // "Q1" … "Q13"
    std::string answer;                  // the answer given, as a stable code (e.g. "investigation", "not_yet_asked")
    Effect effect = Effect::continue_;
    std::optional<Verdict> stop_verdict; // set with Effect::stop
    Verdict verdict_so_far = Verdict::allowed;  // D1 combination of this step and all earlier ones
    Ids rules;                           // rules that produce this step's effect (decisive or licensing)
    Ids conditions;                      // condition codes (§8.4)
    Ids ambiguities;                     // A-ids this answer raises
    Ids advisories;                      // advisory codes this answer raises (§9.3)
    Ids design_choices;                  // D-ids this answer rests on
};

// [SECTION] Q0 ----------------------------------------------------------------------------------------------------

struct CaseContext {                     // §8.2 preconditions, established by the process walk (§9)
    EntryRoute route = EntryRoute::none;
    bool investigation_started = false;
    Ids investigation_gate_rules;        // e.g. {R1, R18} when the client declined
    bool coordination_active = false;
    Ids coordination_gate_rules;         // e.g. {R1, R39}
    bool conference_recorded = false;    // R48: with none, conference and reuse items stop first (C01B)
    bool conference_valid = false;
    std::optional<CasePhase> conference_phase;
    std::vector<Invitee> conference_invitees;  // R50: participation necessity where the item does not record it (E3)
    bool client_may_still_decline = false;     // D27: the client's «tenzij» (R16) is open on investigation items
    bool professional_request_exists = false, requester_recorded = false, requester_eligible = false,
         request_motivated = false;
    bool serious = false;                // D17
    std::optional<std::vector<std::string>> agreed_domains;  // R30 positive scope (D24), when recorded
};

CaseContext derive_context(const Facts& facts);                              // Q0 (§8.2): runs the process walk
CaseContext derive_context(const Facts& facts, const ProcessWalk& process);  // Q0 from an already computed process walk

// [SECTION] Q1–Q13 ------------------------------------------------------------------------------------------------

std::vector<WalkStep> walk_item(const CaseContext& ctx, const DataItem& item);  // Q1…Q13 for one item, in order

std::optional<ItemPhase> effective_phase(const CaseContext& ctx, const DataItem& item);  // the phase the purpose fixes (D26)
SecrecyRegime holder_secrecy_regime(const DataItem& item, bool* presumed = nullptr);     // Q7: declared, or presumed from the holder's domain (D21)

WalkStep q1_purpose(const DataItem& item);                              // R4–R7, R10, R55, R56, R67
WalkStep q2_phase(const CaseContext& ctx, const DataItem& item);        // R1, R48, R20/R21/R67 (+ entry rules)
WalkStep q3_subject(const DataItem& item);                              // R31 (D10)
WalkStep q4_scope(const CaseContext& ctx, const DataItem& item);        // R30, R26 (D5, D24)
WalkStep q5_afstemming(const CaseContext& ctx, const DataItem& item);   // R45 (D9, A21)
WalkStep q6_source(const CaseContext& ctx, const DataItem& item);       // R57, R33, R64, R58, R59, R43, R45, R52 (D12, D16)
WalkStep q7_secrecy(const DataItem& item);                              // R61 (D3, D21, D22, A16, A19)
WalkStep q8_special_law(const DataItem& item);                          // R62
WalkStep q9_provider(const CaseContext& ctx, const DataItem& item);     // R59, R60, R8 (D16)
WalkStep q10_conference(const CaseContext& ctx, const DataItem& item);  // R50, R52–R54 (A14, D27)
WalkStep q11_bsn(const DataItem& item);                                 // R63, R66 (D11)
WalkStep q12_necessity(const DataItem& item);                           // R66 (D13)
WalkStep q13_record();                                                  // R36 (§8.5)

// [SECTION] Combination -------------------------------------------------------------------------------------------

struct ItemVerdict {                     // EXPECTED.data_items[] without the id
    Verdict verdict = Verdict::allowed;
    Ids rules, conditions, ambiguities;
};

ItemVerdict combine_steps(const std::vector<WalkStep>& steps);  // §8.4 / D1: gates, then not_allowed > undetermined > conditions > allowed

} // namespace wams
