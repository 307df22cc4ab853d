// schema_case.cpp — the case JSON schema of RULEBOOK §0.3 (CASE, FACTS, DATA_ITEM, cases file) as data, a checker
// that reports every deviation with its JSON Pointer, and the cross-field checks §0.3 implies.
//
// Index
//   [SECTION] Vocabulary        laws, adjacent domains (§1.4), enum values of §0.3
//   [SECTION] Spec model        Spec, Field, expected-text
//   [SECTION] The §0.3 schema   data_item_spec, facts_spec, case_spec, cases_file_spec
//   [SECTION] Checker           check_value (types, enums, required, unknown fields)
//   [SECTION] Cross-field       duplicate ids, subject_ref, phase vs purpose (D26), entry.article vs route
//   [SECTION] Public API        validate_case, validate_facts, validate_cases_file (+ internal check_*)
#include "wams/json_pointer.hpp"
#include "wams/stage.hpp"
#include "wams/validate.hpp"
#include "wams/vocabulary.hpp"

#include "validate_internal.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <set>

namespace wams {
namespace vi = validate_internal;
using nlohmann::json;

namespace {

// [SECTION] Vocabulary --------------------------------------------------------------------------------------------

// The four social-domain laws (§1.1) and the adjacent domains of §1.4 (same order), from the vocabulary.
std::vector<std::string_view> law_names() {
    std::vector<std::string_view> out;
    for (const auto& v : vocab::laws()) out.push_back(v.code);
    return out;
}
const std::vector<std::string_view> kLaws = law_names();
const std::vector<std::string_view> kAdjacentDomains(vocab::adjacent_domains().begin(), vocab::adjacent_domains().end());

bool is_one_of(std::string_view s, const std::vector<std::string_view>& values) {
    return std::find(values.begin(), values.end(), s) != values.end();
}

// An adjacent-domain name of §1.4, optionally followed by a parenthesised note: "openbare orde en veiligheid
// (reclassering)" (PUB-08).
bool is_adjacent_domain(std::string_view s) {
    for (auto d : kAdjacentDomains) {
        if (s == d) return true;
        if (s.size() > d.size() + 3 && s.substr(0, d.size()) == d && s.substr(d.size(), 2) == " (" && s.back() == ')')
            return true;
    }
    return false;
}

bool has_prefix(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool is_social_ref(std::string_view s) { return has_prefix(s, "social:") && is_one_of(s.substr(7), kLaws); }
bool is_adjacent_ref(std::string_view s) { return has_prefix(s, "adjacent:") && is_adjacent_domain(s.substr(9)); }

std::string join(const std::vector<std::string_view>& values, std::string_view sep = ", ") {
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i) out += sep;
        out += values[i];
    }
    return out;
}

// Levenshtein distance, capped: used only to suggest the enum value a typo probably meant.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    if (a.size() > 64 || b.size() > 64) return 99;
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

std::string_view closest(std::string_view s, const std::vector<std::string_view>& values) {
    std::string_view best;
    std::size_t best_d = 3;  // suggest only near misses (≤ 2 edits)
    for (auto v : values) {
        const auto d = edit_distance(s, v);
        if (d < best_d) { best_d = d; best = v; }
    }
    return best;
}

// [SECTION] Spec model --------------------------------------------------------------------------------------------

enum class Kind {
    any_object,     // an object whose content is not validated here (the case's "expected" block)
    string,         // any string
    id,             // a non-empty string (ids)
    boolean,
    enumeration,    // one string of `values`
    object,         // exactly `fields` (unknown fields are errors)
    array,          // elements of `element`
    law,            // one of the four laws
    domain_or_law,  // a law or an adjacent-domain name (§1.4)
    source_domain,  // social:<law> | adjacent:<domain> | municipality | client
    need_domain,    // social:<law> | <adjacent-domain name>
    party_domain,   // social:<law> | adjacent:<domain> | municipality | client | none
    stage_id,       // a stage id known to wams::find_stage
    json_pointer,   // an RFC 6901 pointer ("" or "/…")
};

struct Spec;
using SpecPtr = std::shared_ptr<const Spec>;

struct Field {
    std::string_view name;
    SpecPtr spec;
    bool required = true;
};

struct Spec {
    Kind kind = Kind::string;
    bool nullable = false;
    std::vector<std::string_view> values;  // enumeration
    std::vector<Field> fields;             // object
    std::vector<std::size_t> by_name;      // object: indices into fields, in byte order of the names
    SpecPtr element;                       // array
};

SpecPtr make(Kind k, bool nullable = false) {
    auto s = std::make_shared<Spec>();
    s->kind = k;
    s->nullable = nullable;
    return s;
}
SpecPtr str() { return make(Kind::string); }
SpecPtr str_or_null() { return make(Kind::string, true); }
SpecPtr id() { return make(Kind::id); }
SpecPtr boolean() { return make(Kind::boolean); }
SpecPtr bool_or_null() { return make(Kind::boolean, true); }
SpecPtr enumeration(std::vector<std::string_view> values, bool nullable = false) {
    auto s = std::make_shared<Spec>();
    s->kind = Kind::enumeration;
    s->nullable = nullable;
    s->values = std::move(values);
    return s;
}
// The allowed values of a choice field, as the vocabulary lists them (path as in assets/vocabulary.json).
SpecPtr values_of(std::string_view path, bool nullable = false) { return enumeration(vocab::codes(path), nullable); }
SpecPtr object(std::vector<Field> fields, bool nullable = false) {
    auto s = std::make_shared<Spec>();
    s->kind = Kind::object;
    s->nullable = nullable;
    s->fields = std::move(fields);
    for (std::size_t i = 0; i < s->fields.size(); ++i) s->by_name.push_back(i);
    std::sort(s->by_name.begin(), s->by_name.end(),
              [&](std::size_t a, std::size_t b) { return s->fields[a].name < s->fields[b].name; });
    return s;
}
SpecPtr array(SpecPtr element, bool nullable = false) {
    auto s = std::make_shared<Spec>();
    s->kind = Kind::array;
    s->nullable = nullable;
    s->element = std::move(element);
    return s;
}

vi::Words expected_text(const Spec& s) {
    vi::Words w;
    switch (s.kind) {
    case Kind::any_object: w = {"object", "object"}; break;
    case Kind::string: w = {"string", "tekst"}; break;
    case Kind::id: w = {"non-empty string", "niet-lege tekst"}; break;
    case Kind::boolean: w = {"boolean (true or false)", "ja/nee-waarde (true of false)"}; break;
    case Kind::enumeration: w = {"one of: " + join(s.values), "één van: " + join(s.values)}; break;
    case Kind::object: {
        std::vector<std::string_view> names;
        for (const auto& f : s.fields) names.push_back(f.name);
        w = {"object with fields " + join(names), "object met de velden " + join(names)};
        break;
    }
    case Kind::array: w = {"array", "lijst"}; break;
    case Kind::law: w = {"one of the laws: " + join(kLaws), "één van de wetten: " + join(kLaws)}; break;
    case Kind::domain_or_law:
        w = {"a law (" + join(kLaws) + ") or an adjacent domain (" + join(kAdjacentDomains) + ")",
             "een wet (" + join(kLaws) + ") of een aanpalend domein (" + join(kAdjacentDomains) + ")"};
        break;
    case Kind::source_domain:
        w = {"\"social:<law>\", \"adjacent:<domain>\", \"municipality\" or \"client\"",
             "\"social:<wet>\", \"adjacent:<domein>\", \"municipality\" of \"client\""};
        break;
    case Kind::need_domain:
        w = {"\"social:<law>\" or an adjacent-domain name (" + join(kAdjacentDomains) + ")",
             "\"social:<wet>\" of de naam van een aanpalend domein (" + join(kAdjacentDomains) + ")"};
        break;
    case Kind::party_domain:
        w = {"\"social:<law>\", \"adjacent:<domain>\", \"municipality\", \"client\" or \"none\"",
             "\"social:<wet>\", \"adjacent:<domein>\", \"municipality\", \"client\" of \"none\""};
        break;
    case Kind::stage_id: {
        std::vector<std::string_view> ids;
        for (const auto& st : known_stages()) ids.push_back(st.id);
        w = {"a known rulebook stage: " + join(ids), "een bekende fase van het wetsvoorstel: " + join(ids)};
        break;
    }
    case Kind::json_pointer: w = {"a JSON pointer (\"\" or \"/…\")", "een JSON-pointer (\"\" of \"/…\")"}; break;
    }
    if (s.nullable) { w.en += " or null"; w.nl += " of null"; }
    return w;
}

// [SECTION] The §0.3 schema ---------------------------------------------------------------------------------------

SpecPtr data_item_spec() {  // DATA_ITEM, §0.3 (walk steps Q1–Q12 of §8)
    return object({
        {"item_id", id()},
        {"what", str()},
        {"purpose", values_of("/data_items/*/purpose")},
        {"phase", values_of("/data_items/*/phase", true)},
        {"source", object({
             {"type", values_of("/data_items/*/source/type")},
             {"party", str()},
             {"domain", make(Kind::source_domain)},
         })},
        {"recipient", str()},
        {"subject", values_of("/data_items/*/subject")},
        {"subject_ref", make(Kind::id, true)},
        {"category", values_of("/data_items/*/category")},
        {"in_client_excluded_domain", boolean()},
        {"client_objects", bool_or_null()},
        {"secrecy_regime", values_of("/data_items/*/secrecy_regime")},
        {"secrecy_regime_rebutted_because", str_or_null(), /*required=*/false},
        {"skj_registered", bool_or_null()},
        {"explicit_consent", bool_or_null()},
        {"goed_hulpverlenerschap", bool_or_null()},
        {"special_law", values_of("/data_items/*/special_law")},
        {"special_law_permits", bool_or_null()},
        {"provider_response", values_of("/data_items/*/provider_response")},
        {"provider_conditions", str_or_null()},
        // Q10: either answer may be null (draft 3.1, §0.3 null table: R50 from invitees[], R52's «tenzij» open).
        {"conference", object({{"recipient_participation_necessary", bool_or_null()}, {"zwaarwegende_belangen", bool_or_null()}}, true)},
        {"provider_consents_to_reuse", bool_or_null()},
        {"bsn", object({{"user_authorised_for_bsn", boolean()}, {"identification_necessary", boolean()}}, true)},
        {"necessity", object({{"assessment", values_of("/data_items/*/necessity/assessment")},
                              {"justification", str_or_null()}})},
    });
}

SpecPtr facts_spec() {  // FACTS, §0.3
    static const SpecPtr spec = object({
        {"entry", object({
             {"route", values_of("/entry/route")},
             {"article", values_of("/entry/article", true)},
             {"loket", values_of("/entry/loket")},
             {"client_status", values_of("/entry/client_status")},
             {"initial_request_under", array(make(Kind::law))},
             {"multiple_problems_indicated_by", values_of("/entry/multiple_problems_indicated_by")},
             {"multiple_problems_plausible", bool_or_null()},
             {"client_declines_investigation", bool_or_null()},
             {"requester", object({
                  {"kind", values_of("/entry/requester/kind")},
                  {"role", str()},
                  {"organisation_domain", values_of("/entry/requester/organisation_domain")},
                  {"domain_name", str_or_null()},
                  {"involved_with_person", boolean()},
                  {"request_motivated", boolean()},
              }, true)},
             {"criteria", object({
                  {"a_person", boolean()},
                  {"b_environment", boolean()},
                  {"c_coordination_may_help", boolean()},
                  {"a_person_s23", bool_or_null(), false},
                  {"b_environment_s23", bool_or_null(), false},
                  {"a_person_s311", bool_or_null(), false},
                  {"b_environment_s311", bool_or_null(), false},
              }, true)},
             {"municipality_criteria_reading", values_of("/entry/municipality_criteria_reading", true)},
             {"municipality_decision", values_of("/entry/municipality_decision", true)},
         })},
        {"serious_problems", boolean()},
        {"client_involvement_possible", boolean()},
        {"scope", object({
             {"client_excluded_domains", array(make(Kind::domain_or_law))},
             {"client_agreed_domains", array(make(Kind::domain_or_law), true), false},
             {"college_explained_consequences", boolean()},
         })},
        {"family_members", array(object({
             {"id", id()},
             {"relation", str()},
             {"possibly_involved", boolean()},
             {"client_agrees_to_include", bool_or_null()},
             {"member_consents", bool_or_null()},
         }))},
        {"investigation_outcome", object({
             {"connected_problems", boolean()},
             {"coordinated_approach_can_help", boolean()},
             {"needs", array(object({
                  {"label", str()},
                  {"legal_basis", make(Kind::law, true)},
                  {"domain", make(Kind::need_domain)},
                  {"reported_as", str()},  // free: how the intake recorded it (R3 traps, D19)
              }))},
             {"complexity", values_of("/investigation_outcome/complexity")},
         }, true)},
        {"coordination", object({
             {"self_coordination_offers", array(object({
                  {"by", values_of("/coordination/self_coordination_offers/*/by")},
                  {"plausibly_naar_behoren", boolean()},
              }))},
             {"municipality_chooses_to_coordinate", bool_or_null()},
             {"form_chosen", values_of("/coordination/form_chosen", true)},
             {"coordinator_reports", values_of("/coordination/coordinator_reports", true)},
         }, true)},
        {"case_conference", object({
             {"phase", values_of("/case_conference/phase")},
             {"proposed_organiser", id()},  // college | coordinator | self_coordinator | other (free)
             {"invitees", array(object({
                  {"party", str()},
                  {"domain", make(Kind::party_domain)},
                  {"participation_necessary", boolean()},
              }))},
             {"zwaarwegende_belangen_against_client_presence", bool_or_null()},  // null = not raised (R51, A14)
         }, true)},
        {"data_items", array(data_item_spec())},
    });
    return spec;
}

std::vector<Field> case_fields() {  // CASE, §0.3, plus the fields our own tools add
    return {
        {"id", id()},
        {"facts", facts_spec()},
        {"title", str(), false},
        {"description_nl", str(), false},
        {"expected", make(Kind::any_object), false},  // the graded outcome; checked by the engine's tests, not here
        {"stage", make(Kind::stage_id), false},
        {"notes", str(), false},
        {"pii_exemptions", array(object({{"path", make(Kind::json_pointer)}, {"text", str()}, {"category", str()}})), false},
    };
}

SpecPtr case_spec(bool single_case_file) {
    static const SpecPtr in_file = object(case_fields());
    static const SpecPtr single = [] {
        auto fields = case_fields();
        fields.push_back({"schema", str(), false});  // a stand-alone case file may name its schema
        return object(std::move(fields));
    }();
    return single_case_file ? single : in_file;
}

// [SECTION] Checker -----------------------------------------------------------------------------------------------

bool matches_kind(const Spec& s, const json& v) {
    switch (s.kind) {
    case Kind::any_object:
    case Kind::object: return v.is_object();
    case Kind::array: return v.is_array();
    case Kind::boolean: return v.is_boolean();
    default: return v.is_string();
    }
}

bool string_value_ok(const Spec& s, const std::string& v) {
    switch (s.kind) {
    case Kind::id: return !v.empty();
    case Kind::enumeration: return is_one_of(v, s.values);
    case Kind::law: return is_one_of(v, kLaws);
    case Kind::domain_or_law: return is_one_of(v, kLaws) || is_adjacent_domain(v);
    case Kind::source_domain: return is_social_ref(v) || is_adjacent_ref(v) || v == "municipality" || v == "client";
    case Kind::need_domain: return is_social_ref(v) || is_adjacent_domain(v);
    case Kind::party_domain:
        return is_social_ref(v) || is_adjacent_ref(v) || v == "municipality" || v == "client" || v == "none";
    case Kind::stage_id: return find_stage(v) != nullptr;
    case Kind::json_pointer: return is_pointer(v);
    default: return true;
    }
}

// Where a value sits: a root pointer plus the tokens down to it, formatted only when an error is reported (the
// valid path through 10 000 cases then builds no pointer strings at all).
struct Where {
    const std::string* root = nullptr;  // set on the root only
    const Where* parent = nullptr;
    std::string_view key;               // member name (when !by_index)
    std::size_t index = 0;              // element index (when by_index)
    bool by_index = false;

    std::string pointer() const {  // the RFC 6901 pointer, e.g. "/cases/3/facts/data_items/0/purpose"
        if (!parent) return root ? *root : std::string();
        return by_index ? vi::child(parent->pointer(), index) : vi::child(parent->pointer(), key);
    }
    Where member(std::string_view k) const { return Where{nullptr, this, k, 0, false}; }
    Where element(std::size_t i) const { return Where{nullptr, this, {}, i, true}; }
};

void check_value(const Spec& s, const json& v, const Where& where, vi::Collector& out);

void check_value(const Spec& s, const json& v, const std::string& path, vi::Collector& out) {
    check_value(s, v, Where{&path, nullptr, {}, 0, false}, out);
}

void check_value(const Spec& s, const json& v, const Where& where, vi::Collector& out) {
    if (v.is_null() && s.nullable) return;
    if (!matches_kind(s, v)) {
        out.add(where.pointer(), {"Wrong type", "Verkeerd soort waarde"}, expected_text(s), vi::describe_found(v));
        return;
    }
    if (v.is_string()) {
        const auto& text = v.get_ref<const std::string&>();
        if (string_value_ok(s, text)) return;
        vi::Words what = s.kind == Kind::id ? vi::Words{"Empty text", "Lege tekst"}
                                            : vi::Words{"Unknown value", "Onbekende waarde"};
        if (s.kind == Kind::enumeration) {
            if (auto guess = closest(text, s.values); !guess.empty()) {
                what.en += " (did you mean \"" + std::string(guess) + "\"?)";
                what.nl += " (bedoelde u \"" + std::string(guess) + "\"?)";
            }
        }
        out.add(where.pointer(), std::move(what), expected_text(s), vi::describe_found(v));
        return;
    }
    if (s.kind == Kind::array) {
        for (std::size_t i = 0; i < v.size(); ++i) check_value(*s.element, v[i], where.element(i), out);
        return;
    }
    if (s.kind != Kind::object) return;
    // Match the members (a std::map, in byte order of their names) against the fields in one merged walk; then
    // check the fields in schema order, so errors keep that order.
    std::vector<const json*> member_of(s.fields.size(), nullptr);
    std::size_t known_present = 0;  // when every member of v is a known field, the unknown-field scan is skipped
    {
        const auto& members = v.get_ref<const json::object_t&>();
        auto m = members.begin();
        for (std::size_t k = 0; m != members.end() && k < s.by_name.size();) {
            const std::size_t fi = s.by_name[k];
            const int order = std::string_view(m->first).compare(s.fields[fi].name);
            if (order == 0) {
                member_of[fi] = &m->second;
                ++known_present;
                ++m;
                ++k;
            } else if (order < 0) {
                ++m;  // an unknown member: reported below
            } else {
                ++k;  // a field that is absent
            }
        }
    }
    for (std::size_t fi = 0; fi < s.fields.size(); ++fi) {
        const Field& f = s.fields[fi];
        if (!member_of[fi]) {
            if (f.required)
                out.add(where.member(f.name).pointer(), {"Required field is missing", "Verplicht veld ontbreekt"},
                        expected_text(*f.spec), {"missing", "ontbreekt"});
            continue;
        }
        check_value(*f.spec, *member_of[fi], where.member(f.name), out);
    }
    if (known_present == v.size()) return;
    for (auto it = v.begin(); it != v.end(); ++it) {
        const auto known = std::any_of(s.fields.begin(), s.fields.end(), [&](const Field& f) { return f.name == it.key(); });
        if (known) continue;
        std::vector<std::string_view> names;
        for (const auto& f : s.fields) names.push_back(f.name);
        vi::Words what{"Unknown field", "Onbekend veld"};
        if (auto guess = closest(it.key(), names); !guess.empty()) {
            what.en += " (did you mean \"" + std::string(guess) + "\"?)";
            what.nl += " (bedoelde u \"" + std::string(guess) + "\"?)";
        }
        out.add(where.member(it.key()).pointer(), std::move(what),
                {"only the fields " + join(names), "alleen de velden " + join(names)},
                {"field " + vi::quote_text(it.key()), "veld " + vi::quote_text(it.key())});
    }
}

// [SECTION] Cross-field -------------------------------------------------------------------------------------------

const json* field(const json& obj, std::string_view name) {
    if (!obj.is_object()) return nullptr;
    const auto it = obj.find(name);
    return it == obj.end() ? nullptr : &*it;
}

const std::string* string_field(const json& obj, std::string_view name) {
    const json* v = field(obj, name);
    return v && v->is_string() ? &v->get_ref<const std::string&>() : nullptr;
}

// Reports each repeated `key` among the objects of `arr` (ids that other fields refer to must be unique).
void check_unique(const json& arr, const std::string& arr_path, std::string_view key, const vi::Words& what_id,
                  vi::Collector& out) {
    if (!arr.is_array()) return;
    std::map<std::string, std::size_t> first_at;
    for (std::size_t i = 0; i < arr.size(); ++i) {
        const std::string* id = string_field(arr[i], key);
        if (!id || id->empty()) continue;
        const auto [it, inserted] = first_at.emplace(*id, i);
        if (inserted) continue;
        const auto first = vi::child(arr_path, it->second) + "/" + pointer_token(key);
        out.add(vi::child(vi::child(arr_path, i), key), {"Duplicate " + what_id.en, "Dubbele " + what_id.nl},
                {"a unique " + what_id.en, "een unieke " + what_id.nl},
                {vi::quote_text(*id) + " (also at " + first + ")", vi::quote_text(*id) + " (ook bij " + first + ")"});
    }
}

// D26 (draft 3.1): the purpose fixes the phase; a recorded phase that contradicts it is invalid input. Q1-gated
// purposes ignore the field; a reuse item keeps a recorded investigation or coordination phase; with no case
// conference recorded a conference item is not_this_law (R48) before any phase gate, so its phase is not checked.
template <class PathFn>
void check_phase_fits_purpose(const json& item, const std::string* conference_phase, const PathFn& item_path,
                              vi::Collector& out) {
    const std::string* phase = string_field(item, "phase");
    const std::string* purpose = string_field(item, "purpose");
    if (!phase || !purpose) return;
    std::string fixed;  // the phase the purpose fixes; empty = any recorded value is accepted
    if (*purpose == "investigation" || *purpose == "coordination") fixed = *purpose;
    else if (*purpose == "professional_request") fixed = "request";
    else if (*purpose == "case_conference" && conference_phase) fixed = *conference_phase;
    else if (*purpose == "reuse_from_case_conference" && conference_phase && *phase == "request") fixed = *conference_phase;
    if (fixed.empty() || *phase == fixed) return;
    out.add(item_path() + "/phase",
            {"phase \"" + *phase + "\" contradicts purpose \"" + *purpose + "\" (the purpose fixes the phase, D26)",
             "fase \"" + *phase + "\" past niet bij doel \"" + *purpose + "\" (het doel bepaalt de fase, D26)"},
            {"\"" + fixed + "\" or null", "\"" + fixed + "\" of null"}, vi::describe_found(*field(item, "phase")));
}

void check_facts_cross_fields(const json& facts, const std::string& base, vi::Collector& out) {
    if (!facts.is_object()) return;
    // A recorded entry.article names the article of the route (§0.3 entry.route: art. 2.3a.1, art. 2.3a.4, or none);
    // null is "not recorded": the route decides, the article is informative (§0.3 null table).
    if (const json* entry = field(facts, "entry")) {
        const std::string* route = string_field(*entry, "route");
        const json* article = field(*entry, "article");
        if (route && article && article->is_string()) {
            const std::string want = *route == "client_request" ? "2.3a.1" : *route == "professional_request" ? "2.3a.4" : "";
            const std::string& have = article->get_ref<const std::string&>();
            const bool known_route = *route == "client_request" || *route == "professional_request" || *route == "none";
            if (known_route && want != have) {
                out.add(base + "/entry/article", {"Article does not match entry.route \"" + *route + "\"",
                                                  "Artikel past niet bij entry.route \"" + *route + "\""},
                        {want.empty() ? std::string("null") : "\"" + want + "\"", want.empty() ? std::string("null") : "\"" + want + "\""},
                        vi::describe_found(*article));
            }
        }
    }
    // Family-member ids are referred to by data_items[].subject_ref (R31, Q3): unique, and every reference resolves.
    std::set<std::string> member_ids;
    if (const json* members = field(facts, "family_members"); members && members->is_array()) {
        check_unique(*members, base + "/family_members", "id", {"family-member id", "gezinslid-id"}, out);
        for (const auto& m : *members)
            if (const std::string* id = string_field(m, "id")) member_ids.insert(*id);
    }
    const json* items = field(facts, "data_items");
    if (!items || !items->is_array()) return;
    check_unique(*items, base + "/data_items", "item_id", {"item_id", "item_id"}, out);
    const json* conference = field(facts, "case_conference");
    const std::string* conference_phase = conference ? string_field(*conference, "phase") : nullptr;
    for (std::size_t i = 0; i < items->size(); ++i) {
        const json& item = (*items)[i];
        const auto item_path = [&] { return vi::child(base + "/data_items", i); };  // built only for an error
        const std::string* subject = string_field(item, "subject");
        const json* ref = field(item, "subject_ref");
        if (ref && ref->is_string() && !ref->get_ref<const std::string&>().empty()) {
            const auto& r = ref->get_ref<const std::string&>();
            if (!member_ids.count(r)) {
                std::vector<std::string_view> ids(member_ids.begin(), member_ids.end());
                out.add(item_path() + "/subject_ref", {"subject_ref names no family member", "subject_ref verwijst niet naar een gezinslid"},
                        {ids.empty() ? std::string("null (the case lists no family members)") : "one of the family_members ids: " + join(ids),
                         ids.empty() ? std::string("null (de casus noemt geen gezinsleden)") : "één van de gezinslid-ids: " + join(ids)},
                        vi::describe_found(*ref));
            } else if (subject && *subject == "client") {
                out.add(item_path() + "/subject_ref", {"subject_ref given while subject is \"client\"",
                                                     "subject_ref ingevuld terwijl subject \"client\" is"},
                        {"null (the data concern the client)", "null (de gegevens gaan over de cliënt)"},
                        vi::describe_found(*ref));
            }
        }
        check_phase_fits_purpose(item, conference_phase, item_path, out);
    }
}

} // namespace

// [SECTION] Public API --------------------------------------------------------------------------------------------

namespace validate_internal {

void check_facts(const json& facts, const std::string& base, Collector& out) {
    check_value(*facts_spec(), facts, base, out);
    check_facts_cross_fields(facts, base, out);
}

void check_case(const json& c, const std::string& base, bool single_case_file, Collector& out) {
    const auto spec = case_spec(single_case_file);
    // check_value covers facts by schema; the cross-field checks are added here.
    check_value(*spec, c, base, out);
    if (const json* facts = field(c, "facts")) check_facts_cross_fields(*facts, base + "/facts", out);
}

void check_cases_file(const json& doc, Collector& out) {
    static const SpecPtr file_spec = object({
        {"schema", str(), false}, {"schema_doc", str(), false}, {"source", str(), false},
        {"note", str(), false},   {"set", str(), false},        {"cases", make(Kind::any_object)},
    });
    if (!doc.is_object()) {
        out.add("", {"Wrong type", "Verkeerd soort waarde"}, expected_text(*file_spec), describe_found(doc));
        return;
    }
    // Top-level fields except "cases", which is checked case by case below.
    for (const auto& f : file_spec->fields) {
        if (f.name == "cases") continue;
        if (const json* v = field(doc, f.name)) check_value(*f.spec, *v, child("", f.name), out);
    }
    if (const std::string* schema = string_field(doc, "schema"); schema && !has_prefix(*schema, "wams-cases/1.")) {
        out.add("/schema", {"Unsupported schema version", "Onbekende schemaversie"},
                {"\"wams-cases/1.x\"", "\"wams-cases/1.x\""}, {quote_text(*schema), quote_text(*schema)});
    }
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        const auto known = std::any_of(file_spec->fields.begin(), file_spec->fields.end(),
                                       [&](const Field& f) { return f.name == it.key(); });
        if (!known)
            out.add(child("", it.key()), {"Unknown field", "Onbekend veld"},
                    {"only the fields schema, schema_doc, source, note, set, cases",
                     "alleen de velden schema, schema_doc, source, note, set, cases"},
                    {"field " + quote_text(it.key()), "veld " + quote_text(it.key())});
    }
    const json* cases_ptr = field(doc, "cases");
    if (!cases_ptr) {
        out.add("/cases", {"Required field is missing", "Verplicht veld ontbreekt"}, {"array of cases", "lijst van casussen"},
                {"missing", "ontbreekt"});
        return;
    }
    const json& cases = *cases_ptr;
    if (!cases.is_array()) {
        out.add("/cases", {"Wrong type", "Verkeerd soort waarde"}, {"array of cases", "lijst van casussen"}, describe_found(cases));
        return;
    }
    if (cases.empty())
        out.add("/cases", {"The cases file holds no case", "Het casusbestand bevat geen casus"},
                {"at least one case", "minstens één casus"}, {"an empty array", "een lege lijst"});
    for (std::size_t i = 0; i < cases.size(); ++i) check_case(cases[i], child("/cases", i), false, out);
    check_unique(cases, "/cases", "id", {"case id", "casus-id"}, out);
}

namespace {
void collect_enumerations(const Spec& s, const std::string& path, std::vector<SchemaEnumeration>& out) {
    if (s.kind == Kind::enumeration) out.push_back({path, s.values});
    if (s.kind == Kind::array) collect_enumerations(*s.element, path + "/*", out);
    for (const auto& f : s.fields) collect_enumerations(*f.spec, path + "/" + std::string(f.name), out);
}
} // namespace

std::vector<SchemaEnumeration> schema_enumerations() {
    std::vector<SchemaEnumeration> out;
    collect_enumerations(*facts_spec(), "", out);
    return out;
}

} // namespace validate_internal

std::vector<ValidationError> validate_case(const json& c, const std::string& base_path) {
    vi::Collector out(InputLimits{}.max_errors);
    try {
        vi::check_case(c, base_path, true, out);
    } catch (const std::exception& ex) {
        out.add(base_path, {"Internal error", "Interne fout"}, {"a checkable case", "een controleerbare casus"}, {ex.what(), ex.what()});
    }
    return out.take();
}

std::vector<ValidationError> validate_facts(const json& facts, const std::string& base_path) {
    vi::Collector out(InputLimits{}.max_errors);
    try {
        vi::check_facts(facts, base_path, out);
    } catch (const std::exception& ex) {
        out.add(base_path, {"Internal error", "Interne fout"}, {"checkable facts", "controleerbare feiten"}, {ex.what(), ex.what()});
    }
    return out.take();
}

std::vector<ValidationError> validate_cases_file(const json& doc) {
    vi::Collector out(InputLimits{}.max_errors);
    try {
        vi::check_cases_file(doc, out);
    } catch (const std::exception& ex) {
        out.add("", {"Internal error", "Interne fout"}, {"a checkable cases file", "een controleerbaar casusbestand"}, {ex.what(), ex.what()});
    }
    return out.take();
}

} // namespace wams
