// screen_trainer.cpp — the trainer view (issue 6, "Trainer"): load own scenario files ("wams-scenario/1.0",
// docs/training.md) by the file picker or by dropping them on the page (the case-file bridge, web/js/casefile.js;
// never the network), validated by core (training::load_scenarios_text) with every error shown as JSON path,
// expected and found; and for any scenario the model answers core computes from its facts (compute_key), their
// rule cards, the ambiguities in play, the trainer notes and the engine's full explanation (trainer_explanation).
//
// [SECTION] Loading files
// [SECTION] Model answers of one scenario
// [SECTION] Screen
#include "consult.hpp"
#include "file_bridge.hpp"
#include "imgui.h"
#include "training_ui.hpp"
#include "widgets.hpp"
#include "wams/i18n.hpp"

namespace wams::app::desk {

// ---- [SECTION] Loading files ---------------------------------------------------------------------------------
void load_trainer_text(TrainingState& t, std::string_view text, std::string_view source) {
    std::string origin(source);
    if (const auto colon = origin.find(':'); colon != std::string::npos) origin = origin.substr(colon + 1);
    training::LoadedScenarios result = training::load_scenarios_text(text, origin.empty() ? "bestand" : origin);
    t.load_source = origin;
    t.load_errors = std::move(result.errors);
    t.load_ok = t.load_errors.empty();
    if (!t.load_ok) return;
    for (auto& s : result.scenarios) {
        bool replaced = false;
        for (auto& have : t.loaded)
            if (have.id == s.id) { have = s; replaced = true; }
        if (!replaced) t.loaded.push_back(s);
        t.trainer_selected = s.id;
        t.trainer_selected_from_file = true;
    }
}

bool receive_trainer_file(std::string_view source, std::string_view text) {
    TrainingState& t = training_state();
    // Only while the trainer view is on screen; otherwise the case file takes it.
    if (!current_app() || current_app()->screen != "trainer") return false;
    if (source == "clipboard-denied") return false;
    load_trainer_text(t, text, source);
    return true;
}

} // namespace wams::app::desk

namespace {

using wams::app::tr;
namespace consult = wams::app::consult;
namespace desk = wams::app::desk;
namespace training = wams::training;
using wams::Lang;
namespace hooks = wams::app::test_hooks;

// ---- [SECTION] Model answers of one scenario -----------------------------------------------------------------
void draw_key(wams::app::App& app, const training::Scenario& s, bool from_file) {
    const bool nl = app.lang == Lang::nl;
    const std::string title = s.id + "  " + (nl || s.title_en.empty() ? s.title_nl : s.title_en);
    wams::app::widgets::section_title(app, title.c_str());
    consult::rec("trainer.scenario", s.id, hooks::named(hooks::heading(2), title));
    ImGui::TextDisabled("%s · %s %d · %s", std::string(training::theme_label(s.theme, app.lang)).c_str(),
                        tr(app, "training.col.difficulty"), s.difficulty, s.origin.c_str());
    wams::app::widgets::push_wrap(56.0f);
    const bool narrative_open = ImGui::CollapsingHeader(tr(app, "trainer.narrative"));
    consult::rec("trainer.narrative", tr(app, "trainer.narrative"), hooks::disclosure(narrative_open));
    if (narrative_open) {
        ImGui::TextWrapped("%s", (nl || s.narrative_en.empty() ? s.narrative_nl : s.narrative_en).c_str());
        consult::rec("text.trainer.narrative", nl || s.narrative_en.empty() ? s.narrative_nl : s.narrative_en);
    }
    ImGui::SeparatorText(tr(app, "trainer.notes"));
    consult::rec("trainer.notes", tr(app, "trainer.notes"), hooks::heading(3));
    ImGui::TextWrapped("%s", (nl || s.trainer_notes_en.empty() ? s.trainer_notes_nl : s.trainer_notes_en).c_str());
    consult::rec("text.trainer.notes", nl || s.trainer_notes_en.empty() ? s.trainer_notes_nl : s.trainer_notes_en);

    const training::ScenarioKey key = training::compute_key(s);
    ImGui::SeparatorText(tr(app, "trainer.answers"));
    consult::rec("trainer.answers", tr(app, "trainer.answers"), hooks::heading(3));
    ImGui::TextDisabled("%s", tr(app, "trainer.computed"));
    consult::rec("text.trainer.computed", tr(app, "trainer.computed"));
    for (std::size_t i = 0; i < s.questions.size() && i < key.answers.size(); ++i) {
        const training::Question& q = s.questions[i];
        const training::ModelAnswer& m = key.answers[i];
        ImGui::PushID(static_cast<int>(i));
        const std::string prompt = q.id + ". " + (nl || q.prompt_en.empty() ? q.prompt_nl : q.prompt_en);
        ImGui::TextWrapped("%s", prompt.c_str());
        consult::rec("text.trainer.prompt." + q.id, prompt);
        ImGui::Indent();
        const std::string answer = training::answer_label(q, m.value, app.lang) + "  (" + m.value + ")";
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(consult::palette().blue));
        ImGui::TextWrapped("\xE2\x86\x92 %s", answer.c_str());  // → model answer
        ImGui::PopStyleColor();
        consult::rec("trainer.answer." + q.id, m.value,
                     hooks::named(wams::app::widgets::fill_words(tr(app, "training.model_answer_name"), {answer})));
        if (!m.conditions.empty()) {
            std::string conds;
            for (const auto& c : m.conditions) conds += (conds.empty() ? "" : "; ") + wams::app::widgets::condition_text(app, c);
            ImGui::TextWrapped("%s: %s", tr(app, "ui.conditions"), conds.c_str());
            consult::rec("text.trainer.conditions." + q.id, std::string(tr(app, "ui.conditions")) + ": " + conds);
        }
        if (!m.ambiguities.empty()) {
            std::string ids;
            for (const auto& a : m.ambiguities) ids += (ids.empty() ? "" : ", ") + a;
            ImGui::TextWrapped("%s %s", tr(app, "card.ambiguous"), ids.c_str());
            consult::rec("text.trainer.ambiguous." + q.id, std::string(tr(app, "card.ambiguous")) + " " + ids);
        }
        const std::string rests_on = std::string(tr(app, "training.rests_on")) + " (" + std::to_string(m.rule_refs.size()) + ")";
        const bool rules_open = !m.rule_refs.empty() && ImGui::TreeNode("rules", "%s", rests_on.c_str());
        if (!m.rule_refs.empty()) consult::rec("trainer.rules." + q.id, rests_on, hooks::disclosure(rules_open));
        if (rules_open) {
            for (std::size_t r = 0; r < m.rule_refs.size(); ++r)
                desk::rule_card(app, m.rule_refs[r], "trainer.rule." + q.id + "." + std::to_string(r));
            ImGui::TreePop();
        }
        ImGui::Unindent();
        ImGui::PopID();
    }
    if (!key.touched_ambiguities.empty()) {
        std::string ids;
        for (const auto& a : key.touched_ambiguities) ids += (ids.empty() ? "" : ", ") + a;
        ImGui::TextWrapped("%s: %s", tr(app, "trainer.in_play"), ids.c_str());
        consult::rec("text.trainer.in_play", std::string(tr(app, "trainer.in_play")) + ": " + ids);
    }
    const bool explanation_open = ImGui::CollapsingHeader(tr(app, "trainer.explanation"));
    consult::rec("trainer.explanation", tr(app, "trainer.explanation"), hooks::disclosure(explanation_open));
    if (explanation_open) {
        static std::string cached_for, cached_text;  // the explanation runs the engine: once per scenario + language
        const std::string cache_key = s.origin + "/" + s.id + "/" + std::string(wams::i18n::lang_code(app.lang));
        if (cached_for != cache_key) {
            cached_text = training::trainer_explanation(s, app.lang);
            cached_for = cache_key;
        }
        ImGui::TextWrapped("%s", cached_text.c_str());
        consult::rec("text.trainer.explanation", cached_text);
    }
    ImGui::PopTextWrapPos();
    if (ImGui::Button(tr(app, "trainer.practise"))) {
        desk::start_scenario(desk::training_state(), s, from_file);
        app.go_to("training");
    }
    consult::rec("trainer.practise", tr(app, "trainer.practise"));
}

// ---- [SECTION] Screen ----------------------------------------------------------------------------------------
void draw_load(wams::app::App& app, desk::TrainingState& t) {
    ImGui::SeparatorText(tr(app, "trainer.load"));
    consult::rec("trainer.load", tr(app, "trainer.load"), hooks::heading(3));
    if (ImGui::Button(tr(app, "trainer.open"))) wams::app::file_bridge::open_picker();
    consult::rec("trainer.open", tr(app, "trainer.open"));
    wams::app::widgets::beside_text(tr(app, "trainer.drop_hint"));
    wams::app::widgets::push_wrap(200);
    ImGui::TextDisabled("%s", tr(app, "trainer.drop_hint"));
    ImGui::PopTextWrapPos();
    if (!wams::app::file_bridge::available()) ImGui::TextDisabled("%s", tr(app, "file.native_note"));

    const auto& pal = consult::palette();
    if (t.load_ok && !t.load_source.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(pal.green));
        const std::string msg = std::string("\xE2\x9C\x93 ") + tr(app, "trainer.loaded") + " " + t.load_source;
        ImGui::TextWrapped("%s", msg.c_str());
        ImGui::PopStyleColor();
        consult::rec("trainer.message", "ok", hooks::named(hooks::status(), msg));
    } else if (!t.load_errors.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(pal.red));
        const std::string head = std::string("\xE2\x9C\x97 ") + tr(app, "trainer.invalid") + " " + t.load_source + " (" +
                                 std::to_string(t.load_errors.size()) + ")";
        ImGui::TextWrapped("%s", head.c_str());
        ImGui::PopStyleColor();
        consult::rec("trainer.message", "error", hooks::named(hooks::status(), head));
        {
            namespace w = wams::app::widgets;
            w::Grid grid("##errors",
                         {{tr(app, "trainer.col.path"), 2.0f}, {tr(app, "trainer.col.expected"), 2.5f},
                          {tr(app, "trainer.col.found"), 1.5f}, {tr(app, "trainer.col.message"), 4.0f}},
                         w::grid_row_bg | w::grid_borders_inner_h);
            hooks::begin_table("trainer.message");  // said as a table named by the message above it (issue 18 §1)
            grid.header_row("trainer.errors");
            for (std::size_t i = 0; i < t.load_errors.size(); ++i) {
                const auto& e = t.load_errors[i];
                const std::string n = std::to_string(i);
                grid.next_row();
                grid.next_column();
                wams::app::widgets::cell_text("trainer.error." + n, e.path.empty() ? "/" : e.path);
                grid.next_column();
                wams::app::widgets::cell_text("trainer.error_expected." + n, e.expected);
                grid.next_column();
                wams::app::widgets::cell_text("trainer.error_found." + n, e.found);
                grid.next_column();
                wams::app::widgets::cell_text("trainer.error_message." + n, app.lang == Lang::nl ? e.message_nl : e.message_en);
            }
            hooks::end_table();
        }
    }
}

void draw_trainer(wams::app::App& app) {
    auto& s = consult::session();
    wams::app::widgets::nav_bar(app, s);
    desk::desk_tabs(app, "trainer");
    auto& t = desk::training_state();
    wams::app::widgets::section_title(app, tr(app, "trainer.title"));
    wams::app::widgets::push_wrap(52.0f);
    ImGui::TextWrapped("%s", tr(app, "trainer.intro"));
    consult::rec("text.trainer.intro", tr(app, "trainer.intro"));
    ImGui::PopTextWrapPos();
    draw_load(app, t);

    // Which scenario: the trainer's own files first, then the built-in set.
    ImGui::SeparatorText(tr(app, "trainer.choose"));
    consult::rec("trainer.choose.title", tr(app, "trainer.choose"), hooks::heading(3));
    const training::Scenario* shown = desk::scenario_by_id(t, t.trainer_selected, t.trainer_selected_from_file);
    const std::string preview = shown ? shown->id + "  " + (app.lang == Lang::nl ? shown->title_nl : shown->title_en)
                                      : std::string(tr(app, "trainer.none"));
    ImGui::SetNextItemWidth(wams::app::widgets::fit_width(34));
    const bool open = ImGui::BeginCombo("##scenario", preview.c_str(), ImGuiComboFlags_HeightLarge);
    if (open) {
        auto item = [&](const training::Scenario& sc, bool from_file) {
            const std::string label = (from_file ? "\xE2\x80\xA2 " : "") + sc.id + "  " + (app.lang == Lang::nl ? sc.title_nl : sc.title_en);
            if (wams::app::widgets::combo_entry("trainer.choose", std::string(from_file ? "trainer.pick.file." : "trainer.pick.") + sc.id,
                                                label, shown == &sc)) {
                t.trainer_selected = sc.id;
                t.trainer_selected_from_file = from_file;
                app.state_changed = true;
            }
        };
        for (const auto& sc : t.loaded) item(sc, true);
        for (const auto& sc : training::builtin_scenarios()) item(sc, false);
        ImGui::EndCombo();
    }
    consult::rec("trainer.choose", preview, hooks::named(hooks::combo(open), std::string(tr(app, "trainer.choose")) + ": " + preview));
    if (shown) draw_key(app, *shown, t.trainer_selected_from_file);
}

} // namespace

WAMS_APP_SCREEN(trainer, {"trainer", "desk.tab.trainer", 92, draw_trainer});
