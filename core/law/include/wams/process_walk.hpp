// process_walk.hpp — the case-level walk of RULEBOOK §9: entry (§3), investigation (§4), coordination (§5) and the
// case conference (§6). Each chapter's rules live in their own source file; run_process_walk strings them together.
//
// Index
//   [SECTION] Results          Outcome, InvestigationResult, … , ProcessWalk
//   [SECTION] §2 scope         classify_need, domain_name_of, needs_reclassified (R3, D19)
//   [SECTION] §3 entry         requester_eligible, criteria_met_under, decide_investigation, … (R14–R27)
//   [SECTION] §4 investigation client_role, scope_limits, family_member_inclusion (R28–R36)
//   [SECTION] §5 coordination  count_involved_domains, decide_coordination, … (R37–R47)
//   [SECTION] §6 conference    decide_case_conference (R48–R51)
//   [SECTION] Whole walk       run_process_walk
#pragma once
#include "wams/case_model.hpp"
#include "wams/ids.hpp"

#include <optional>
#include <string>
#include <vector>

namespace wams {

// [SECTION] Results -----------------------------------------------------------------------------------------------

// The values are the typed outcome sets of the vocabulary (InvestigationValue, CoordinationValue, …; generated into
// wams/vocabulary_enums.hpp); their §0.3 spelling, to_code(v), is for the I/O edge and label look-ups only.
template <class V>
struct Outcome {                         // {value, rules} of §0.3 EXPECTED
    V value{};
    Ids rules;
};

using CodedOutcome = Outcome<std::string>;  // an outcome as its §0.3 code, for readers that treat all outcomes alike

template <class V>
CodedOutcome coded(V value, const Ids& rules) { return {std::string(to_code(value)), rules}; }
template <class V>
CodedOutcome coded(const Outcome<V>& o) { return coded(o.value, o.rules); }

struct InvestigationResult {             // EXPECTED.investigation
    InvestigationValue value = InvestigationValue::undetermined;
    bool started = false;
    bool still_open = false;             // undetermined, or at_discretion with no decision yet (§9.2, draft 3.1)
    bool client_may_still_decline = false;  // client route, started, the client's «tenzij» not answered (D27, R16)
    Ids rules;
    std::optional<InvestigationValue> under_s2_3, under_s3_1_1;  // alternative_readings, whenever the A1 readings differ
    Ids gate_rules;                      // cited when an investigation-phase item meets "no investigation" (Q2)
    Ids ambiguities, design_choices, advisories;
};

struct ScopeLimits {                     // EXPECTED.scope_limits (R30)
    std::vector<std::string> excluded_domains;
    Ids rules;
    std::optional<std::vector<std::string>> agreed_domains;
};

struct FamilyMemberResult {              // EXPECTED.family_members[] (R31)
    std::string id;
    InclusionValue included_as_client = InclusionValue::pending;
    Ids rules;
};

struct AdjacentPart {                    // EXPECTED.coordination.adjacent_part (R37)
    CoordinationValue value = CoordinationValue::permitted;  // always permitted (R37)
    std::vector<std::string> domains;
    Ids rules;
};

struct CoordinationResult : Outcome<CoordinationValue> {  // EXPECTED.coordination
    std::optional<AdjacentPart> adjacent_part;
    bool active = false;                 // Q0: mandatory, or permitted and chosen by the college
    Ids gate_rules;                      // cited when a coordination-phase item meets "no coordination" (Q2)
};

struct CoordinationEnd : Outcome<CoordinationEndValue> {  // EXPECTED.coordination_end (R44)
    std::optional<CoordinatorReport> reason;  // the coordinator's report (same codes)
};

struct Attendee {                        // EXPECTED.case_conference.attendees[] (R50)
    std::string party;
    bool may_attend = false;
    Ids rules;
};

struct ConferenceResult {                // EXPECTED.case_conference (R48–R51)
    YesNo may_be_organised = YesNo::no;
    std::string organiser;               // the proposed organiser as recorded (an open set: college, coordinator, …)
    Ids rules;
    Outcome<InvitationValue> client_invited;
    std::vector<Attendee> attendees;
    bool valid = false;
    std::optional<CasePhase> phase;
};

struct InvolvedDomains {                 // R37–R39 counting rule: service package after the investigation (D14, D19)
    std::vector<std::string> social_laws;       // distinct social-domain laws
    std::vector<std::string> adjacent_domains;  // distinct adjacent domains, in order of first appearance
};

struct ProcessWalk {                     // everything §9 decides at case level
    InvestigationResult investigation;
    Outcome<ClientRoleValue> client_role;
    Outcome<InvolvementValue> requesting_professional_involved;
    ScopeLimits scope_limits;
    std::vector<FamilyMemberResult> family_members;
    CoordinationResult coordination;
    Outcome<CoordinatorValue> coordinator_appointed;
    Outcome<CoordinationFormValue> coordination_form;
    Outcome<CoordinationFileValue> coordination_file;
    Outcome<CoordinationModeValue> coordination_mode;
    CoordinationEnd coordination_end;
    std::optional<ConferenceResult> case_conference;
    bool domains_reclassified = false;   // R3 applied to a need or a party
    Ids ambiguities, design_choices;     // raised by the process walk itself
};

// [SECTION] §2 scope (R1–R13) -------------------------------------------------------------------------------------

std::optional<std::string> social_law_name(std::string_view text);  // "Wmo 2015" | "Jeugdwet" | "Participatiewet" | "Wgs" for any spelling of the four laws, else nullopt
std::string domain_name_of(std::string_view domain);                // strips "social:"/"adjacent:" and a trailing "(…)"; reclassering → openbare orde en veiligheid (R3)
std::string classify_need(const Need& need);                        // "social:<law>" by legal basis first (R3, D19), else the adjacent domain name
bool needs_reclassified(const Facts& facts);                        // R3: a need's legal basis differs from its intake label, or probation appears

// [SECTION] §3 entry (R14–R27) ------------------------------------------------------------------------------------

bool requester_eligible(const Entry& entry);                                        // R20 (A10: either domain suffices)
std::optional<bool> criteria_met_under(const Criteria& c, CriteriaReading reading); // R22 per reading; nullopt = a needed answer is unknown
InvestigationResult decide_investigation(const Facts& facts);                      // R14–R24, R27 (D4, D18)
Outcome<InvolvementValue> requesting_professional_involvement(const Facts& facts, const InvestigationResult& inv);  // R25

// [SECTION] §4 investigation (R28–R36) ----------------------------------------------------------------------------

Outcome<ClientRoleValue> client_role(const Facts& facts, const InvestigationResult& inv);  // R30 (client route), R26 (professional route)
ScopeLimits scope_limits(const Facts& facts, const InvestigationResult& inv);  // R30 negative and positive scope (+ R26, A11)
FamilyMemberResult family_member_inclusion(const FamilyMember& member, const InvestigationResult& inv);  // R31 (D10, D23)

// [SECTION] §5 coordination (R37–R47) -----------------------------------------------------------------------------

InvolvedDomains count_involved_domains(const InvestigationOutcome& outcome);                        // counting rule for R37–R39
CoordinationResult decide_coordination(const Facts& facts, const InvestigationResult& inv, bool reclassified);  // R34, R35, R37–R39
bool self_coordination_accepted(const Facts& facts);                                                 // R41 (A6, D8)
Outcome<CoordinatorValue> decide_coordinator(const Facts& facts, const CoordinationResult& coordination);  // R38, R40, R41 (D7)
bool self_coordinated(const Outcome<CoordinatorValue>& coordinator);  // R41: no coordinator, an offer accepted
Outcome<CoordinationFormValue> decide_coordination_form(const Facts& facts, const Outcome<CoordinatorValue>& coordinator);  // R40–R42, R46, R47
Outcome<CoordinationFileValue> decide_coordination_file(const Outcome<CoordinationFormValue>& form);  // R42, R43, R46
Outcome<CoordinationModeValue> decide_coordination_mode(const Facts& facts, const Outcome<CoordinatorValue>& coordinator);  // R42, R45
CoordinationEnd decide_coordination_end(const Facts& facts, const Outcome<CoordinatorValue>& coordinator);  // R44

// [SECTION] §6 case conference (R48–R55) --------------------------------------------------------------------------

std::optional<ConferenceResult> decide_case_conference(const Facts& facts, const InvestigationResult& inv,
                                                       const Outcome<CoordinatorValue>& coordinator);  // R48–R51 (D15, A14)

// [SECTION] Whole walk --------------------------------------------------------------------------------------------

ProcessWalk run_process_walk(const Facts& facts);  // §9.1 + §9.2 in order; pure and deterministic

} // namespace wams
