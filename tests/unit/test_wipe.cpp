// "Wis alles" (issue 5; issue 16: one app state): after a wipe no earlier case text is reachable through the editor
// (case, undo history) or the wiped buffers, and the app's one state (shell/app/app_state.hpp) equals a newly
// constructed one. The marker text is written by hand.
#include <catch2/catch.hpp>
#include "app.hpp"
#include "app_state.hpp"
#include "engine_fixtures.hpp"
#include "wams/engine.hpp"
#include "wams/wipe.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

using nlohmann::json;

namespace {
const std::string kMarker = "MARKER-Zwaluwstaart-7731";
}

TEST_CASE("wipe_case_editor: no case text, no undo history, not dirty", "[wipe]") {
    wams::ui::CaseEditor editor;
    editor.reset(wams::ui::new_case(wams::EntryRoute::professional_request, "ZAAK-9"));
    REQUIRE(editor.set_case_field("title", "titel " + kMarker));
    REQUIRE(editor.add_element("/data_items"));
    REQUIRE(editor.set("/data_items/0/what", "gegevens " + kMarker));
    REQUIRE(editor.case_doc().dump().find(kMarker) != std::string::npos);  // the marker is really in there
    REQUIRE(editor.can_undo());

    wams::wipe_case_editor(editor);
    CHECK(editor.case_doc().dump().find(kMarker) == std::string::npos);
    CHECK(editor.case_doc().dump().find("ZAAK-9") == std::string::npos);
    CHECK(editor.value("/entry/route") == "client_request");
    CHECK(editor.value("/data_items") == json::array());
    CHECK_FALSE(editor.can_undo());
    CHECK_FALSE(editor.undo());  // the history (which held every earlier answer) is gone
    CHECK(editor.case_doc().dump().find(kMarker) == std::string::npos);
    CHECK_FALSE(editor.dirty());
}

TEST_CASE("wipe_text overwrites the buffer, including spare capacity", "[wipe]") {
    std::string s = kMarker + kMarker + kMarker;
    s.resize(5);                          // the old text is still in the spare capacity
    wams::wipe_text(s);
    CHECK(s.empty());
    std::string fresh;
    fresh.reserve(kMarker.size() * 3);    // no guarantee we get the same block back; the checks above are the contract
    CHECK(fresh.empty());
}

TEST_CASE("wipe_json clears every string and leaves null", "[wipe]") {
    json j = {{"facts", {{"data_items", json::array({{{"what", kMarker}}})}}}, {"title", kMarker}, {"n", 3}};
    wams::wipe_json(j);
    CHECK(j.is_null());
    CHECK(j.dump().find(kMarker) == std::string::npos);
    json s = kMarker;
    wams::wipe_json(s);
    CHECK(s.is_null());
}

// ---- The app's one state ---------------------------------------------------------------------------------------
namespace {
using wams::app::AppState;

void use_case(wams::app::consult::Session& c) {
    c.editor.reset(wams::ui::new_case(wams::EntryRoute::professional_request, "ZAAK-9"));
    REQUIRE(c.editor.set_case_field("title", "titel " + kMarker));
    REQUIRE(c.editor.add_element("/data_items"));
    REQUIRE(c.editor.set("/data_items/0/what", "gegevens " + kMarker));
    c.case_started = true;
    c.computed_revision = c.editor.revision();
    c.errors.push_back({"/facts/data_items/0/what", "text", kMarker, kMarker, kMarker});
    c.facts = pub_facts("PUB-04");
    c.assessment = wams::assess(*c.facts);
    c.assessment_json = wams::to_json(*c.assessment);
    c.unasked = {"/entry/loket", "/serious_problems"};  // issue 17: a partial case and what is decided in it
    c.open_wanted = true;
    c.open_frames_waiting = 1;
    c.open_revision = c.computed_revision;
    c.open.assessment = {{"investigation", {{"value", "open"}, {"waits_for", {"/facts/entry/loket"}}}}, {"note", kMarker}};
    c.words = wams::all_in_words(*c.facts, *c.assessment, wams::Lang::en);
    c.words.front().title = kMarker;
    c.words_revision = c.computed_revision;
    c.words_lang = wams::Lang::en;
    c.process_page = "scope";
    c.walk_item = 1;
    c.walk_page = "Q13";
    c.last_flow_screen = "walk";
    c.whatif_pointer = "/entry/route";
    c.whatif_value = "client_request";
    c.file_message = "drop:" + kMarker;
    c.file_errors.push_back({"/facts", "object", kMarker, kMarker, kMarker});
    c.screen_request = "casefile";
    c.pending_cases = {c.editor.case_doc(), c.editor.case_doc()};
    c.last_saved_text = c.editor.case_doc().dump();
    c.focused_widget = "facts/entry/route";
    c.expanded_card = "R23";
}

void use_training(wams::app::desk::TrainingState& t) {
    namespace training = wams::training;
    REQUIRE_FALSE(training::builtin_scenarios().empty());
    training::Scenario own = training::builtin_scenarios().front();
    REQUIRE_FALSE(own.questions.empty());
    own.narrative_nl = kMarker;
    own.origin = "drop:" + kMarker;
    t.filter_theme = training::Theme::data_sharing;
    t.filter_difficulty = 2;
    t.current_id = own.id;
    t.current_from_file = true;
    t.key = training::compute_key(own);
    t.feedback_question = own.questions.front().id;
    t.feedback = training::check_answer(own, *t.key, t.feedback_question, kMarker);
    training::record_answer(t.session, own, *t.feedback);
    t.export_message = "json";
    t.loaded = {own};
    t.load_errors.push_back({"/id", "text", kMarker, kMarker, kMarker});
    t.load_source = "drop:" + kMarker;
    t.load_ok = true;
    t.trainer_selected = own.id;
    t.trainer_selected_from_file = true;
}

void use_desk(AppState& s) {
    s.helpdesk.query = kMarker;
    s.helpdesk.searched = kMarker;
    s.helpdesk.hits = wams::search_help("toestemming", 3);
    REQUIRE_FALSE(s.helpdesk.hits.empty());
    s.helpdesk.selected = s.helpdesk.hits.front().answer->id;
    s.dossier.role = kMarker;
    s.dossier.preview = "# " + kMarker;
    s.dossier.format = wams::ReportFormat::html;
    s.whatif.filter = kMarker;
    s.whatif.result = {3, "/entry/route", "client_request", s.case_.assessment_json,
                       {{"/investigation", "a", "b", true}}, kMarker};
    s.map_step = "investigation";
    s.fields.case_label = kMarker;
    s.fields.fact_text = kMarker;
}

void use_ask(wams::app::AskState& a) {
    a.direction = 0;
    for (std::string* t : {&a.role, &a.what, &a.party, &a.text_answer}) *t = kMarker;
    a.picked = {kMarker};
    wams::interview::Question0 q;
    q.direction = wams::interview::Direction::request;
    q.what = kMarker;
    q.party = kMarker;
    a.session = wams::interview::AskSession(wams::interview::case_of(q));
    REQUIRE(a.session.answer("/facts/data_items/0/recipient", kMarker));
    a.frames_waiting = 1;
}

// Every part of the state in use, each member away from its initial value.
void use_everything(AppState& s) {
    use_case(s.case_);
    use_training(s.training);
    use_desk(s);
    use_ask(s.ask);
}

// The members (part/member) whose snapshot still equals the fresh state's.
std::vector<std::string> unchanged_members(const nlohmann::json& used, const nlohmann::json& fresh) {
    std::vector<std::string> same;
    for (const auto& [part, members] : fresh.items()) {
        if (!members.is_object()) {
            if (used.at(part) == members) same.push_back(part);
            continue;
        }
        for (const auto& [member, value] : members.items())
            if (used.at(part).at(member) == value) same.push_back(part + "/" + member);
    }
    return same;
}
} // namespace

TEST_CASE("the app state in use differs from a fresh one in every member (so the wipe test sees each)", "[wipe]") {
    auto used = std::make_unique<AppState>();
    use_everything(*used);
    const auto fresh = wams::app::state_snapshot(AppState{});
    const auto snapshot = wams::app::state_snapshot(*used);
    CHECK(unchanged_members(snapshot, fresh) == std::vector<std::string>{});
    CHECK(snapshot.dump().find(kMarker) != std::string::npos);
    CHECK(fresh.size() == 8);  // case, training, helpdesk, dossier, whatif, map_step, ask, fields
}

TEST_CASE("wipe_app_state: the state equals a newly constructed one and holds no case text", "[wipe]") {
    auto s = std::make_unique<AppState>();
    use_everything(*s);
    wams::app::wipe_app_state(*s);
    const auto after = wams::app::state_snapshot(*s);
    CHECK(after == wams::app::state_snapshot(AppState{}));
    CHECK(after.dump().find(kMarker) == std::string::npos);
    CHECK_FALSE(s->case_.editor.can_undo());
    CHECK(s->training.session.attempts.empty());
    CHECK(s->helpdesk.query.empty());
}

TEST_CASE("App::reset_view: the phone layout's pane, menu and folded header back to their start (a wipe)", "[wipe]") {
    wams::app::App a;
    a.pane = 1;
    a.pane_screen = "walk";
    a.menu_open = a.display_open = a.header_more = true;
    a.scale_percent = 150;  // a setting of the page, not of the case: kept
    a.reset_view();
    CHECK(a.pane == 0);
    CHECK(a.pane_screen.empty());
    CHECK_FALSE(a.menu_open);
    CHECK_FALSE(a.display_open);
    CHECK_FALSE(a.header_more);
    CHECK(a.scale_percent == 150);
}
