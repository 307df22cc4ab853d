// test_a11y_actions.cpp — issue 18 §1, natively and headless (no browser): actions queued by id for the page's
// accessible layer (test_hooks::queue_action, what wams_a11y_act calls) are applied by the widget with that id
// through its own code path — a button press changes the screen, a radio sets the choice, a text lands in the
// field's buffer, focus moves ImGui's keyboard focus — and actions for ids that are not drawn are dropped. Each
// effect is checked against the same frames drawn without the action (it must not happen by itself).
#include "app.hpp"
#include "app_state.hpp"
#include "consult.hpp"
#include "headless.hpp"
#include "test_hooks.hpp"

#include "imgui.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include "wams/interview_session.hpp"
#include "wams/json_pointer.hpp"
#include "wams/ui_model.hpp"

#include <algorithm>
#include <fstream>
#include <string>

namespace {
namespace app = wams::app;
namespace th = wams::app::test_hooks;

struct Headless : app::testing::HeadlessApp {
    nlohmann::json widget(const std::string& id) {
        const auto st = nlohmann::json::parse(th::state_json(a));
        for (const auto& w : st["widgets"])
            if (w["id"] == id) return w;
        return nullptr;
    }
};
} // namespace

TEST_CASE("a queued activation presses the widget with that id; without it nothing happens", "[a11y]") {
    Headless h;
    REQUIRE(h.a.screen == "start");
    h.frames(3);
    CHECK(h.a.screen == "start");  // control: the frames alone change nothing
    REQUIRE(th::queue_action("nav.ask", "activate", ""));
    h.frames(3);
    CHECK(h.a.screen == "ask");
    CHECK(th::focused_id() == "nav.ask");  // the activated widget has the keyboard focus (ring shown)
}

TEST_CASE("the Vraag form by actions: radio, text fields, start", "[a11y]") {
    Headless h;
    REQUIRE(th::queue_action("nav.ask", "activate", ""));
    h.frames(3);
    REQUIRE(h.a.screen == "ask");
    auto& ask = app::app_state().ask;
    CHECK(ask.direction == -1);
    const auto radio = h.widget("ask.direction.request");
    REQUIRE(radio.is_object());
    CHECK(radio["role"] == "radio");
    CHECK(radio["group"] == "ask.direction");
    CHECK(radio["checked"] == false);
    const auto start = h.widget("ask.start");
    CHECK(start["role"] == "button");
    CHECK(start.value("disabled", false) == true);

    REQUIRE(th::queue_action("ask.direction.request", "activate", ""));
    h.frames(3);
    CHECK(ask.direction == 0);
    CHECK(h.widget("ask.direction.request")["checked"] == true);

    REQUIRE(th::queue_action("ask.what", "set", "betalingsachterstanden"));
    REQUIRE(th::queue_action("ask.party.request", "set", "schuldhulpverlener"));
    h.frames(2);
    CHECK(ask.what == "betalingsachterstanden");
    CHECK(ask.party == "schuldhulpverlener");
    CHECK(h.widget("ask.what")["role"] == "textbox");
    CHECK(h.widget("ask.what")["value"] == "betalingsachterstanden");
    CHECK(h.widget("ask.start").value("disabled", false) == false);

    CHECK_FALSE(ask.session.started());
    REQUIRE(th::queue_action("ask.start", "activate", ""));
    h.frames(3);
    CHECK(ask.session.started());
}

TEST_CASE("actions for ids no frame draws are dropped, not kept for later", "[a11y]") {
    Headless h;
    // ask.start is not drawn on the start screen: its activation must not survive until the Vraag screen shows it.
    REQUIRE(th::queue_action("ask.start", "activate", ""));
    REQUIRE(th::queue_action("ask.what", "set", "kept?"));
    h.frames(1);
    CHECK_FALSE(th::actions_queued());
    REQUIRE(th::queue_action("nav.ask", "activate", ""));
    h.frames(3);
    REQUIRE(h.a.screen == "ask");
    CHECK(std::string(app::app_state().ask.what).empty());
    CHECK_FALSE(app::app_state().ask.session.started());
    CHECK_FALSE(th::queue_action("nav.ask", "explode", ""));  // unknown action refused
}

TEST_CASE("a queued focus moves the app's keyboard focus to that widget", "[a11y]") {
    Headless h;
    CHECK(th::focused_id().empty());
    REQUIRE(th::queue_action("lang.en", "focus", ""));
    h.frames(2);
    CHECK(th::focused_id() == "lang.en");
    CHECK(h.a.lang == wams::Lang::nl);  // focus only: not pressed
}

TEST_CASE("a drop-down choice by actions: its button opens it, its entries are options, one is picked", "[a11y]") {
    Headless h;
    h.a.go_to("trainer");
    h.frames(3);
    REQUIRE(h.a.screen == "trainer");
    auto& t = app::app_state().training;
    const std::string before = t.trainer_selected;
    auto combo = h.widget("trainer.choose");
    REQUIRE(combo.is_object());
    CHECK(combo["role"] == "button");
    CHECK(combo["expanded"] == false);                 // closed: said as collapsed
    CHECK(h.widget("trainer.pick.TR-02").is_null());   // and its entries are not drawn
    h.frames(2);
    CHECK(h.widget("trainer.pick.TR-02").is_null());   // control: frames alone do not open it
    REQUIRE(th::queue_action("trainer.choose", "activate", ""));
    h.frames(3);
    combo = h.widget("trainer.choose");
    CHECK(combo["expanded"] == true);
    const auto entry = h.widget("trainer.pick.TR-02");
    REQUIRE(entry.is_object());
    CHECK(entry["role"] == "button");
    CHECK(entry["option"] == true);
    CHECK(entry["group"] == "trainer.choose");         // the page puts it in a group named by the choice
    CHECK_FALSE(entry.contains("selected"));           // not the chosen one yet
    CHECK(t.trainer_selected == before);
    REQUIRE(th::queue_action("trainer.pick.TR-02", "activate", ""));
    h.frames(3);
    CHECK(t.trainer_selected == "TR-02");
    CHECK(h.widget("trainer.choose")["expanded"] == false);  // picking closes it
    REQUIRE(th::queue_action("trainer.choose", "activate", ""));
    h.frames(3);
    CHECK(h.widget("trainer.pick.TR-02")["selected"] == true);  // reopened: the chosen entry is pressed
}

// Issue 18 §1: text typed into the page's field of a fact arrives as one text per input event. Typed on without
// leaving the field it is one undo step, as ImGui's own typing in one go is; a new visit to the field (the page sends
// "focus") starts a new step.
TEST_CASE("the page's typing into a fact's field is one undo step per visit", "[a11y]") {
    Headless h;
    auto& s = wams::app::consult::session();
    wams::app::consult::open_case(s, wams::ui::new_case(wams::EntryRoute::professional_request, "T-1"));
    s.process_page = "requester";  // the requesting professional's role and domain: two text fields
    h.a.go_to("process");
    h.frames(3);
    std::string field, pointer;
    const auto st = nlohmann::json::parse(th::state_json(h.a));  // kept: a range-for over a temporary's member dangles
    for (const auto& w : st["widgets"])
        if (w["role"] == "textbox" && w["id"].get<std::string>().rfind("facts/", 0) == 0 && w.value("value", "x").empty()) {
            field = w["id"];
            break;
        }
    INFO(field);
    REQUIRE(!field.empty());  // an empty text field of a fact on the process or walk screens
    pointer = field.substr(5);  // "facts/entry/…" → "/entry/…"
    const auto typed = [&](const std::string& text) {
        REQUIRE(th::queue_action(field, "set", text));
        h.frames(3);
        CHECK(s.editor.value(pointer) == text);
    };
    const auto steps_before = [&] {  // undo until the field is empty again; how many undo steps that took
        int n = 0;
        while (s.editor.value(pointer).is_string() && !s.editor.value(pointer).get<std::string>().empty() && s.editor.undo()) ++n;
        return n;
    };
    REQUIRE(th::queue_action(field, "focus", ""));
    h.frames(2);
    for (const char* t : {"s", "sc", "sch", "schuld"}) typed(t);
    CHECK(steps_before() == 1);  // four texts, typed on: one step

    REQUIRE(th::queue_action(field, "focus", ""));
    h.frames(2);
    typed("huur");
    typed("huurschuld");
    REQUIRE(th::queue_action(field, "focus", ""));  // left and came back
    h.frames(2);
    typed("huurschuld en energie");
    CHECK(steps_before() == 2);  // one step per visit
}

TEST_CASE("a document's lines lie where the box draws them, and move with its scroll", "[a11y]") {
    // Issue 18 §1: each line of a read-only preview (here the case file's JSON, 14 lines high) is recorded over the
    // row the box shows it on, so a magnifier or touch exploration finds it there; a line scrolled out of the box is
    // still recorded (read by a screen reader), outside the box's inside.
    Headless h;
    ImGui::GetIO().DisplaySize = ImVec2(1280, 1600);  // the whole box on screen: its inside is what cuts the lines
    nlohmann::json items = nlohmann::json::array();
    for (int i = 1; i <= 4; ++i)
        items.push_back({{"item_id", "D" + std::to_string(i)}, {"what", "gegevens " + std::to_string(i)},
                         {"source", {{"party", "bron " + std::to_string(i)}}}, {"recipient", "ontvanger"}});
    app::consult::open_case(app::consult::session(), {{"id", "T-1"}, {"facts", {{"data_items", items}}}});
    h.a.go_to("casefile");
    h.frames(2);
    REQUIRE(th::queue_action("file.preview", "activate", ""));
    h.frames(3);
    const auto box = h.widget("file.preview.text");
    REQUIRE(box.is_object());
    const std::string text = wams::ui::case_file_text(app::consult::session().editor.case_doc());
    const auto doc = wams::ui::document_lines(text, wams::ui::DocumentKind::plain);
    REQUIRE(doc.size() > 20);  // longer than the box
    const float font = ImGui::GetFontSize();
    auto line = [&](std::size_t n) { return h.widget("file.preview.text." + std::to_string(n)); };
    auto inside = [&](const nlohmann::json& w) {
        return w["y"].get<float>() >= w["clip"][1].get<float>() - 0.5f &&
               w["y"].get<float>() + w["h"].get<float>() <= w["clip"][3].get<float>() + 0.5f;
    };
    const float box_y = box["y"], box_bottom = box["y"].get<float>() + box["h"].get<float>();
    // One font height per line of the text as written, the first one at the top of the box.
    CHECK(line(0)["y"].get<float>() >= box_y);
    CHECK(line(0)["y"].get<float>() < box_y + font);
    for (std::size_t n = 1; n < doc.size(); ++n)
        CHECK(line(n)["y"].get<float>() - line(n - 1)["y"].get<float>() ==
              Approx(font * static_cast<float>(doc[n].line - doc[n - 1].line)));
    CHECK(inside(line(0)));
    CHECK(line(0)["clip"][3].get<float>() <= box_bottom + 0.5f);  // cut to the box, not to the screen
    const std::size_t last = doc.size() - 1;
    CHECK_FALSE(inside(line(last)));  // below the box until scrolled to
    CHECK(line(last)["label"] == doc[last].text);

    // Scrolled with the wheel over the box: every line moves up by the same amount, the last one comes into view.
    const float y0 = line(0)["y"];
    ImGui::GetIO().AddMousePosEvent(box["x"].get<float>() + 40, box_y + 40);
    for (int i = 0; i < 10; ++i) {
        ImGui::GetIO().AddMouseWheelEvent(0, -5);
        h.frames(2);
    }
    h.frames(2);
    const float moved = y0 - line(0)["y"].get<float>();
    CHECK(moved > font * 5);
    CHECK_FALSE(inside(line(0)));
    CHECK(inside(line(last)));
    for (std::size_t n = 1; n < doc.size(); ++n)
        CHECK(line(n)["y"].get<float>() - line(n - 1)["y"].get<float>() ==
              Approx(font * static_cast<float>(doc[n].line - doc[n - 1].line)));
}

namespace {
// Clicks into the text field `id`, goes to its end and types `typed` with ImGui's keys.
void type_at_end(Headless& h, const std::string& id, const char* typed) {
    ImGuiIO& io = ImGui::GetIO();
    const auto box = h.widget(id);
    REQUIRE(box.is_object());
    io.AddMousePosEvent(box["x"].get<float>() + 5, box["y"].get<float>() + 5);
    io.AddMouseButtonEvent(0, true);
    h.frames(1);
    io.AddMouseButtonEvent(0, false);
    h.frames(1);
    io.AddKeyEvent(ImGuiKey_End, true);
    h.frames(1);
    io.AddKeyEvent(ImGuiKey_End, false);
    io.AddInputCharactersUTF8(typed);
    h.frames(3);
}
} // namespace

TEST_CASE("a fact's text has no length limit: a long text is shown, kept and edited whole", "[a11y]") {
    // A case file may hold a text longer than the field's old fixed buffer (2 047 bytes): shown cut off, and an edit
    // stored the cut text. Now the field grows with its text, from the page's field and from ImGui's own typing.
    Headless h;
    auto& s = wams::app::consult::session();
    wams::app::consult::open_case(s, wams::ui::new_case(wams::EntryRoute::professional_request, "T-1"));
    s.process_page = "requester";
    h.a.go_to("process");
    h.frames(3);
    std::string field;
    const auto st = nlohmann::json::parse(th::state_json(h.a));  // kept: a range-for over a temporary's member dangles
    for (const auto& w : st["widgets"])
        if (w["role"] == "textbox" && w["id"].get<std::string>().rfind("facts/", 0) == 0 && w.value("value", "x").empty()) {
            field = w["id"];
            break;
        }
    REQUIRE(!field.empty());
    const std::string pointer = field.substr(5);
    std::string long_text;
    for (int i = 0; long_text.size() < 5000; ++i) long_text += "regel " + std::to_string(i) + " van een lange toelichting; ";
    REQUIRE(th::queue_action(field, "set", long_text));  // typed (or pasted) into the page's field
    h.frames(3);
    CHECK(s.editor.value(pointer) == long_text);
    CHECK(h.widget(field)["value"] == long_text);  // the field shows it whole

    // ImGui's own typing at the end of the long text: the whole text plus the typed letters.
    type_at_end(h, field, "!?");
    CHECK(s.editor.value(pointer) == long_text + "!?");
}

TEST_CASE("the Vraag form's and the help desk's texts have no length limit", "[a11y]") {
    // They were fixed buffers (what 256, party and role 128, a text answer 512, the help-desk question 256 bytes):
    // ImGui's typing stopped at the limit and a longer text from the page's field was cut to it (session 19).
    Headless h;
    std::string long_text;  // 1 000 bytes with a diacritic: a cut could also split a character
    for (int i = 0; long_text.size() < 1000; ++i) long_text += "gegevens over de cliënt, deel " + std::to_string(i) + "; ";
    REQUIRE(th::queue_action("nav.ask", "activate", ""));
    h.frames(3);
    REQUIRE(th::queue_action("ask.direction.request", "activate", ""));
    h.frames(2);
    auto& ask = app::app_state().ask;
    for (const char* id : {"ask.what", "ask.party.request", "ask.role"}) {
        REQUIRE(th::queue_action(id, "set", long_text + id));
        h.frames(2);
        CHECK(h.widget(id)["value"] == long_text + id);
    }
    CHECK(ask.what == long_text + "ask.what");
    CHECK(ask.party == long_text + "ask.party.request");
    CHECK(ask.role == long_text + "ask.role");
    type_at_end(h, "ask.what", "!?");
    CHECK(ask.what == long_text + "ask.what!?");

    h.a.go_to("helpdesk");
    h.frames(3);
    REQUIRE(h.a.screen == "helpdesk");
    REQUIRE(th::queue_action("helpdesk.search", "set", long_text));
    h.frames(2);
    CHECK(app::app_state().helpdesk.query == long_text);
    CHECK(h.widget("helpdesk.search")["value"] == long_text);
    type_at_end(h, "helpdesk.search", "?");
    CHECK(app::app_state().helpdesk.query == long_text + "?");
}

TEST_CASE("a file that cannot be opened is said as an error until the next file result", "[a11y]") {
    // The case-file screen's message: a broken file's errors in the UI language and marked invalid (said by the page's
    // live region); a later save, copy or opened file replaces them, and the old errors are not kept.
    Headless h;
    auto& s = app::consult::session();
    h.a.go_to("casefile");
    CHECK_FALSE(app::consult::receive_case_text(s, R"({"id":"K","facts":{"data_items":[{"purpose":42}]}})", "drop:kapot.json"));
    h.frames(3);
    auto message = h.widget("file.message");
    REQUIRE(message.is_object());
    CHECK(message.value("invalid", false));
    CHECK(message["label"].get<std::string>().find("/facts/data_items/0/purpose") != std::string::npos);
    CHECK(app::consult::file_result_is_error(s));
    app::consult::file_result(s, "copied");
    h.frames(3);
    message = h.widget("file.message");
    CHECK_FALSE(message.value("invalid", false));
    CHECK(s.file_errors.empty());
    CHECK_FALSE(app::consult::file_result_is_error(s));
}

// The Vraag screen's "Weet ik niet" stands where null is one of the answers the case can hold (the interview's domain
// for the question), and nothing stands in its place otherwise: the answers given start on a line of their own below
// the question (a "beside" for a missing button once put them next to "Bevestig").
TEST_CASE("Vraag: 'Weet ik niet' only where the case can hold null, and nothing beside a question without it",
          "[a11y]") {
    namespace iv = wams::interview;
    std::ifstream in(std::string(WAMS_SOURCE_DIR) + "/tests/data/cases_public.json");
    const nlohmann::json cases = nlohmann::json::parse(in)["cases"];
    nlohmann::json full;
    for (const auto& c : cases)
        if (c["id"] == "PUB-13") full = c;
    REQUIRE(full.is_object());
    nlohmann::json partial = full;
    // Asked in this order: the item's purpose (a choice the case must hold), who proposes to organise the case
    // conference (a text the case must hold: no "not known"), whether the college chooses to coordinate (yes / no /
    // not known).
    partial["facts"]["data_items"][0].erase("purpose");
    partial["facts"]["case_conference"].erase("proposed_organiser");
    partial["facts"]["coordination"].erase("municipality_chooses_to_coordinate");
    Headless h;
    REQUIRE(th::queue_action("nav.ask", "activate", ""));
    h.frames(3);
    auto& ask = app::app_state().ask;
    ask.what = full["facts"]["data_items"][0]["what"].get<std::string>();
    ask.session = iv::AskSession(partial);
    int text_questions = 0;
    for (int n = 0; n < 6; ++n) {
        ask.session.update();
        h.frames(3);
        const auto& next = ask.session.result().next;
        REQUIRE(ask.session.result().errors.empty());
        if (!next) break;
        const bool null_allowed = std::find(next->domain.begin(), next->domain.end(), nullptr) != next->domain.end();
        INFO(next->pointer);
        const auto kind = next->field->kind;
        const bool closed = kind == wams::vocab::Kind::choice || kind == wams::vocab::Kind::flag;
        if (closed) CHECK(h.widget("ask.answer=null").is_object() == null_allowed);  // one of its answers
        else if (!next->absent_means_none) CHECK(h.widget("ask.unknown").is_object() == null_allowed);
        if (next->field->kind == wams::vocab::Kind::text && !ask.session.answers().empty()) {
            ++text_questions;
            const auto confirm = h.widget("ask.confirm");
            const auto given = h.widget("ask.section.given");
            REQUIRE(confirm.is_object());
            REQUIRE(given.is_object());
            CHECK(given["y"].get<double>() >= confirm["y"].get<double>() + confirm["h"].get<double>());
        }
        const nlohmann::json* v = wams::find_at(full, next->pointer);
        REQUIRE(v != nullptr);
        REQUIRE(ask.session.answer(next->pointer, *v));
    }
    CHECK(text_questions == 1);
}
