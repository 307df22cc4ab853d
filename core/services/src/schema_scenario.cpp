// schema_scenario.cpp — the training scenario format "wams-scenario/1.0" (docs/training.md) declared in the same
// schema DSL as the case format (schema_dsl.hpp): every error carries its JSON Pointer. The scenario's facts are
// checked as RULEBOOK §0.3 FACTS (validate_internal::check_facts), and each question against those facts.
//
// Index
//   [SECTION] The scenario schema   question_spec, scenario_spec, file_spec
//   [SECTION] Cross-field           questions against the facts, unique question and scenario ids
//   [SECTION] Public API            scenario_objects, validate_scenario_json, validate_scenario_file
#include "wams/rules.hpp"
#include "wams/training.hpp"

#include "schema_dsl.hpp"
#include "validate_internal.hpp"

#include <algorithm>
#include <set>

namespace wams::training {
namespace {

using nlohmann::json;
using namespace schema;

// [SECTION] The scenario schema -----------------------------------------------------------------------------------

std::vector<std::string_view> theme_ids() {
    std::vector<std::string_view> out;
    for (Theme t : all_themes()) out.push_back(to_string(t));
    return out;
}

std::vector<std::string_view> question_kinds() {
    std::vector<std::string_view> out;
    for (auto k : {QuestionKind::process, QuestionKind::data_item, QuestionKind::family_member, QuestionKind::attendee})
        out.push_back(to_string(k));
    return out;
}

const SpecPtr& process_field_spec() {  // the fields a "process" question may ask (training.cpp's answer vocabulary)
    static const SpecPtr spec = enumeration(std::vector<std::string_view>(process_fields().begin(), process_fields().end()));
    return spec;
}

SpecPtr question_spec() {
    const SpecPtr no_answers = refused({"A scenario holds no answers: the model answer is computed by the core from the facts",
                                        "Een scenario bevat geen antwoorden: het modelantwoord wordt door de kern uit de feiten berekend"});
    std::vector<Field> fields = {
        {"id", id()},
        {"kind", enumeration(question_kinds())},
        {"field", process_field_spec(), false},  // kind "process"
        {"item_id", str(), false},               // kind "data_item"
        {"member_id", str(), false},             // kind "family_member"
        {"party", str(), false},                 // kind "attendee"
        {"prompt_nl", str(), false},
        {"prompt_en", str(), false},
    };
    for (std::string_view k : {"answer", "answers", "model_answer", "expected", "correct", "solution", "verdict", "value"})
        fields.push_back({k, no_answers, false});
    return object(std::move(fields));
}

// A rulebook id the engine's metadata knows: "R1"…"R67", "A1"…"A25".
template <class Info>
SpecPtr rulebook_id(const std::vector<Info>& all, const Info* (*find)(std::string_view), std::string_view en, std::string_view nl) {
    vi::Words words{std::string(en), std::string(nl)};
    for (std::string* w : {&words.en, &words.nl}) *w += " " + all.front().id + "–" + all.back().id;
    return custom([find](std::string_view s) { return find(s) != nullptr; }, std::move(words));
}

const SpecPtr& scenario_spec() {
    static const SpecPtr spec = object({
        {"schema", enumeration({kScenarioSchema})},
        {"id", id()},
        {"title_nl", id()},
        {"title_en", id()},
        {"theme", enumeration(theme_ids())},
        {"difficulty", integer(1, 3)},
        {"narrative_nl", id()},
        {"narrative_en", str(), false},
        {"trainer_notes_nl", id()},
        {"trainer_notes_en", str(), false},
        {"facts", described(make(Kind::any_object), {"FACTS object (RULEBOOK §0.3)", "object met de feiten (FACTS, RULEBOOK §0.3)"})},
        {"questions", described(array(question_spec(), false, 1), {"non-empty array of questions", "niet-lege lijst met vragen"})},
        {"covers", object({
             {"rules", array(rulebook_id(all_rules(), &find_rule, "a rule id", "een regel-id")), false},
             {"ambiguities", array(rulebook_id(all_ambiguities(), &find_ambiguity, "an ambiguity id", "een A-id")), false},
         }), false},
    });
    return spec;
}

bool is_themed_file(const json& doc) { return doc.is_object() && doc.contains("scenarios") && !doc.contains("facts"); }

const SpecPtr& file_spec(const json& doc) {  // one scenario {…}, a themed file {"scenarios":[…]} or an array […]
    static const SpecPtr themed = object({
        {"schema", str(), false},
        {"title", str(), false},
        {"note", str(), false},
        {"scenarios", described(array(scenario_spec(), false, 1), {"non-empty array of scenarios", "niet-lege lijst met scenario's"})},
    });
    static const SpecPtr list = described(array(scenario_spec(), false, 1),
                                          {"a scenario or a non-empty list of scenarios", "een scenario of een niet-lege lijst met scenario's"});
    return doc.is_array() ? list : is_themed_file(doc) ? themed : scenario_spec();
}

// [SECTION] Cross-field -------------------------------------------------------------------------------------------

struct Reference {                        // a question that names something in the facts
    std::string_view kind, key;           // question kind, and the question field holding the name
    std::vector<std::string_view> array;  // where the named objects sit in the facts
    std::string_view id_key;              // their id field
    vi::Words what;                       // the error when the name is not there
};

const Reference kReferences[] = {
    {"data_item", "item_id", {"data_items"}, "item_id",
     {"The question names a data item that is not in the facts", "De vraag noemt een gegevensitem dat niet in de feiten staat"}},
    {"family_member", "member_id", {"family_members"}, "id",
     {"The question names a family member who is not in the facts", "De vraag noemt een gezinslid dat niet in de feiten staat"}},
    {"attendee", "party", {"case_conference", "invitees"}, "party",
     {"The question names an invitee who is not in the facts", "De vraag noemt een genodigde die niet in de feiten staat"}},
};

std::vector<std::string_view> ids_in(const json& facts, const Reference& r) {  // the names the facts hold
    const json* arr = &facts;
    for (auto k : r.array) arr = arr ? field(*arr, k) : nullptr;
    std::set<std::string_view> ids;
    if (arr && arr->is_array())
        for (const auto& el : *arr)
            if (const std::string* id = string_field(el, r.id_key)) ids.insert(*id);
    return {ids.begin(), ids.end()};
}

void missing(const std::string& path, const Spec& spec, vi::Collector& out) {
    out.add(path, {"Required field is missing", "Verplicht veld ontbreekt"}, expected_text(spec), {"missing", "ontbreekt"});
}

void check_reference(const json& q, const std::string& path, const json& facts, const Reference& r, vi::Collector& out) {
    const std::string where = "facts/" + join(r.array, "/") + "[]." + std::string(r.id_key);
    const auto ids = ids_in(facts, r);
    const vi::Words expected{"one of " + where + ": " + (ids.empty() ? std::string("(none)") : join(ids)),
                             "één van " + where + ": " + (ids.empty() ? std::string("(geen)") : join(ids))};
    const json* v = field(q, r.key);
    const std::string key_path = vi::child(path, r.key);
    if (!v) {
        out.add(key_path, {"Required field is missing", "Verplicht veld ontbreekt"}, expected, {"missing", "ontbreekt"});
    } else if (v->is_string() && std::find(ids.begin(), ids.end(), v->get_ref<const std::string&>()) == ids.end()) {
        out.add(key_path, r.what, expected, vi::describe_found(*v));
    }
}

void check_process_question(const json& q, const std::string& path, const json& facts, vi::Collector& out) {
    const std::string* f = string_field(q, "field");
    if (!field(q, "field")) return missing(vi::child(path, "field"), *process_field_spec(), out);
    const json* cc = field(facts, "case_conference");
    if (f && has_prefix(*f, "case_conference.") && !(cc && cc->is_object()))
        out.add(vi::child(path, "field"), {"The question asks about the case conference, but the facts describe none",
                                           "De vraag gaat over het casusoverleg, maar de feiten beschrijven geen casusoverleg"},
                {"a case_conference in the facts (facts/case_conference is an object)",
                 "een casusoverleg in de feiten (facts/case_conference is een object)"},
                vi::describe_found(*field(q, "field")));
}

// Each question against the scenario's facts, and its id unique within the scenario.
void check_questions(const json& scenario, const std::string& base, vi::Collector& out) {
    const json* qs = field(scenario, "questions");
    if (!qs || !qs->is_array()) return;
    static const json no_facts = json::object();
    const json* facts = field(scenario, "facts");
    if (!facts || !facts->is_object()) facts = &no_facts;
    const std::string qs_path = vi::child(base, "questions");
    for (std::size_t i = 0; i < qs->size(); ++i) {
        const json& q = (*qs)[i];
        const std::string* kind = string_field(q, "kind");
        if (!kind) continue;
        const std::string path = vi::child(qs_path, i);
        if (*kind == "process") check_process_question(q, path, *facts, out);
        for (const auto& r : kReferences)
            if (*kind == r.kind) check_reference(q, path, *facts, r, out);
    }
    check_unique(*qs, qs_path, "id", {"question id", "vraag-id"}, out);
}

void check_scenario_links(const json& scenario, const std::string& base, vi::Collector& out) {
    if (const json* facts = field(scenario, "facts"); facts && facts->is_object())
        vi::check_facts(*facts, vi::child(base, "facts"), out);
    check_questions(scenario, base, out);
}

template <class Check>
std::vector<ValidationError> collect(std::size_t max_errors, const std::string& path, const Check& check) {
    vi::Collector out(max_errors);
    try {
        check(out);
    } catch (const std::exception& ex) {
        out.add(path, {"Internal error", "Interne fout"}, {"a checkable scenario", "een controleerbaar scenario"}, {ex.what(), ex.what()});
    }
    return out.take();
}

} // namespace

// [SECTION] Public API --------------------------------------------------------------------------------------------

std::vector<std::pair<const json*, std::string>> scenario_objects(const json& doc) {
    std::vector<std::pair<const json*, std::string>> out;
    const json* list = doc.is_array() ? &doc : is_themed_file(doc) ? &doc["scenarios"] : nullptr;
    const std::string base = doc.is_array() ? "" : "/scenarios";
    if (!list) out.emplace_back(&doc, "");
    else if (list->is_array())
        for (std::size_t i = 0; i < list->size(); ++i) out.emplace_back(&(*list)[i], vi::child(base, i));
    return out;
}

std::vector<ValidationError> validate_scenario_json(const json& doc, const std::string& base_path) {
    return collect(InputLimits{}.max_errors, base_path, [&](vi::Collector& out) {
        check_value(*scenario_spec(), doc, base_path, out);
        check_scenario_links(doc, base_path, out);
    });
}

std::vector<ValidationError> validate_scenario_file(const json& doc, const InputLimits& limits) {
    return collect(limits.max_errors, "", [&](vi::Collector& out) {
        check_value(*file_spec(doc), doc, "", out);
        for (const auto& [scenario, base] : scenario_objects(doc)) check_scenario_links(*scenario, base, out);
        if (doc.is_array()) check_unique(doc, "", "id", {"scenario id", "scenario-id"}, out);
        else if (is_themed_file(doc)) check_unique(doc["scenarios"], "/scenarios", "id", {"scenario id", "scenario-id"}, out);
    });
}

} // namespace wams::training
