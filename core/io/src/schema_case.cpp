// schema_case.cpp — the case JSON schema of RULEBOOK §0.3 (CASE, FACTS, DATA_ITEM, cases file) declared in the
// schema DSL (schema_dsl.hpp, which reports every deviation with its JSON Pointer), and the cross-field checks §0.3
// implies.
//
// Index
//   [SECTION] The §0.3 schema   data_item_spec, facts_spec, case_spec, cases_file_spec
//   [SECTION] Cross-field       duplicate ids, subject_ref, phase vs purpose (D26), entry.article vs route
//   [SECTION] Public API        validate_case, validate_facts, validate_cases_file (+ internal check_*)
#include "wams/case_model.hpp"
#include "wams/json_pointer.hpp"
#include "wams/validate.hpp"
#include "wams/vocabulary.hpp"

#include "schema_dsl.hpp"
#include "validate_internal.hpp"

#include <algorithm>
#include <set>

namespace wams {
namespace vi = validate_internal;
using namespace schema;
using nlohmann::json;

namespace {

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

// [SECTION] Cross-field -------------------------------------------------------------------------------------------

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
            const std::string want(article_of_route(*route));
            const std::string& have = article->get_ref<const std::string&>();
            const bool known_route = *route == "client_request" || *route == "professional_request" || *route == "none";
            if (known_route && want != have) {
                // The route by its label, as a screen shows it; expected and found quote the file (JSON), as in every
                // error.
                const vocab::Field* f = vocab::find("/entry/route");
                const vocab::Value* v = f ? vocab::find_value(*f, *route) : nullptr;
                const vocab::Text label = v ? v->label : vocab::Text{*route, *route};
                out.add(base + "/entry/article",
                        {"The article does not match the entry route \u201c" + std::string(label.en) + "\u201d",
                         "Het artikel past niet bij de ingang \u201c" + std::string(label.nl) + "\u201d"},
                        {want.empty() ? std::string("null") : "\"" + want + "\"",
                         want.empty() ? std::string("null") : "\"" + want + "\""},
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

static const Spec* spec_at(const Spec& root, std::string_view pattern) {
    const Spec* s = &root;
    std::size_t at = 0;
    while (at < pattern.size() && s) {
        if (pattern[at] != '/') return nullptr;
        const std::size_t end = std::min(pattern.find('/', at + 1), pattern.size());
        const std::string_view token = pattern.substr(at + 1, end - at - 1);
        at = end;
        // "*" in a pattern, an index in a pointer ("/data_items/0/purpose")
        if (token == "*" || (!token.empty() && token.find_first_not_of("0123456789") == std::string_view::npos)) {
            s = s->kind == Kind::array ? s->element.get() : nullptr;
            continue;
        }
        const Spec* next = nullptr;
        for (const auto& f : s->fields)
            if (f.name == token) next = f.spec.get();
        s = next;
    }
    return s;
}

std::vector<SchemaEnumeration> schema_enumerations() {
    std::vector<SchemaEnumeration> out;
    collect_enumerations(*facts_spec(), "", out);
    return out;
}

} // namespace validate_internal

bool schema_accepts_null(std::string_view pattern) {
    const Spec* s = vi::spec_at(*facts_spec(), pattern);
    return !s || s->nullable;
}

bool facts_still_valid(const json& facts, const std::vector<std::string_view>& changed) {
    vi::Collector out(1);
    try {
        for (std::string_view pointer : changed) {
            const Spec* spec = vi::spec_at(*facts_spec(), pointer);
            const json* value = find_at(facts, pointer);
            if (!spec || !value || pointer.find('~') != std::string_view::npos) return validate_facts(facts).empty();
            check_value(*spec, *value, std::string(pointer), out);
            if (out.count() > 0) return false;
        }
        check_facts_cross_fields(facts, "/facts", out);
    } catch (const std::exception&) {
        return false;  // as validate_facts, which reports it as an error
    }
    return out.count() == 0;
}

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
