// app.cpp — the frame every screen sits in: product name, rulebook stage, language switch, the privacy promise.
//
// [SECTION] Screen registry
// [SECTION] App state changes
// [SECTION] Style and fonts
// [SECTION] Frame (header + current screen)
#include "app.hpp"

#include "consult.hpp"

#include "imgui.h"
#include "imgui_internal.h"
#include "privacy_ui.hpp"
#include "test_hooks.hpp"
#include "widgets.hpp"
#include "wams/asset_errors.hpp"
#include "wams/i18n.hpp"
#include "wams/stage.hpp"

#include <algorithm>
#include <cmath>

namespace wams::app_embedded {
std::string_view font_ui_font();  // .cache/third_party/fonts/ui_font.ttf, embedded by shell/app/CMakeLists.txt
}

namespace wams::app {

// ---- [SECTION] Screen registry -------------------------------------------------------------------------------
std::vector<Screen>& screens() {
    static std::vector<Screen> list;
    return list;
}

bool register_screen(Screen s) {
    auto& list = screens();
    auto at = list.begin();  // after every screen of the same or a lower order
    while (at != list.end() && at->order <= s.order) ++at;
    list.insert(at, std::move(s));
    return true;
}

const Screen* find_screen(std::string_view id) {
    for (const auto& s : screens())
        if (s.id == id) return &s;
    return nullptr;
}

const char* tr(const App& app, std::string_view key) { return i18n::text(app.lang, key).c_str(); }

// ---- [SECTION] App state changes -----------------------------------------------------------------------------
void App::go_to(std::string_view screen_id) {
    if (screen == screen_id || !find_screen(screen_id)) return;
    screen = std::string(screen_id);
    menu_open = false;  // the phone layout's menu folds once a screen is chosen
    state_changed = true;
}

void App::set_lang(Lang l) {
    if (lang == l) return;
    lang = l;
    state_changed = true;
}

// ---- [SECTION] Style and fonts -------------------------------------------------------------------------------
void setup_style() {
    ImGui::StyleColorsLight();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowPadding = ImVec2(24, 20);
    style.FramePadding = ImVec2(10, 6);
    style.ItemSpacing = ImVec2(10, 8);
    style.FrameRounding = 4;
    style.WindowBorderSize = 0;
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);
    // Secondary text (hints, the law's status line, rule lists) at 5.7:1 on the page (WCAG 1.4.3; ImGui's light grey is
    // 2.7:1): tests/app_text/test_contrast.cpp.
    style.Colors[ImGuiCol_TextDisabled] = ImVec4(0.38f, 0.38f, 0.38f, 1.0f);
    // WCAG 1.4.11: a field's, radio's, checkbox's and button's outline, a checked mark and the keyboard focus ring at
    // 3:1 or more against the page and the field (ImGui's light outline is 2.1:1, its blue mark and ring 2.8–3.0:1).
    style.Colors[ImGuiCol_Border] = ImVec4(0.0f, 0.0f, 0.0f, 0.50f);
    style.Colors[ImGuiCol_CheckMark] = style.Colors[ImGuiCol_NavHighlight] = ImVec4(0.10f, 0.40f, 0.85f, 1.0f);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no file writes, nothing persisted behind the user's back
    io.LogFilename = nullptr;
}

// Latin-1 + Latin Extended-A cover Dutch (é ë ï ö ü, ĳ) and most European names; plus typographic marks, arrows
// and the comparison signs of the rule cards (≈ ≤ ≥, × ÷). Every character the screens draw has a glyph:
// tests/app_text (missing glyph) checks each line of every screen.
static const ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF, 0x0100, 0x017F, 0x2013, 0x2014, 0x2018, 0x201E, 0x2022, 0x2022, 0x2026, 0x2026, 0x20AC, 0x20AC,
    0x2190, 0x2193, 0x2248, 0x2248, 0x2264, 0x2265, 0x2713, 0x2713, 0x2717, 0x2717, 0,
};

// Titles (app name, headings, the Vraag screen's question, a help-desk answer's question) are the app's own Dutch and
// English texts: ASCII, the accented letters of Dutch, French and Spanish loan words, and the marks those texts use.
// The large glyphs are the costliest part of the atlas (at 3 device px per CSS px a title glyph is 90 px high), so
// the rest of Latin-1 and Latin Extended-A is left out; a title with another character (a trainer's scenario from a
// file) is drawn in the body font instead (push_title_font). tests/app_text/test_sharp_text.cpp: every built-in
// title text has its glyphs here.
static const ImWchar kTitleGlyphRanges[] = {
    0x0020, 0x007E, 0x00A7, 0x00A7, 0x00AB, 0x00AB, 0x00B7, 0x00B7, 0x00BB, 0x00BB, 0x00C9, 0x00C9,
    0x00E0, 0x00E4, 0x00E7, 0x00EF, 0x00F1, 0x00F6, 0x00F9, 0x00FC, 0x2013, 0x2014, 0x2018, 0x201E,
    0x2022, 0x2022, 0x2026, 0x2026, 0x20AC, 0x20AC, 0x2190, 0x2193, 0x2248, 0x2248, 0x2264, 0x2265, 0,
};

void setup_fonts(App& app, float scale) {
    ImGuiIO& io = ImGui::GetIO();
    const std::string_view ttf = app_embedded::font_ui_font();
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the bytes are static (embedded), the atlas must not free them
    // One horizontal sample per pixel with advances snapped to whole pixels: crisp at 100 %, and half the glyph
    // rasterising before the first frame (ImGui's default oversamples 2× horizontally).
    cfg.OversampleH = 1;
    cfg.PixelSnapH = true;
    void* data = const_cast<char*>(ttf.data());
    // The texture as high as its glyphs need, not the next power of two (WebGL2 takes any size): up to half the pixels
    // to convert to RGBA and upload; no software mouse cursors (the browser draws the pointer).
    io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight | ImFontAtlasFlags_NoMouseCursors;
    app.font_scale = app.font_scale_asked = scale;
    app.font_body =
        io.Fonts->AddFontFromMemoryTTF(data, static_cast<int>(ttf.size()), 17.0f * scale, &cfg, kGlyphRanges);
    app.font_title =
        io.Fonts->AddFontFromMemoryTTF(data, static_cast<int>(ttf.size()), 30.0f * scale, &cfg, kTitleGlyphRanges);
    if (!app.font_body) {
        app.font_body = io.Fonts->AddFontDefault();
        app.font_scale = 1.0f;  // ImGui's own 13 px font: drawn as it is
    }
    if (!app.font_title) app.font_title = app.font_body;
    io.FontGlobalScale = font_global_scale(app);
}

float text_scale(const App& app) { return static_cast<float>(std::clamp(app.scale_percent, 100, 200)) / 100.0f; }

float wanted_font_scale(const App& app, float framebuffer_scale) {
    const float fb = framebuffer_scale > 0.0f ? framebuffer_scale : 1.0f;
    return std::clamp(std::round(fb * text_scale(app) * 4.0f) / 4.0f, 1.0f, 4.0f);
}

bool refresh_fonts(App& app, float framebuffer_scale) {
    const float want = wanted_font_scale(app, framebuffer_scale);
    if (want == app.font_scale_asked) return false;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    setup_fonts(app, want);
    io.Fonts->Build();
    app.settings_dirty = true;  // consult::apply_display_settings sets the text scale against the new atlas
    return true;
}

float font_global_scale(const App& app) {
    return text_scale(app) / (app.font_scale > 0.0f ? app.font_scale : 1.0f);
}

std::string missing_glyphs() {
    static const ImWchar kDutch[] = {0xE9, 0xEB, 0xEF, 0xF6, 0xFC, 0xC9, 0xCB, 0xCF, 0xD6, 0xDC};
    std::string missing;
    if (!ImGui::GetCurrentContext() || ImGui::GetIO().Fonts->Fonts.empty()) return "no font";
    const ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
    for (ImWchar c : kDutch)
        if (!font->FindGlyphNoFallback(c)) {
            missing += static_cast<char>(0xC0 | (c >> 6));  // all are U+0080..U+07FF: two UTF-8 bytes
            missing += static_cast<char>(0x80 | (c & 0x3F));
        }
    return missing;
}

// ---- [SECTION] Frame (header + current screen) ---------------------------------------------------------------
ImVec4 promise_colour(const App& app) {
    // Light: the green of the page's own start text (web/style.css), which the first frame covers with these words.
    if (app.theme == Theme::light) return ImVec4(0.05f, 0.40f, 0.20f, 1.0f);
    return ImGui::ColorConvertU32ToFloat4(consult::palette().green);  // legible on a dark page (test_contrast)
}

namespace {

// One language button; the active language is drawn highlighted and does nothing when clicked.
void lang_button(App& app, Lang lang, const char* key) {
    const bool active = app.lang == lang;
    if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    ImGui::PushID(key);
    if (ImGui::Button(tr(app, key))) app.set_lang(lang);
    ImGui::PopID();
    test_hooks::record_last_item(key, tr(app, key));
    if (active) ImGui::PopStyleColor();
}

// An embedded asset that could not be read is a build defect (assets.hpp): its part of the tool is empty, so every
// screen says so, with the asset and the JSON path, instead of quietly answering from half the rules. Each asset is
// parsed when a screen first needs it (issue 18 §3: parsing all of them here cost the first frame ≈ half its time),
// so this lists the errors recorded so far; one recorded while a screen drew asks for another frame
// (request_frame_for_new_asset_errors), which shows it on that screen and every one after.
std::size_t g_asset_errors_shown = 0;
void draw_asset_errors(App& app) {
    const std::vector<AssetLoadError> errors = recorded_asset_errors();
    g_asset_errors_shown = errors.size();
    if (errors.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(consult::palette().red));  // every theme
    ImGui::TextWrapped("%s", tr(app, "app.asset_error"));
    test_hooks::record_last_item("app.asset_error", tr(app, "app.asset_error"));
    for (const AssetLoadError& e : errors) {
        const std::string line = e.asset + (e.error.path.empty() ? "" : " " + e.error.path) + ": " + e.error.message;
        ImGui::BulletText("%s", line.c_str());
        test_hooks::record_last_item("app.asset_error." + e.asset + e.error.path, line);
    }
    ImGui::PopStyleColor();
}

// The first words of the law's status line ("Wetsvoorstel, niet in werking"): what the compact header keeps of it.
std::string short_status(const std::string& line) {
    const std::size_t cut = std::min(line.find(" ("), line.find(" \xE2\x80\x94"));  // before "(…)" or " — stand per"
    return cut == std::string::npos ? line : line.substr(0, cut);
}

// Places the next item on this line when `width` still fits, else on a new line (the compact header's flow).
void flow(float width, bool first) {
    if (first) return;
    ImGui::SameLine();
    if (ImGui::GetCursorPosX() + width > ImGui::GetContentRegionMax().x) ImGui::NewLine();
}

float button_width(const char* label) { return ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2; }

// Phone layout and UI scale above 100 % (docs/responsive.md): the name, one language button and "Wis alles" on the
// first line; the promise and the law's status each in a few words, with their full text behind "Meer".
void draw_compact_header(App& app) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(app, "app.name"));
    test_hooks::record_last_item("app.name", tr(app, "app.name"));

    // One language button: the language it switches to, in two letters (its id is that language's, as in the wide
    // header, so "lang.en" switches to English in either layout).
    const bool nl = app.lang == Lang::nl;
    const char* lang_label = tr(app, nl ? "lang.short.en" : "lang.short.nl");
    const char* wipe_label = tr(app, "privacy.wipe");
    const float right = button_width(lang_label) + button_width(wipe_label) + ImGui::GetStyle().ItemSpacing.x;
    flow(right, false);
    if (ImGui::GetCursorPosX() > ImGui::GetStyle().WindowPadding.x)  // on the title line: right-aligned
        ImGui::SameLine(ImGui::GetContentRegionMax().x - right);
    if (ImGui::Button(lang_label)) app.set_lang(nl ? Lang::en : Lang::nl);
    test_hooks::record_last_item(nl ? "lang.en" : "lang.nl", tr(app, nl ? "lang.en" : "lang.nl"));
    ImGui::SameLine();
    privacy_ui::wipe_all_button(app);  // "Wis alles" on every screen (issue 5)

    // The promise and the law's status: a few words each, on one line when it fits.
    const std::string promise = std::string("\xE2\x9C\x93 ") + tr(app, "app.promise_short");  // U+2713 check mark
    const std::string status = stage_status_line(default_stage(), app.lang);
    const std::string status_short = short_status(status);
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, promise_colour(app));
    ImGui::TextUnformatted(promise.c_str());
    ImGui::PopStyleColor();
    test_hooks::record_last_item("app.promise", tr(app, "app.promise_short"));
    const char* more = tr(app, app.header_more ? "app.less" : "app.more");
    flow(button_width(more), false);
    if (ImGui::Button(more)) {
        app.header_more = !app.header_more;
        app.state_changed = true;
    }
    test_hooks::record_last_item("app.more", more, test_hooks::disclosure(app.header_more));
    flow(ImGui::CalcTextSize(status_short.c_str()).x, false);
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", status_short.c_str());
    test_hooks::record_last_item("app.stage", status_short);
    if (app.header_more) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s %s", tr(app, "app.promise"), tr(app, "app.promise_detail"));
        test_hooks::record_last_item("app.promise_detail", tr(app, "app.promise_detail"));
        ImGui::TextWrapped("%s: %s", tr(app, "app.stage_label"), status.c_str());
        test_hooks::record_last_item("app.stage_full", status);
        ImGui::PopStyleColor();
    }
    draw_asset_errors(app);
    ImGui::Separator();
}

void draw_header(App& app) {
    if (app.compact_header) {
        draw_compact_header(app);
        return;
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    widgets::section_title(app, tr(app, "app.name"));
    test_hooks::record_last_item("app.name", tr(app, "app.name"));

    // Language switch, right-aligned on the title line.
    const float w_label = ImGui::CalcTextSize(tr(app, "lang.label")).x;
    const float w_nl = ImGui::CalcTextSize(tr(app, "lang.nl")).x + style.FramePadding.x * 2;
    const float w_en = ImGui::CalcTextSize(tr(app, "lang.en")).x + style.FramePadding.x * 2;
    const float total = w_label + w_nl + w_en + style.ItemSpacing.x * 2;
    ImGui::SameLine(std::max(ImGui::GetContentRegionMax().x - total, ImGui::GetCursorPosX() + 20));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(app, "lang.label"));
    ImGui::SameLine();
    lang_button(app, Lang::nl, "lang.nl");
    ImGui::SameLine();
    lang_button(app, Lang::en, "lang.en");

    ImGui::TextWrapped("%s", tr(app, "app.tagline"));

    // The law's real status, one line on every screen (stage.hpp; the start screen says it in full).
    const std::string status = stage_status_line(default_stage(), app.lang);
    ImGui::TextDisabled("%s:", tr(app, "app.stage_label"));
    ImGui::SameLine();
    ImGui::TextWrapped("%s", status.c_str());  // wraps at 200 %
    test_hooks::record_last_item("app.stage", status);
    draw_asset_errors(app);

    // The promise: always visible, in every screen.
    ImGui::PushStyleColor(ImGuiCol_Text, promise_colour(app));
    ImGui::Text("\xE2\x9C\x93 %s", tr(app, "app.promise"));  // U+2713 check mark
    ImGui::PopStyleColor();
    test_hooks::record_last_item("app.promise", tr(app, "app.promise"));
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", tr(app, "app.promise_detail"));  // wraps at 200 %
    ImGui::PopStyleColor();
    privacy_ui::wipe_all_button(app);  // "Wis alles" on every screen (issue 5)
    ImGui::Separator();
}

// Keyboard focus on a widget that is no longer drawn (the button that changed the screen, a removed list row) is a
// keyboard trap in Dear ImGui 1.90: Tab searches for the focused item to step from, never finds it and goes nowhere.
// Hide the focus instead; the next Tab then starts again at the first widget of the page (issue 4: keyboard-only).
void release_vanished_focus() {
    ImGuiContext& g = *GImGui;
    if (g.NavId != 0 && !g.NavIdIsAlive && g.ActiveId == 0 && !g.NavAnyRequest && !g.NavDisableHighlight)
        g.NavDisableHighlight = true;
}

} // namespace

namespace {
const App* g_current_app = nullptr;  // UI only: which screen is on, for callbacks from JavaScript
} // namespace

const App* current_app() { return g_current_app; }

// Touch: Dear ImGui scrolls a window by the wheel only, and a finger dragging over a pane would press the widget under
// it. A finger that moves more than kTouchSlop from where it went down scrolls the nearest scrollable window under it
// (the pane, else the page) and cancels the press, so the widget does not fire on release; a finger that stays within
// the slop is a tap and clicks as before. Mouse and pen input are left alone.
constexpr float kTouchSlop = 10.0f;  // CSS px; about the wobble of a tapping finger
struct TouchDrag {
    bool down = false;
    bool dragging = false;
    ImGuiID window = 0;
    ImVec2 start;
    float start_scroll = 0;
};
TouchDrag g_touch;

ImGuiWindow* scrollable_under(ImGuiWindow* w) {
    while (w && (w->ScrollMax.y <= 0.0f || (w->Flags & ImGuiWindowFlags_NoScrollWithMouse)) && w->ParentWindow &&
           (w->Flags & ImGuiWindowFlags_ChildWindow))
        w = w->ParentWindow;
    return w;
}

void touch_drag_scroll() {
    ImGuiContext& g = *GImGui;
    const ImGuiIO& io = g.IO;
    if (io.MouseClicked[0]) {
        g_touch = {};
        if (io.MouseSource != ImGuiMouseSource_TouchScreen) return;
        ImGuiWindow* w = scrollable_under(g.HoveredWindow);
        if (!w || (g.ActiveId != 0 && g.ActiveIdWindow && g.ActiveIdWindow->Flags & ImGuiWindowFlags_Popup)) return;
        g_touch.down = true;
        g_touch.window = w->ID;
        g_touch.start = io.MousePos;
        g_touch.start_scroll = w->Scroll.y;
        return;
    }
    if (!g_touch.down) return;
    if (!io.MouseDown[0]) {
        g_touch = {};
        return;
    }
    ImGuiWindow* w = ImGui::FindWindowByID(g_touch.window);
    if (!w) return;
    const float dy = io.MousePos.y - g_touch.start.y;
    if (!g_touch.dragging && std::abs(dy) > kTouchSlop) {
        g_touch.dragging = true;
        if (g.ActiveId != 0 && g.InputTextState.ID != g.ActiveId)
            ImGui::ClearActiveID();  // the press becomes a scroll: nothing fires when the finger lifts
    }
    if (g_touch.dragging) ImGui::SetScrollY(w, std::clamp(g_touch.start_scroll - dy, 0.0f, w->ScrollMax.y));
}

ImVec4 clear_color() { return ImGui::GetStyle().Colors[ImGuiCol_WindowBg]; }

void draw_frame(App& app) {
    g_current_app = &app;
    test_hooks::begin_frame();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    // The phone layout below 40 em of body text (docs/responsive.md): two panes of about 20 em each are the least a
    // question with its answers needs; narrower, one pane at a time. Browser zoom shrinks the CSS width the canvas
    // gets, the app's own scale grows the em, so both reach the phone layout at 200 % on a 1280 px window.
    const float em = 17.0f * text_scale(app);
    const bool narrow = vp->WorkSize.x < 40.0f * em;
    if (narrow != app.narrow) app.settings_dirty = true;  // touch-sized widgets in the phone layout
    app.narrow = narrow;
    app.compact_header = narrow || app.scale_percent > 100;
    consult::apply_display_settings(app);  // before the window begins: its padding follows the layout
    touch_drag_scroll();
    static std::string drawn_screen;  // another screen starts at its top (the phone layout scrolls the whole page)
    // Never sideways: a widget a little wider than a phone must not shift the whole page left (ImGui scrolls a window
    // horizontally to show the focused item, scrollbar or not).
    ImGui::SetNextWindowScroll(ImVec2(0.0f, drawn_screen != app.screen ? 0.0f : -1.0f));
    drawn_screen = app.screen;
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   ImGuiWindowFlags_NoBackground;  // the platform clears to WindowBg (clear_color)
    ImGui::PushFont(app.font_body);
    if (ImGui::Begin("##wams", nullptr, flags)) {
        test_hooks::body_begin();
        // Phone layout: every text of the page wraps at the window's edge, labels and hints included (WCAG 1.4.10).
        if (app.narrow) ImGui::PushTextWrapPos(0.0f);
        draw_header(app);
        consult::apply_screen_request(app);  // e.g. a file dropped on another screen shows its result on "casefile"
        if (const Screen* s = find_screen(app.screen)) {
            s->draw(app);
        } else if (!screens().empty()) {
            app.go_to(screens().front().id);
        }
        if (app.narrow) ImGui::PopTextWrapPos();
        // An asset this screen parsed for the first time turned out unreadable: draw again, now with its error.
        if (recorded_asset_errors().size() != g_asset_errors_shown) app.state_changed = true;
        test_hooks::body_end();
    }
    ImGui::End();
    ImGui::PopFont();
    release_vanished_focus();
    test_hooks::end_frame();  // page actions for ids this frame did not draw are dropped
    ++app.frame_count;
}

} // namespace wams::app
