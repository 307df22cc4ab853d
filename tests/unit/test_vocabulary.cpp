// The case vocabulary (assets/vocabulary.json → wams/vocabulary.hpp, docs/vocabulary.md) is the one source of the
// case's fields and values: these tests fail when the enums and parser, the schema, the question catalogue or the
// translations define a field or value the vocabulary does not, or miss one it does; and when a process-outcome
// enum (the vocabulary's "outcomes") lacks a code, shares one, or differs from the rulebook's list.
#include <catch2/catch.hpp>

#include "expected_match.hpp"
#include "wams/assessment.hpp"
#include "wams/case.hpp"
#include "wams/i18n.hpp"
#include "wams/json_pointer.hpp"
#include "wams/ui_model.hpp"
#include "wams/vocabulary.hpp"

#include "../../core/io/src/validate_internal.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace vocab = wams::vocab;
namespace ui = wams::ui;
using nlohmann::json;

namespace {

std::set<std::string> as_set(const std::vector<std::string_view>& v) { return {v.begin(), v.end()}; }

// "/data_items/*/purpose" → "/data_items/0/purpose"
std::string first_element(std::string_view pattern) {
    std::string out(pattern);
    for (auto at = out.find("/*"); at != std::string::npos; at = out.find("/*")) out.replace(at, 2, "/0");
    return out;
}

// A FACTS object in which every choice field of the vocabulary exists (one element in each list).
json facts_with_every_field() {
    json facts = ui::new_case(wams::EntryRoute::professional_request, "V-1")["facts"];
    for (auto object : {"/investigation_outcome", "/coordination", "/case_conference"})
        facts[std::string(object).substr(1)] = ui::object_template(object);
    for (auto list : {"/investigation_outcome/needs", "/coordination/self_coordination_offers", "/data_items"})
        REQUIRE(wams::store_at(facts, std::string(list) + "/0", ui::element_template(list, facts)));
    return facts;
}

} // namespace

TEST_CASE("every value of the vocabulary parses into the typed model and writes back unchanged", "[vocabulary]") {
    const json base = facts_with_every_field();
    std::size_t checked = 0;
    for (const auto& f : vocab::fields()) {
        if (f.kind != vocab::Kind::choice) continue;
        const std::string at = first_element(f.path);
        for (const auto& v : f.values) {
            INFO(at << " = " << v.code);
            json facts = base;
            REQUIRE(wams::store_at(facts, at, std::string(v.code)));
            const auto read = wams::facts_from_json(facts);
            REQUIRE(read.ok());
            const json back = wams::to_json(read.value());
            const json* written = wams::find_at(back, at);
            REQUIRE(written);
            CHECK(*written == std::string(v.code));
            ++checked;
        }
        if (f.path == "/entry/article" || f.path == "/investigation_outcome/needs/*/legal_basis") continue;  // strings, no enum
        INFO(at << " = a value outside the vocabulary");
        json facts = base;
        REQUIRE(wams::store_at(facts, at, "not-in-the-vocabulary"));
        const auto read = wams::facts_from_json(facts);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().path == at);
        CHECK(read.error().message == "unknown value \"not-in-the-vocabulary\"");
    }
    CHECK(checked == 87);  // the closed values of RULEBOOK §0.3 (entry.article and the four laws included)
}

TEST_CASE("the schema allows exactly the vocabulary's values at exactly its choice fields", "[vocabulary]") {
    std::map<std::string, std::set<std::string>> schema;
    for (const auto& e : wams::validate_internal::schema_enumerations()) schema[e.path] = as_set(e.values);
    std::map<std::string, std::set<std::string>> vocabulary;
    for (const auto& f : vocab::fields())
        if (f.kind == vocab::Kind::choice && f.path != "/investigation_outcome/needs/*/legal_basis")  // a law: Kind::law
            vocabulary[std::string(f.path)] = as_set(vocab::codes(f));
    CHECK(schema == vocabulary);
    // The laws the schema checks are the vocabulary's (§1.1) and a wrong value names them in §0.3 order.
    const auto errors = wams::validate_facts(json::parse(R"({"entry": {"loket": "balie"}})"), "");
    const auto loket = std::find_if(errors.begin(), errors.end(), [](const auto& e) { return e.path == "/entry/loket"; });
    REQUIRE(loket != errors.end());
    CHECK(loket->expected == "one of: physical, electronic, n/a");
}

TEST_CASE("the question catalogue is the vocabulary: same fields, same order, same answers", "[vocabulary]") {
    const auto& catalogue = ui::field_catalogue();
    REQUIRE(catalogue.size() == vocab::fields().size());
    for (std::size_t i = 0; i < catalogue.size(); ++i) {
        const auto& spec = catalogue[i];
        const auto& f = vocab::fields()[i];
        INFO(spec.pattern);
        CHECK(spec.pattern == f.path);
        CHECK(as_set(spec.options) == as_set(vocab::codes(f)));
        CHECK(spec.options.size() == f.values.size());
    }
    // Screen order where it differs from §0.3 today (kept: the screens must not change).
    CHECK(ui::find_field("/entry/multiple_problems_indicated_by")->options ==
          std::vector<std::string_view>{"client", "employee", "requester", "none"});
}

TEST_CASE("the translations define no field or value label of their own; every vocabulary label exists", "[vocabulary][i18n]") {
    const std::set<std::string> generic{"opt.yes", "opt.no", "opt.unknown", "opt.not_recorded"};  // any flag or null
    std::set<std::string> vocabulary_keys;
    for (const auto& l : vocab::labels(wams::Lang::nl)) vocabulary_keys.insert(l.key);
    for (auto lang : {"nl", "en"}) {
        const json file = wams_test::read_json_file(std::string(WAMS_SOURCE_DIR) + "/assets/i18n/" + lang + ".json");
        for (auto it = file.begin(); it != file.end(); ++it) {
            const bool label_key = it.key().rfind("opt.", 0) == 0 || it.key().rfind("field.", 0) == 0;
            INFO(lang << ".json: " << it.key());
            CHECK((!label_key || generic.count(it.key())));
        }
    }
    for (const auto& key : ui::label_keys_used()) {
        INFO(key);
        CHECK((vocabulary_keys.count(key) || generic.count(key) || key.rfind("page.", 0) == 0 || key.rfind("walk.", 0) == 0));
    }
    for (auto lang : {wams::Lang::nl, wams::Lang::en})
        for (const auto& l : vocab::labels(lang)) {
            INFO(l.key);
            CHECK_FALSE(l.text.empty());
            CHECK(wams::i18n::has(lang, l.key));
        }
    CHECK(wams::i18n::text(wams::Lang::nl, "opt.entry.loket.n_a") == "Niet van toepassing");
    CHECK(wams::i18n::text(wams::Lang::en, "field.data_items.purpose") != "[[field.data_items.purpose]]");
}

// [SECTION] Process outcomes: typed inside, strings at the edge ---------------------------------------------------

namespace {

// One outcome enum against RULEBOOK §0.2 / §0.3 EXPECTED, spelled out here by hand from the rulebook: its table
// gives every enumerator (0 … n-1, in order) exactly one code, no two share one, and the codes are the rulebook's.
// `val_labels`: each code has its screen label val.<code> (a case enum's labels are the vocabulary's opt.* keys).
template <class E>
void check_outcome_set(const char* name, const std::vector<std::string_view>& rulebook, bool val_labels = true) {
    INFO(name);
    const auto& table = vocab::EnumCodes<E>::table;
    std::vector<std::string_view> codes;
    for (std::size_t i = 0; i < table.size(); ++i) {
        CHECK(static_cast<std::size_t>(table[i].first) == i);  // no enumerator without a row, none listed twice
        CHECK(wams::to_code(table[i].first) == table[i].second);
        codes.push_back(table[i].second);
    }
    CHECK(std::set<std::string_view>(codes.begin(), codes.end()).size() == codes.size());
    CHECK(codes == rulebook);
    CHECK(wams::to_code(static_cast<E>(table.size())) == "?");  // a value outside the table has no spelling
    for (auto lang : {wams::Lang::nl, wams::Lang::en})
        for (auto code : codes) {
            if (!val_labels) break;
            INFO(code);
            CHECK(wams::i18n::has(lang, "val." + std::string(code)));
        }
}

} // namespace

TEST_CASE("every process-outcome enum has exactly the §0.2 / §0.3 codes, one per value", "[vocabulary][outcomes]") {
    using namespace wams;
    check_outcome_set<InvestigationValue>("investigation", {"yes", "at_discretion", "no", "undetermined", "not_applicable"});
    check_outcome_set<ClientRoleValue>("client_role",
                                       {"in_samenspraak", "involve_if_possible", "without_client_allowed", "not_applicable"});
    check_outcome_set<InvolvementValue>("requesting_professional_involved", {"yes", "not_applicable"});
    check_outcome_set<InclusionValue>("included_as_client", {"yes", "no", "pending", "not_applicable"});
    check_outcome_set<CoordinationValue>("coordination", {"mandatory", "permitted", "not_applicable", "pending"});
    check_outcome_set<CoordinatorValue>("coordinator_appointed", {"yes", "no", "at_discretion", "pending", "not_applicable"});
    check_outcome_set<CoordinationFormValue>("coordination_form",
                                             {"light", "regisseur", "standard", "self", "to_be_chosen", "not_applicable"});
    check_outcome_set<CoordinationFileValue>("coordination_file",
                                             {"coordinatiedossier", "existing_dossiers_suffice", "no_requirements", "not_applicable"});
    check_outcome_set<CoordinationModeValue>("coordination_mode",
                                             {"in_afstemming", "zoveel_mogelijk_in_afstemming", "no_requirements", "not_applicable"});
    check_outcome_set<CoordinationEndValue>("coordination_end", {"report_to_college", "not_applicable"});
    check_outcome_set<CoordinatorReport>("coordination_end.reason", {"no_longer_needed", "cannot_perform_naar_behoren"},
                                         false);
    check_outcome_set<YesNo>("case_conference.may_be_organised", {"yes", "no"});
    check_outcome_set<InvitationValue>("case_conference.client_invited", {"yes", "no", "not_applicable"});
}

TEST_CASE("the assessment writer spells each typed outcome by its code", "[vocabulary][outcomes]") {
    wams::Assessment a;
    a.process.investigation.value = wams::InvestigationValue::at_discretion;
    a.process.investigation.under_s2_3 = wams::InvestigationValue::at_discretion;
    a.process.investigation.under_s3_1_1 = wams::InvestigationValue::no;
    a.process.coordination.value = wams::CoordinationValue::pending;
    a.process.coordinator_appointed.value = wams::CoordinatorValue::pending;
    a.process.coordination_form.value = wams::CoordinationFormValue::to_be_chosen;
    a.process.coordination_end = {{wams::CoordinationEndValue::report_to_college, {"R44"}},
                                  wams::CoordinatorReport::cannot_perform_naar_behoren};
    a.process.family_members.push_back({"F1", wams::InclusionValue::pending, {"R31"}});
    const json j = wams::to_json(a);
    CHECK(j["investigation"]["value"] == "at_discretion");
    CHECK(j["investigation"]["alternative_readings"] == json{{"§2.3", "at_discretion"}, {"§3.1.1", "no"}});
    CHECK(j["coordination"]["value"] == "pending");
    CHECK(j["coordinator_appointed"]["value"] == "pending");
    CHECK(j["coordination_form"]["value"] == "to_be_chosen");
    CHECK(j["coordination_end"] == json{{"reason", "cannot_perform_naar_behoren"}, {"rules", {"R44"}}, {"value", "report_to_college"}});
    CHECK(j["family_members"][0]["included_as_client"] == "pending");
}

TEST_CASE("the interview asks every field as a question, in both languages", "[vocabulary][interview]") {
    // The Vraag screen and `wams-cli interview` show `ask`; a label such as "Doel" or "Over wie" is a name for forms
    // and lists, not a question (session 22).
    int nouns = 0;
    for (const auto& f : wams::vocab::fields()) {
        INFO(f.path);
        CHECK(f.ask.nl.find('?') != std::string_view::npos);
        CHECK(f.ask.en.find('?') != std::string_view::npos);
        if (f.label.nl.find('?') == std::string_view::npos) {
            ++nouns;
            CHECK(f.ask.nl != f.label.nl);
        }
    }
    CHECK(nouns > 0);  // the labels themselves stay names ("Doel")
    const wams::vocab::Field* purpose = wams::vocab::find("/data_items/*/purpose");
    REQUIRE(purpose);
    CHECK(purpose->label.nl == "Doel");
    CHECK(purpose->ask.nl == "Waarvoor wordt dit gegeven gebruikt?");
    const wams::vocab::Field* subject = wams::vocab::find("/data_items/*/subject");
    REQUIRE(subject);
    CHECK(subject->ask.nl == "Over wie gaat dit gegeven?");
    CHECK(subject->ask.en == "Whom is this data about?");
}

TEST_CASE("find_value: a field's value by its code, or none", "[vocabulary]") {
    const wams::vocab::Field* route = wams::vocab::find("/entry/route");
    REQUIRE(route);
    for (const wams::vocab::Value& v : route->values) {
        const wams::vocab::Value* found = wams::vocab::find_value(*route, v.code);
        REQUIRE(found);
        CHECK(found->code == v.code);
        CHECK(found->label.nl == v.label.nl);
    }
    CHECK(wams::vocab::find_value(*route, "no_such_route") == nullptr);
    CHECK(wams::vocab::find_value(*route, "") == nullptr);
}
