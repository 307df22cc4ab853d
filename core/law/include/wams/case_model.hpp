// case_model.hpp — the typed model of a case's FACTS (RULEBOOK §0.3), as the law reads it (core/law: no JSON).
// Its exact JSON round trip is io's: wams/case.hpp (facts_from_json, to_json).
//
// Index
//   [SECTION] Enumerations     one enum per closed value set of §0.3 (generated from the vocabulary), to_string
//   [SECTION] Entry            Requester, Criteria, Entry (§3, R14–R27)
//   [SECTION] Scope & family   Scope (R30), FamilyMember (R31)
//   [SECTION] Outcome          Need, InvestigationOutcome (R34–R39)
//   [SECTION] Coordination     SelfCoordinationOffer, Coordination (R40–R47)
//   [SECTION] Case conference  Invitee, CaseConference (R48–R55)
//   [SECTION] Data item        DataItem and its parts (§8 walk inputs, Q1–Q12)
//   [SECTION] Facts            Facts
#pragma once
#include "wams/vocabulary_enums.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wams {

// [SECTION] Enumerations ------------------------------------------------------------------------------------------

// The enums (EntryRoute, Loket, …, NecessityAssessment) are generated from assets/vocabulary.json into
// wams/vocabulary_enums.hpp (docs/vocabulary.md); to_string gives each value's §0.3 spelling.

std::string_view to_string(EntryRoute v);            // the §0.3 JSON spelling
std::string_view to_string(Loket v);                 // the §0.3 JSON spelling ("n/a" for not_applicable)
std::string_view to_string(ClientStatus v);          // the §0.3 JSON spelling ("new" for new_client)
std::string_view to_string(SignalledBy v);           // the §0.3 JSON spelling
std::string_view to_string(RequesterKind v);         // the §0.3 JSON spelling
std::string_view to_string(OrganisationDomain v);    // the §0.3 JSON spelling
std::string_view to_string(CriteriaReading v);       // "§2.3" | "§3.1.1"
std::string_view to_string(MunicipalityDecision v);  // the §0.3 JSON spelling
std::string_view to_string(Complexity v);            // the §0.3 JSON spelling
std::string_view to_string(SelfCoordinator v);       // the §0.3 JSON spelling
std::string_view to_string(CoordinationForm v);      // the §0.3 JSON spelling
std::string_view to_string(CoordinatorReport v);     // the §0.3 JSON spelling
std::string_view to_string(CasePhase v);             // the §0.3 JSON spelling
std::string_view to_string(Purpose v);               // the §0.3 JSON spelling
std::string_view to_string(ItemPhase v);             // the §0.3 JSON spelling
std::string_view to_string(SourceType v);            // the §0.3 JSON spelling
std::string_view to_string(Subject v);               // the §0.3 JSON spelling
std::string_view to_string(Category v);              // the §0.3 JSON spelling
std::string_view to_string(SecrecyRegime v);         // the §0.3 JSON spelling
std::string_view to_string(SpecialLaw v);            // the §0.3 JSON spelling
std::string_view to_string(ProviderResponse v);      // the §0.3 JSON spelling ("n/a" for not_applicable)
std::string_view to_string(NecessityAssessment v);   // the §0.3 JSON spelling

// The draft article an entry route comes in under (§0.3 entry.article, R14/R20): "2.3a.1" for the client's request,
// "2.3a.4" for a professional's; "" for no Wams entry or a code that is no route.
std::string_view article_of_route(std::string_view route_code);

// [SECTION] Entry -------------------------------------------------------------------------------------------------

struct Requester {                       // entry.requester (R20, R21)
    RequesterKind kind = RequesterKind::professional;
    std::string role;
    OrganisationDomain organisation_domain = OrganisationDomain::none;
    std::string domain_name;
    bool involved_with_person = false;
    bool request_motivated = false;
};

struct Criteria {                        // entry.criteria (R22): shared answers plus optional reading-specific ones
    std::optional<bool> a_person, b_environment, c_coordination_may_help;
    std::optional<bool> a_person_s23, b_environment_s23, a_person_s311, b_environment_s311;
    // Whether each reading-specific key was present in the JSON (absent and null both mean "use the shared answer").
    bool has_a_person_s23 = false, has_b_environment_s23 = false, has_a_person_s311 = false,
         has_b_environment_s311 = false;
};

struct Entry {                           // entry (§3)
    EntryRoute route = EntryRoute::none;
    std::optional<std::string> article;
    Loket loket = Loket::not_applicable;
    ClientStatus client_status = ClientStatus::unknown;
    std::vector<std::string> initial_request_under;
    SignalledBy multiple_problems_indicated_by = SignalledBy::none;
    std::optional<bool> multiple_problems_plausible;
    std::optional<bool> client_declines_investigation;
    std::optional<Requester> requester;
    std::optional<Criteria> criteria;
    std::optional<CriteriaReading> municipality_criteria_reading;
    std::optional<MunicipalityDecision> municipality_decision;
};

// [SECTION] Scope & family ----------------------------------------------------------------------------------------

struct Scope {                           // scope (R30, D24)
    std::vector<std::string> client_excluded_domains;
    std::optional<std::vector<std::string>> client_agreed_domains;  // nullopt = not recorded
    bool has_client_agreed_domains_key = true;                      // key present (null or list) in the JSON
    bool college_explained_consequences = false;
};

struct FamilyMember {                    // family_members[] (R31)
    std::string id, relation;
    bool possibly_involved = false;
    std::optional<bool> client_agrees_to_include, member_consents;
};

// [SECTION] Outcome -----------------------------------------------------------------------------------------------

struct Need {                            // investigation_outcome.needs[] (R3, D19)
    std::string label;
    std::optional<std::string> legal_basis;  // one of the four social-domain laws, or null
    std::string domain;                      // "social:<law>" or an adjacent-domain name (§1.4)
    std::string reported_as;                 // the intake label; never used to classify (D19)
};

struct InvestigationOutcome {            // investigation_outcome (R34, R35)
    bool connected_problems = false;
    bool coordinated_approach_can_help = false;
    std::vector<Need> needs;
    std::optional<Complexity> complexity;
};

// [SECTION] Coordination ------------------------------------------------------------------------------------------

struct SelfCoordinationOffer {           // coordination.self_coordination_offers[] (R41)
    SelfCoordinator by = SelfCoordinator::client;
    bool plausibly_naar_behoren = false;
};

struct Coordination {                    // coordination (R38, R40–R47)
    std::vector<SelfCoordinationOffer> self_coordination_offers;
    std::optional<bool> municipality_chooses_to_coordinate;
    std::optional<CoordinationForm> form_chosen;
    std::optional<CoordinatorReport> coordinator_reports;
};

// [SECTION] Case conference ---------------------------------------------------------------------------------------

struct Invitee {                         // case_conference.invitees[] (R50)
    std::string party;
    std::optional<std::string> domain;
    std::optional<bool> participation_necessary;
};

struct CaseConference {                  // case_conference (R48–R51)
    CasePhase phase = CasePhase::investigation;
    std::string proposed_organiser;      // college | coordinator | self_coordinator | any other party
    std::vector<Invitee> invitees;
    std::optional<bool> zwaarwegende_belangen_against_client_presence;
};

// [SECTION] Data item ---------------------------------------------------------------------------------------------

struct Source {                          // data_items[].source (Q6)
    SourceType type = SourceType::client_self;
    std::string party;
    std::string domain;                  // "social:<law>" | "adjacent:<domain>" | "municipality" | "client"
};

struct ConferenceFacts {                 // data_items[].conference (Q10)
    std::optional<bool> recipient_participation_necessary, zwaarwegende_belangen;
};

struct BsnFacts {                        // data_items[].bsn (Q11)
    std::optional<bool> user_authorised_for_bsn, identification_necessary;
};

struct Necessity {                       // data_items[].necessity (Q12)
    NecessityAssessment assessment = NecessityAssessment::missing;
    std::optional<std::string> justification;
};

struct DataItem {                        // one requested processing or sharing act (§8.3)
    std::string item_id, what;
    Purpose purpose = Purpose::investigation;
    std::optional<ItemPhase> phase;
    Source source;
    std::string recipient;
    Subject subject = Subject::client;
    std::optional<std::string> subject_ref;
    Category category = Category::general;
    bool in_client_excluded_domain = false;
    std::optional<bool> client_objects;
    SecrecyRegime secrecy_regime = SecrecyRegime::none;
    std::optional<std::string> secrecy_regime_rebutted_because;
    bool has_rebuttal_key = true;        // key present (null or text) in the JSON
    std::optional<bool> skj_registered, explicit_consent, goed_hulpverlenerschap;
    SpecialLaw special_law = SpecialLaw::none;
    std::optional<bool> special_law_permits;
    ProviderResponse provider_response = ProviderResponse::not_applicable;
    std::optional<std::string> provider_conditions;
    std::optional<ConferenceFacts> conference;
    std::optional<bool> provider_consents_to_reuse;
    std::optional<BsnFacts> bsn;
    Necessity necessity;
};

// [SECTION] Facts -------------------------------------------------------------------------------------------------

struct Facts {                           // FACTS of §0.3
    Entry entry;
    bool serious_problems = false;       // D17: a user judgement
    bool client_involvement_possible = true;
    Scope scope;
    std::vector<FamilyMember> family_members;
    std::optional<InvestigationOutcome> investigation_outcome;
    std::optional<Coordination> coordination;
    std::optional<CaseConference> case_conference;
    std::vector<DataItem> data_items;
};

} // namespace wams
