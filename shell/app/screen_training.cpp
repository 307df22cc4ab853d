// screen_training.cpp — training mode for trainees (issue 6; RULEBOOK §12.4 M2 "the walk as a training mode"):
// choose a scenario (filter by theme / difficulty), read the narrative, answer one question at a time with the
// options core gives (training::answer_options), immediate feedback with the model answer core computed from the
// facts (training::compute_key / check_answer) and the rule cards (id, section, Dutch quote); a score per scenario,
// per theme and in total (the FIRST answer per question counts); an anonymous summary to download (file bridge).
//
// [SECTION] Shared state and helpers (training_ui.hpp)
// [SECTION] Scenario list
// [SECTION] One scenario, step by step
// [SECTION] Scores and export
// [SECTION] Screen
#include "app_state.hpp"
#include "consult.hpp"
#include "file_bridge.hpp"
#include "imgui.h"
#include "privacy_ui.hpp"
#include "training_ui.hpp"
#include "widgets.hpp"
#include "wams/export_guard.hpp"
#include "wams/i18n.hpp"
#include "wams/rules.hpp"

#include <cmath>
#include <cstdio>
#include <iterator>

namespace wams::app::desk {

// ---- [SECTION] Shared state and helpers (training_ui.hpp) ----------------------------------------------------
TrainingState& training_state() { return app_state().training; }

const training::Scenario* scenario_by_id(const TrainingState& t, std::string_view id, bool from_file) {
    if (!from_file) return training::find_scenario(id);
    for (const auto& s : t.loaded)
        if (s.id == id) return &s;
    return nullptr;
}

void start_scenario(TrainingState& t, const training::Scenario& s, bool from_file) {
    t.current_id = s.id;
    t.current_from_file = from_file;
    t.key = training::compute_key(s);
    t.feedback_question.clear();
    t.feedback.reset();
    t.export_message.clear();
}

std::string lang_id(const App& app) { return std::string(i18n::lang_code(app.lang)); }

std::string format_count(const App& app, double n) {
    std::string digits = std::to_string(static_cast<long long>(std::llround(n)));
    std::string out;
    const char sep = app.lang == Lang::nl ? '.' : ',';
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += sep;
        out += digits[i];
    }
    return out;
}

void desk_tabs(App& app, std::string_view active) {
    struct Tab { const char* screen; const char* key; };
    static constexpr Tab kTabs[] = {{"training", "desk.tab.training"}, {"trainer", "desk.tab.trainer"},
                                    {"helpdesk", "desk.tab.helpdesk"}, {"facts", "desk.tab.facts"}};
    for (const Tab& tab : kTabs) {
        const char* label = i18n::text(app.lang, tab.key).c_str();
        const bool on = active == tab.screen;
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(label)) app.go_to(tab.screen);
        if (on) ImGui::PopStyleColor();
        consult::rec(std::string("desk.") + tab.screen, label);
        ImGui::SameLine();
        if (&tab + 1 != std::end(kTabs)) {  // the next tab under this one when the line is full (phone layout)
            const float next = ImGui::CalcTextSize(i18n::text(app.lang, (&tab + 1)->key).c_str()).x +
                               ImGui::GetStyle().FramePadding.x * 2;
            if (ImGui::GetCursorPosX() + next > ImGui::GetContentRegionMax().x) ImGui::NewLine();
        }
    }
    ImGui::NewLine();
    ImGui::Spacing();
}

void rule_card(App& app, const training::RuleRef& r, std::string_view id) {
    ImGui::PushID(std::string(id).c_str());
    ImGui::Indent();
    const std::string title = r.id + " — " + (app.lang == Lang::nl ? r.title_nl : r.title_en);
    ImGui::TextWrapped("%s", title.c_str());
    // Said as "Regel R56: <title>" (the label stays the rule id the tests read); its source and quote follow as text.
    consult::rec(id, r.id, test_hooks::named(widgets::fill_words(tr(app, "card.rule_name"),
                                                                 {r.id, app.lang == Lang::nl ? r.title_nl : r.title_en})));
    const std::string where = wams::source_where(r.section, r.article, app.lang);  // draft article labelled (rules.hpp)
    ImGui::TextDisabled("%s: %s", tr(app, "card.section"), where.c_str());
    consult::rec("text." + std::string(id) + ".source", std::string(tr(app, "card.section")) + ": " + where);
    if (!r.quote_nl.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(consult::palette().blue));
        ImGui::TextWrapped("\xC2\xAB%s\xC2\xBB", r.quote_nl.c_str());  // « » around the verbatim Dutch text
        ImGui::PopStyleColor();
        consult::rec("text." + std::string(id) + ".quote", "\xC2\xAB" + r.quote_nl + "\xC2\xBB");
    }
    ImGui::Unindent();
    ImGui::PopID();
}

} // namespace wams::app::desk

namespace {

using wams::app::tr;
namespace consult = wams::app::consult;
namespace desk = wams::app::desk;
namespace training = wams::training;
using wams::Lang;
namespace hooks = wams::app::test_hooks;

const std::string& pick(const wams::app::App& app, const std::string& nl, const std::string& en) {
    return app.lang == Lang::en && !en.empty() ? en : nl;
}

// "{0} van {1} goed" with the numbers filled in (the pattern comes from the i18n files).
std::string fill(const char* pattern, std::initializer_list<long long> args) {
    std::string out = pattern;
    int i = 0;
    for (long long a : args) {
        const std::string tag = "{" + std::to_string(i++) + "}";
        for (auto at = out.find(tag); at != std::string::npos; at = out.find(tag, at))
            out.replace(at, tag.size(), std::to_string(a));
    }
    return out;
}

std::string score_text(const wams::app::App& app, const training::Score& sc) {
    return fill(tr(app, "training.score_fmt"), {sc.correct, sc.answered, sc.questions,
                                                static_cast<long long>(std::lround(sc.percent()))});
}

// ---- [SECTION] Scenario list ---------------------------------------------------------------------------------
// A filter chip: one choice of a radio group (group = the id of the filter's name, the fieldset's legend).
void filter_chip(wams::app::App& app, const char* label, bool on, const std::string& id, bool& clicked, const char* group) {
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    ImGui::PushID(id.c_str());
    const float w = ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2;
    if (ImGui::GetCursorPosX() + w > ImGui::GetContentRegionMax().x) ImGui::NewLine();
    // A label wider than the whole line (a phone) wraps inside a full-width button instead of running off the screen.
    clicked = w > ImGui::GetContentRegionAvail().x ? wams::app::widgets::wide_button(id, label, on) : ImGui::Button(label);
    ImGui::PopID();
    if (on) ImGui::PopStyleColor();
    consult::rec(id, label, hooks::radio(group, on));
    ImGui::SameLine();
    (void)app;
}

void draw_filters(wams::app::App& app, desk::TrainingState& t) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", tr(app, "training.filter.theme"));
    consult::rec("training.filter.theme", tr(app, "training.filter.theme"), hooks::radio_group());
    ImGui::SameLine();
    bool clicked = false;
    filter_chip(app, tr(app, "training.filter.any"), !t.filter_theme, "training.theme.any", clicked, "training.filter.theme");
    if (clicked) { t.filter_theme.reset(); app.state_changed = true; }
    for (training::Theme th : training::all_themes()) {
        const std::string label(training::theme_label(th, app.lang));
        filter_chip(app, label.c_str(), t.filter_theme == th, "training.theme." + std::string(training::to_string(th)), clicked,
                    "training.filter.theme");
        if (clicked) { t.filter_theme = th; app.state_changed = true; }
    }
    ImGui::NewLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", tr(app, "training.filter.difficulty"));
    consult::rec("training.filter.difficulty", tr(app, "training.filter.difficulty"), hooks::radio_group());
    ImGui::SameLine();
    filter_chip(app, tr(app, "training.filter.any"), !t.filter_difficulty, "training.difficulty.any", clicked, "training.filter.difficulty");
    if (clicked) { t.filter_difficulty.reset(); app.state_changed = true; }
    static const char* kLevels[] = {"training.level.1", "training.level.2", "training.level.3"};
    for (int d = 1; d <= 3; ++d) {
        filter_chip(app, tr(app, kLevels[d - 1]), t.filter_difficulty == d, "training.difficulty." + std::to_string(d), clicked,
                    "training.filter.difficulty");
        if (clicked) { t.filter_difficulty = d; app.state_changed = true; }
    }
    ImGui::NewLine();
}

void draw_scenario_list(wams::app::App& app, desk::TrainingState& t) {
    draw_filters(app, t);
    static const char* kLevels[] = {"training.level.1", "training.level.2", "training.level.3"};
    auto table = [&](const std::vector<training::Scenario>& all, bool from_file, const char* table_id) {
        const auto shown = training::list_scenarios(all, t.filter_theme, t.filter_difficulty);
        if (shown.empty()) {
            ImGui::TextDisabled("%s", tr(app, "training.none"));
            return;
        }
        if (app.narrow) {  // phone layout: one full-width button per scenario, its words wrapping (no table columns)
            for (const training::Scenario* s : shown) {
                const training::Score sc = training::score_scenario(t.session, s->id);
                std::string label = s->id + "  " + pick(app, s->title_nl, s->title_en) + "\n" +
                                    std::string(training::theme_label(s->theme, app.lang)) + " \xC2\xB7 " +
                                    tr(app, kLevels[std::clamp(s->difficulty, 1, 3) - 1]);
                if (sc.answered > 0)
                    label += " \xC2\xB7 " + std::to_string(sc.correct) + " / " + std::to_string(s->questions.size());
                if (wams::app::widgets::wide_button(s->id, label, false)) {
                    desk::start_scenario(t, *s, from_file);
                    app.state_changed = true;
                }
                consult::rec(std::string(from_file ? "training.file." : "training.scenario.") + s->id,
                             s->id + "  " + pick(app, s->title_nl, s->title_en));
            }
            return;
        }
        namespace w = wams::app::widgets;
        w::Grid grid(table_id,
                     {{tr(app, "training.col.scenario"), 5.0f}, {tr(app, "training.col.theme"), 2.5f},
                      {tr(app, "training.col.difficulty"), 1.2f}, {tr(app, "training.col.score"), 1.3f}},
                     w::grid_row_bg | w::grid_borders_inner_h);
        const std::string table = from_file ? "training.own" : "training.builtin";  // named by its heading
        hooks::begin_table(table);  // said as a table in the page (issue 18 §1)
        grid.header_row(table);
        for (const training::Scenario* s : shown) {
            grid.next_row();
            grid.next_column();
            const std::string label = s->id + "  " + pick(app, s->title_nl, s->title_en);
            ImGui::PushID(s->id.c_str());
            if (ImGui::Selectable(label.c_str(), false)) {
                desk::start_scenario(t, *s, from_file);
                app.state_changed = true;
            }
            ImGui::PopID();
            consult::rec(std::string(from_file ? "training.file." : "training.scenario.") + s->id, label);
            const std::string row = std::string(from_file ? "training.file_" : "training.scenario_") + s->id;
            grid.next_column();
            const std::string theme(training::theme_label(s->theme, app.lang));
            ImGui::TextUnformatted(theme.c_str());
            consult::rec(row + ".theme", theme);
            grid.next_column();
            ImGui::TextUnformatted(tr(app, kLevels[std::clamp(s->difficulty, 1, 3) - 1]));
            consult::rec(row + ".level", tr(app, kLevels[std::clamp(s->difficulty, 1, 3) - 1]));
            grid.next_column();
            const training::Score sc = training::score_scenario(t.session, s->id);
            if (sc.answered > 0) {
                const std::string score = std::to_string(sc.correct) + " / " + std::to_string(s->questions.size());
                ImGui::TextUnformatted(score.c_str());
                consult::rec(row + ".score", score);
            } else {
                ImGui::TextDisabled("—");
                consult::rec(row + ".score", "—", hooks::named(tr(app, "training.not_started")));
            }
        }
        hooks::end_table();
        grid.end();
    };
    ImGui::SeparatorText(tr(app, "training.builtin"));
    consult::rec("training.builtin", tr(app, "training.builtin"), hooks::heading(3));
    table(training::builtin_scenarios(), false, "##builtin");
    if (!t.loaded.empty()) {
        ImGui::SeparatorText(tr(app, "training.own"));
        consult::rec("training.own", tr(app, "training.own"), hooks::heading(3));
        table(t.loaded, true, "##own");
    }
}

// ---- [SECTION] One scenario, step by step --------------------------------------------------------------------
void draw_feedback(wams::app::App& app, const training::Scenario& s, const training::AnswerCheck& c) {
    const auto& pal = consult::palette();
    const training::Question* q = training::find_question(s, c.model.question_id);
    if (!q) return;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(c.correct ? pal.green : pal.red));
    const std::string verdict = std::string(c.correct ? "\xE2\x9C\x93 " : "\xE2\x9C\x97 ") +
                                tr(app, c.correct ? "training.correct" : "training.wrong");
    ImGui::TextUnformatted(verdict.c_str());
    ImGui::PopStyleColor();
    consult::rec("training.feedback", c.correct ? "correct" : "wrong", hooks::named(hooks::status(), verdict));  // announced
    const std::string given = training::answer_label(*q, c.given, app.lang);
    const std::string model = training::answer_label(*q, c.model.value, app.lang);
    ImGui::TextWrapped("%s: %s", tr(app, "training.your_answer"), given.c_str());
    consult::rec("text.training.given", std::string(tr(app, "training.your_answer")) + ": " + given);
    ImGui::TextWrapped("%s: %s", tr(app, "training.model_answer"), model.c_str());
    consult::rec("training.model", c.model.value, hooks::named(std::string(tr(app, "training.model_answer")) + ": " + model));
    if (!c.model.conditions.empty()) {
        std::string conds;
        for (const auto& code : c.model.conditions) conds += (conds.empty() ? "" : "; ") + wams::app::widgets::condition_text(app, code);
        ImGui::TextWrapped("%s: %s", tr(app, "ui.conditions"), conds.c_str());
        consult::rec("text.training.conditions", std::string(tr(app, "ui.conditions")) + ": " + conds);
    }
    if (!c.model.ambiguities.empty()) {
        std::string ids;
        for (const auto& a : c.model.ambiguities) ids += (ids.empty() ? "" : ", ") + a;
        ImGui::TextWrapped("%s %s", tr(app, "card.ambiguous"), ids.c_str());
        consult::rec("text.training.ambiguous", std::string(tr(app, "card.ambiguous")) + " " + ids);
    }
    if (!c.model.rule_refs.empty()) {
        ImGui::TextDisabled("%s", tr(app, "training.rests_on"));
        consult::rec("training.rests_on", tr(app, "training.rests_on"), hooks::heading(3));
    }
    for (std::size_t i = 0; i < c.model.rule_refs.size(); ++i)
        desk::rule_card(app, c.model.rule_refs[i], "training.rule." + std::to_string(i));
}

void draw_scenario(wams::app::App& app, desk::TrainingState& t, const training::Scenario& s) {
    if (ImGui::Button(tr(app, "training.back_to_list"))) {
        t.current_id.clear();
        t.feedback.reset();
        t.feedback_question.clear();
        app.state_changed = true;
    }
    consult::rec("training.back_to_list", tr(app, "training.back_to_list"));
    ImGui::SameLine();
    static const char* kLevels[] = {"training.level.1", "training.level.2", "training.level.3"};
    ImGui::TextDisabled("%s · %s · %s", s.id.c_str(), std::string(training::theme_label(s.theme, app.lang)).c_str(),
                        tr(app, kLevels[std::clamp(s.difficulty, 1, 3) - 1]));
    consult::rec("training.meta", s.id + " · " + std::string(training::theme_label(s.theme, app.lang)) + " · " +
                                      tr(app, kLevels[std::clamp(s.difficulty, 1, 3) - 1]));
    wams::app::widgets::section_title(app, pick(app, s.title_nl, s.title_en).c_str());
    consult::rec("training.title", s.id, hooks::named(hooks::heading(2), pick(app, s.title_nl, s.title_en)));

    wams::app::widgets::push_wrap(52.0f);
    if (app.lang == Lang::en && s.narrative_en.empty()) ImGui::TextDisabled("%s", tr(app, "training.dutch_only"));
    ImGui::TextWrapped("%s", pick(app, s.narrative_nl, s.narrative_en).c_str());
    consult::rec("training.narrative", s.id, hooks::named(pick(app, s.narrative_nl, s.narrative_en)));
    ImGui::Spacing();

    const training::Score sc = training::score_scenario(t.session, s.id);
    const int total = static_cast<int>(s.questions.size());

    // The feedback of the answer just given, then "next question".
    if (t.feedback && t.feedback_question.size()) {
        const training::Question* q = training::find_question(s, t.feedback_question);
        const std::string n = fill(tr(app, "training.question_n"), {sc.answered, total});
        ImGui::SeparatorText(n.c_str());
        consult::rec("training.question_n", n, hooks::heading(3));
        if (q) {
            ImGui::TextWrapped("%s", pick(app, q->prompt_nl, q->prompt_en).c_str());
            consult::rec("training.answered", q->id, hooks::named(pick(app, q->prompt_nl, q->prompt_en)));
        }
        draw_feedback(app, s, *t.feedback);
        ImGui::Spacing();
        const bool done = training::next_question(t.session, s) == nullptr;
        if (ImGui::Button(tr(app, done ? "training.finish" : "training.next"))) {
            t.feedback.reset();
            t.feedback_question.clear();
            app.state_changed = true;
        }
        consult::rec("training.next", tr(app, done ? "training.finish" : "training.next"));
        ImGui::PopTextWrapPos();
        return;
    }

    const training::Question* q = training::next_question(t.session, s);
    if (!q) {
        ImGui::SeparatorText(tr(app, "training.done"));
        consult::rec("training.done", tr(app, "training.done"), hooks::heading(3));
        const std::string line = score_text(app, sc);
        wams::app::widgets::push_title_font(app, line);
        ImGui::TextUnformatted(line.c_str());
        wams::app::widgets::pop_title_font(app);
        consult::rec("training.score.scenario", line);
        if (ImGui::Button(tr(app, "training.other"))) {
            t.current_id.clear();
            app.state_changed = true;
        }
        consult::rec("training.other", tr(app, "training.other"));
        ImGui::PopTextWrapPos();
        return;
    }
    const std::string n = fill(tr(app, "training.question_n"), {sc.answered + 1, total});
    ImGui::SeparatorText(n.c_str());
    consult::rec("training.question_n", n, hooks::heading(3));
    ImGui::TextWrapped("%s", pick(app, q->prompt_nl, q->prompt_en).c_str());
    // The question is the answers' radio group (its words the fieldset's legend); the label stays its id (tests).
    consult::rec("training.question", q->id, hooks::named(hooks::radio_group(), pick(app, q->prompt_nl, q->prompt_en)));
    ImGui::PopTextWrapPos();
    for (const training::AnswerOption& opt : training::answer_options(*q)) {
        const std::string& label = app.lang == Lang::nl ? opt.label_nl : opt.label_en;
        ImGui::PushID(opt.value.c_str());
        if (ImGui::Button(label.c_str(), ImVec2(wams::app::widgets::fit_width(22), 0))) {
            training::AnswerCheck check = t.key ? training::check_answer(s, *t.key, q->id, opt.value)
                                                : training::check_answer(s, q->id, opt.value);
            training::record_answer(t.session, s, check);
            t.feedback_question = q->id;
            t.feedback = std::move(check);
            app.state_changed = true;
        }
        ImGui::PopID();
        // A button in the question's group (nothing pre-selected): pressing it answers and grades at once, so it is no
        // radio — arrow keys through a radio group would answer each option passed (issue 18 §1).
        consult::rec("training.answer." + opt.value, label, hooks::answer("training.question"));
    }
    ImGui::Spacing();
    if (sc.answered > 0) {
        const std::string line = score_text(app, sc);
        ImGui::TextDisabled("%s", line.c_str());
        consult::rec("training.score.scenario", line);
    }
}

// ---- [SECTION] Scores and export -----------------------------------------------------------------------------
void draw_scores(wams::app::App& app, desk::TrainingState& t) {
    if (t.session.attempts.empty()) return;
    ImGui::SeparatorText(tr(app, "training.scores"));
    consult::rec("training.scores", tr(app, "training.scores"), hooks::heading(3));
    for (const auto& [theme, sc] : training::score_by_theme(t.session)) {
        const std::string line = std::string(training::theme_label(theme, app.lang)) + ": " + score_text(app, sc);
        ImGui::BulletText("%s", line.c_str());
        consult::rec("training.score.theme." + std::string(training::to_string(theme)), line);
    }
    const std::string total = std::string(tr(app, "training.total")) + ": " + score_text(app, training::score_total(t.session));
    ImGui::TextUnformatted(total.c_str());
    consult::rec("training.score.total", total);

    ImGui::TextDisabled("%s", tr(app, "training.export_note"));
    consult::rec("text.training.export_note", tr(app, "training.export_note"));
    // Issue 5: a training result is an export like a case file: blocked while a PII finding in it is unresolved.
    // (core's scan_document leaves out the summary's stage block: it is the app's constant, export_guard.hpp.)
    const nlohmann::json summary = training::training_summary_json(t.session);
    const bool may_export = wams::app::privacy_ui::export_gate(app, summary, "privacy.blocked.training");
    ImGui::BeginDisabled(!may_export);
    if (ImGui::Button(tr(app, "training.export.json")) && may_export) {
        wams::app::file_bridge::download("wams-training-samenvatting.json", "application/json",
                                         wams::export_document(summary).dump(2) + "\n");
        t.export_message = "json";
        app.state_changed = true;
    }
    consult::rec("training.export.json", tr(app, "training.export.json"), hooks::button());
    wams::app::widgets::beside(tr(app, "training.export.md"));
    if (ImGui::Button(tr(app, "training.export.md")) && may_export) {
        wams::app::file_bridge::download("wams-training-samenvatting.md", "text/markdown",
                                         training::training_summary_markdown(t.session, app.lang, t.loaded));
        t.export_message = "markdown";
        app.state_changed = true;
    }
    consult::rec("training.export.md", tr(app, "training.export.md"), hooks::button());
    ImGui::EndDisabled();
    if (!t.export_message.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("\xE2\x9C\x93 %s", tr(app, "training.exported"));
        consult::rec("training.exported", tr(app, "training.exported"), hooks::status());
    }
}

// ---- [SECTION] Screen ----------------------------------------------------------------------------------------
void draw_training(wams::app::App& app) {
    auto& s = consult::session();
    wams::app::widgets::nav_bar(app, s);
    desk::desk_tabs(app, "training");
    auto& t = desk::training_state();
    const training::Scenario* current = t.current_id.empty() ? nullptr : desk::scenario_by_id(t, t.current_id, t.current_from_file);
    if (!current) {
        wams::app::widgets::section_title(app, tr(app, "training.title"));
        wams::app::widgets::push_wrap(52.0f);
        ImGui::TextWrapped("%s", tr(app, "training.intro"));
        consult::rec("text.training.intro", tr(app, "training.intro"));
        ImGui::PopTextWrapPos();
        draw_scenario_list(app, t);
    } else {
        draw_scenario(app, t, *current);
    }
    draw_scores(app, t);
}

} // namespace

WAMS_APP_SCREEN(training, {"training", "desk.tab.training", 90, draw_training});
