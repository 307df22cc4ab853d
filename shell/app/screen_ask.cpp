// screen_ask.cpp — "Vraag": the question a professional actually has ("Mag ik gegevens delen of opvragen?") as an
// interview (issue 17). A thin view of wams::interview::AskSession: the start form, then one question at a time with
// nothing pre-selected, and beside it what is decided so far. A verdict is shown only when every answer still open
// gives it (interview.hpp); until then it says "Nog open" and which questions it waits for.
//
// The interview takes about a second: when the answers change, one frame says "bezig" and the next one computes.
//
// [SECTION] Start form
// [SECTION] One question
// [SECTION] What is decided
// [SECTION] Screen
#include "app.hpp"
#include "app_state.hpp"
#include "consult.hpp"
#include "imgui.h"
#include "widgets.hpp"
#include "wams/i18n.hpp"
#include "wams/interview_session.hpp"
#include "wams/json_pointer.hpp"
#include "wams/wipe.hpp"

#include <algorithm>
#include <string>

namespace {

using nlohmann::json;
using wams::app::tr;
namespace consult = wams::app::consult;
namespace widgets = wams::app::widgets;
namespace iv = wams::interview;

std::string field_label(const wams::app::App& app, const std::string& pointer) {  // its name: "Doel"
    const wams::vocab::Field* f = iv::field_of(pointer);
    return f ? std::string(wams::vocab::text(f->label, app.lang)) : pointer;
}

std::string field_question(const wams::app::App& app, const std::string& pointer) {  // asked: "Waarvoor …?"
    const wams::vocab::Field* f = iv::field_of(pointer);
    return f ? std::string(wams::vocab::text(f->ask, app.lang)) : pointer;
}

// ---- [SECTION] Start form --------------------------------------------------------------------------------------
void text_field(wams::app::App& app, const char* key, std::string& text) {
    ImGui::TextWrapped("%s", tr(app, key));
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 26));
    ImGui::PushID(key);
    if (widgets::input_text("##t", text)) app.state_changed = true;
    ImGui::PopID();
    consult::rec_text(key, tr(app, key), text);  // a text typed in the page's field lands in text (state_changed set)
    widgets::pii_warning(app, text);
}

void start_form(wams::app::App& app, wams::app::AskState& a) {
    widgets::section_title(app, tr(app, "ask.title"));
    consult::rec("ask.title", tr(app, "ask.title"), wams::app::test_hooks::heading(2));
    ImGui::TextWrapped("%s", tr(app, "ask.intro"));
    consult::rec("text.ask.intro", tr(app, "ask.intro"));
    ImGui::Spacing();
    ImGui::TextWrapped("%s", tr(app, "ask.direction"));
    consult::rec("ask.direction", tr(app, "ask.direction"));
    if (widgets::radio(tr(app, "ask.direction.request"), a.direction == 0)) a.direction = 0;
    consult::rec("ask.direction.request", tr(app, "ask.direction.request"),
                 wams::app::test_hooks::radio("ask.direction", a.direction == 0));
    if (widgets::radio(tr(app, "ask.direction.share"), a.direction == 1)) a.direction = 1;
    consult::rec("ask.direction.share", tr(app, "ask.direction.share"),
                 wams::app::test_hooks::radio("ask.direction", a.direction == 1));
    ImGui::Spacing();
    text_field(app, "ask.what", a.what);
    text_field(app, a.direction == 1 ? "ask.party.share" : "ask.party.request", a.party);
    text_field(app, "ask.role", a.role);
    ImGui::TextDisabled("%s", tr(app, "ask.purpose_later"));
    ImGui::Spacing();

    iv::Question0 q;
    if (a.direction >= 0) q.direction = a.direction == 0 ? iv::Direction::request : iv::Direction::share;
    q.role = a.role;
    q.what = a.what;
    q.party = a.party;
    const auto missing = iv::missing(q);
    ImGui::BeginDisabled(!missing.empty());
    if (ImGui::Button(tr(app, "ask.start"))) {
        a.session = iv::AskSession(iv::case_of(q));
        a.frames_waiting = 0;
        app.state_changed = true;
    }
    ImGui::EndDisabled();
    wams::app::test_hooks::Sem start = wams::app::test_hooks::button(!missing.empty());
    for (const std::string& m : missing)  // why it is disabled, read with the button (aria-description)
        start.description += (start.description.empty() ? "" : " ") + std::string(tr(app, std::string("ask.missing.") + m));
    consult::rec("ask.start", tr(app, "ask.start"), start);
    for (const std::string& m : missing) {
        ImGui::TextDisabled("%s", tr(app, std::string("ask.missing.") + m));
        consult::rec("text.ask.missing." + m, tr(app, std::string("ask.missing.") + m));
    }
}

// ---- [SECTION] One question ------------------------------------------------------------------------------------
void give(wams::app::App& app, wams::app::AskState& a, const std::string& pointer, json value) {
    if (!a.session.answer(pointer, std::move(value))) return;
    wams::wipe_text(a.text_answer);
    a.picked.clear();
    a.frames_waiting = 0;
    app.state_changed = true;
}

void option_button(wams::app::App& app, wams::app::AskState& a, const iv::Slot& slot, const json& value,
                   const std::string& words) {
    ImGui::PushID(value.dump().c_str());
    if (widgets::radio(words.c_str(), false)) give(app, a, slot.pointer, value);  // nothing pre-selected
    ImGui::PopID();
    // Drawn as a radio, said as a button in the question's group: activating it answers at once (issue 18 §1).
    consult::rec("ask.answer=" + value.dump(), words, wams::app::test_hooks::answer("ask.question:" + slot.pointer));
}

// Beside the answer buttons: "Bestaat niet" for a member asked on its own, "Weet ik niet" where null is one of the
// answers the case can hold (the interview's domain: the vocabulary's hint and the schema agreeing), nothing otherwise.
void unknown_button(wams::app::App& app, wams::app::AskState& a, const iv::Slot& slot) {
    if (slot.absent_means_none) {  // a member asked on its own: null says there is no such object
        widgets::beside(tr(app, "ask.not_present"));
        if (ImGui::Button(tr(app, "ask.not_present"))) give(app, a, slot.pointer, nullptr);
        consult::rec("ask.not_present", tr(app, "ask.not_present"));
        return;
    }
    if (std::find(slot.domain.begin(), slot.domain.end(), json(nullptr)) == slot.domain.end()) return;
    widgets::beside(tr(app, "ask.unknown"));
    if (ImGui::Button(tr(app, "ask.unknown"))) give(app, a, slot.pointer, nullptr);
    consult::rec("ask.unknown", tr(app, "ask.unknown"));
}

void text_question(wams::app::App& app, wams::app::AskState& a, const iv::Slot& slot) {
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 26));
    widgets::input_text("##answer", a.text_answer);
    consult::rec_text("ask.text", field_question(app, slot.pointer), a.text_answer);
    bool first = true;
    for (std::string_view s : slot.field->suggestions) {
        const std::string sv(s);
        const std::string words = widgets::coded_text_label(app.lang, sv);  // "sociaal domein: Wgs", never "social:Wgs"
        widgets::flow_item(widgets::chip_width(words.c_str()), first);
        first = false;
        ImGui::PushID(sv.c_str());
        if (widgets::chip(words.c_str())) a.text_answer = sv;
        ImGui::PopID();
        consult::rec("ask.suggest=" + sv, words);
    }
    ImGui::BeginDisabled(a.text_answer.empty());
    if (ImGui::Button(tr(app, "ask.confirm"))) give(app, a, slot.pointer, a.text_answer);
    ImGui::EndDisabled();
    consult::rec("ask.confirm", tr(app, "ask.confirm"));
    unknown_button(app, a, slot);
}

void list_question(wams::app::App& app, wams::app::AskState& a, const iv::Slot& slot) {
    bool first = true;
    for (std::string_view s : slot.field->suggestions) {
        const std::string sv(s);
        widgets::flow_item(widgets::radio_width(sv.c_str()), first);
        first = false;
        bool on = std::find(a.picked.begin(), a.picked.end(), sv) != a.picked.end();
        if (widgets::checkbox(sv.c_str(), &on)) {
            if (on) a.picked.push_back(sv);
            else a.picked.erase(std::remove(a.picked.begin(), a.picked.end(), sv), a.picked.end());
        }
        consult::rec("ask.pick=" + sv, sv, wams::app::test_hooks::checkbox(on));
    }
    ImGui::Spacing();
    if (ImGui::Button(tr(app, a.picked.empty() ? "ask.none" : "ask.confirm")))
        give(app, a, slot.pointer, json(a.picked));
    consult::rec("ask.confirm", tr(app, a.picked.empty() ? "ask.none" : "ask.confirm"));
    unknown_button(app, a, slot);
}

void container_question(wams::app::App& app, wams::app::AskState& a, const iv::Slot& slot) {
    const bool object = slot.field->kind == wams::vocab::Kind::object;
    // An object answered "ja" is recorded empty: its own questions follow, each asked only when it matters.
    if (ImGui::Button(tr(app, object ? "ask.object.yes" : "ask.array.none")))
        give(app, a, slot.pointer, object ? json::object() : json::array());
    consult::rec("ask.container", tr(app, object ? "ask.object.yes" : "ask.array.none"));
    unknown_button(app, a, slot);
    if (!object) ImGui::TextDisabled("%s", tr(app, "ask.array.form"));
}

void question(wams::app::App& app, wams::app::AskState& a) {
    const iv::Result& r = a.session.result();
    if (!r.errors.empty()) {
        ImGui::TextWrapped("%s", tr(app, "ask.invalid"));
        int n = 0;
        for (const auto& e : r.errors) {
            widgets::bullet_wrapped(app.lang == wams::Lang::nl ? e.message_nl : e.message_en);
            consult::rec("error.ask." + std::to_string(n++), app.lang == wams::Lang::nl ? e.message_nl : e.message_en,
                         wams::app::test_hooks::error_text());
        }
        return;
    }
    if (!r.next) {
        ImGui::TextWrapped("%s", tr(app, "ask.done"));
        consult::rec("ask.done", tr(app, "ask.done"), wams::app::test_hooks::status());
        return;
    }
    const iv::Slot& slot = *r.next;
    ImGui::SeparatorText(tr(app, "ask.next"));
    consult::rec("ask.section.next", tr(app, "ask.next"), wams::app::test_hooks::heading(3));
    const std::string label = field_question(app, slot.pointer);  // a question, never a name ("Doel")
    widgets::push_title_font(app, label);
    ImGui::TextWrapped("%s", label.c_str());
    widgets::pop_title_font(app);
    consult::rec("ask.question:" + slot.pointer, label, wams::app::test_hooks::heading(2));  // the pointer in the id: tests answer it from a full case
    if (slot.absent_means_none) {  // a member asked on its own: say what it belongs to ("Fase" of what?)
        const std::string parent = slot.pointer.substr(0, slot.pointer.rfind('/'));
        const std::string part_of = std::string(tr(app, "ask.part_of")) + " " + field_label(app, parent);
        ImGui::TextDisabled("%s", part_of.c_str());
        consult::rec("text.ask.part_of", part_of);
    }
    // No vocabulary help under the question: it is the rulebook's §0.3 "Meaning" column, English only and written for
    // case files (JSON members, null, design-choice ids), so it showed codes on the English screen and nothing on the
    // Dutch one (app_text_ask_en).
    ImGui::PushID(slot.pointer.c_str());
    switch (slot.field->kind) {
        case wams::vocab::Kind::choice:
        case wams::vocab::Kind::flag:
            for (std::size_t i = 0; i < slot.domain.size(); ++i) {
                const std::string words = iv::answer_label(*slot.field, slot.domain[i], app.lang, slot.absent_means_none);
                widgets::flow_item(widgets::radio_width(words.c_str()), i == 0);
                option_button(app, a, slot, slot.domain[i], words);
            }
            break;
        case wams::vocab::Kind::text: text_question(app, a, slot); break;
        case wams::vocab::Kind::text_list: list_question(app, a, slot); break;
        case wams::vocab::Kind::object:
        case wams::vocab::Kind::array: container_question(app, a, slot); break;
    }
    ImGui::PopID();
}

void answers_given(wams::app::App& app, wams::app::AskState& a) {
    if (a.session.answers().empty()) return;
    ImGui::SeparatorText(tr(app, "ask.given"));
    consult::rec("ask.section.given", tr(app, "ask.given"), wams::app::test_hooks::heading(3));
    int n = 0;
    for (const iv::Answer& x : a.session.answers()) {
        const wams::vocab::Field* f = iv::field_of(x.pointer);
        // null for a member that stood for its object, which is null now: "niet van toepassing (is er niet)"
        const std::string parent = x.pointer.substr(0, x.pointer.rfind('/'));
        const json* at_parent = wams::find_at(a.session.case_json(), parent);
        const bool none = x.value.is_null() && at_parent && at_parent->is_null();
        const std::string words = f ? iv::answer_label(*f, x.value, app.lang, none) : x.value.dump();
        const std::string line = field_label(app, x.pointer) + " — " +
                                 (x.value.is_string() ? widgets::coded_text_label(app.lang, words) : words);  // a typed domain in words
        widgets::bullet_wrapped(line);
        consult::rec("text.ask.given." + std::to_string(n++), line);  // the page's layer reads the answers given
    }
    if (ImGui::Button(tr(app, "ask.undo"))) {
        a.session.undo();
        a.frames_waiting = 0;
        app.state_changed = true;
    }
    consult::rec("ask.undo", tr(app, "ask.undo"));
}

// ---- [SECTION] What is decided ---------------------------------------------------------------------------------
void decided(wams::app::App& app, wams::app::AskState& a) {
    const iv::Result& r = a.session.result();
    ImGui::SeparatorText(tr(app, "ask.verdict"));
    consult::rec("ask.section.verdict", tr(app, "ask.verdict"), wams::app::test_hooks::heading(3));
    const json& item = r.assessment.is_object() ? r.assessment["data_items"][0] : json();
    const json verdict = item.is_object() ? item.value("verdict", json("open")) : json("open");
    if (verdict == "open") {
        widgets::value_badge(app, "pending", "ask.verdict");
        if (item.is_object() && item.contains("waits_for")) {
            ImGui::TextWrapped("%s", tr(app, "ask.waits_for"));
            consult::rec("text.ask.waits_for", tr(app, "ask.waits_for"));
            int n = 0;
            for (const json& p : item["waits_for"]) {  // the questions it waits for, as the interview asks them
                const std::string q = field_question(app, p.get<std::string>());
                widgets::bullet_wrapped(q);
                consult::rec("text.ask.waits_for." + std::to_string(n++), q);
            }
        }
        return;
    }
    auto& s = consult::session();
    widgets::verdict_badge(app, verdict.get<std::string>(), "ask.verdict");
    wams::Ids rules, conditions, ambiguities;
    for (const json& x : item.value("rules", json::array())) rules.push_back(x.get<std::string>());
    for (const json& x : item.value("conditions", json::array())) conditions.push_back(x.get<std::string>());
    for (const json& x : item.value("ambiguities", json::array())) ambiguities.push_back(x.get<std::string>());
    if (!rules.empty()) {
        ImGui::TextDisabled("%s", tr(app, "ui.rules"));
        ImGui::SameLine();
        widgets::id_chips(app, s, rules, "ask/rules");
    }
    int n = 0;
    for (const auto& c : conditions) {
        widgets::bullet_wrapped(widgets::condition_text(app, c));
        consult::rec("text.ask.condition." + std::to_string(n++), widgets::condition_text(app, c));
    }
    for (const auto& x : ambiguities) widgets::ambiguity_card(app, s, x, "ask");
}

// ---- [SECTION] Screen ------------------------------------------------------------------------------------------
void draw_ask(wams::app::App& app) {
    auto& a = wams::app::app_state().ask;
    widgets::nav_bar(app, consult::session());
    if (!a.session.started()) {
        start_form(app, a);
        return;
    }
    if (a.session.stale()) {  // this frame says "bezig"; the next one computes (about a second) and shows it
        if (a.frames_waiting++ > 0) a.session.update();
        app.state_changed = true;
        if (a.session.stale()) {
            ImGui::TextWrapped("%s", tr(app, "ask.busy"));
            consult::rec("ask.busy", tr(app, "ask.busy"), wams::app::test_hooks::status());
            return;
        }
    }
    widgets::Panes panes(app, "ask", 0.58f, "pane.questions", "pane.result");
    if (panes.first("##ask_question")) {
        ImGui::TextWrapped("%s %s", tr(app, "ask.your_question"), a.what.c_str());
        consult::rec("text.ask.your_question", std::string(tr(app, "ask.your_question")) + " " + a.what);
        question(app, a);
        answers_given(app, a);
        ImGui::Spacing();
        if (ImGui::Button(tr(app, "ask.restart"))) {
            a.session.wipe();
            app.state_changed = true;
        }
        consult::rec("ask.restart", tr(app, "ask.restart"));
    }
    if (panes.second("##ask_result")) decided(app, a);
    panes.end();
}

} // namespace

WAMS_APP_SCREEN(ask, {"ask", "nav.ask", 5, draw_ask});
