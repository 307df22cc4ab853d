// case_generator.cpp — see case_generator.hpp. Every value set below is the one §0.3 (RULEBOOK draft 3.1) lists.
#include "case_generator.hpp"

#include <algorithm>

namespace wams::gen {
using nlohmann::json;

// [SECTION] Rng ---------------------------------------------------------------------------------------------------

std::uint64_t Rng::next() {  // splitmix64
    std::uint64_t z = (s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

namespace {

// [SECTION] Vocabulary --------------------------------------------------------------------------------------------

const Values kRoute{"client_request", "professional_request", "none"};
const Values kArticle{"2.3a.1", "2.3a.4"};
const Values kLoket{"physical", "electronic", "n/a"};
const Values kClientStatus{"new", "existing", "unknown"};
const Values kLaws{"Wmo 2015", "Participatiewet", "Jeugdwet", "Wgs"};
const Values kSignalledBy{"client", "employee", "none", "requester"};
const Values kRequesterKind{"professional", "private_person"};
const Values kOrganisationDomain{"social", "adjacent", "none"};
const Values kReading{"§2.3", "§3.1.1"};
const Values kDecision{"investigate", "decline"};
const Values kAdjacent{"publieke gezondheidszorg", "geneeskundige zorg", "langdurige zorg", "geestelijke gezondheidszorg",
                       "onderwijs", "welzijn", "wonen", "werk of ander inkomen", "inburgering",
                       "openbare orde en veiligheid"};
// The three notes §0.3 "Domain names" gives a meaning (R3): reclassering inside its domain, two R3 exceptions.
const Values kNoted{"openbare orde en veiligheid (reclassering)", "wonen (beschermd wonen op grond van de Wmo 2015)",
                    "werk of ander inkomen (inkomen op grond van de Participatiewet)"};
const Values kComplexity{"low", "high"};
const Values kSelfBy{"client", "mantelzorger", "vertegenwoordiger"};
const Values kForm{"light", "regisseur", "standard"};
const Values kReport{"no_longer_needed", "cannot_perform_naar_behoren"};
const Values kCasePhase{"investigation", "coordination"};
const Values kOrganiser{"college", "coordinator", "self_coordinator", "wijkteam"};  // "wijkteam": any other party
const Values kPurposeWalked{"investigation", "coordination", "case_conference", "reuse_from_case_conference",
                            "professional_request"};
const Values kPurposeGated{"opsporing", "fraud_oneigenlijk_gebruik", "non_voluntary_service", "structural_exchange",
                           "bulk_search", "decision_making", "other_legal_table"};
const Values kPurpose = [] { Values v = kPurposeWalked; v.insert(v.end(), kPurposeGated.begin(), kPurposeGated.end()); return v; }();
const Values kItemPhase{"investigation", "coordination", "request"};
const Values kSourceType{"client_self", "college_own_prior", "college_special_register", "college_or_coordinator",
                         "party_current_or_past_service", "party_no_service_relation"};
const Values kSubject{"client", "family_member_included", "family_member_refused", "family_member_refused_context",
                      "family_member_not_asked"};
const Values kCategory{"general", "financial", "health", "education", "police", "justice", "bsn"};
const Values kSecrecy{"none", "individual_health_care", "youth_care"};
const Values kSpecialLaw{"none", "Wpg", "Wjsg"};
const Values kProviderResponse{"provides", "provides_with_conditions", "zwaarwegende_redenen", "not_yet_asked", "n/a"};
const Values kNecessity{"stated", "missing", "excessive"};

Values prefixed(const std::string& prefix, std::initializer_list<const Values*> sets) {
    Values out;
    for (const Values* s : sets)
        for (const auto& v : *s) out.push_back(prefix + v);
    return out;
}
Values concat(std::initializer_list<const Values*> sets) { return prefixed("", sets); }

const Values kSocialRefs = prefixed("social:", {&kLaws});
const Values kAdjacentRefs = prefixed("adjacent:", {&kAdjacent, &kNoted});
const Values kOwnDomains{"municipality", "client"};
const Values kNoDomain{"none"};
const Values kSourceDomain = concat({&kSocialRefs, &kAdjacentRefs, &kOwnDomains});
const Values kPartyDomain = concat({&kSourceDomain, &kNoDomain});
const Values kNeedDomain = concat({&kSocialRefs, &kAdjacent, &kNoted});
const Values kScopeDomain = concat({&kLaws, &kAdjacent, &kNoted});

// Free text: small pools, so that recipients meet invitees and parties repeat.
const Values kParties{"GGZ-instelling", "school", "jeugdhulpaanbieder", "huisarts", "werkgever", "reclassering",
                      "woningcorporatie", "schuldhulpverlener", "wijkteam"};
const Values kRecipients{"college", "coördinator", "deelnemers casusoverleg", "GGZ-instelling", "school",
                         "jeugdhulpaanbieder", "woningcorporatie", "schuldhulpverlener"};
const Values kWhat{"inkomensgegevens", "schoolverzuim", "behandelplan", "huurachterstand", "verslag wijkagent",
                   "zorgindicatie", "BSN"};
const Values kRelations{"partner", "zoon", "dochter", "moeder", "broer"};
const Values kRoles{"wijkagent", "huisarts", "schuldhulpverlener", "leerkracht", "buurman"};
const Values kNeedLabels{"bijstand", "schuldhulp", "jeugdhulp", "woonplek", "dagbesteding", "toezicht"};

// [SECTION] Draws -------------------------------------------------------------------------------------------------

json boolean(Rng& r, unsigned true_pct) { return r.percent(true_pct); }
json tri(Rng& r, unsigned null_pct, unsigned true_pct = 50) {  // null, else true with true_pct %
    return r.percent(null_pct) ? json(nullptr) : boolean(r, true_pct);
}
json pick_or_null(Rng& r, unsigned null_pct, const Values& v) { return r.percent(null_pct) ? json(nullptr) : json(r.pick(v)); }
std::size_t count(Rng& r, unsigned none_pct, std::size_t max) { return r.percent(none_pct) ? 0 : 1 + r.below(max); }
json distinct(Rng& r, const Values& v, std::size_t n) {  // n distinct values, in drawing order
    json out = json::array();
    while (out.size() < std::min(n, v.size())) {
        const auto& s = r.pick(v);
        if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
    }
    return out;
}

// [SECTION] Generation --------------------------------------------------------------------------------------------

json requester(Rng& r) {
    return {{"kind", r.percent(80) ? kRequesterKind[0] : kRequesterKind[1]},
            {"role", r.pick(kRoles)},
            {"organisation_domain", r.pick(kOrganisationDomain)},
            {"domain_name", r.pick(kScopeDomain)},
            {"involved_with_person", boolean(r, 85)},
            {"request_motivated", boolean(r, 85)}};
}

json criteria(Rng& r) {
    json c{{"a_person", boolean(r, 65)}, {"b_environment", boolean(r, 65)}, {"c_coordination_may_help", boolean(r, 80)}};
    for (const char* key : {"a_person_s23", "b_environment_s23", "a_person_s311", "b_environment_s311"}) {
        const auto roll = r.below(10);  // 6 in 10 absent, 1 null, 3 an answer for that reading only
        if (roll == 6) c[key] = nullptr;
        else if (roll > 6) c[key] = boolean(r, 50);
    }
    return c;
}

json entry(Rng& r) {
    const auto roll = r.below(100);
    const std::string route = roll < 40 ? kRoute[0] : roll < 85 ? kRoute[1] : kRoute[2];
    const bool professional = route == kRoute[1];
    json article = route == kRoute[0] ? json(kArticle[0]) : professional ? json(kArticle[1]) : json(nullptr);
    if (r.percent(3)) article = nullptr;  // not recorded: the route decides (§0.3 null table)
    return {{"route", route},
            {"article", article},
            {"loket", r.pick(kLoket)},
            {"client_status", r.pick(kClientStatus)},
            {"initial_request_under", distinct(r, kLaws, count(r, 30, 2))},
            {"multiple_problems_indicated_by", r.pick(kSignalledBy)},
            {"multiple_problems_plausible", tri(r, 8, 80)},
            {"client_declines_investigation", tri(r, 30, 20)},
            {"requester", r.percent(professional ? 4 : 90) ? json(nullptr) : requester(r)},
            {"criteria", r.percent(professional ? 4 : 85) ? json(nullptr) : criteria(r)},
            {"municipality_criteria_reading", pick_or_null(r, 55, kReading)},
            {"municipality_decision", r.percent(25) ? json(nullptr) : json(r.percent(67) ? kDecision[0] : kDecision[1])}};
}

json scope(Rng& r) {
    json s{{"client_excluded_domains", distinct(r, kScopeDomain, count(r, 70, 2))},
           {"college_explained_consequences", boolean(r, 50)}};
    const auto roll = r.below(20);  // 9 in 20 absent, 2 null, 9 a list
    if (roll == 9 || roll == 10) s["client_agreed_domains"] = nullptr;
    else if (roll > 10) s["client_agreed_domains"] = distinct(r, kScopeDomain, 1 + r.below(3));
    return s;
}

json family_members(Rng& r) {
    json out = json::array();
    const auto n = count(r, 50, 3);
    for (std::size_t k = 1; k <= n; ++k)
        out.push_back({{"id", "fm" + std::to_string(k)},
                       {"relation", r.pick(kRelations)},
                       {"possibly_involved", boolean(r, 75)},
                       {"client_agrees_to_include", tri(r, 15, 70)},
                       {"member_consents", tri(r, 20, 70)}});
    return out;
}

json need(Rng& r) {
    const json basis = pick_or_null(r, 30, kLaws);
    const auto roll = r.below(10);
    json domain = roll < 5 ? json(basis.is_string() && r.percent(80) ? "social:" + basis.get<std::string>() : r.pick(kSocialRefs))
                : roll < 9 ? json(r.pick(kAdjacent)) : json(r.pick(kNoted));
    return {{"label", r.pick(kNeedLabels)}, {"legal_basis", basis}, {"domain", domain}, {"reported_as", r.pick(kNeedLabels)}};
}

json investigation_outcome(Rng& r) {
    if (r.percent(20)) return nullptr;
    json needs = json::array();
    for (auto n = count(r, 10, 4); n > 0; --n) needs.push_back(need(r));
    return {{"connected_problems", boolean(r, 80)}, {"coordinated_approach_can_help", boolean(r, 75)},
            {"needs", needs}, {"complexity", r.pick(kComplexity)}};
}

json coordination(Rng& r) {
    if (r.percent(25)) return nullptr;
    json offers = json::array();
    for (auto n = count(r, 65, 2); n > 0; --n)
        offers.push_back({{"by", r.pick(kSelfBy)}, {"plausibly_naar_behoren", boolean(r, 50)}});
    return {{"self_coordination_offers", offers},
            {"municipality_chooses_to_coordinate", tri(r, 30, 60)},
            {"form_chosen", pick_or_null(r, 30, kForm)},
            {"coordinator_reports", pick_or_null(r, 70, kReport)}};
}

json case_conference(Rng& r) {
    if (r.percent(40)) return nullptr;
    json invitees = json::array();
    for (const auto& party : distinct(r, kParties, count(r, 20, 3)))
        invitees.push_back({{"party", party}, {"domain", r.pick(kPartyDomain)}, {"participation_necessary", boolean(r, 70)}});
    const auto roll = r.below(100);
    return {{"phase", r.pick(kCasePhase)},
            {"proposed_organiser", roll < 35 ? kOrganiser[0] : roll < 70 ? kOrganiser[1] : r.pick(kOrganiser)},
            {"invitees", invitees},
            {"zwaarwegende_belangen_against_client_presence", tri(r, 20, 20)}};
}

// The phase recorded on an item: the one its purpose fixes (or any, where §8.3 Q2 says the field is not read), or
// null — never one that contradicts the purpose (D26).
json item_phase(Rng& r, const std::string& purpose, const json& conference) {
    if (r.percent(30)) return nullptr;
    if (purpose == "investigation" || purpose == "coordination") return purpose;
    if (purpose == "professional_request") return "request";
    if (purpose == "case_conference" && conference.is_object()) return conference["phase"];
    if (purpose == "case_conference" || purpose == "reuse_from_case_conference") return r.pick(kCasePhase);
    return r.percent(10) ? kItemPhase[2] : r.pick(kCasePhase);  // Q1-gated: the field is ignored, "request" included
}

json source(Rng& r) {
    const auto& type = r.pick(kSourceType);
    json domain = r.pick(kSourceDomain);
    if (r.percent(90)) {  // mostly the domain that goes with the type
        if (type == "client_self") domain = "client";
        else if (type.rfind("college", 0) == 0) domain = "municipality";
        else domain = r.percent(50) ? r.pick(kSocialRefs) : r.pick(kAdjacentRefs);
    }
    return {{"type", type}, {"party", r.pick(kParties)}, {"domain", domain}};
}

json subject_ref(Rng& r, const std::string& subject, const json& members) {
    if (subject == "client" || members.empty()) return nullptr;
    if (subject != "family_member_not_asked" && r.percent(97)) return r.pick(members.get<std::vector<json>>())["id"];
    return r.percent(50) ? json(nullptr) : r.pick(members.get<std::vector<json>>())["id"];  // null: walked by subject (Q3)
}

json recipient(Rng& r, const std::string& purpose, const json& conference) {
    const bool conference_item = purpose == "case_conference" || purpose == "reuse_from_case_conference";
    if (conference_item && r.percent(35)) return "deelnemers casusoverleg";  // the participants as a whole
    if (conference_item && conference.is_object() && !conference["invitees"].empty() && r.percent(60))
        return r.pick(conference["invitees"].get<std::vector<json>>())["party"];
    return r.pick(kRecipients);
}

json conference_facts(Rng& r, const std::string& purpose) {
    const unsigned null_pct = purpose == "case_conference" ? 12 : purpose == "reuse_from_case_conference" ? 50 : 90;
    if (r.percent(null_pct)) return nullptr;
    return {{"recipient_participation_necessary", tri(r, 8, 75)}, {"zwaarwegende_belangen", tri(r, 10, 15)}};
}

json data_item(Rng& r, std::size_t k, const json& facts) {
    const std::string purpose = r.percent(70) ? r.pick(kPurposeWalked) : r.pick(kPurposeGated);
    const json& conference = facts["case_conference"];
    const std::string subject = r.percent(60) ? kSubject[0] : r.pick(kSubject);
    const std::string response = r.pick(kProviderResponse);
    const std::string special = r.percent(70) ? kSpecialLaw[0] : r.pick(kSpecialLaw);
    const std::string necessity = r.percent(70) ? kNecessity[0] : r.pick(kNecessity);
    json item{{"item_id", "i" + std::to_string(k)},
              {"what", r.pick(kWhat)},
              {"purpose", purpose},
              {"phase", item_phase(r, purpose, conference)},
              {"source", source(r)},
              {"recipient", recipient(r, purpose, conference)},
              {"subject", subject},
              {"subject_ref", subject_ref(r, subject, facts["family_members"])},
              {"category", r.pick(kCategory)},
              {"in_client_excluded_domain", boolean(r, 15)},
              {"client_objects", tri(r, 30, 30)},
              {"secrecy_regime", r.percent(50) ? kSecrecy[0] : r.pick(kSecrecy)},
              {"skj_registered", tri(r, 40, 60)},
              {"explicit_consent", tri(r, 25, 50)},
              {"goed_hulpverlenerschap", tri(r, 30, 40)},
              {"special_law", special},
              {"special_law_permits", tri(r, special == "none" ? 70 : 25, 60)},
              {"provider_response", response},
              {"provider_conditions", response == "provides_with_conditions" && r.percent(90) ? json("alleen de samenvatting")
                                      : r.percent(5) ? json("niet doorsturen") : json(nullptr)},
              {"conference", conference_facts(r, purpose)},
              {"provider_consents_to_reuse", tri(r, purpose == "reuse_from_case_conference" ? 25 : 80, 60)},
              {"bsn", r.percent(65) ? json(nullptr)
                                    : json{{"user_authorised_for_bsn", boolean(r, 80)}, {"identification_necessary", boolean(r, 70)}}},
              {"necessity", {{"assessment", necessity},
                             {"justification", necessity == "stated" || r.percent(10) ? json("nodig voor het plan") : json(nullptr)}}}};
    const auto roll = r.below(20);  // 17 in 20 absent, 2 null, 1 a stated rebuttal (D21)
    if (roll == 17 || roll == 18) item["secrecy_regime_rebutted_because"] = nullptr;
    else if (roll == 19) item["secrecy_regime_rebutted_because"] = "geen behandelrelatie";
    return item;
}

} // namespace

json generate_facts(Rng& r) {
    json facts{{"entry", entry(r)},
               {"serious_problems", boolean(r, 35)},
               {"client_involvement_possible", boolean(r, 70)},
               {"scope", scope(r)},
               {"family_members", family_members(r)},
               {"investigation_outcome", investigation_outcome(r)},
               {"coordination", coordination(r)},
               {"case_conference", case_conference(r)}};
    json items = json::array();
    const auto n = 1 + r.below(4);
    for (std::size_t k = 1; k <= n; ++k) items.push_back(data_item(r, k, facts));
    facts["data_items"] = std::move(items);
    return facts;
}

bool q1_gated(const std::string& purpose) {
    return std::find(kPurposeGated.begin(), kPurposeGated.end(), purpose) != kPurposeGated.end();
}

std::optional<std::string> derived_phase(const json& item, const json& facts) {
    const auto& purpose = item.at("purpose").get_ref<const std::string&>();
    if (purpose == "investigation" || purpose == "coordination") return purpose;
    if (purpose == "professional_request") return "request";
    if (purpose == "reuse_from_case_conference" && item.at("phase").is_string()) return item["phase"].get<std::string>();
    const json& conference = facts.at("case_conference");
    if ((purpose == "case_conference" || purpose == "reuse_from_case_conference") && conference.is_object())
        return conference.at("phase").get<std::string>();
    return std::nullopt;
}

// [SECTION] Coverage ----------------------------------------------------------------------------------------------

const std::vector<Field>& enumerated_fields() {
    static const std::vector<Field> f{
        {"/entry/route", &kRoute}, {"/entry/article", &kArticle}, {"/entry/loket", &kLoket},
        {"/entry/client_status", &kClientStatus}, {"/entry/initial_request_under/*", &kLaws},
        {"/entry/multiple_problems_indicated_by", &kSignalledBy}, {"/entry/requester/kind", &kRequesterKind},
        {"/entry/requester/organisation_domain", &kOrganisationDomain},
        {"/entry/municipality_criteria_reading", &kReading}, {"/entry/municipality_decision", &kDecision},
        {"/scope/client_excluded_domains/*", &kScopeDomain}, {"/scope/client_agreed_domains/*", &kScopeDomain},
        {"/investigation_outcome/needs/*/legal_basis", &kLaws}, {"/investigation_outcome/needs/*/domain", &kNeedDomain},
        {"/investigation_outcome/complexity", &kComplexity}, {"/coordination/self_coordination_offers/*/by", &kSelfBy},
        {"/coordination/form_chosen", &kForm}, {"/coordination/coordinator_reports", &kReport},
        {"/case_conference/phase", &kCasePhase}, {"/case_conference/proposed_organiser", &kOrganiser},
        {"/case_conference/invitees/*/domain", &kPartyDomain}, {"/data_items/*/purpose", &kPurpose},
        {"/data_items/*/phase", &kItemPhase}, {"/data_items/*/source/type", &kSourceType},
        {"/data_items/*/source/domain", &kSourceDomain}, {"/data_items/*/subject", &kSubject},
        {"/data_items/*/category", &kCategory}, {"/data_items/*/secrecy_regime", &kSecrecy},
        {"/data_items/*/special_law", &kSpecialLaw}, {"/data_items/*/provider_response", &kProviderResponse},
        {"/data_items/*/necessity/assessment", &kNecessity}};
    return f;
}

const std::vector<std::string>& null_patterns() {  // the rows of the §0.3 null table, in its order
    static const std::vector<std::string> p{
        "/entry/article", "/entry/multiple_problems_plausible", "/entry/client_declines_investigation",
        "/entry/requester", "/entry/criteria", "/entry/criteria/a_person_s23", "/entry/criteria/b_environment_s23",
        "/entry/criteria/a_person_s311", "/entry/criteria/b_environment_s311", "/entry/municipality_criteria_reading",
        "/entry/municipality_decision", "/scope/client_agreed_domains", "/family_members/*/client_agrees_to_include",
        "/family_members/*/member_consents", "/investigation_outcome", "/coordination",
        "/coordination/municipality_chooses_to_coordinate", "/coordination/form_chosen",
        "/coordination/coordinator_reports", "/case_conference",
        "/case_conference/zwaarwegende_belangen_against_client_presence",
        "/investigation_outcome/needs/*/legal_basis", "/data_items/*/phase", "/data_items/*/subject_ref",
        "/data_items/*/client_objects", "/data_items/*/skj_registered", "/data_items/*/explicit_consent",
        "/data_items/*/goed_hulpverlenerschap", "/data_items/*/special_law_permits", "/data_items/*/conference",
        "/data_items/*/conference/recipient_participation_necessary", "/data_items/*/conference/zwaarwegende_belangen",
        "/data_items/*/provider_consents_to_reuse", "/data_items/*/provider_conditions", "/data_items/*/bsn",
        "/data_items/*/secrecy_regime_rebutted_because"};
    return p;
}

namespace {
// Optional keys of §0.3 ("absent or null"): their absence is tallied as "<absent>".
const std::vector<std::pair<std::string, std::string>> kOptionalKeys{
    {"/entry/criteria", "a_person_s23"}, {"/entry/criteria", "b_environment_s23"},
    {"/entry/criteria", "a_person_s311"}, {"/entry/criteria", "b_environment_s311"},
    {"/scope", "client_agreed_domains"}, {"/data_items/*", "secrecy_regime_rebutted_because"}};
} // namespace

void Coverage::add(const json& facts) { walk(facts, ""); }

void Coverage::walk(const json& v, const std::string& pattern) {
    if (v.is_object()) {
        for (const auto& [parent, key] : kOptionalKeys)
            if (parent == pattern && !v.contains(key)) ++tally_[pattern + "/" + key]["<absent>"];
        for (auto it = v.begin(); it != v.end(); ++it) walk(it.value(), pattern + "/" + it.key());
    } else if (v.is_array()) {
        for (const auto& e : v) walk(e, pattern + "/*");
    } else {
        ++tally_[pattern][v.is_string() ? v.get<std::string>() : v.dump()];
    }
}

std::uint64_t Coverage::count(const std::string& pattern, const std::string& value) const {
    const auto p = tally_.find(pattern);
    if (p == tally_.end()) return 0;
    const auto v = p->second.find(value);
    return v == p->second.end() ? 0 : v->second;
}

std::vector<std::string> Coverage::missing() const {
    std::vector<std::string> out;
    for (const auto& f : enumerated_fields())
        for (const auto& v : *f.values)
            if (!count(f.pattern, v)) out.push_back(f.pattern + "=" + v);
    for (const auto& p : null_patterns())
        if (!count(p, "null") && !count(p, "<absent>")) out.push_back(p + "=null");
    return out;
}

} // namespace wams::gen
