// app.hpp — the application frame shared by every target: App state, self-registering screens, UI strings.
// Platform files (platform_native.cpp, platform_web.cpp) own the window, GL context and loop; everything drawn
// lives in app.cpp (the frame: header, language switch, promise) and one file per screen (screen_<name>.cpp).
//
// Adding a screen: create shell/app/screen_<name>.cpp with
//     static void draw_<name>(wams::app::App& app) { ... }
//     WAMS_APP_SCREEN(<name>, {"<name>", "screen.<name>.title", <order>, draw_<name>});
// and add its strings to assets/i18n/nl.json + en.json. Switch with app.go_to("<name>").
#pragma once
#include "wams/lang.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

struct ImFont;
struct ImVec4;

namespace wams::app {

enum class Theme { light, dark, high_contrast };

// The UI frame: how the app is shown, never what it holds about a case (that is AppState, app_state.hpp, which
// "Wis alles" replaces). Language, theme, scale and screen survive a wipe: they are settings of the page, not case
// data (docs/app.md "One app state").
struct App {
    Lang lang = Lang::nl;            // Dutch first
    std::string screen = "start";    // id of the screen drawn in the body
    Theme theme = Theme::light;
    int scale_percent = 100;         // 100–200 %
    bool settings_dirty = true;      // theme/scale to apply at the next frame start
    bool wiped_notice = false;       // "Alles gewist" next to the button after a wipe
    std::uint64_t frame_count = 0;   // frames actually drawn (idle frames are skipped)
    bool state_changed = false;      // set by the UI when something changed that needs another frame
    // Layout of this frame (draw_frame, docs/responsive.md): the phone layout below 40 em of body text (680 CSS px at
    // 100 %, 1360 at 200 %), the compact header in the phone layout and at every UI scale above 100 %.
    bool narrow = false;
    bool compact_header = false;
    // What the phone layout shows; how the page is shown, reset by "Wis alles" (privacy_ui::wipe_all) all the same.
    int pane = 0;                    // two-pane screens: 0 = questions, 1 = result
    std::string pane_screen;         // the screen `pane` was chosen on (another screen starts at its questions)
    bool menu_open = false;          // the screen menu is unfolded
    bool display_open = false;       // theme and scale are unfolded
    bool header_more = false;        // the promise and the law's status in full
    ImFont* font_body = nullptr;     // filled by setup_fonts()
    ImFont* font_title = nullptr;
    float font_scale = 1.0f;         // the font atlas's pixels per CSS px of text at 100 % (setup_fonts)
    float font_scale_asked = 1.0f;   // the scale setup_fonts was asked for (the fallback font is drawn at 1)

    void go_to(std::string_view screen_id);  // switch the body to another registered screen
    void set_lang(Lang l);                   // switch every UI string to Dutch/English
    void reset_view() {                      // the phone layout's choices back to their start (a wipe)
        pane = 0;
        pane_screen.clear();
        menu_open = display_open = header_more = false;
    }
};

// One screen of the body area; registered at static-init time by WAMS_APP_SCREEN.
struct Screen {
    std::string id;                          // stable id, used by test hooks and go_to()
    std::string title_key;                   // i18n key of its title
    int order = 0;                           // position in navigation (lower first)
    std::function<void(App&)> draw;          // draws the body; called between ImGui::NewFrame and Render
};

std::vector<Screen>& screens();              // every registered screen, sorted by order on first draw
bool register_screen(Screen s);              // used by WAMS_APP_SCREEN
const Screen* find_screen(std::string_view id);

const char* tr(const App& app, std::string_view key);  // UI string by key in the current language (i18n)

void setup_style();                          // colours, spacing; after ImGui::CreateContext
// Embedded UI font with Latin-1 + Latin Extended-A (é ë ï ö ü), rasterised at `scale` atlas pixels per CSS px.
void setup_fonts(App& app, float scale = 1.0f);
// Crisp text on any screen (docs/responsive.md "Sharp text"): the atlas scale this frame wants — the screen's device
// pixels per CSS px (`framebuffer_scale`, 2–3 on a phone, 2 at 200 % browser zoom) times the app's own text scale,
// in quarter steps, 1–4.
float wanted_font_scale(const App& app, float framebuffer_scale);
// Between frames (before ImGui::NewFrame): rebuilds the atlas when wanted_font_scale differs from the atlas's; true
// when it did, and the platform must then upload the atlas texture again.
bool refresh_fonts(App& app, float framebuffer_scale);
float text_scale(const App& app);            // the app's own text scale, 1.0–2.0 (scale_percent, clamped)
// ImGuiIO::FontGlobalScale for the app's text scale drawn from an atlas at app.font_scale.
float font_global_scale(const App& app);
ImVec4 promise_colour(const App& app);       // "Er verlaat geen gegeven dit apparaat" in the header, per theme
void draw_frame(App& app);                   // the whole UI for one frame (between NewFrame and Render)
// The colour the platform clears the frame to: the theme's window background. The app's full-window window draws no
// background of its own (ImGuiWindowFlags_NoBackground): one full-window blend less per frame, which is most of a
// frame's cost in a software renderer (the browser's SwiftShader reads the canvas back at every commit).
ImVec4 clear_color();
const App* current_app();                    // the App drawn last (JS callbacks: which screen is on); nullptr before
std::string missing_glyphs();                // which of "éëïöüÉËÏÖÜ" the loaded font lacks ("" when all render)

} // namespace wams::app

#define WAMS_APP_SCREEN(ident, ...) \
    static const bool ident##_screen_registered = ::wams::app::register_screen(::wams::app::Screen __VA_ARGS__)
