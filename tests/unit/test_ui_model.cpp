// The consultation app's model (core/viewmodel/include/wams/ui_model.hpp): catalogue covers every public case's facts, every
// label key exists in both languages, the editor's undo, the case-file round trip, the bundled-request check and
// the what-if difference. Expectations come from the scenario files and the rulebook text, never from this code.
#include <catch2/catch.hpp>

#include "wams/engine.hpp"
#include "wams/i18n.hpp"
#include "wams/json_pointer.hpp"
#include "wams/ui_model.hpp"
#include "wams/validate.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace fs = std::filesystem;
using nlohmann::json;
namespace ui = wams::ui;

namespace {
json read_json(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return json::parse(ss.str());
}
std::vector<fs::path> public_cases() {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(fs::path(WAMS_SOURCE_DIR) / "scenarios" / "public"))
        if (e.path().extension() == ".json") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}
// Every leaf (and every null / empty container) of a JSON document, as JSON pointers.
void leaves(const json& v, const std::string& p, std::vector<std::string>& out) {
    if (v.is_object() && !v.empty()) {
        for (auto it = v.begin(); it != v.end(); ++it) leaves(it.value(), p + "/" + it.key(), out);
    } else if (v.is_array() && !v.empty() && (v[0].is_object())) {
        out.push_back(p);
        for (std::size_t i = 0; i < v.size(); ++i) leaves(v[i], p + "/" + std::to_string(i), out);
    } else {
        out.push_back(p);
    }
}
std::string verdict_of(const json& assessment, std::size_t item) {
    return assessment.at("data_items").at(item).at("verdict").get<std::string>();
}
} // namespace

TEST_CASE("pointer patterns match one array index per star", "[ui_model]") {
    CHECK(ui::pointer_matches("/data_items/*/purpose", "/data_items/0/purpose"));
    CHECK(ui::pointer_matches("/data_items/*/purpose", "/data_items/12/purpose"));
    CHECK_FALSE(ui::pointer_matches("/data_items/*/purpose", "/data_items/x/purpose"));
    CHECK_FALSE(ui::pointer_matches("/data_items/*/purpose", "/data_items/0/purpose/x"));
    CHECK_FALSE(ui::pointer_matches("/entry/route", "/entry"));
    REQUIRE(ui::find_field("/entry/route") != nullptr);
    CHECK(ui::find_field("/entry/route")->kind == ui::FieldKind::choice);
    CHECK(ui::find_field("/no/such/fact") == nullptr);
}

TEST_CASE("every fact of every public case can be entered through a catalogue field", "[ui_model]") {
    for (const auto& file : public_cases()) {
        const json facts = read_json(file).at("facts");
        std::vector<std::string> paths;
        leaves(facts, "", paths);
        for (const auto& p : paths) {
            INFO(file.filename().string() << " " << p);
            const ui::FieldSpec* spec = ui::find_field(p);
            // a string list's elements are entered through the list field itself
            if (!spec) {
                const auto cut = p.find_last_of('/');
                spec = ui::find_field(p.substr(0, cut));
                REQUIRE(spec != nullptr);
                CHECK(spec->kind == ui::FieldKind::text_list);
                continue;
            }
            const json v = facts.at(json::json_pointer(p));
            if (spec->kind == ui::FieldKind::choice || spec->kind == ui::FieldKind::flag) {
                const auto answers = ui::field_answers(*spec);
                CHECK(std::find(answers.begin(), answers.end(), v) != answers.end());
            }
            if (v.is_null()) CHECK(spec->nullable);
        }
    }
}

// The screens offer an answer only where the case may hold it: on the process pages, the walk and in the what-if,
// every answer of ui::field_answers, given in any public case, leaves the case valid (§0.3) once the answers it
// decides have followed it (settle_dependents: an item's phase its purpose, the article the route, subject_ref the
// subject). A field the rulebook types as low | high or as a yes/no value cannot be null: "not known" there is the
// question left unanswered; the article offered is the route's.
TEST_CASE("every answer the screens offer leaves the case valid", "[ui_model]") {
    int tried = 0, settled = 0;
    for (const auto& file : public_cases()) {
        const json facts = read_json(file).at("facts");
        std::vector<std::string> paths;
        leaves(facts, "", paths);
        for (const auto& p : paths) {
            const ui::FieldSpec* spec = ui::find_field(p);
            if (!spec || (spec->kind != ui::FieldKind::choice && spec->kind != ui::FieldKind::flag)) continue;
            for (const json& answer : ui::field_answers(*spec, p, facts)) {
                json changed = facts;
                REQUIRE(wams::store_at(changed, p, answer));
                ++tried;
                const bool valid_before_settling = wams::validate_facts(changed, "").empty();
                const auto set = ui::settle_dependents(changed, p);
                settled += set.empty() ? 0 : 1;
                CHECK(set.empty() == valid_before_settling);  // it changes only what the case refused
                for (const auto& e : wams::validate_facts(changed, "")) {
                    INFO(file.filename().string() << " " << p << " = " << answer.dump() << ": " << e.path << " "
                                                  << e.message_en);
                    CHECK(e.path.empty());  // never reached: no error at all
                }
            }
        }
    }
    CHECK(tried > 1000);
    CHECK(settled > 50);  // purposes against recorded phases, routes against recorded articles
}

TEST_CASE("an answer and the answers it decides are one step: undo takes back both", "[ui_model]") {
    const auto files = public_cases();
    // A public case whose first item records its phase; its purpose changed to one that fixes another phase (D26).
    for (const auto& file : files) {
        const json doc = read_json(file);
        const json* phase = wams::find_at(doc.at("facts"), "/data_items/0/phase");
        const json* purpose = wams::find_at(doc.at("facts"), "/data_items/0/purpose");
        if (!phase || !phase->is_string() || !purpose || *purpose != "investigation" || *phase != "investigation")
            continue;
        INFO(file.filename().string());
        ui::CaseEditor ed;
        ed.reset(doc);
        REQUIRE(ed.set("/data_items/0/purpose", "coordination"));
        CHECK(ed.value("/data_items/0/purpose") == "coordination");
        CHECK(ed.value("/data_items/0/phase").is_null());  // not recorded: the purpose decides it (D26)
        CHECK(wams::validate_facts(ed.facts()).empty());
        REQUIRE(ed.undo());
        CHECK(ed.value("/data_items/0/purpose") == "investigation");
        CHECK(ed.value("/data_items/0/phase") == "investigation");
        CHECK(ed.facts() == doc.at("facts"));
        // The route: a professional's request comes in under art. 2.3a.4, and undo restores the article too.
        const json route = ed.value("/entry/route");
        const json article = ed.value("/entry/article");
        if (route == "client_request" && article == "2.3a.1") {
            REQUIRE(ed.set("/entry/route", "professional_request"));
            CHECK(ed.value("/entry/article") == "2.3a.4");
            REQUIRE(ed.undo());
            CHECK(ed.value("/entry/article") == "2.3a.1");
        }
        return;
    }
    FAIL("no public case records an investigation item's phase");
}

TEST_CASE("the schema says where null is allowed", "[ui_model]") {
    CHECK_FALSE(wams::schema_accepts_null("/investigation_outcome/complexity"));  // low | high
    CHECK_FALSE(wams::schema_accepts_null("/case_conference/invitees/*/participation_necessary"));  // bool
    CHECK_FALSE(wams::schema_accepts_null("/data_items/*/bsn/identification_necessary"));
    CHECK(wams::schema_accepts_null("/data_items/*/bsn"));  // the object as a whole: null = no BSN
    CHECK(wams::schema_accepts_null("/data_items/*/phase"));
    CHECK(wams::schema_accepts_null("/case_conference/zwaarwegende_belangen_against_client_presence"));
    CHECK_FALSE(wams::schema_accepts_null("/entry/route"));
    CHECK(wams::schema_accepts_null("/no/such/field"));  // not restricted
}

TEST_CASE("every question and answer label exists in Dutch and English", "[ui_model][i18n]") {
    const auto keys = ui::label_keys_used();
    REQUIRE(keys.size() > 150);
    for (const auto& k : keys) {
        INFO(k);
        CHECK(wams::i18n::has(wams::Lang::nl, k));
        CHECK(wams::i18n::has(wams::Lang::en, k));
    }
}

TEST_CASE("a new case is a valid §0.3 case on every route", "[ui_model]") {
    for (auto route : {wams::EntryRoute::client_request, wams::EntryRoute::professional_request, wams::EntryRoute::none}) {
        const json c = ui::new_case(route, "CASUS-1");
        const auto errors = wams::validate_case(c);
        INFO(wams::format_errors(errors, wams::Lang::en));
        CHECK(errors.empty());
    }
}

TEST_CASE("new elements are valid and numbered", "[ui_model]") {
    ui::CaseEditor ed;
    REQUIRE(ed.add_element("/data_items"));
    REQUIRE(ed.add_element("/data_items"));
    CHECK(ed.value("/data_items/0/item_id") == "D1");
    CHECK(ed.value("/data_items/1/item_id") == "D2");
    REQUIRE(ed.add_element("/family_members"));
    CHECK(ed.value("/family_members/0/id") == "F1");
    ed.set("/data_items/0/what", "Bankafschriften van drie maanden");
    ed.set("/data_items/1/what", "Schoolverzuim van de zoon");
    ed.set("/family_members/0/relation", "zoon");
    const auto errors = wams::validate_case(ed.case_doc());
    INFO(wams::format_errors(errors, wams::Lang::en));
    CHECK(errors.empty());
}

TEST_CASE("undo restores the state before the last answer", "[ui_model]") {
    ui::CaseEditor ed;
    const json before = ed.case_doc();
    CHECK_FALSE(ed.dirty());
    CHECK_FALSE(ed.can_undo());
    CHECK(ed.set("/entry/multiple_problems_plausible", true));
    CHECK_FALSE(ed.set("/entry/multiple_problems_plausible", true));  // unchanged: no history entry
    CHECK(ed.set("/entry/client_declines_investigation", false));
    CHECK(ed.dirty());
    REQUIRE(ed.last_change() != nullptr);
    CHECK(ed.last_change()->pointer == "/entry/client_declines_investigation");
    REQUIRE(ed.undo());
    CHECK(ed.value("/entry/client_declines_investigation").is_null());
    CHECK(ed.value("/entry/multiple_problems_plausible") == true);
    REQUIRE(ed.undo());
    CHECK(ed.case_doc() == before);
    CHECK_FALSE(ed.undo());
    // typing in one field is one undo step
    CHECK(ed.set("/entry/requester", nullptr) == false);
    ed.add_element("/data_items");
    ed.set("/data_items/0/what", "B", true);
    ed.set("/data_items/0/what", "Ba", true);
    ed.set("/data_items/0/what", "Ban", true);
    REQUIRE(ed.undo());
    CHECK(ed.value("/data_items/0/what") == "");
    REQUIRE(ed.undo());
    CHECK(ed.value("/data_items").empty());
    CHECK(ed.add_element("/data_items"));
    CHECK(ed.remove_element("/data_items", 0));
    CHECK(ed.value("/data_items").empty());
    REQUIRE(ed.undo());
    CHECK(ed.value("/data_items").size() == 1);
}

TEST_CASE("save then open gives back exactly the same case", "[ui_model]") {
    for (const auto& file : public_cases()) {
        INFO(file.filename().string());
        ui::CaseEditor ed;
        ed.reset(read_json(file));
        const std::string saved = ui::case_file_text(ed.case_doc());
        const ui::OpenedCases opened = ui::open_case_text(saved);
        REQUIRE(opened.errors.empty());
        REQUIRE(opened.cases.size() == 1);
        CHECK(opened.cases[0] == ed.case_doc());
        CHECK(ui::case_file_text(opened.cases[0]) == saved);  // byte for byte
        const auto a = wams::to_json(wams::assess(wams::facts_from_json(ed.facts()).value()));
        const auto b = wams::to_json(wams::assess(wams::facts_from_json(opened.cases[0].at("facts")).value()));
        CHECK(a == b);
    }
}

TEST_CASE("an edit the file could not hold is refused: every case the editor holds opens again", "[ui_model]") {
    // Found by fuzz_editor (CI, session 13): a 75-token pointer created 75 nested objects, the save wrote them and
    // the loader refused its own file (nesting beyond InputLimits::max_depth = 64): the case was lost on re-open.
    const std::size_t max = wams::InputLimits{}.max_depth;
    auto deep_pointer = [](std::size_t tokens) { std::string p; for (std::size_t i = 0; i < tokens; ++i) p += "/x"; return p; };
    auto deep_value = [](std::size_t levels) { json v = 1; for (std::size_t i = 0; i < levels; ++i) v = json::array({v}); return v; };
    auto reopens = [](const ui::CaseEditor& ed) {
        const auto parsed = wams::parse_json_text(ui::case_file_text(ed.case_doc()));
        return parsed.doc && *parsed.doc == ed.case_doc();
    };
    ui::CaseEditor ed;
    ed.reset(ui::new_case(wams::EntryRoute::client_request, "CASUS-1"));
    const json start = ed.case_doc();
    // case object (1) + one level per token: the deepest pointer that still fits, and one more
    CHECK_FALSE(ed.set(deep_pointer(max), "a"));
    CHECK(ed.case_doc() == start);
    CHECK_FALSE(ed.set("/x", deep_value(max)));
    CHECK_FALSE(ed.set_case_field("note", deep_value(max)));
    CHECK_FALSE(ed.add_element(deep_pointer(max)));
    CHECK(ed.case_doc() == start);
    REQUIRE(ed.set(deep_pointer(max - 1), "a"));
    CHECK(reopens(ed));
    REQUIRE(ed.undo());
    REQUIRE(ed.set("/x", deep_value(max - 2)));
    CHECK(reopens(ed));
}

TEST_CASE("a broken case file opens nothing and says where", "[ui_model]") {
    const auto opened = ui::open_case_text(R"({"id":"X","facts":{"entry":{"route":"bogus"}}})");
    CHECK(opened.cases.empty());
    REQUIRE_FALSE(opened.errors.empty());
    CHECK(opened.errors[0].path.rfind("/facts", 0) == 0);
    CHECK_FALSE(ui::open_case_text("{not json").errors.empty());
}

TEST_CASE("a bundled request is not one data item (§8.3, Q12, D13)", "[ui_model]") {
    CHECK(ui::bundled_request("Alles wat jullie hebben over het gezin").has_value());
    CHECK(ui::bundled_request("het hele dossier van de GGZ").has_value());
    CHECK(ui::bundled_request("Everything the school has").has_value());
    CHECK(ui::bundled_request("Cijferlijst, voor de zekerheid").has_value());
    CHECK_FALSE(ui::bundled_request("Bankafschriften van drie maanden").has_value());
    CHECK_FALSE(ui::bundled_request("Verzuimregistratie van de zoon").has_value());
    CHECK_FALSE(ui::bundled_request("allesbehalve relevant").has_value());  // a word boundary, not a substring
}

TEST_CASE("what-if: one changed fact gives the differences of two assessments", "[ui_model]") {
    const json c = read_json(fs::path(WAMS_SOURCE_DIR) / "scenarios" / "public" / "PUB-02.json");
    const json facts = c.at("facts");
    const auto cands = ui::what_if_candidates(facts);
    REQUIRE(std::find(cands.begin(), cands.end(), "/entry/client_declines_investigation") != cands.end());
    CHECK(cands.front() == "/entry/route");  // catalogue (asking) order

    json changed = facts;
    changed["entry"]["client_declines_investigation"] = false;  // R18: the client no longer declines
    const json a = wams::to_json(wams::assess(wams::facts_from_json(facts).value()));
    const json b = wams::to_json(wams::assess(wams::facts_from_json(changed).value()));
    CHECK(a.at("investigation").at("value") == c.at("expected").at("investigation").at("value"));
    const auto diff = ui::diff_assessments(a, b);
    REQUIRE_FALSE(diff.empty());
    const auto inv = std::find_if(diff.begin(), diff.end(), [](const auto& d) { return d.pointer == "/investigation/value"; });
    REQUIRE(inv != diff.end());
    CHECK(inv->decisive);
    CHECK(inv->before == "no");
    CHECK(inv->after != "no");
    CHECK(ui::diff_assessments(a, a).empty());
    // the item verdict of D1 moves with the investigation gate (Q2)
    CHECK(verdict_of(a, 0) != verdict_of(b, 0));
}

TEST_CASE("the app has words for every process value, walk effect and page (RULEBOOK §0.2, §8.3)", "[ui_model][i18n]") {
    // Process outcome values of §0.2, written out from the rulebook's table.
    const char* values[] = {"yes", "at_discretion", "no", "undetermined", "not_applicable", "mandatory", "permitted",
                            "pending", "light", "regisseur", "standard", "self", "to_be_chosen", "coordinatiedossier",
                            "existing_dossiers_suffice", "no_requirements", "in_afstemming",
                            "zoveel_mogelijk_in_afstemming", "report_to_college", "in_samenspraak",
                            "involve_if_possible", "without_client_allowed"};
    for (const char* v : values) {
        INFO(v);
        CHECK(wams::i18n::has(wams::Lang::nl, std::string("val.") + v));
        CHECK(wams::i18n::has(wams::Lang::en, std::string("val.") + v));
    }
    for (auto e : {wams::Effect::stop, wams::Effect::block, wams::Effect::ask, wams::Effect::condition,
                   wams::Effect::continue_, wams::Effect::skip, wams::Effect::record}) {
        const std::string key = "effect." + std::string(wams::to_string(e));
        INFO(key);
        CHECK(wams::i18n::has(wams::Lang::nl, key));
        CHECK(wams::i18n::has(wams::Lang::en, key));
    }
    for (auto page : ui::process_pages()) {
        INFO(page);
        CHECK(wams::i18n::has(wams::Lang::nl, "help.page." + std::string(page)));
        CHECK(wams::i18n::has(wams::Lang::en, "help.page." + std::string(page)));
    }
}

// D26 (draft 3.1): the purpose fixes an item's phase, so the app offers only what this case allows.
TEST_CASE("the phase question offers only the phases the purpose allows (D26)", "[ui][D26]") {
    using nlohmann::json;
    const ui::FieldSpec* spec = ui::find_field("/data_items/0/phase");
    REQUIRE(spec);
    json facts = ui::new_case(wams::EntryRoute::client_request, "C")["facts"];
    facts["data_items"] = json::array({ui::element_template("/data_items", facts)});
    CHECK(facts["data_items"][0]["phase"].is_null());  // a new item's phase is derived from its purpose
    auto answers = [&] { return ui::field_answers(*spec, "/data_items/0/phase", facts); };
    CHECK(answers() == std::vector<json>{"investigation", nullptr});
    facts["data_items"][0]["purpose"] = "coordination";
    CHECK(answers() == std::vector<json>{"coordination", nullptr});
    facts["data_items"][0]["phase"] = "investigation";  // contradicting: shown so it can be cleared, never offered
    CHECK(answers() == std::vector<json>{"coordination", "investigation", nullptr});
    facts["data_items"][0]["purpose"] = "professional_request";
    facts["data_items"][0]["phase"] = nullptr;
    CHECK(answers() == std::vector<json>{"request", nullptr});
    facts["data_items"][0]["purpose"] = "reuse_from_case_conference";
    CHECK(answers() == std::vector<json>{"investigation", "coordination", nullptr});
    facts["data_items"][0]["purpose"] = "fraud_oneigenlijk_gebruik";  // Q1-gated: the field is ignored
    CHECK(answers() == ui::field_answers(*spec));
    facts["data_items"][0]["purpose"] = "case_conference";
    CHECK(answers() == std::vector<json>{nullptr});  // no conference recorded: R48 decides, nothing to choose
    facts["case_conference"] = {{"phase", "coordination"}};
    CHECK(answers() == std::vector<json>{"coordination", nullptr});
}

// Issue 17, "unanswered is a state": the app starts from a blank case, in which no question has an answer.
TEST_CASE("a blank case answers nothing but the route and what the route fixes", "[ui_model][issue17]") {
    for (auto route : {wams::EntryRoute::client_request, wams::EntryRoute::professional_request}) {
        const json c = ui::blank_case(route, "CASUS-1");
        const json& f = c.at("facts");
        CHECK(f.at("entry").at("route") == std::string(wams::to_string(route)));
        std::size_t absent = 0;
        for (const auto& spec : ui::field_catalogue()) {
            const std::string p(spec.pattern);
            if (p.find('*') != std::string::npos) continue;  // inside lists, which do not exist yet
            if (p == "/entry/route" || p == "/entry/article" || p == "/entry/requester" || p == "/entry/criteria") continue;
            const ui::FieldSpec* spec_here = ui::find_field(p);
            if (route != wams::EntryRoute::professional_request && spec_here && spec_here->page == "criteria") {
                // Page not shown on this route: its own facts are null, those inside the (null) criteria absent.
                const json* at = wams::find_at(f, p);
                if (p.rfind("/entry/criteria/", 0) == 0) CHECK(at == nullptr);
                else CHECK((at != nullptr && at->is_null()));
                continue;
            }
            INFO(p);
            CHECK(wams::find_at(f, p) == nullptr);
            ++absent;
        }
        CHECK(absent > 30);
        CHECK(f.at("scope") == json::object());  // a container of questions, not itself a question
        // Only the professional route asks about the requester and the criteria (their pages exist only there).
        const bool professional = route == wams::EntryRoute::professional_request;
        CHECK(f["entry"]["requester"].is_object() == professional);
        CHECK(f["entry"]["criteria"].is_object() == professional);
        if (professional) CHECK(f["entry"]["requester"].empty());
    }
}

TEST_CASE("the editor tells an unanswered fact from an answer of null", "[ui_model][issue17]") {
    ui::CaseEditor ed;
    ed.reset(ui::blank_case(wams::EntryRoute::client_request, "C"));
    const std::string p = "/entry/multiple_problems_plausible";
    CHECK_FALSE(ed.answered(p));
    CHECK(ed.value(p).is_null());      // value() cannot tell them apart …
    CHECK(ed.set(p, nullptr));         // … so answering "onbekend" (null) is a change
    CHECK(ed.answered(p));
    CHECK_FALSE(ed.set(p, nullptr));   // the same answer again is not
    CHECK(ed.undo());
    CHECK_FALSE(ed.answered(p));       // undo takes the answer away instead of leaving a null behind
    // A blank element holds its id and the objects its questions sit in, nothing else.
    REQUIRE(ed.add_element("/data_items", true));
    const json item = ed.value("/data_items/0");
    CHECK(item == json{{"item_id", "D1"}, {"source", json::object()}, {"necessity", json::object()}});
    REQUIRE(ed.add_element("/family_members", true));
    CHECK(ed.value("/family_members/0") == json{{"id", "F1"}});
}

TEST_CASE("moving on records texts and lists left empty, never a choice", "[ui_model][issue17]") {
    json f = ui::blank_case(wams::EntryRoute::professional_request, "C")["facts"];
    auto pointers = [](const std::vector<std::pair<std::string, json>>& v) {
        std::map<std::string, json> m(v.begin(), v.end());
        return m;
    };
    const auto requester = pointers(ui::left_empty("requester", f));
    CHECK(requester.at("/entry/requester/role") == "");
    CHECK(requester.at("/entry/requester/domain_name") == "");
    CHECK(requester.count("/entry/requester/kind") == 0);                 // a choice: the user must answer it
    CHECK(requester.count("/entry/requester/involved_with_person") == 0); // a flag: likewise
    const auto entry = pointers(ui::left_empty("entry", f));
    CHECK(entry.at("/entry/initial_request_under") == json::array());
    CHECK(entry.count("/entry/loket") == 0);
    f["scope"] = json::object();
    const auto scope = pointers(ui::left_empty("scope", f));
    CHECK(scope.at("/scope/client_excluded_domains") == json::array());
    CHECK(scope.at("/scope/client_agreed_domains").is_null());            // nullable: left empty = not recorded
    // Inside a data item only that item's texts: Q7's reason, Q3's reference.
    f["data_items"] = json::array({ui::blank_element("/data_items", f), ui::blank_element("/data_items", f)});
    f["data_items"][1]["item_id"] = "D2";
    const auto q7 = pointers(ui::left_empty("Q7", f, "/data_items/1"));
    CHECK(q7.size() == 1);
    CHECK(q7.at("/data_items/1/secrecy_regime_rebutted_because").is_null());
    // Already answered: left alone.
    f["entry"]["requester"]["role"] = "wijkagent";
    CHECK(pointers(ui::left_empty("requester", f)).count("/entry/requester/role") == 0);
}
