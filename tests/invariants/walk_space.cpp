// walk_space.cpp — see walk_space.hpp. The context grid covers every Q0 field the process walk can set (§8.2, §9).
//
// Index
//   [SECTION] Context grid
//   [SECTION] Domains
//   [SECTION] Spine and answers
//   [SECTION] Oracle
//   [SECTION] Case files
#include "walk_space.hpp"

#include "wams/process_walk.hpp"

#include <map>
#include <set>

namespace wams::prove {

// [SECTION] Context grid ------------------------------------------------------------------------------------------

namespace {

std::string join(const Ids& ids) {
    std::string s;
    for (const auto& i : ids) s += i + ",";
    return s;
}

Need need(const std::string& label, std::optional<std::string> law, const std::string& domain) {
    Need n;
    n.label = label;
    n.legal_basis = std::move(law);
    n.domain = domain;
    n.reported_as = label;
    return n;
}

struct Axis {                           // one grid axis: labelled edits of the facts, the first is the simplest
    std::vector<std::pair<std::string, void (*)(Facts&)>> values;
};

} // namespace

std::string context_key(const CaseContext& c) {
    std::string k;
    k += std::string(to_string(c.route)) + "|inv=" + (c.investigation_started ? "1" : "0") + "[" +
         join(c.investigation_gate_rules) + "]|coord=" + (c.coordination_active ? "1" : "0") + "[" +
         join(c.coordination_gate_rules) + "]|conf=" + (c.conference_valid ? "1" : "0") + ":" +
         (c.conference_phase ? std::string(to_string(*c.conference_phase)) : "-") +
         "|req=" + (c.professional_request_exists ? "1" : "0") + (c.requester_eligible ? "1" : "0") +
         (c.request_motivated ? "1" : "0") + "|serious=" + (c.serious ? "1" : "0") + "|agreed=";
    if (c.agreed_domains)
        for (const auto& d : *c.agreed_domains) k += d + ";";
    else
        k += "null";
    return k;
}

std::vector<ContextWitness> realised_contexts() {
    // Entry (§9.1): every branch of the client route (R14–R18) and of the professional route (R20–R24, R27, A1).
    static const Axis entry{{
        {"route=none", [](Facts& f) { f.entry.route = EntryRoute::none; }},
        {"client:plausible", [](Facts& f) {
             f.entry.route = EntryRoute::client_request;
             f.entry.article = "2.3a.1";
             f.entry.loket = Loket::physical;
             f.entry.client_status = ClientStatus::new_client;
             f.entry.initial_request_under = {"Wmo 2015"};
             f.entry.multiple_problems_indicated_by = SignalledBy::client;
             f.entry.multiple_problems_plausible = true;
             f.entry.client_declines_investigation = false;
         }},
        {"client:no_signal", [](Facts& f) {
             f.entry.route = EntryRoute::client_request;
             f.entry.article = "2.3a.1";
             f.entry.loket = Loket::physical;
             f.entry.client_status = ClientStatus::new_client;
             f.entry.initial_request_under = {"Wmo 2015"};
             f.entry.multiple_problems_plausible = false;
             f.entry.client_declines_investigation = false;
         }},
        {"client:signal_unknown", [](Facts& f) {
             f.entry.route = EntryRoute::client_request;
             f.entry.article = "2.3a.1";
             f.entry.loket = Loket::physical;
             f.entry.client_status = ClientStatus::new_client;
             f.entry.initial_request_under = {"Wmo 2015"};
         }},
        {"client:declines", [](Facts& f) {
             f.entry.route = EntryRoute::client_request;
             f.entry.article = "2.3a.1";
             f.entry.loket = Loket::physical;
             f.entry.client_status = ClientStatus::new_client;
             f.entry.initial_request_under = {"Wmo 2015"};
             f.entry.multiple_problems_indicated_by = SignalledBy::client;
             f.entry.multiple_problems_plausible = true;
             f.entry.client_declines_investigation = true;
         }},
        {"professional:no_requester", [](Facts& f) {
             f.entry.route = EntryRoute::professional_request;
             f.entry.article = "2.3a.4";
             f.entry.loket = Loket::not_applicable;
             f.entry.multiple_problems_indicated_by = SignalledBy::requester;
         }},
        {"professional:private_person", [](Facts& f) {
             f.entry.route = EntryRoute::professional_request;
             f.entry.article = "2.3a.4";
             f.entry.loket = Loket::not_applicable;
             f.entry.multiple_problems_indicated_by = SignalledBy::requester;
             f.entry.requester = Requester{RequesterKind::private_person, "buurman", OrganisationDomain::none, "", true, true};
         }},
        {"professional:unmotivated", [](Facts& f) {
             f.entry.route = EntryRoute::professional_request;
             f.entry.article = "2.3a.4";
             f.entry.loket = Loket::not_applicable;
             f.entry.multiple_problems_indicated_by = SignalledBy::requester;
             f.entry.requester = Requester{RequesterKind::professional, "wijkagent", OrganisationDomain::adjacent,
                                           "openbare orde en veiligheid", true, false};
             f.entry.criteria = Criteria{true, true, true, {}, {}, {}, {}};
         }},
        {"professional:granted", [](Facts& f) {
             f.entry.route = EntryRoute::professional_request;
             f.entry.article = "2.3a.4";
             f.entry.loket = Loket::not_applicable;
             f.entry.multiple_problems_indicated_by = SignalledBy::requester;
             f.entry.requester = Requester{RequesterKind::professional, "huisarts", OrganisationDomain::adjacent,
                                           "geneeskundige zorg", true, true};
             f.entry.criteria = Criteria{true, true, true, {}, {}, {}, {}};
             f.entry.municipality_decision = MunicipalityDecision::investigate;
         }},
        {"professional:declined_by_college", [](Facts& f) {
             f.entry.route = EntryRoute::professional_request;
             f.entry.article = "2.3a.4";
             f.entry.loket = Loket::not_applicable;
             f.entry.multiple_problems_indicated_by = SignalledBy::requester;
             f.entry.requester = Requester{RequesterKind::professional, "huisarts", OrganisationDomain::adjacent,
                                           "geneeskundige zorg", true, true};
             f.entry.criteria = Criteria{true, true, true, {}, {}, {}, {}};
             f.entry.municipality_decision = MunicipalityDecision::decline;
         }},
        {"professional:criteria_fail", [](Facts& f) {
             f.entry.route = EntryRoute::professional_request;
             f.entry.article = "2.3a.4";
             f.entry.loket = Loket::not_applicable;
             f.entry.multiple_problems_indicated_by = SignalledBy::requester;
             f.entry.requester = Requester{RequesterKind::professional, "huisarts", OrganisationDomain::adjacent,
                                           "geneeskundige zorg", true, true};
             f.entry.criteria = Criteria{true, true, false, {}, {}, {}, {}};
             f.entry.municipality_decision = MunicipalityDecision::investigate;
         }},
        {"professional:A1_readings_differ", [](Facts& f) {
             f.entry.route = EntryRoute::professional_request;
             f.entry.article = "2.3a.4";
             f.entry.loket = Loket::not_applicable;
             f.entry.multiple_problems_indicated_by = SignalledBy::requester;
             f.entry.requester = Requester{RequesterKind::professional, "huisarts", OrganisationDomain::adjacent,
                                           "geneeskundige zorg", true, true};
             f.entry.criteria = Criteria{true, false, true, {}, {}, {}, {}};
             f.entry.municipality_decision = MunicipalityDecision::investigate;
         }},
    }};
    // Investigation outcome and coordination (§9.2, R34, R37–R41).
    static const Axis outcome{{
        {"outcome=none", [](Facts&) {}},
        {"outcome:mandatory", [](Facts& f) {
             f.investigation_outcome = InvestigationOutcome{true, true,
                 {need("Wmo", "Wmo 2015", "social:Wmo 2015"), need("Participatiewet", "Participatiewet", "social:Participatiewet")},
                 Complexity::high};
         }},
        {"outcome:permitted_chosen", [](Facts& f) {
             f.investigation_outcome = InvestigationOutcome{true, true,
                 {need("Wmo", "Wmo 2015", "social:Wmo 2015"), need("school", std::nullopt, "onderwijs")}, Complexity::high};
             f.coordination = Coordination{{}, true, std::nullopt, std::nullopt};
         }},
        {"outcome:permitted_declined", [](Facts& f) {
             f.investigation_outcome = InvestigationOutcome{true, true,
                 {need("Wmo", "Wmo 2015", "social:Wmo 2015"), need("school", std::nullopt, "onderwijs")}, Complexity::high};
             f.coordination = Coordination{{}, false, std::nullopt, std::nullopt};
         }},
        {"outcome:no_connection", [](Facts& f) {
             f.investigation_outcome = InvestigationOutcome{false, false, {need("Wmo", "Wmo 2015", "social:Wmo 2015")},
                                                            Complexity::low};
         }},
        {"outcome:self_coordination", [](Facts& f) {
             f.investigation_outcome = InvestigationOutcome{true, true,
                 {need("Wmo", "Wmo 2015", "social:Wmo 2015"), need("Participatiewet", "Participatiewet", "social:Participatiewet")},
                 Complexity::low};
             f.coordination = Coordination{{SelfCoordinationOffer{SelfCoordinator::client, true}}, std::nullopt,
                                           std::nullopt, std::nullopt};
         }},
    }};
    // Case conference (R48, D15): organiser right or wrong for each phase.
    static const Axis conference{{
        {"conference=none", [](Facts&) {}},
        {"conference:investigation/college", [](Facts& f) {
             f.case_conference = CaseConference{CasePhase::investigation, "college", {}, false};
         }},
        {"conference:investigation/other", [](Facts& f) {
             f.case_conference = CaseConference{CasePhase::investigation, "woningcorporatie", {}, false};
         }},
        {"conference:coordination/coordinator", [](Facts& f) {
             f.case_conference = CaseConference{CasePhase::coordination, "coordinator", {}, false};
         }},
        {"conference:coordination/self_coordinator", [](Facts& f) {
             f.case_conference = CaseConference{CasePhase::coordination, "self_coordinator", {}, false};
         }},
    }};
    static const Axis serious{{
        {"serious=false", [](Facts& f) { f.serious_problems = false; }},
        {"serious=true", [](Facts& f) { f.serious_problems = true; }},
    }};

    std::vector<ContextWitness> out;
    std::set<std::string> seen;
    for (std::size_t a = 0; a < entry.values.size(); ++a)
        for (std::size_t b = 0; b < outcome.values.size(); ++b)
            for (std::size_t c = 0; c < conference.values.size(); ++c)
                for (std::size_t d = 0; d < serious.values.size(); ++d) {
                    Facts f;
                    entry.values[a].second(f);
                    outcome.values[b].second(f);
                    conference.values[c].second(f);
                    serious.values[d].second(f);
                    f.scope.has_client_agreed_domains_key = false;
                    CaseContext ctx = derive_context(f);
                    if (!seen.insert(context_key(ctx)).second) continue;
                    ContextWitness w;
                    w.label = entry.values[a].first + " " + outcome.values[b].first + " " + conference.values[c].first +
                              " " + serious.values[d].first;
                    w.facts = std::move(f);
                    w.ctx = std::move(ctx);
                    w.non_default = int(a != 0) + int(b != 0) + int(c != 0) + int(d != 0);
                    out.push_back(std::move(w));
                }
    return out;
}

// [SECTION] Domains -----------------------------------------------------------------------------------------------

const std::vector<std::string>& domain_variants(DomainClass c) {
    static const std::vector<std::string> social{"social:Wmo 2015", "social:Participatiewet", "social:Wgs",
                                                 "social:Wet gemeentelijke schuldhulpverlening"};
    static const std::vector<std::string> health{"adjacent:geneeskundige zorg", "adjacent:geestelijke gezondheidszorg",
                                                 "adjacent:langdurige zorg", "adjacent:publieke gezondheidszorg"};
    static const std::vector<std::string> jeugd{"social:Jeugdwet", "social:jeugdwet"};
    static const std::vector<std::string> adjacent{
        "adjacent:onderwijs", "adjacent:welzijn", "adjacent:wonen", "adjacent:werk of ander inkomen",
        "adjacent:inburgering", "adjacent:openbare orde en veiligheid", "adjacent:reclassering"};
    static const std::vector<std::string> municipality{"municipality"};
    static const std::vector<std::string> client{"client"};
    switch (c) {
    case DomainClass::social_other: return social;
    case DomainClass::health_care: return health;
    case DomainClass::jeugdhulp: return jeugd;
    case DomainClass::other_adjacent: return adjacent;
    case DomainClass::municipality: return municipality;
    case DomainClass::client: break;
    }
    return client;
}

std::string_view to_string(DomainClass c) {
    switch (c) {
    case DomainClass::social_other: return "social (not Jeugdwet)";
    case DomainClass::health_care: return "adjacent health care";
    case DomainClass::jeugdhulp: return "jeugdhulp";
    case DomainClass::other_adjacent: return "other adjacent";
    case DomainClass::municipality: return "municipality";
    case DomainClass::client: break;
    }
    return "client";
}

// [SECTION] Spine and answers -------------------------------------------------------------------------------------

std::vector<std::string> agreed_list(Agreed a, const std::string& domain) {
    if (a == Agreed::not_recorded) return {};
    if (a == Agreed::inside) return {domain_name_of(domain)};
    return {domain_name_of(domain) == "inburgering" ? "welzijn" : "inburgering"};
}

CaseContext with_agreed(const ContextWitness& w, Agreed a, const std::string& domain) {
    if (a == Agreed::not_recorded) return w.ctx;
    Facts f = w.facts;
    f.scope.client_agreed_domains = agreed_list(a, domain);
    f.scope.has_client_agreed_domains_key = true;
    return derive_context(f);
}

DataItem base_item(const Spine& s, const std::string& domain) {
    DataItem d;
    d.item_id = "item-1";
    d.what = "gegevens";
    d.recipient = "college";
    d.purpose = s.purpose;
    d.phase = s.phase;
    d.subject = s.subject;
    if (s.subject != Subject::client) d.subject_ref = "gezinslid-1";
    d.source.type = s.source;
    d.source.party = s.source == SourceType::party_current_or_past_service || s.source == SourceType::party_no_service_relation
                         ? "partij"
                         : "";
    d.source.domain = domain;
    d.has_rebuttal_key = false;
    d.provider_response = ProviderResponse::not_applicable;
    d.necessity.assessment = NecessityAssessment::stated;
    d.necessity.justification = "nodig voor onderzoeksvraag 1 (R28)";
    return d;
}

void apply(DataItem& d, const Answers& a) {
    d.in_client_excluded_domain = a.excluded;
    d.client_objects = a.client_objects;
    d.secrecy_regime = a.q7.declared;
    if (a.q7.rebutted) {
        d.secrecy_regime_rebutted_because = "geen hulpverlener met beroepsgeheim";
        d.has_rebuttal_key = true;
    }
    d.explicit_consent = a.q7.consent;
    d.goed_hulpverlenerschap = a.q7.ghs;
    d.skj_registered = a.q7.skj;
    d.special_law = a.q8.law;
    d.special_law_permits = a.q8.permits;
    d.provider_response = a.provider;
    d.provider_conditions = a.provider == ProviderResponse::provides_with_conditions
                                ? std::optional<std::string>("alleen voor het onderzoek")
                                : std::nullopt;
    d.conference = a.q10.conference;
    d.provider_consents_to_reuse = a.q10.reuse_consent;
    d.bsn = a.bsn;
    d.necessity.assessment = a.necessity;
    d.necessity.justification = a.necessity == NecessityAssessment::missing ? std::nullopt
                                : a.necessity == NecessityAssessment::excessive
                                    ? std::optional<std::string>("het hele dossier, voor de zekerheid")
                                    : std::optional<std::string>("nodig voor onderzoeksvraag 1 (R28)");
}

bool q5_relevant(const CaseContext& ctx, const DataItem& d) {
    return d.purpose != Purpose::professional_request && effective_phase(ctx, d) == ItemPhase::coordination;
}

bool q9_relevant(const DataItem& d) {
    const bool party = d.source.type == SourceType::party_current_or_past_service ||
                       d.source.type == SourceType::party_no_service_relation;
    return party && d.purpose != Purpose::case_conference && d.purpose != Purpose::reuse_from_case_conference &&
           d.purpose != Purpose::professional_request;
}

bool rebuttal_relevant(const DataItem& d) {
    if (d.secrecy_regime != SecrecyRegime::none) return false;
    DataItem presumed = d;
    presumed.secrecy_regime_rebutted_because.reset();
    return spec_holder_regime(presumed) != SecrecyRegime::none;
}

// [SECTION] Oracle ------------------------------------------------------------------------------------------------

SecrecyRegime spec_holder_regime(const DataItem& d) {
    // R61 + D21: declared, or presumed for a party / the R67 requester from the holder's domain unless rebutted.
    if (d.secrecy_regime != SecrecyRegime::none) return d.secrecy_regime;
    const bool party = d.source.type == SourceType::party_current_or_past_service ||
                       d.source.type == SourceType::party_no_service_relation;
    if (!party && d.purpose != Purpose::professional_request) return SecrecyRegime::none;
    if (d.secrecy_regime_rebutted_because && !d.secrecy_regime_rebutted_because->empty()) return SecrecyRegime::none;
    static const std::set<std::string> health{"adjacent:geneeskundige zorg", "adjacent:geestelijke gezondheidszorg",
                                              "adjacent:langdurige zorg", "adjacent:publieke gezondheidszorg"};
    if (health.count(d.source.domain)) return SecrecyRegime::individual_health_care;
    if (d.source.domain == "social:Jeugdwet" || d.source.domain == "social:jeugdwet") return SecrecyRegime::youth_care;
    return SecrecyRegime::none;
}

int severity(Verdict v) {
    switch (v) {
    case Verdict::allowed: return 0;
    case Verdict::allowed_under_conditions: return 1;
    case Verdict::undetermined: return 2;
    case Verdict::not_allowed: return 3;
    case Verdict::not_this_law: return 4;  // outside the order (docs/invariants.md §Order)
    }
    return 5;
}

bool allowing(Verdict v) { return v == Verdict::allowed || v == Verdict::allowed_under_conditions; }

int non_default_fields(const DataItem& d) {
    int n = 0;
    n += d.purpose != Purpose::investigation;
    n += d.phase.has_value();
    n += d.subject != Subject::client;
    n += d.source.type != SourceType::client_self;
    n += d.source.domain != "client";
    n += d.in_client_excluded_domain;
    n += d.client_objects.has_value();
    n += d.secrecy_regime != SecrecyRegime::none;
    n += d.secrecy_regime_rebutted_because.has_value();
    n += d.skj_registered.has_value() + d.explicit_consent.has_value() + d.goed_hulpverlenerschap.has_value();
    n += d.special_law != SpecialLaw::none;
    n += d.special_law_permits.has_value();
    n += d.provider_response != ProviderResponse::not_applicable;
    n += d.conference.has_value();
    n += d.provider_consents_to_reuse.has_value();
    n += d.bsn.has_value();
    n += d.necessity.assessment != NecessityAssessment::stated;
    return n;
}

// [SECTION] Case files --------------------------------------------------------------------------------------------

nlohmann::json case_file(const std::string& id, const std::string& title, const ContextWitness& w, Agreed agreed,
                         const DataItem& item) {
    Facts f = w.facts;
    if (agreed != Agreed::not_recorded) {
        f.scope.client_agreed_domains = agreed_list(agreed, item.source.domain);
        f.scope.has_client_agreed_domains_key = true;
    }
    f.data_items = {item};
    return nlohmann::json{{"id", id}, {"title", title}, {"facts", to_json(f)}};
}

} // namespace wams::prove
