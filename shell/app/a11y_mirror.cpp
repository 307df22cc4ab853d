// a11y_mirror.cpp — what the canvas shows, as data for the page's visually hidden DOM mirror (web/js/mirror.js,
// issue 7, WCAG 2.1 AA 1.1.1 / 1.3.1 / 4.1.2): the screen's title, every widget the frame drew with its text
// (core's i18n and catalogue text, recorded by consult::rec), whether an answer option is the chosen one, the
// focused widget and, on the assessment screen, core's explain_lines (verdicts and their explanations).
//
// [SECTION] Snapshot (exported to JavaScript as wams_a11y_snapshot_json, platform_web.cpp)
#include "a11y_mirror.hpp"

#include "app.hpp"
#include "consult.hpp"
#include "test_hooks.hpp"
#include "widgets.hpp"
#include "imgui.h"
#include "wams/explain.hpp"
#include "wams/i18n.hpp"

#include <nlohmann/json.hpp>

namespace wams::app {

// ---- [SECTION] Snapshot ----------------------------------------------------------------------------------------
namespace {
// "facts/a/b=value" → {"/a/b", "value"}; false for ids that are not an answer option.
bool split_answer(const std::string& id, std::string& pointer, std::string& value) {
    if (id.rfind("facts", 0) != 0) return false;
    const auto eq = id.find('=');
    if (eq == std::string::npos) return false;
    pointer = id.substr(5, eq - 5);
    value = id.substr(eq + 1);
    return true;
}
} // namespace

std::string a11y_snapshot_json(const App* app) {
    using nlohmann::json;
    auto& s = consult::session();
    const Lang lang = app ? app->lang : Lang::nl;
    const std::string screen_id = app ? app->screen : std::string();
    json j;
    j["lang"] = std::string(i18n::lang_code(lang));
    j["screen"] = screen_id;
    const Screen* screen = find_screen(screen_id);
    j["title"] = screen ? i18n::text(lang, screen->title_key) : screen_id;
    j["focused_legacy"] = s.focused_widget;                       // the old text version's "◀" marker (its digests)
    j["focused"] = app ? test_hooks::focused_id() : std::string();  // ImGui's keyboard focus with its ring shown
    json display = json::object();
    if (app) {
        const ImVec2 size = ImGui::GetCurrentContext() ? ImGui::GetIO().DisplaySize : ImVec2(0, 0);
        display = {{"w", size.x}, {"h", size.y}};
    }
    j["display"] = std::move(display);
    json items = json::array();
    for (const auto& [rect, alias] : app ? test_hooks::frame_widgets() : std::vector<test_hooks::FrameWidget>{}) {
        const test_hooks::WidgetRect& w = *rect;
        const test_hooks::Sem& sem = w.sem;
        // Issue 18 §1: what the widget is and where (the page's element for it sits over it).
        json item = test_hooks::widget_json(w, alias);
        if (sem.role == test_hooks::Role::radio || sem.role == test_hooks::Role::checkbox)
            item["on"] = sem.checked;                                         // a radio's / checkbox's state as drawn
        if (sem.role == test_hooks::Role::textbox) item["text"] = sem.value;  // a text field's text
        if (!sem.name.empty()) {       // said instead of a label that is a code (Sem::name); the code kept for the
            item["code"] = w.label;     // legacy text and the verdict's rule list (web/js/mirror.js)
            item["label"] = sem.name;
        }
        std::string pointer, value;
        if (split_answer(w.id, pointer, value)) {
            item["kind"] = "option";
            item["checked"] = s.case_started && consult::answer_id(pointer, s.editor.value(pointer)) == w.id;
        } else if (w.id == "walk.question") {
            item["kind"] = "question";
        } else if (w.id.rfind("text.", 0) == 0) {
            item["kind"] = "text";  // a paragraph the screen shows (the start screen's law status)
        } else if (w.id.rfind("facts", 0) == 0) {
            item["kind"] = "field";
            if (s.case_started) {
                const size_t hash = w.id.find('#');
                const std::string pointer = w.id.substr(5, hash == std::string::npos ? std::string::npos : hash - 5);
                const json v = s.editor.value(pointer);
                // In words, as the screen shows it: "Ja", "Fysiek loket", "sociaal domein: Wgs" (never the code).
                if (v.is_string() || v.is_number() || v.is_boolean())
                    item["value"] = widgets::fact_answer_label(lang, pointer, v);
            }
        } else {
            item["kind"] = "control";
        }
        items.push_back(std::move(item));
    }
    j["items"] = std::move(items);
    json lines = json::array();
    if (screen_id == "assessment" && s.facts && s.assessment) {
        for (const auto& l : explain_lines(*s.facts, *s.assessment, lang))
            lines.push_back({{"kind", std::string(to_string(l.kind))}, {"depth", l.depth}, {"text", l.text}});
    }
    j["explanation"] = std::move(lines);
    return j.dump();
}

} // namespace wams::app
