// a11y_mirror.cpp — what the canvas shows, as data for the page's visually hidden DOM mirror (web/js/mirror.js,
// issue 7, WCAG 2.1 AA 1.1.1 / 1.3.1 / 4.1.2): the screen's title, every widget the frame drew with its text
// (core's i18n and catalogue text, recorded by consult::rec), whether an answer option is the chosen one, the
// focused widget and, on the assessment screen, core's explain_lines (verdicts and their explanations).
//
// [SECTION] Snapshot
// [SECTION] Export to JavaScript
#include "a11y_mirror.hpp"

#include "app.hpp"
#include "consult.hpp"
#include "widgets.hpp"
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

std::string a11y_snapshot_json(std::string_view state_json) {
    using nlohmann::json;
    auto& s = consult::session();
    const json state = json::parse(state_json, nullptr, false);
    if (!state.is_object()) return "{}";
    const Lang lang = state.value("lang", "nl") == "en" ? Lang::en : Lang::nl;
    const std::string screen_id = state.value("screen", "");
    json j;
    j["lang"] = std::string(i18n::lang_code(lang));
    j["screen"] = screen_id;
    const Screen* screen = find_screen(screen_id);
    j["title"] = screen ? i18n::text(lang, screen->title_key) : screen_id;
    j["focused_legacy"] = s.focused_widget;        // the old text version's "◀" marker (its digests, app_cases.mjs)
    j["focused"] = state.value("focused", "");     // ImGui's keyboard focus with its ring shown (test_hooks::focused_id)
    j["display"] = state.value("display", json::object());
    json items = json::array();
    if (state.contains("widgets")) {
        for (const auto& w : state["widgets"]) {
            json item = {{"id", w.value("id", "")}, {"label", w.value("label", "")}};
            // Issue 18 §1: what the widget is and where (the page's element for it sits over it).
            for (const char* k : {"role", "x", "y", "w", "h", "clip", "expanded", "selected", "option", "disabled", "invalid",
                                  "level", "group", "description", "alias", "table", "row", "col", "header"})
                if (w.contains(k)) item[k] = w[k];
            if (w.contains("value")) item["text"] = w["value"];        // a text field's text
            if (w.contains("name")) {                                 // said instead of a label that is a code (Sem::name);
                item["code"] = item["label"];                         // the code kept for the legacy text and the
                item["label"] = w["name"];                            // verdict's rule list (web/js/mirror.js)
            }
            if (w.contains("checked")) item["on"] = w["checked"];      // a radio's / checkbox's state as drawn
            std::string pointer, value;
            const std::string id = item["id"];
            if (split_answer(id, pointer, value)) {
                item["kind"] = "option";
                item["checked"] = s.case_started && consult::answer_id(pointer, s.editor.value(pointer)) == id;
            } else if (id == "walk.question") {
                item["kind"] = "question";
            } else if (id.rfind("text.", 0) == 0) {
                item["kind"] = "text";  // a paragraph the screen shows (the start screen's law status)
            } else if (id.rfind("facts", 0) == 0) {
                item["kind"] = "field";
                if (s.case_started) {
                    const std::string pointer = id.substr(5, id.find('#') == std::string::npos ? std::string::npos : id.find('#') - 5);
                    const json v = s.editor.value(pointer);
                    // In words, as the screen shows it: "Ja", "Fysiek loket", "sociaal domein: Wgs" (never the code).
                    if (v.is_string() || v.is_number() || v.is_boolean()) item["value"] = widgets::fact_answer_label(lang, pointer, v);
                }
            } else {
                item["kind"] = "control";
            }
            items.push_back(std::move(item));
        }
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

// ---- [SECTION] Export to JavaScript ----------------------------------------------------------------------------
#ifdef __EMSCRIPTEN__
#include <emscripten.h>
extern "C" {
const char* wams_test_state_json();  // platform_web.cpp: the last drawn frame (screen, lang, widgets)

// The DOM mirror's data for the last drawn frame (JSON, see a11y_snapshot_json); web/js/mirror.js reads it.
EMSCRIPTEN_KEEPALIVE const char* wams_a11y_snapshot_json() {
    static std::string json;
    json = wams::app::a11y_snapshot_json(wams_test_state_json());
    return json.c_str();
}
}
#endif
