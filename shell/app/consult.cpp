// consult.cpp — the consultation session: case editor + cached assessment, the guided flow, themes and UI scale
// (the App's settings), widget ids for the browser tests (consult.hpp).
//
// [SECTION] Session and refresh
// [SECTION] Guided flow
// [SECTION] Display settings
// [SECTION] Widget ids for tests
#include "consult.hpp"

#include "app_state.hpp"
#include "file_bridge.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "test_hooks.hpp"
#include "wams/engine.hpp"
#include "wams/i18n.hpp"
#include "wams/wipe.hpp"

#include <algorithm>
#include <optional>

namespace wams::app::consult {

using nlohmann::json;

// ---- [SECTION] Session and refresh ---------------------------------------------------------------------------
Session& session() { return app_state().case_; }

void refresh(Session& s) {
    if (s.computed_revision == s.editor.revision()) return;
    s.computed_revision = s.editor.revision();
    s.errors = validate_facts(s.editor.facts(), "/facts");
    s.facts.reset();
    s.assessment.reset();
    s.assessment_json = nullptr;
    s.unasked.clear();
    for (const interview::Slot& slot : interview::unasked_fields(s.editor.facts()))
        s.unasked.push_back(slot.pointer.substr(std::string_view("/facts").size()));
    if (!s.unasked.empty()) {
        // Not asked yet is not an error: keep only what the answers given get wrong.
        std::erase_if(s.errors, [&](const ValidationError& e) {
            for (const std::string& u : s.unasked) {
                const std::string p = "/facts" + u;
                if (e.path == p || e.path.rfind(p + "/", 0) == 0) return true;
            }
            return false;
        });
    } else if (s.errors.empty()) {
        auto read = facts_from_json(s.editor.facts());
        if (read.ok()) {
            s.facts = std::move(read).value();
            s.assessment = assess(*s.facts);
            s.assessment_json = to_json(*s.assessment);
        } else {
            const LoadError& e = read.error();
            const std::string what = "facts" + e.path + ": " + e.message;  // as the exception said it before
            s.errors.push_back({"/facts" + e.path, "a readable case", what, what, what});
        }
    }
    const int items = static_cast<int>(s.editor.value("/data_items").size());
    s.walk_item = std::clamp(s.walk_item, 0, std::max(0, items - 1));
    file_bridge::set_unsaved(s.editor.dirty());  // the "beforeunload" warning follows unsaved work
}

bool partial(const Session& s) { return !s.unasked.empty() && s.errors.empty(); }

bool open_current(const Session& s) { return s.open_revision != 0 && s.open_revision == s.computed_revision; }

const json& shown_assessment(Session& s) {
    refresh(s);
    static const json none;
    if (s.assessment) return s.assessment_json;
    return partial(s) && open_current(s) ? s.open.assessment : none;
}

void compute_open(Session& s) {
    refresh(s);
    if (!partial(s) || open_current(s)) return;
    s.open = interview::run(s.editor.case_doc());
    s.open_revision = s.computed_revision;
    s.open_wanted = false;
}

const VerdictWords* words_for(Session& s, Lang lang, std::string_view subject) {
    refresh(s);
    if (s.words_revision != s.computed_revision || s.words_lang != lang || (s.words.empty() && s.assessment)) {
        s.words = s.assessment ? all_in_words(*s.facts, *s.assessment, lang) : std::vector<VerdictWords>{};
        s.words_revision = s.computed_revision;
        s.words_lang = lang;
    }
    for (const auto& w : s.words)
        if (w.subject == subject) return &w;
    return nullptr;
}

void start_case(Session& s, EntryRoute route) {
    s.editor.reset(ui::blank_case(route, "CASUS-1"));  // nothing answered: no answer is pre-selected (issue 17)
    s.editor.set_case_field("title", "");  // no-op: keeps the new case clean (not dirty)
    s.case_started = true;
    s.process_page = "entry";
    s.walk_item = 0;
    s.walk_page = "item";
    s.whatif_pointer.clear();
    s.file_message.clear();
    refresh(s);
}

void open_case(Session& s, json case_doc) {
    s.editor.reset(std::move(case_doc));
    s.case_started = true;
    s.process_page = "entry";
    s.walk_item = 0;
    s.walk_page = "item";
    s.whatif_pointer.clear();
    s.pending_cases.clear();
    refresh(s);
}

bool receive_case_text(Session& s, std::string_view text, std::string_view source) {
    ui::OpenedCases opened = ui::open_case_text(text);
    if (!opened.errors.empty()) {
        file_result(s, "invalid", std::move(opened.errors));  // the screen says them in the UI language
        s.screen_request = "casefile";  // a file dropped on any screen: its message is shown where files are
        return false;
    }
    if (opened.cases.size() == 1) {
        open_case(s, std::move(opened.cases.front()));
    } else {
        s.pending_cases = std::move(opened.cases);
        s.screen_request = "casefile";  // the user picks one of the cases there
    }
    file_result(s, std::string(source));
    return true;
}

void file_result(Session& s, std::string message, std::vector<ValidationError> errors) {
    s.file_message = std::move(message);
    s.file_errors = std::move(errors);
}

bool file_result_is_error(const Session& s) {
    return s.file_message == "invalid" || s.file_message == "clipboard-denied";
}

void apply_screen_request(App& app) {
    Session& s = session();
    if (s.screen_request.empty()) return;
    app.go_to(s.screen_request);
    s.screen_request.clear();
}

std::string save_case_text(Session& s) {
    s.last_saved_text = ui::case_file_text(s.editor.case_doc());
    s.editor.mark_saved();
    file_bridge::set_unsaved(false);
    return s.last_saved_text;
}

// ---- [SECTION] Guided flow -----------------------------------------------------------------------------------
std::vector<std::string> visible_process_pages(const Session& s) {
    const bool professional = s.editor.value("/entry/route") == "professional_request";
    std::vector<std::string> pages;
    for (auto p : ui::process_pages()) {
        if (!professional && (p == "requester" || p == "criteria")) continue;
        pages.emplace_back(p);
    }
    return pages;
}

namespace {
std::vector<std::string> walk_sequence() {
    std::vector<std::string> pages;
    for (auto p : ui::walk_pages()) pages.emplace_back(p);
    pages.emplace_back("Q13");
    return pages;
}
} // namespace

namespace {
// Moving on from a page records its texts and lists the user left empty (ui::left_empty); choices stay unanswered.
void record_left_empty(const App& app, Session& s) {
    const bool walk = app.screen == "walk";
    const std::string page = walk ? s.walk_page : s.process_page;
    const std::string base = walk ? "/data_items/" + std::to_string(s.walk_item) : "";
    for (auto& [pointer, value] : ui::left_empty(page, s.editor.facts(), base)) s.editor.set(pointer, std::move(value));
}
} // namespace

void flow_next(App& app, Session& s) {
    if (app.screen == "process" || app.screen == "walk") record_left_empty(app, s);
    const int items = static_cast<int>(s.editor.value("/data_items").size());
    if (app.screen == "process") {
        const auto pages = visible_process_pages(s);
        auto it = std::find(pages.begin(), pages.end(), s.process_page);
        if (it != pages.end() && it + 1 != pages.end()) {
            s.process_page = *(it + 1);
        } else if (items > 0) {
            s.walk_item = 0;
            s.walk_page = "item";
            app.go_to("walk");
        } else {
            app.go_to("assessment");
        }
    } else if (app.screen == "walk") {
        const auto pages = walk_sequence();
        auto it = std::find(pages.begin(), pages.end(), s.walk_page);
        if (it != pages.end() && it + 1 != pages.end()) {
            s.walk_page = *(it + 1);
        } else if (s.walk_item + 1 < items) {
            ++s.walk_item;
            s.walk_page = "item";
        } else {
            app.go_to("assessment");
        }
    }
    app.state_changed = true;
}

void flow_back(App& app, Session& s) {
    if (app.screen == "process") {
        const auto pages = visible_process_pages(s);
        auto it = std::find(pages.begin(), pages.end(), s.process_page);
        if (it != pages.end() && it != pages.begin()) s.process_page = *(it - 1);
        else app.go_to("start");
    } else if (app.screen == "walk") {
        const auto pages = walk_sequence();
        auto it = std::find(pages.begin(), pages.end(), s.walk_page);
        if (it != pages.end() && it != pages.begin()) {
            s.walk_page = *(it - 1);
        } else if (s.walk_item > 0) {
            --s.walk_item;
            s.walk_page = "Q13";
        } else {
            s.process_page = "items";
            app.go_to("process");
        }
    }
    app.state_changed = true;
}

// ---- [SECTION] Display settings ------------------------------------------------------------------------------
namespace {
constexpr unsigned int rgba(int r, int g, int b, int a = 255) {
    return IM_COL32(r, g, b, a);
}
const Palette kLight{rgba(21, 122, 56), rgba(150, 88, 0), rgba(190, 30, 45), rgba(96, 96, 104), rgba(25, 90, 170),
                     rgba(255, 255, 255), rgba(255, 236, 153), rgba(100, 100, 100), rgba(255, 236, 153, 0x90)};
const Palette kDark{rgba(70, 190, 110), rgba(235, 165, 40), rgba(255, 120, 120), rgba(160, 160, 170), rgba(100, 160, 240),
                    rgba(16, 16, 16), rgba(90, 80, 20), rgba(170, 170, 170), rgba(70, 62, 16, 0x90)};
const Palette kHigh{rgba(0, 255, 120), rgba(255, 200, 0), rgba(255, 110, 110), rgba(230, 230, 230), rgba(120, 200, 255),
                    rgba(0, 0, 0), rgba(255, 255, 0), rgba(255, 255, 255), rgba(45, 45, 0)};

void high_contrast_colors(ImGuiStyle& st) {
    ImGui::StyleColorsDark(&st);
    ImVec4* c = st.Colors;
    const ImVec4 black(0, 0, 0, 1), white(1, 1, 1, 1), yellow(1, 1, 0, 1), dark(0.12f, 0.12f, 0.12f, 1);
    c[ImGuiCol_Text] = white;
    c[ImGuiCol_TextDisabled] = ImVec4(0.85f, 0.85f, 0.85f, 1);
    c[ImGuiCol_WindowBg] = black;
    c[ImGuiCol_ChildBg] = black;
    c[ImGuiCol_PopupBg] = black;
    c[ImGuiCol_Border] = white;
    c[ImGuiCol_FrameBg] = dark;
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.25f, 0.25f, 0.0f, 1);
    c[ImGuiCol_FrameBgActive] = ImVec4(0.35f, 0.35f, 0.0f, 1);
    c[ImGuiCol_Button] = dark;
    c[ImGuiCol_ButtonHovered] = ImVec4(0.3f, 0.3f, 0.0f, 1);
    c[ImGuiCol_ButtonActive] = ImVec4(0.4f, 0.4f, 0.0f, 1);  // white text at 6:1 (test_contrast)
    c[ImGuiCol_Header] = ImVec4(0.2f, 0.2f, 0.2f, 1);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.3f, 0.3f, 0.0f, 1);
    c[ImGuiCol_HeaderActive] = ImVec4(0.4f, 0.4f, 0.0f, 1);
    c[ImGuiCol_CheckMark] = yellow;
    c[ImGuiCol_NavHighlight] = yellow;
    c[ImGuiCol_Separator] = white;
    c[ImGuiCol_TableBorderStrong] = white;
    c[ImGuiCol_TableBorderLight] = ImVec4(0.7f, 0.7f, 0.7f, 1);
}
} // namespace

ImU32 ink_on(ImU32 fill) {
    // Relative luminance of the fill decides: the theme's text where it is legible, else near-black. The sRGB curve
    // as c² (no pow() in the wasm): within a few per cent of WCAG's formula, which test_contrast applies to the result.
    const ImVec4 f = ImGui::ColorConvertU32ToFloat4(fill);
    const auto lin = [](float c) { return c * c; };
    const float l = 0.2126f * lin(f.x) + 0.7152f * lin(f.y) + 0.0722f * lin(f.z);
    const ImVec4 t = ImGui::GetStyleColorVec4(ImGuiCol_Text);
    const float lt = 0.2126f * lin(t.x) + 0.7152f * lin(t.y) + 0.0722f * lin(t.z);
    const float text_ratio = (std::max(l, lt) + 0.05f) / (std::min(l, lt) + 0.05f);
    return text_ratio >= 4.5f ? ImGui::GetColorU32(ImGuiCol_Text) : IM_COL32(20, 20, 20, 255);
}

const Palette& palette() {
    switch (current_app() ? current_app()->theme : Theme::light) {
        case Theme::dark: return kDark;
        case Theme::high_contrast: return kHigh;
        default: return kLight;
    }
}

void apply_display_settings(App& app) {
    ImGuiIO& io = ImGui::GetIO();
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;  // keyboard-only completion of the whole flow
    if (!app.settings_dirty) return;
    app.settings_dirty = false;
    static bool captured = false;
    static ImGuiStyle base;  // the frame's own style (setup_style), captured once
    if (!captured) {
        base = ImGui::GetStyle();
        captured = true;
    }
    ImGuiStyle st = base;
    switch (app.theme) {
        case Theme::light: st.FrameBorderSize = 1.0f; break;  // the frame's light style; outlined radios/inputs
        case Theme::dark:
            ImGui::StyleColorsDark(&st);
            st.Colors[ImGuiCol_WindowBg] = ImVec4(0.10f, 0.11f, 0.12f, 1);
            // WCAG 1.4.3 (tests/app_text/test_contrast.cpp): ImGui's dark blues under white text reach 3.0–3.6:1 when
            // hovered or current, its secondary grey 4.3:1; these reach 4.5:1 and more.
            st.Colors[ImGuiCol_TextDisabled] = ImVec4(0.65f, 0.65f, 0.65f, 1);
            st.Colors[ImGuiCol_ButtonHovered] = st.Colors[ImGuiCol_HeaderHovered] = ImVec4(0.16f, 0.42f, 0.78f, 1);
            st.Colors[ImGuiCol_ButtonActive] = st.Colors[ImGuiCol_HeaderActive] = ImVec4(0.10f, 0.36f, 0.70f, 1);
            // WCAG 1.4.11: fields, radios and buttons outlined at 5:1 against the page (dark fills alone: 1.4:1).
            st.FrameBorderSize = 1.0f;
            st.Colors[ImGuiCol_Border] = ImVec4(0.55f, 0.55f, 0.58f, 1);
            break;
        case Theme::high_contrast:
            high_contrast_colors(st);
            st.FrameBorderSize = 1.5f;
            st.WindowBorderSize = 0;
            break;
    }
    if (app.narrow) {
        // Phone layout (docs/responsive.md): every button, radio, checkbox and tab at least 44 CSS px high (WCAG 2.5.5;
        // 17 px text + 2 × 14 px = 45), a narrower page margin so 320 px leaves 296 px for the text.
        st.FramePadding = ImVec2(12, 14);
        st.WindowPadding = ImVec2(12, 10);
        st.ItemSpacing = ImVec2(8, 8);
        st.ScrollbarSize = 10;
    }
    st.ScaleAllSizes(text_scale(app));
    ImGui::GetStyle() = st;
    io.FontGlobalScale = font_global_scale(app);  // the text scale, drawn from an atlas of app.font_scale
}

// ---- [SECTION] Widget ids for tests --------------------------------------------------------------------------
void rec(std::string_view id, std::string_view label) {
    test_hooks::record_last_item(id, label);
    // The first id recorded for the focused item wins (an item may carry an alias id, e.g. start.begin).
    if (ImGui::IsItemFocused() && session().focused_widget.empty()) session().focused_widget = std::string(id);
}

void rec(std::string_view id, std::string_view label, const test_hooks::Sem& sem) {
    test_hooks::record_last_item(id, label, sem);
    if (ImGui::IsItemFocused() && session().focused_widget.empty()) session().focused_widget = std::string(id);
}

namespace {
std::string& dom_typing() {  // the field the page's last text went to, while it keeps the DOM focus ("" = none)
    static std::string id;
    return id;
}

// The text the page's field sent for `id` this frame (a "set" action), if any. The page sends "focus" when its field
// gets the DOM focus: a new visit to the field, so a new undo step; `typing_on` says whether this text continues the
// page's last one in the same visit. An active ImGui edit of this field is ended first, or ImGui would write its own
// copy back.
std::optional<std::string> dom_text(std::string_view id, bool* typing_on) {
    if (typing_on) *typing_on = false;
    if (dom_typing() == id && test_hooks::action_queued(id, test_hooks::Action::focus)) dom_typing().clear();
    if (!test_hooks::actions_queued()) return std::nullopt;
    // (A focus / activation queued for it is applied by the recorder, test_hooks::record_last_item.)
    test_hooks::Pending p = test_hooks::take_action(id, test_hooks::Action::set);
    if (p.action != test_hooks::Action::set) return std::nullopt;
    if (ImGui::IsItemActive()) ImGui::ClearActiveID();
    if (typing_on) *typing_on = dom_typing() == id;
    dom_typing() = std::string(id);
    if (App* app = const_cast<App*>(current_app())) app->state_changed = true;
    return std::move(p.value);
}

void rec_textbox(std::string_view id, std::string_view label, std::string value) {
    test_hooks::Sem sem;
    sem.role = test_hooks::Role::textbox;
    sem.stated = true;
    sem.value = std::move(value);
    rec(id, label, sem);
}
} // namespace

// A text typed into the page's field replaces the text, as if typed here: the call site handles it as its InputText's
// edit (the same `if (edited)` branch).
bool rec_text(std::string_view id, std::string_view label, std::string& text, bool* typing_on) {
    auto typed = dom_text(id, typing_on);
    if (typed) {  // the whole text, however long: nothing cut off
        wipe_text(text);
        text = std::move(*typed);
    }
    rec_textbox(id, label, text);
    return typed.has_value();
}

std::string fact_id(std::string_view pointer) { return "facts" + std::string(pointer); }

std::string answer_id(std::string_view pointer, const json& value) {
    std::string v = value.is_string() ? value.get<std::string>() : value.dump();
    return "facts" + std::string(pointer) + "=" + v;
}

} // namespace wams::app::consult

// ---- Test hooks exported to JavaScript (read by web/tests/app_*.mjs through Module.ccall) ----------------------
#ifdef __EMSCRIPTEN__
#include <emscripten.h>
extern "C" {

// What the assessment screen shows: {"errors":[…], "assessment": to_json(Assessment) | null} of the current case.
EMSCRIPTEN_KEEPALIVE const char* wams_test_assessment_json() {
    static std::string out;
    auto& s = wams::app::consult::session();
    wams::app::consult::refresh(s);
    out = nlohmann::json{{"errors", wams::errors_to_json(s.errors)}, {"assessment", s.assessment_json}}.dump();
    return out.c_str();
}

// The case as it would be saved ({id, title, facts, …}) and whether it has unsaved changes.
EMSCRIPTEN_KEEPALIVE const char* wams_test_case_json() {
    static std::string out;
    auto& s = wams::app::consult::session();
    out = nlohmann::json{{"case", s.editor.case_doc()}, {"dirty", s.editor.dirty()}, {"can_undo", s.editor.can_undo()},
                         {"process_page", s.process_page}, {"walk_item", s.walk_item}, {"walk_page", s.walk_page}}
              .dump();
    return out.c_str();
}

// Id of the widget that has keyboard focus in the last drawn frame ("" when none).
EMSCRIPTEN_KEEPALIVE const char* wams_test_focused_widget() { return wams::app::consult::session().focused_widget.c_str(); }

} // extern "C"
#endif
