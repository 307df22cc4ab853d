// screen_walk.cpp — the necessity walk (RULEBOOK §8.3): one data item, one question at a time. Each question shows
// its possible answers; the effect of the answer given (stop / not allowed / ask / condition / continue) and the
// rules behind it appear at once, read from the walk core computed (ItemAssessment::steps = walk_item). A bundled
// request ("alles wat jullie hebben") is not a data item: the walk will not go on until it is split (§8.3, D13).
//
// [SECTION] The effect of one question
// [SECTION] Q13: the record
// [SECTION] Screen
#include "app.hpp"
#include "consult.hpp"
#include "imgui.h"
#include "widgets.hpp"
#include "wams/i18n.hpp"
#include "wams/rules.hpp"
#include "wams/ui_model.hpp"

namespace {

using nlohmann::json;
using wams::app::tr;
namespace consult = wams::app::consult;
namespace widgets = wams::app::widgets;
namespace test_hooks = wams::app::test_hooks;

const wams::ItemAssessment* item_assessment(const consult::Session& s) {
    if (!s.assessment || s.walk_item < 0 || s.walk_item >= static_cast<int>(s.assessment->data_items.size())) return nullptr;
    return &s.assessment->data_items[static_cast<std::size_t>(s.walk_item)];
}

// A case with unanswered questions (issue 17): what is open on this page, and the item's verdict once worked out.
void open_item(wams::app::App& app, consult::Session& s, std::string_view page) {
    const std::string base = "/data_items/" + std::to_string(s.walk_item);
    if (!widgets::open_state(app, s, page, base, "walk.open")) return;
    const json& a = consult::shown_assessment(s);
    if (!a.is_object() || !a.contains("data_items") || s.walk_item >= static_cast<int>(a["data_items"].size())) return;
    ImGui::SeparatorText(tr(app, "walk.current_verdict"));
    widgets::item_result(app, s, a["data_items"][static_cast<std::size_t>(s.walk_item)], "walk.item_verdict");
}

// ---- [SECTION] The effect of one question --------------------------------------------------------------------
void step_effect(wams::app::App& app, consult::Session& s, const std::string& question) {
    ImGui::SeparatorText(tr(app, "walk.effect_title"));
    if (!s.errors.empty()) {
        widgets::draw_errors(app, s);
        return;
    }
    if (consult::partial(s)) return open_item(app, s, question);
    const wams::ItemAssessment* ia = item_assessment(s);
    if (!ia) return;
    const wams::WalkStep* step = nullptr;
    for (const auto& st : ia->steps)
        if (st.question == question) step = &st;
    if (!step) {
        // The walk stopped at a gate (Q1/Q2) before this question.
        for (const auto& st : ia->steps)
            if (st.effect == wams::Effect::stop) {
                ImGui::TextWrapped("%s %s", tr(app, "walk.stopped_at"), st.question.c_str());
                widgets::verdict_badge(app, wams::to_string(st.stop_verdict.value_or(wams::Verdict::undetermined)), "walk.effect");
                return;
            }
        ImGui::TextDisabled("%s", tr(app, "walk.not_reached"));
        return;
    }
    widgets::effect_badge(app, wams::to_string(step->effect), "walk.effect");
    const std::string context = "walk/" + question;
    if (!step->rules.empty()) {
        ImGui::TextDisabled("%s", tr(app, "ui.rules"));
        ImGui::SameLine();
        widgets::id_chips(app, s, step->rules, context + "/rules");
    }
    for (const auto& c : step->conditions) widgets::bullet_wrapped(widgets::condition_text(app, c));
    if (!step->ambiguities.empty()) {
        ImGui::TextUnformatted(tr(app, "ui.ambiguous_text"));
        ImGui::SameLine();
        widgets::id_chips(app, s, step->ambiguities, context + "/amb");
    }
    for (const auto& a : step->advisories) widgets::bullet_wrapped(widgets::advisory_text(app, a));
    if (!step->design_choices.empty()) {
        ImGui::TextDisabled("%s", tr(app, "ui.design_choices"));
        ImGui::SameLine();
        widgets::id_chips(app, s, step->design_choices, context + "/d");
    }
    ImGui::TextDisabled("%s", tr(app, "walk.verdict_so_far"));
    ImGui::SameLine();
    widgets::verdict_badge(app, wams::to_string(step->verdict_so_far), "walk.verdict_so_far");
    // What to ask next when this question leaves the item undetermined (rule metadata, §8.3).
    if (step->effect == wams::Effect::ask)
        if (const wams::QuestionInfo* q = wams::find_question(question))
            ImGui::TextWrapped("%s %s", tr(app, "walk.ask_next"), (app.lang == wams::Lang::nl ? q->ask_nl : q->ask_en).c_str());
}

// ---- [SECTION] Q13: the record -------------------------------------------------------------------------------
// A walked step's answer in words (assets/rules/walk_questions.json), never its code ("within_scope").
std::string answer_words(const wams::app::App& app, const wams::WalkStep& st) {
    const wams::QuestionInfo* q = wams::find_question(st.question);
    const wams::AnswerInfo* a = q ? wams::find_answer(*q, st.answer) : nullptr;
    if (!a) return st.answer;
    return app.lang == wams::Lang::nl ? a->nl : a->en;
}

void record_page(wams::app::App& app, consult::Session& s) {
    ImGui::TextWrapped("%s", tr(app, "walk.Q13.text"));
    consult::rec("walk.steps", tr(app, "walk.Q13.text"));  // also names the steps table in the page
    if (consult::partial(s)) return open_item(app, s, "*");
    if (s.assessment_json.is_object() && s.walk_item < static_cast<int>(s.assessment_json["data_items"].size())) {
        const nlohmann::json& item = s.assessment_json["data_items"][static_cast<std::size_t>(s.walk_item)];
        widgets::item_result(app, s, item, "walk.verdict");
        widgets::verdict_words(app, s, "data_items/" + item.value("item_id", ""), "walk.verdict");
    }
    const wams::ItemAssessment* ia = item_assessment(s);
    if (!ia) return;
    // The steps: a table (wide layout; said as a table in the page, issue 18 §1), or in the phone layout one block per
    // step — question, answer, effect, rules under each other — so that nothing is squeezed into a 320 px column.
    auto rules_of = [](const wams::WalkStep& st) {
        std::string rules;
        for (const auto& r : st.rules) rules += (rules.empty() ? "" : " ") + r;
        return rules;
    };
    auto effect = [&](const wams::WalkStep& st, const std::string& id) {
        widgets::effect_badge(app, wams::to_string(st.effect), "");
        consult::rec(id, wams::i18n::text(app.lang, "effect." + std::string(wams::to_string(st.effect))));
    };
    if (app.narrow) {
        for (std::size_t i = 0; i < ia->steps.size(); ++i) {
            const auto& st = ia->steps[i];
            const std::string id = "walk.step." + std::to_string(i);
            ImGui::Separator();
            widgets::cell_text(id + ".question", st.question + " \xE2\x80\x94 " + answer_words(app, st));
            ImGui::Indent();
            effect(st, id + ".effect");
            if (!st.rules.empty()) widgets::cell_text(id + ".rules", rules_of(st));
            ImGui::Unindent();
        }
        return;
    }
    // The question column as wide as its longest question (at most half the table), the others sharing the rest.
    widgets::Grid grid("steps", {{tr(app, "walk.col.question"), 0.0f}, {tr(app, "walk.col.answer"), 1.0f},
                                 {tr(app, "walk.col.effect"), 1.0f}, {tr(app, "ui.rules"), 1.0f}},
                       widgets::grid_borders | widgets::grid_row_bg);
    test_hooks::begin_table("walk.steps");
    grid.header_row("walk.steps");
    for (std::size_t i = 0; i < ia->steps.size(); ++i) {
        const auto& st = ia->steps[i];
        const std::string id = "walk.step." + std::to_string(i);
        grid.next_row();
        grid.next_column();
        ImGui::TextUnformatted(st.question.c_str());
        consult::rec(id + ".question", st.question);
        grid.next_column();
        widgets::cell_text(id + ".answer", answer_words(app, st));
        grid.next_column();
        effect(st, id + ".effect");
        grid.next_column();
        widgets::cell_text(id + ".rules", rules_of(st));
    }
    test_hooks::end_table();
}

// ---- [SECTION] Screen ----------------------------------------------------------------------------------------
void draw_walk(wams::app::App& app) {
    auto& s = consult::session();
    widgets::nav_bar(app, s);
    const json items = s.editor.value("/data_items");
    if (!s.case_started || !items.is_array() || items.empty()) {
        ImGui::TextWrapped("%s", tr(app, "walk.no_items"));
        if (ImGui::Button(tr(app, "walk.to_items"))) {
            s.process_page = "items";
            app.go_to("process");
        }
        consult::rec("walk.to_items", tr(app, "walk.to_items"));
        return;
    }
    s.last_flow_screen = "walk";
    const std::string base = "/data_items/" + std::to_string(s.walk_item);
    const std::string what = s.editor.value(base + "/what").is_string() ? s.editor.value(base + "/what").get<std::string>() : "";
    const auto bundle = wams::ui::bundled_request(what);

    // Item selector and question stepper.
    ImGui::TextDisabled("%s", tr(app, "walk.item_label"));
    for (std::size_t i = 0; i < items.size(); ++i) {
        ImGui::SameLine();
        const std::string label = widgets::item_name(app.lang, i);
        const bool cur = static_cast<int>(i) == s.walk_item;
        if (cur) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        ImGui::PushID(static_cast<int>(i));
        if (widgets::step_button(label.c_str())) {
            s.walk_item = static_cast<int>(i);
            s.walk_page = "item";
            app.state_changed = true;
        }
        ImGui::PopID();
        if (cur) ImGui::PopStyleColor();
        consult::rec("walk.item." + std::to_string(i), label);
    }
    std::vector<std::string> pages;
    for (auto p : wams::ui::walk_pages()) pages.emplace_back(p);
    pages.emplace_back("Q13");
    ImGui::TextDisabled("%s", tr(app, "walk.question_label"));
    for (const auto& p : pages) {
        ImGui::SameLine();
        const bool cur = p == s.walk_page;
        if (cur) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        const std::string label = p == "item" ? std::string(tr(app, "walk.item_short")) : p;
        ImGui::BeginDisabled(bundle.has_value() && p != "item");
        if (widgets::step_button(label.c_str())) {
            s.walk_page = p;
            app.state_changed = true;
        }
        ImGui::EndDisabled();
        if (cur) ImGui::PopStyleColor();
        consult::rec("walk.page." + p, label);
    }
    ImGui::BeginDisabled(bundle.has_value());
    widgets::flow_buttons(app, s);
    ImGui::EndDisabled();

    widgets::Panes panes(app, "walk", 0.58f, "pane.questions", "pane.result");
    if (panes.first("##question")) {  // the question and its effect scroll independently: the effect stays in view
        const std::string qkey = "walk." + s.walk_page + (s.walk_page == "Q13" ? ".title" : ".question");
        ImGui::PushTextWrapPos(0);
        ImGui::SeparatorText(widgets::item_name(app.lang, static_cast<std::size_t>(s.walk_item)).c_str());
        ImGui::TextWrapped("%s", wams::i18n::text(app.lang, qkey).c_str());
        ImGui::PopTextWrapPos();
        consult::rec("walk.question", wams::i18n::text(app.lang, qkey));
        ImGui::Spacing();
        if (s.walk_page == "Q13") {
            record_page(app, s);
        } else {
            widgets::draw_page_facts(app, s, s.walk_page, base);
        }
        if (bundle) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(consult::palette().red));
            ImGui::TextWrapped("\xE2\x9C\x97 %s \xC2\xAB%s\xC2\xBB", tr(app, "walk.bundled"), bundle->c_str());
            ImGui::PopStyleColor();
            consult::rec("walk.bundled", tr(app, "walk.bundled"));
            ImGui::TextWrapped("%s", tr(app, "walk.bundled_help"));
        }
    }
    if (panes.second("##effect")) {
        if (s.walk_page != "item" && s.walk_page != "Q13") step_effect(app, s, s.walk_page);
        else if (s.walk_page == "item" && s.assessment_json.is_object() &&
                 s.walk_item < static_cast<int>(s.assessment_json["data_items"].size())) {
            ImGui::SeparatorText(tr(app, "walk.current_verdict"));
            const nlohmann::json& item = s.assessment_json["data_items"][static_cast<std::size_t>(s.walk_item)];
            widgets::item_result(app, s, item, "walk.item_verdict");
            widgets::verdict_words(app, s, "data_items/" + item.value("item_id", ""), "walk.item_verdict");
        } else if (!s.errors.empty()) {
            widgets::draw_errors(app, s);
        } else if (s.walk_page == "item" && consult::partial(s)) {
            open_item(app, s, "item");
        }
    }
    panes.end();
}

} // namespace

WAMS_APP_SCREEN(walk, {"walk", "nav.walk", 20, draw_walk});
