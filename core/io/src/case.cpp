// case.cpp — FACTS (RULEBOOK §0.3) ⇄ typed model (wams/case_model.hpp; the §0.3 spelling of each enum value is
// core/law/src/case_model.cpp). Validation is wams::validate's job; this reader only guards against crashes: the
// first shape it cannot read becomes the LoadError of the Result, with its JSON path.
//
// Index
//   [SECTION] Reader           the shared JsonReader (json_reader.hpp, json_enum.hpp)
//   [SECTION] facts_from_json
//   [SECTION] to_json
#include "wams/case.hpp"

#include "wams/json_enum.hpp"

#include <array>
#include <utility>

namespace wams {
namespace {

// [SECTION] Reader ------------------------------------------------------------------------------------------------

// The shared non-throwing reader (json_reader.hpp); enumerations read through the generated tables (json_enum.hpp).
using Reader = JsonReader;

// [SECTION] facts_from_json ---------------------------------------------------------------------------------------

Requester read_requester(const Reader& r) {
    Requester q;
    q.kind = enumeration<RequesterKind>(r.at("kind"));
    q.role = r.at("role").opt_str().value_or("");
    q.organisation_domain = enumeration<OrganisationDomain>(r.at("organisation_domain"));
    q.domain_name = r.at("domain_name").opt_str().value_or("");
    q.involved_with_person = r.at("involved_with_person").boolean();
    q.request_motivated = r.at("request_motivated").boolean();
    return q;
}

Criteria read_criteria(const Reader& r) {
    Criteria c;
    c.a_person = r.at("a_person").opt_bool();
    c.b_environment = r.at("b_environment").opt_bool();
    c.c_coordination_may_help = r.at("c_coordination_may_help").opt_bool();
    c.has_a_person_s23 = r.has("a_person_s23");
    c.has_b_environment_s23 = r.has("b_environment_s23");
    c.has_a_person_s311 = r.has("a_person_s311");
    c.has_b_environment_s311 = r.has("b_environment_s311");
    c.a_person_s23 = r.at("a_person_s23").opt_bool();
    c.b_environment_s23 = r.at("b_environment_s23").opt_bool();
    c.a_person_s311 = r.at("a_person_s311").opt_bool();
    c.b_environment_s311 = r.at("b_environment_s311").opt_bool();
    return c;
}

Entry read_entry(const Reader& r) {
    Entry e;
    e.route = enumeration<EntryRoute>(r.at("route"));
    e.article = r.at("article").opt_str();
    e.loket = enumeration<Loket>(r.at("loket"));
    e.client_status = enumeration<ClientStatus>(r.at("client_status"));
    e.initial_request_under = r.at("initial_request_under").strings();
    e.multiple_problems_indicated_by = enumeration<SignalledBy>(r.at("multiple_problems_indicated_by"));
    e.multiple_problems_plausible = r.at("multiple_problems_plausible").opt_bool();
    e.client_declines_investigation = r.at("client_declines_investigation").opt_bool();
    if (auto q = r.at("requester"); !q.is_null()) e.requester = read_requester(q);
    if (auto c = r.at("criteria"); !c.is_null()) e.criteria = read_criteria(c);
    e.municipality_criteria_reading = opt_enumeration<CriteriaReading>(r.at("municipality_criteria_reading"));
    e.municipality_decision = opt_enumeration<MunicipalityDecision>(r.at("municipality_decision"));
    return e;
}

DataItem read_item(const Reader& r) {
    DataItem d;
    d.item_id = r.at("item_id").str();
    d.what = r.at("what").opt_str().value_or("");
    d.purpose = enumeration<Purpose>(r.at("purpose"));
    d.phase = opt_enumeration<ItemPhase>(r.at("phase"));
    const Reader s = r.at("source");
    d.source.type = enumeration<SourceType>(s.at("type"));
    d.source.party = s.at("party").opt_str().value_or("");
    d.source.domain = s.at("domain").opt_str().value_or("");
    d.recipient = r.at("recipient").opt_str().value_or("");
    d.subject = enumeration<Subject>(r.at("subject"));
    d.subject_ref = r.at("subject_ref").opt_str();
    d.category = enumeration<Category>(r.at("category"));
    d.in_client_excluded_domain = r.at("in_client_excluded_domain").boolean();
    d.client_objects = r.at("client_objects").opt_bool();
    d.secrecy_regime = enumeration<SecrecyRegime>(r.at("secrecy_regime"));
    d.has_rebuttal_key = r.has("secrecy_regime_rebutted_because");
    d.secrecy_regime_rebutted_because = r.at("secrecy_regime_rebutted_because").opt_str();
    d.skj_registered = r.at("skj_registered").opt_bool();
    d.explicit_consent = r.at("explicit_consent").opt_bool();
    d.goed_hulpverlenerschap = r.at("goed_hulpverlenerschap").opt_bool();
    d.special_law = enumeration<SpecialLaw>(r.at("special_law"));
    d.special_law_permits = r.at("special_law_permits").opt_bool();
    d.provider_response = enumeration<ProviderResponse>(r.at("provider_response"));
    d.provider_conditions = r.at("provider_conditions").opt_str();
    if (auto c = r.at("conference"); !c.is_null())
        d.conference = ConferenceFacts{c.at("recipient_participation_necessary").opt_bool(),
                                       c.at("zwaarwegende_belangen").opt_bool()};
    d.provider_consents_to_reuse = r.at("provider_consents_to_reuse").opt_bool();
    if (auto b = r.at("bsn"); !b.is_null())
        d.bsn = BsnFacts{b.at("user_authorised_for_bsn").opt_bool(), b.at("identification_necessary").opt_bool()};
    const Reader n = r.at("necessity");
    d.necessity.assessment = enumeration<NecessityAssessment>(n.at("assessment"));
    d.necessity.justification = n.at("justification").opt_str();
    return d;
}

// [SECTION] to_json helpers ---------------------------------------------------------------------------------------

template <class T>
nlohmann::json opt(const std::optional<T>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}
template <class E>
nlohmann::json opt_enum(const std::optional<E>& v) {
    return v ? nlohmann::json(std::string(to_string(*v))) : nlohmann::json(nullptr);
}
inline nlohmann::json s(std::string_view v) { return nlohmann::json(std::string(v)); }

} // namespace

Result<Facts> facts_from_json(const nlohmann::json& j) {
    if (!j.is_object()) return LoadError{"", "expected an object"};
    return read_json<Facts>(j, [](const Reader& r) {
        Facts f;
        f.entry = read_entry(r.at("entry"));
        f.serious_problems = r.at("serious_problems").boolean();
        f.client_involvement_possible = r.at("client_involvement_possible").boolean();
        const Reader sc = r.at("scope");
        f.scope.client_excluded_domains = sc.at("client_excluded_domains").strings();
        f.scope.has_client_agreed_domains_key = sc.has("client_agreed_domains");
        if (auto a = sc.at("client_agreed_domains"); !a.is_null()) f.scope.client_agreed_domains = a.strings();
        f.scope.college_explained_consequences = sc.at("college_explained_consequences").opt_bool().value_or(false);
        r.at("family_members").each([&](const Reader& m) {
            f.family_members.push_back(FamilyMember{m.at("id").str(), m.at("relation").opt_str().value_or(""),
                                                    m.at("possibly_involved").opt_bool().value_or(false),
                                                    m.at("client_agrees_to_include").opt_bool(),
                                                    m.at("member_consents").opt_bool()});
        });
        if (auto o = r.at("investigation_outcome"); !o.is_null()) {
            InvestigationOutcome out;
            out.connected_problems = o.at("connected_problems").boolean();
            out.coordinated_approach_can_help = o.at("coordinated_approach_can_help").boolean();
            o.at("needs").each([&](const Reader& n) {
                out.needs.push_back(Need{n.at("label").opt_str().value_or(""), n.at("legal_basis").opt_str(),
                                         n.at("domain").opt_str().value_or(""), n.at("reported_as").opt_str().value_or("")});
            });
            out.complexity = opt_enumeration<Complexity>(o.at("complexity"));
            f.investigation_outcome = std::move(out);
        }
        if (auto c = r.at("coordination"); !c.is_null()) {
            Coordination co;
            c.at("self_coordination_offers").each([&](const Reader& o) {
                co.self_coordination_offers.push_back(
                    SelfCoordinationOffer{enumeration<SelfCoordinator>(o.at("by")), o.at("plausibly_naar_behoren").boolean()});
            });
            co.municipality_chooses_to_coordinate = c.at("municipality_chooses_to_coordinate").opt_bool();
            co.form_chosen = opt_enumeration<CoordinationForm>(c.at("form_chosen"));
            co.coordinator_reports = opt_enumeration<CoordinatorReport>(c.at("coordinator_reports"));
            f.coordination = std::move(co);
        }
        if (auto c = r.at("case_conference"); !c.is_null()) {
            CaseConference cc;
            cc.phase = enumeration<CasePhase>(c.at("phase"));
            cc.proposed_organiser = c.at("proposed_organiser").str();
            c.at("invitees").each([&](const Reader& i) {
                cc.invitees.push_back(Invitee{i.at("party").str(), i.at("domain").opt_str(),
                                              i.at("participation_necessary").opt_bool()});
            });
            cc.zwaarwegende_belangen_against_client_presence = c.at("zwaarwegende_belangen_against_client_presence").opt_bool();
            f.case_conference = std::move(cc);
        }
        if (const Reader items = r.at("data_items"); items.j.is_array()) f.data_items.reserve(items.j.size());
        r.at("data_items").each([&](const Reader& i) { f.data_items.push_back(read_item(i)); });
        return f;
    });
}

// [SECTION] to_json -----------------------------------------------------------------------------------------------

nlohmann::json to_json(const Facts& f) {
    using nlohmann::json;
    json entry = json::object();
    const Entry& e = f.entry;
    entry["route"] = s(to_string(e.route));
    entry["article"] = opt(e.article);
    entry["loket"] = s(to_string(e.loket));
    entry["client_status"] = s(to_string(e.client_status));
    entry["initial_request_under"] = e.initial_request_under;
    entry["multiple_problems_indicated_by"] = s(to_string(e.multiple_problems_indicated_by));
    entry["multiple_problems_plausible"] = opt(e.multiple_problems_plausible);
    entry["client_declines_investigation"] = opt(e.client_declines_investigation);
    if (e.requester) {
        const Requester& q = *e.requester;
        entry["requester"] = json{{"kind", s(to_string(q.kind))},
                                  {"role", q.role},
                                  {"organisation_domain", s(to_string(q.organisation_domain))},
                                  {"domain_name", q.domain_name},
                                  {"involved_with_person", q.involved_with_person},
                                  {"request_motivated", q.request_motivated}};
    } else {
        entry["requester"] = nullptr;
    }
    if (e.criteria) {
        const Criteria& c = *e.criteria;
        json cj{{"a_person", opt(c.a_person)},
                {"b_environment", opt(c.b_environment)},
                {"c_coordination_may_help", opt(c.c_coordination_may_help)}};
        if (c.has_a_person_s23 || c.a_person_s23) cj["a_person_s23"] = opt(c.a_person_s23);
        if (c.has_b_environment_s23 || c.b_environment_s23) cj["b_environment_s23"] = opt(c.b_environment_s23);
        if (c.has_a_person_s311 || c.a_person_s311) cj["a_person_s311"] = opt(c.a_person_s311);
        if (c.has_b_environment_s311 || c.b_environment_s311) cj["b_environment_s311"] = opt(c.b_environment_s311);
        entry["criteria"] = std::move(cj);
    } else {
        entry["criteria"] = nullptr;
    }
    entry["municipality_criteria_reading"] = opt_enum(e.municipality_criteria_reading);
    entry["municipality_decision"] = opt_enum(e.municipality_decision);

    json out = json::object();
    out["entry"] = std::move(entry);
    out["serious_problems"] = f.serious_problems;
    out["client_involvement_possible"] = f.client_involvement_possible;
    json scope{{"client_excluded_domains", f.scope.client_excluded_domains},
               {"college_explained_consequences", f.scope.college_explained_consequences}};
    if (f.scope.has_client_agreed_domains_key || f.scope.client_agreed_domains)
        scope["client_agreed_domains"] = opt(f.scope.client_agreed_domains);
    out["scope"] = std::move(scope);
    json fam = json::array();
    for (const auto& m : f.family_members)
        fam.push_back(json{{"id", m.id},
                           {"relation", m.relation},
                           {"possibly_involved", m.possibly_involved},
                           {"client_agrees_to_include", opt(m.client_agrees_to_include)},
                           {"member_consents", opt(m.member_consents)}});
    out["family_members"] = std::move(fam);
    if (f.investigation_outcome) {
        const auto& o = *f.investigation_outcome;
        json needs = json::array();
        for (const auto& n : o.needs)
            needs.push_back(json{{"label", n.label}, {"legal_basis", opt(n.legal_basis)}, {"domain", n.domain},
                                 {"reported_as", n.reported_as}});
        out["investigation_outcome"] = json{{"connected_problems", o.connected_problems},
                                            {"coordinated_approach_can_help", o.coordinated_approach_can_help},
                                            {"needs", std::move(needs)},
                                            {"complexity", opt_enum(o.complexity)}};
    } else {
        out["investigation_outcome"] = nullptr;
    }
    if (f.coordination) {
        const auto& c = *f.coordination;
        json offers = json::array();
        for (const auto& o : c.self_coordination_offers)
            offers.push_back(json{{"by", s(to_string(o.by))}, {"plausibly_naar_behoren", o.plausibly_naar_behoren}});
        out["coordination"] = json{{"self_coordination_offers", std::move(offers)},
                                   {"municipality_chooses_to_coordinate", opt(c.municipality_chooses_to_coordinate)},
                                   {"form_chosen", opt_enum(c.form_chosen)},
                                   {"coordinator_reports", opt_enum(c.coordinator_reports)}};
    } else {
        out["coordination"] = nullptr;
    }
    if (f.case_conference) {
        const auto& c = *f.case_conference;
        json inv = json::array();
        for (const auto& i : c.invitees)
            inv.push_back(json{{"party", i.party}, {"domain", opt(i.domain)},
                               {"participation_necessary", opt(i.participation_necessary)}});
        out["case_conference"] = json{{"phase", s(to_string(c.phase))},
                                      {"proposed_organiser", c.proposed_organiser},
                                      {"invitees", std::move(inv)},
                                      {"zwaarwegende_belangen_against_client_presence",
                                       opt(c.zwaarwegende_belangen_against_client_presence)}};
    } else {
        out["case_conference"] = nullptr;
    }
    json items = json::array();
    for (const auto& d : f.data_items) {
        json it{{"item_id", d.item_id},
                {"what", d.what},
                {"purpose", s(to_string(d.purpose))},
                {"phase", opt_enum(d.phase)},
                {"source", json{{"type", s(to_string(d.source.type))}, {"party", d.source.party}, {"domain", d.source.domain}}},
                {"recipient", d.recipient},
                {"subject", s(to_string(d.subject))},
                {"subject_ref", opt(d.subject_ref)},
                {"category", s(to_string(d.category))},
                {"in_client_excluded_domain", d.in_client_excluded_domain},
                {"client_objects", opt(d.client_objects)},
                {"secrecy_regime", s(to_string(d.secrecy_regime))},
                {"skj_registered", opt(d.skj_registered)},
                {"explicit_consent", opt(d.explicit_consent)},
                {"goed_hulpverlenerschap", opt(d.goed_hulpverlenerschap)},
                {"special_law", s(to_string(d.special_law))},
                {"special_law_permits", opt(d.special_law_permits)},
                {"provider_response", s(to_string(d.provider_response))},
                {"provider_conditions", opt(d.provider_conditions)},
                {"provider_consents_to_reuse", opt(d.provider_consents_to_reuse)},
                {"necessity", json{{"assessment", s(to_string(d.necessity.assessment))},
                                   {"justification", opt(d.necessity.justification)}}}};
        if (d.has_rebuttal_key || d.secrecy_regime_rebutted_because)
            it["secrecy_regime_rebutted_because"] = opt(d.secrecy_regime_rebutted_because);
        it["conference"] = d.conference ? json{{"recipient_participation_necessary", opt(d.conference->recipient_participation_necessary)},
                                               {"zwaarwegende_belangen", opt(d.conference->zwaarwegende_belangen)}}
                                        : json(nullptr);
        it["bsn"] = d.bsn ? json{{"user_authorised_for_bsn", opt(d.bsn->user_authorised_for_bsn)},
                                 {"identification_necessary", opt(d.bsn->identification_necessary)}}
                          : json(nullptr);
        items.push_back(std::move(it));
    }
    out["data_items"] = std::move(items);
    return out;
}

} // namespace wams
