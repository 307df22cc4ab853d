// properties.cpp — see properties.hpp. The case context (route, requester, the A1 readings, whether an investigation
// runs and which rule decided that it does not) is read from the FACTS by the rulebook's own tables (§8.3 Q2, §9.1),
// independently of the engine.
#include "properties.hpp"

#include "case_generator.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace wams::gen {
using nlohmann::json;
using Ids = std::set<std::string>;

namespace {

// [SECTION] Helpers -----------------------------------------------------------------------------------------------

Ids ids_of(const json& arr) {
    Ids out;
    if (arr.is_array())
        for (const auto& v : arr)
            if (v.is_string()) out.insert(v.get<std::string>());
    return out;
}
std::string show(const Ids& ids) {
    std::string s = "[";
    for (const auto& i : ids) s += (s.size() > 1 ? "," : "") + i;
    return s + "]";
}
bool has(const json& arr, const std::string& id) { return ids_of(arr).count(id) > 0; }
bool is_true(const json& v) { return v.is_boolean() && v.get<bool>(); }
std::string str(const json& v) { return v.is_string() ? v.get<std::string>() : v.dump(); }
bool has_advisory(const json& out, const std::string& code) {
    for (const auto& a : out["advisories"])
        if (a.value("code", "") == code) return true;
    return false;
}
std::string where(const json& item) { return "item " + str(item["item_id"]) + " (" + str(item["purpose"]) + "): "; }

// [SECTION] Case context (§9.1, §8.3 Q2 "Decisive rules at the gates") ---------------------------------------------

struct Readings {                        // R22 under §2.3 and §3.1.1 (A1, D4): reading-specific answers override
    bool s23 = false, s311 = false;
};

Readings readings(const json& c) {
    const auto answer = [&](const char* specific, const char* shared) {
        const json& v = c.contains(specific) ? c[specific] : json(nullptr);
        return v.is_boolean() ? v.get<bool>() : c[shared].get<bool>();
    };
    const bool cc = c["c_coordination_may_help"].get<bool>();
    return {(answer("a_person_s23", "a_person") || answer("b_environment_s23", "b_environment")) && cc,
            answer("a_person_s311", "a_person") && answer("b_environment_s311", "b_environment") && cc};
}

struct Context {
    std::string route;
    bool requester_recorded = false, eligible = false, motivated = false;
    std::optional<Readings> criteria;    // set for an eligible, motivated request with criteria recorded
    bool started = false;                // a Wams investigation runs (R16, or R23 + the college's decision)
    Ids deciding;                        // the investigation gate's rules besides R1 when none runs
    Ids may_add;                         // R27 where a fixed municipal reading decided (§9.1)
};

void professional_context(const json& e, Context& c) {
    const json& req = e["requester"];
    c.requester_recorded = req.is_object();
    c.eligible = c.requester_recorded && req["kind"] == "professional" && req["organisation_domain"] != "none" &&
                 is_true(req["involved_with_person"]);  // R20 (A10: either domain suffices)
    c.motivated = c.eligible && is_true(req["request_motivated"]);
    if (!c.eligible) { c.deciding = {"R20"}; return; }
    if (!c.motivated) { c.deciding = {"R21"}; return; }
    if (!e["criteria"].is_object()) { c.deciding = {"R22"}; return; }
    c.criteria = readings(e["criteria"]);
    bool met = c.criteria->s23;
    if (c.criteria->s23 != c.criteria->s311) {
        const json& fixed = e["municipality_criteria_reading"];
        if (!fixed.is_string()) { c.deciding = {"R22"}; return; }
        met = fixed == "§2.3" ? c.criteria->s23 : c.criteria->s311;
        c.may_add = {"R27"};
    }
    if (!met) { c.deciding = {"R24"}; return; }
    const json& decision = e["municipality_decision"];
    c.started = decision == "investigate";
    if (decision == "decline") c.deciding = {"R23", "R27"};
    else if (!c.started) c.deciding = {"R23"};
}

Context context(const json& facts) {
    const json& e = facts["entry"];
    Context c;
    c.route = e["route"].get<std::string>();
    if (c.route == "client_request") {
        const json& plausible = e["multiple_problems_plausible"];
        if (plausible.is_null()) c.deciding = {"R16"};
        else if (!plausible.get<bool>()) c.deciding = {"R17"};
        else if (is_true(e["client_declines_investigation"])) c.deciding = {"R18"};
        else c.started = true;
    } else if (c.route == "professional_request") {
        professional_context(e, c);
    }
    return c;
}

// Items whose walk reaches the phase-bound steps when no gate stops them (not Q1-gated, not the R67 request).
bool phase_walked(const json& item) {
    const auto p = item["purpose"].get<std::string>();
    return !q1_gated(p) && p != "professional_request";
}
bool conference_purpose(const json& item) {
    return item["purpose"] == "case_conference" || item["purpose"] == "reuse_from_case_conference";
}

// [SECTION] Citations ---------------------------------------------------------------------------------------------

void expect_gate(const json& item, const json& res, const std::string& verdict, const Ids& rules, const Ids& may_add,
                 const std::string& property, const Report& report) {
    const Ids got = ids_of(res["rules"]);
    bool ok = res["verdict"] == verdict && std::includes(got.begin(), got.end(), rules.begin(), rules.end());
    for (const auto& r : got) ok = ok && (rules.count(r) || may_add.count(r));
    if (!ok)
        report(property, where(item) + "expected " + verdict + " " + show(rules) +
                             (may_add.empty() ? "" : " (+ " + show(may_add) + ")") + ", got " + str(res["verdict"]) + " " + show(got));
}

const std::map<std::string, std::pair<std::string, std::string>>& q1_gates() {  // §8.3 Q1
    static const std::map<std::string, std::pair<std::string, std::string>> g{
        {"opsporing", {"not_allowed", "R5"}}, {"fraud_oneigenlijk_gebruik", {"not_allowed", "R5"}},
        {"bulk_search", {"not_allowed", "R7"}}, {"structural_exchange", {"not_allowed", "R6"}},
        {"non_voluntary_service", {"not_this_law", "R4"}}, {"decision_making", {"not_this_law", "R10"}},
        {"other_legal_table", {"not_this_law", "R55"}}};
    return g;
}

void check_request_gate(const Context& c, const json& item, const json& res, const Report& report) {  // R67 rows of Q2
    const char* p = "gate_request_R67";
    if (c.route != "professional_request") expect_gate(item, res, "not_this_law", {"R1", "R67"}, {}, p, report);
    else if (!c.requester_recorded) expect_gate(item, res, "undetermined", {"R20", "R67"}, {}, p, report);
    else if (!c.eligible) expect_gate(item, res, "not_this_law", {"R20", "R67"}, {}, p, report);
    else if (!c.motivated) expect_gate(item, res, "undetermined", {"R21", "R67"}, {}, p, report);
}

// The coordination gate (§8.3 Q2): R1, + R34 / R38 / R39; R1 alone while coordination is pending or no
// investigation started. "Active" is read from the engine's coordination value (R37, R38 + the college's choice).
// Returns whether the gate passed.
bool check_coordination_gate(const Context& c, const json& facts, const json& out, const json& item, const json& res,
                             const Report& report) {
    const json& coord = out["coordination"];
    const json& choice = facts["coordination"].is_object() ? facts["coordination"]["municipality_chooses_to_coordinate"] : json(nullptr);
    const auto value = coord["value"].get<std::string>();
    if (value == "mandatory" || (value == "permitted" && is_true(choice))) return true;
    Ids rules{"R1"};
    if (c.started && value == "permitted") rules.insert("R38");
    if (c.started && value == "not_applicable" && facts["investigation_outcome"].is_object())
        rules.insert(is_true(facts["investigation_outcome"]["connected_problems"]) &&
                             is_true(facts["investigation_outcome"]["coordinated_approach_can_help"]) ? "R39" : "R34");
    expect_gate(item, res, "not_this_law", rules, {}, "gate_coordination_R1", report);
    return false;
}

// Q2 for one item in the fixed order: R48 (no conference), the phase gate, the conference gate (organiser, R48).
// Returns whether the rulebook lets the item past every gate.
bool check_phase_gates(const Context& c, const json& facts, const json& out, const json& item, const json& res,
                       const Report& report) {
    const json& conference = facts["case_conference"];
    if (conference_purpose(item) && !conference.is_object()) {
        expect_gate(item, res, "not_this_law", {"R48"}, {}, "gate_no_conference_R48_first", report);
        return false;
    }
    const auto phase = derived_phase(item, facts);
    if (phase == "investigation" && !c.started) {
        Ids rules = c.deciding;
        rules.insert("R1");
        expect_gate(item, res, "not_this_law", rules, c.may_add, "gate_investigation_R1_deciding", report);
        return false;
    }
    if (phase == "coordination" && !check_coordination_gate(c, facts, out, item, res, report)) return false;
    const std::string organiser = conference.is_object() ? str(conference["proposed_organiser"]) : "";
    if (conference_purpose(item) && organiser != "college" && organiser != "coordinator") {
        expect_gate(item, res, "not_this_law", {"R48"}, {}, "gate_conference_organiser_R48", report);
        return false;
    }
    return true;
}

// [SECTION] Flags -------------------------------------------------------------------------------------------------

void check_a1(const Context& c, const json& facts, const json& out, const Report& report) {  // A1, C07, D4, §9.1
    if (!c.criteria) return;
    const json& inv = out["investigation"];
    const bool differ = c.criteria->s23 != c.criteria->s311;
    const bool shown = has(out["ambiguity_flags"], "A1") && inv.contains("alternative_readings");
    if (differ != shown)
        report("A1_exactly_when_readings_differ", std::string("readings ") + (differ ? "differ" : "agree") +
                                                      ", A1 + alternative_readings " + (shown ? "shown" : "not shown"));
    if (!differ || !shown) return;
    const auto outcome = [](bool met) { return met ? "at_discretion" : "no"; };
    const json want{{"§2.3", outcome(c.criteria->s23)}, {"§3.1.1", outcome(c.criteria->s311)}};
    if (inv["alternative_readings"] != want)
        report("A1_alternative_readings", "expected " + want.dump() + ", got " + inv["alternative_readings"].dump());
    const json& fixed = facts["entry"]["municipality_criteria_reading"];
    const std::string value = !fixed.is_string() ? "undetermined" : want[fixed.get<std::string>()].get<std::string>();
    if (inv["value"] != value)
        report("A1_value_follows_fixed_reading", "reading " + fixed.dump() + ": expected " + value + ", got " + str(inv["value"]));
}

void check_case_flags(const Context& c, const json& facts, const json& out, const Report& report) {
    const json& scope = facts["scope"];
    const bool scope_wish = !scope["client_excluded_domains"].empty() ||
                            (scope.contains("client_agreed_domains") && scope["client_agreed_domains"].is_array());
    if (c.route == "professional_request" && c.started && scope_wish && !has(out["ambiguity_flags"], "A11"))
        report("A11_case_professional_route_scope", "investigation started, exclusion or agreed domains recorded, no A11");
    const json& conf = out["case_conference"];
    const json& conf_facts = facts["case_conference"];
    if (conf.is_object() && conf["may_be_organised"] == "yes" &&
        !(conf_facts["zwaarwegende_belangen_against_client_presence"] == false) && !has(out["ambiguity_flags"], "A14"))
        report("A14_case_client_presence_not_false", "weighty interests against the client's presence " +
                                                         conf_facts["zwaarwegende_belangen_against_client_presence"].dump() + ", no A14");
    const json& e = facts["entry"];
    if (c.route == "client_request" && c.started && e["client_declines_investigation"].is_null() &&
        !has_advisory(out, "ADV_CLIENT_MAY_DECLINE"))
        report("client_tenzij_open_advisory", "client_declines_investigation null, no ADV_CLIENT_MAY_DECLINE");
}

// An open exception (D27) keeps the item from plain `allowed`, and is listed when the item is allowed under conditions.
void expect_open_condition(const json& item, const json& res, const std::string& code, const std::string& property,
                           const Report& report) {
    const bool ok = res["verdict"] != "allowed" && (res["verdict"] != "allowed_under_conditions" || has(res["conditions"], code));
    if (!ok) report(property, where(item) + str(res["verdict"]) + " without condition " + code);
}

// Only for items past every gate, by the rulebook and by the engine (a gate difference is reported by the gate checks).
void check_item_flags(const Context& c, const json& facts, const json& out, const json& item, const json& res,
                      const Report& report) {
    const Report ignore = [](const std::string&, const std::string&) {};
    if (!phase_walked(item) || res["verdict"] == "not_this_law" || !check_phase_gates(c, facts, out, item, res, ignore)) return;
    const auto phase = derived_phase(item, facts);
    const json& amb = res["ambiguities"];
    if (c.route == "professional_request" && is_true(item["in_client_excluded_domain"]) && !has(amb, "A11"))
        report("A11_item_excluded_domain_professional_route", where(item) + "in an excluded domain, no A11");
    if (phase == "coordination" && is_true(item["client_objects"])) {
        if (!has(amb, "A21")) report("A21_client_objects", where(item) + "client objects in coordination, no A21");
        const bool serious = is_true(facts["serious_problems"]);
        if (!serious && res["verdict"] != "not_allowed")
            report("A21_objection_blocks_not_serious", where(item) + "expected not_allowed, got " + str(res["verdict"]));
        if (serious && res["verdict"] != "not_allowed" && res["verdict"] != "undetermined")
            report("A21_objection_serious_not_a_condition", where(item) + "got " + str(res["verdict"]));
    }
    const json& conf = item["conference"];
    if (item["purpose"] == "case_conference" && (!conf.is_object() || conf["zwaarwegende_belangen"].is_null())) {
        if (!has(amb, "A14")) report("A14_item_weighty_interests_open", where(item) + "weighty interests not recorded, no A14");
        expect_open_condition(item, res, "unless_zwaarwegende_belangen_oppose", "A14_item_open_condition", report);
    }
    if (phase == "investigation" && c.route == "client_request" && facts["entry"]["client_declines_investigation"].is_null())
        expect_open_condition(item, res, "unless_client_finds_investigation_unnecessary", "client_tenzij_open_condition", report);
}

// [SECTION] Vocabulary (§0.2, §8.4, §9.3) -------------------------------------------------------------------------

bool one_of(const json& v, std::initializer_list<const char*> values) {
    return v.is_string() && std::any_of(values.begin(), values.end(), [&](const char* s) { return v == s; });
}

// An id of the form <prefix><n> with 1 <= n <= max (R1–R67, A1–A25).
bool numbered(const std::string& s, char prefix, int max) {
    if (s.size() < 2 || s.size() > 3 || s[0] != prefix || s[1] == '0') return false;
    if (!std::all_of(s.begin() + 1, s.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) return false;
    return std::stoi(s.substr(1)) <= max;
}
bool is_rule(const std::string& s) { return numbered(s, 'R', 67); }
bool is_ambiguity(const std::string& s) { return numbered(s, 'A', 25); }

bool is_condition(const std::string& s) {  // §8.4 condition codes
    static const Ids codes{"provider_may_refuse_for_zwaarwegende_redenen_or_set_conditions", "within_scope_of_explicit_consent",
                           "holder_judged_goed_hulpverlenerschap_record_it", "only_as_far_as_Wpg_allows",
                           "only_as_far_as_Wjsg_allows", "distribute_op_maat", "reuse_only_with_provider_consent",
                           "bsn_only_to_ensure_right_person", "cooperation_is_voluntary_samenwerking_no_doorzettingsmacht",
                           "unless_zwaarwegende_belangen_oppose", "unless_client_finds_investigation_unnecessary"};
    return codes.count(s) || s.rfind("provider_conditions:", 0) == 0;
}

bool is_advisory(const std::string& s) {  // §9.3 advisory codes
    static const Ids codes{"ADV_INVESTIGATION_TOPICS", "ADV_INVOLVE_PARTIES", "ADV_STEP_BY_STEP", "ADV_DOSSIER",
                           "ADV_INFORM_CLIENT", "ADV_MUNICIPAL_CRITERIA", "ADV_SINGLE_APPROACH", "ADV_CLIENT_MAY_DECLINE",
                           "ADV_OTHER_ROUTES", "ADV_SEPARATE_APPLICATIONS", "ADV_SERVICE_PROPOSAL", "ADV_IN_SAMENHANG",
                           "ADV_PLAN_PRIORITIES", "ADV_NO_DOORZETTINGSMACHT", "ADV_ACCESS_FREE", "ADV_EXISTING_CASES",
                           "ADV_NO_SCREENING_DUTY", "ADV_DOMAIN_RECLASSIFIED", "ADV_CONSENT_NOT_BASIS",
                           "ADV_CASE_CONFERENCE_INDICATED", "ADV_NO_CROSS_DOMAIN_BASIS_ELSEWHERE"};
    return codes.count(s) > 0;
}

// An array of unique strings, each accepted by `ok`.
bool ids_match(const json& arr, bool (*ok)(const std::string&)) {
    const Ids ids = ids_of(arr);
    return arr.is_array() && ids.size() == arr.size() && std::all_of(ids.begin(), ids.end(), ok);
}

void check_process_values(const json& out, const Report& report) {
    const auto need = [&](const char* key, std::initializer_list<const char*> values) {
        if (!one_of(out[key]["value"], values) || !ids_match(out[key]["rules"], is_rule))
            report("vocabulary_process", std::string(key) + " = " + out[key].dump());
    };
    need("investigation", {"yes", "at_discretion", "no", "undetermined", "not_applicable"});
    need("coordination", {"mandatory", "permitted", "not_applicable", "pending"});
    need("coordinator_appointed", {"yes", "no", "at_discretion", "pending", "not_applicable"});
    need("coordination_form", {"light", "regisseur", "standard", "self", "to_be_chosen", "not_applicable"});
    need("coordination_file", {"coordinatiedossier", "existing_dossiers_suffice", "no_requirements", "not_applicable"});
    need("coordination_mode", {"in_afstemming", "zoveel_mogelijk_in_afstemming", "no_requirements", "not_applicable"});
    need("coordination_end", {"report_to_college", "not_applicable"});
    need("client_role", {"in_samenspraak", "involve_if_possible", "without_client_allowed", "not_applicable"});
    need("requesting_professional_involved", {"yes", "no", "not_applicable"});
    for (const auto& m : out["family_members"])
        if (!one_of(m["included_as_client"], {"yes", "no", "pending", "not_applicable"}))
            report("vocabulary_process", "family member " + m.dump());
    const json& conf = out["case_conference"];
    if (!conf.is_null() && !one_of(conf["may_be_organised"], {"yes", "no"}))
        report("vocabulary_process", "case_conference " + conf.dump());
    if (!ids_match(out["ambiguity_flags"], is_ambiguity)) report("vocabulary_process", "ambiguity_flags " + out["ambiguity_flags"].dump());
    for (const auto& a : out["advisories"])
        if (!is_advisory(str(a["code"])) || !ids_match(a["rules"], is_rule))
            report("vocabulary_process", "advisory " + a.dump());
}

} // namespace

// [SECTION] Public ------------------------------------------------------------------------------------------------

const std::vector<std::string>& property_names() {
    static const std::vector<std::string> n{
        "answers_every_valid_case", "vocabulary_process", "vocabulary_item", "one_result_per_item",
        "item_cites_a_rule", "not_this_law_advisory_D20", "gate_q1", "gate_request_R67",
        "gate_no_conference_R48_first", "gate_investigation_R1_deciding", "gate_coordination_R1",
        "gate_conference_organiser_R48", "no_met_rule_decisive_C05", "A1_exactly_when_readings_differ",
        "A1_alternative_readings", "A1_value_follows_fixed_reading", "A11_case_professional_route_scope",
        "A11_item_excluded_domain_professional_route", "A21_client_objects", "A21_objection_blocks_not_serious",
        "A21_objection_serious_not_a_condition", "A14_case_client_presence_not_false", "A14_item_weighty_interests_open",
        "A14_item_open_condition", "client_tenzij_open_advisory", "client_tenzij_open_condition",
        "phase_null_same_as_derived_D26", "deterministic", "json_round_trip"};
    return n;
}

void check_vocabulary(const json& out, std::size_t items, const Report& report) {
    check_process_values(out, report);
    const json& res = out["data_items"];
    if (!res.is_array() || res.size() != items) { report("one_result_per_item", "expected " + std::to_string(items)); return; }
    for (const auto& r : res)
        if (!one_of(r["verdict"], {"allowed", "allowed_under_conditions", "not_allowed", "not_this_law", "undetermined"}) ||
            !ids_match(r["rules"], is_rule) || !ids_match(r["ambiguities"], is_ambiguity) || !r["conditions"].is_array() ||
            !std::all_of(r["conditions"].begin(), r["conditions"].end(),
                         [](const json& c) { return is_condition(str(c)); }))
            report("vocabulary_item", r.dump());
}

void check_citations(const json& facts, const json& out, const Report& report) {
    const Context c = context(facts);
    const json& items = facts["data_items"];
    for (std::size_t i = 0; i < items.size() && i < out["data_items"].size(); ++i) {
        const json& item = items[i];
        const json& res = out["data_items"][i];
        if (res["rules"].empty()) report("item_cites_a_rule", where(item) + str(res["verdict"]) + " cites no rule");
        if (res["verdict"] == "not_this_law" && !has_advisory(out, "ADV_NO_CROSS_DOMAIN_BASIS_ELSEWHERE"))
            report("not_this_law_advisory_D20", where(item) + "not_this_law without ADV_NO_CROSS_DOMAIN_BASIS_ELSEWHERE");
        const auto purpose = item["purpose"].get<std::string>();
        if (const auto g = q1_gates().find(purpose); g != q1_gates().end())
            expect_gate(item, res, g->second.first, {g->second.second}, {}, "gate_q1", report);
        else if (purpose == "professional_request") check_request_gate(c, item, res, report);
        else check_phase_gates(c, facts, out, item, res, report);
        const bool decisive = res["verdict"] != "allowed" && res["verdict"] != "allowed_under_conditions";
        if (decisive && ((c.eligible && has(res["rules"], "R20")) || (c.motivated && has(res["rules"], "R21"))))
            report("no_met_rule_decisive_C05", where(item) + str(res["verdict"]) + " cites a met rule " + res["rules"].dump());
    }
}

void check_flags(const json& facts, const json& out, const Report& report) {
    const Context c = context(facts);
    check_a1(c, facts, out, report);
    check_case_flags(c, facts, out, report);
    const json& items = facts["data_items"];
    for (std::size_t i = 0; i < items.size() && i < out["data_items"].size(); ++i)
        check_item_flags(c, facts, out, items[i], out["data_items"][i], report);
}

} // namespace wams::gen
