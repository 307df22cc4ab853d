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

struct Outcome {                         // {value, rules} of §0.3 EXPECTED
    std::string value;
    Ids rules;
};

struct InvestigationResult {             // EXPECTED.investigation
    std::string value;                   // yes | at_discretion | no | undetermined | not_applicable
    bool started = false;
    bool still_open = false;             // undetermined, or at_discretion with no decision yet (§9.2, draft 3.1)
    bool client_may_still_decline = false;  // client route, started, the client's «tenzij» not answered (D27, R16)
    Ids rules;
    std::optional<std::string> under_s2_3, under_s3_1_1;  // alternative_readings, whenever the A1 readings differ
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
    std::string included_as_client;      // yes | no | pending | not_applicable
    Ids rules;
};

struct AdjacentPart {                    // EXPECTED.coordination.adjacent_part (R37)
    std::string value;                   // permitted
    std::vector<std::string> domains;
    Ids rules;
};

struct CoordinationResult : Outcome {    // EXPECTED.coordination
    std::optional<AdjacentPart> adjacent_part;
    bool active = false;                 // Q0: mandatory, or permitted and chosen by the college
    Ids gate_rules;                      // cited when a coordination-phase item meets "no coordination" (Q2)
};

struct CoordinationEnd : Outcome {       // EXPECTED.coordination_end (R44)
    std::optional<std::string> reason;
};

struct Attendee {                        // EXPECTED.case_conference.attendees[] (R50)
    std::string party;
    bool may_attend = false;
    Ids rules;
};

struct ConferenceResult {                // EXPECTED.case_conference (R48–R51)
    std::string may_be_organised;        // yes | no
    std::string organiser;
    Ids rules;
    Outcome client_invited;
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
    Outcome client_role, requesting_professional_involved;
    ScopeLimits scope_limits;
    std::vector<FamilyMemberResult> family_members;
    CoordinationResult coordination;
    Outcome coordinator_appointed, coordination_form, coordination_file, coordination_mode;
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
Outcome requesting_professional_involvement(const Facts& facts, const InvestigationResult& inv);  // R25

// [SECTION] §4 investigation (R28–R36) ----------------------------------------------------------------------------

Outcome client_role(const Facts& facts, const InvestigationResult& inv);  // R30 (client route), R26 (professional route)
ScopeLimits scope_limits(const Facts& facts, const InvestigationResult& inv);  // R30 negative and positive scope (+ R26, A11)
FamilyMemberResult family_member_inclusion(const FamilyMember& member, const InvestigationResult& inv);  // R31 (D10, D23)

// [SECTION] §5 coordination (R37–R47) -----------------------------------------------------------------------------

InvolvedDomains count_involved_domains(const InvestigationOutcome& outcome);                        // counting rule for R37–R39
CoordinationResult decide_coordination(const Facts& facts, const InvestigationResult& inv, bool reclassified);  // R34, R35, R37–R39
bool self_coordination_accepted(const Facts& facts);                                                 // R41 (A6, D8)
Outcome decide_coordinator(const Facts& facts, const CoordinationResult& coordination);             // R38, R40, R41 (D7)
Outcome decide_coordination_form(const Facts& facts, const Outcome& coordinator);                   // R40–R42, R46, R47
Outcome decide_coordination_file(const Outcome& form);                                               // R42, R43, R46
Outcome decide_coordination_mode(const Facts& facts, const Outcome& coordinator);                   // R42, R45
CoordinationEnd decide_coordination_end(const Facts& facts, const Outcome& coordinator);            // R44

// [SECTION] §6 case conference (R48–R55) --------------------------------------------------------------------------

std::optional<ConferenceResult> decide_case_conference(const Facts& facts, const InvestigationResult& inv,
                                                       const Outcome& coordinator);  // R48–R51 (D15, A14)

// [SECTION] Whole walk --------------------------------------------------------------------------------------------

ProcessWalk run_process_walk(const Facts& facts);  // §9.1 + §9.2 in order; pure and deterministic

} // namespace wams
