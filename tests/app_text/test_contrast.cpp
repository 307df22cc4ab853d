// test_contrast.cpp — WCAG 2.1 1.4.3 and 1.4.11 for what the canvas draws (axe cannot see inside it), natively and
// headless: for each theme, after the app applied it, every text colour of the style and the palette against every
// surface text is drawn on (composited over the window's background as the GPU blends it) is at least 4.5:1, and a
// verdict badge's symbol against its fill at least 4.5:1 (it may be the "?" glyph). Relative luminance and contrast
// ratio as WCAG 2.1 defines them.
#include "app.hpp"
#include "app_state.hpp"
#include "consult.hpp"
#include "headless.hpp"

#include "imgui.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

namespace {
namespace app = wams::app;

double channel(float c) { return c <= 0.04045f ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }
double luminance(const ImVec4& c) { return 0.2126 * channel(c.x) + 0.7152 * channel(c.y) + 0.0722 * channel(c.z); }
double ratio(const ImVec4& a, const ImVec4& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
ImVec4 over(const ImVec4& top, const ImVec4& under) {  // alpha blending, as ImGui's renderer draws a surface
    const float a = top.w;
    return {top.x * a + under.x * (1 - a), top.y * a + under.y * (1 - a), top.z * a + under.z * (1 - a), 1.0f};
}
ImVec4 rgba(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

// With WAMS_CONTRAST_TABLE=1 every pair checked is printed (theme, what on what, ratio): the figures in
// docs/accessibility.md.
double shown(const std::string& what, double r) {
    static const bool print = std::getenv("WAMS_CONTRAST_TABLE") != nullptr;
    if (print) std::printf("%-52s %5.2f:1\n", what.c_str(), r);
    return r;
}

const char* theme_name(app::Theme t) {
    switch (t) {
        case app::Theme::dark: return "dark";
        case app::Theme::high_contrast: return "high_contrast";
        default: return "light";
    }
}
// One pair: its ratio at least `least` (4.5 for text, 3 for a control's outline, mark or focus ring);
// printed on demand.
void expect(app::Theme theme, const std::string& what, double r, double least) {
    const std::string label = std::string(theme_name(theme)) + ": " + what;
    INFO(label);
    CHECK(shown(label, r) >= least);
}
} // namespace

TEST_CASE("every text colour on every surface it is drawn on reaches 4.5:1, in every theme", "[contrast]") {
    for (const app::Theme theme : {app::Theme::light, app::Theme::dark, app::Theme::high_contrast}) {
        app::testing::HeadlessApp h;
        app::App& a = h.a;
        a.theme = theme;
        a.settings_dirty = true;
        h.frames(2);  // the theme applied (consult::apply_display_settings), palette() of this app
        const ImGuiStyle& st = ImGui::GetStyle();
        const ImVec4 bg = st.Colors[ImGuiCol_WindowBg];
        const auto on_page = [&](ImGuiCol col) { return col == ImGuiCol_WindowBg ? bg : over(st.Colors[col], bg); };
        const std::vector<std::pair<const char*, ImGuiCol>> surfaces = {
            {"WindowBg", ImGuiCol_WindowBg},           {"PopupBg", ImGuiCol_PopupBg},
            {"FrameBg", ImGuiCol_FrameBg},             {"FrameBgHovered", ImGuiCol_FrameBgHovered},
            {"FrameBgActive", ImGuiCol_FrameBgActive}, {"Button", ImGuiCol_Button},
            {"ButtonHovered", ImGuiCol_ButtonHovered}, {"ButtonActive", ImGuiCol_ButtonActive},  // the current tab
            {"Header", ImGuiCol_Header},               {"HeaderHovered", ImGuiCol_HeaderHovered},
            {"HeaderActive", ImGuiCol_HeaderActive},
        };
        const ImVec4 text = st.Colors[ImGuiCol_Text];
        for (const auto& [name, col] : surfaces)
            expect(theme, std::string("Text on ") + name, ratio(text, on_page(col)), 4.5);
        // Secondary text (TextDisabled: hints, the law's status line, rule lists; a disabled widget is drawn with Text
        // at reduced alpha instead) lies on the page, in a pane or in a pop-up.
        for (const ImGuiCol col : {ImGuiCol_WindowBg, ImGuiCol_FrameBg, ImGuiCol_PopupBg})
            expect(theme, std::string("TextDisabled on ") + ImGui::GetStyleColorName(col),
                   ratio(st.Colors[ImGuiCol_TextDisabled], on_page(col)), 4.5);
        // The palette's colours are text too (verdict words, warnings, errors, quotes, "Niet opgeslagen").
        const auto& p = app::consult::palette();
        const std::vector<std::pair<const char*, ImU32>> inks = {{"green", p.green}, {"amber", p.amber},
                                                                 {"red", p.red},     {"grey", p.grey},
                                                                 {"blue", p.blue},   {"muted", p.muted}};
        for (const auto& [name, ink] : inks) {
            for (const ImGuiCol col : {ImGuiCol_WindowBg, ImGuiCol_FrameBg})
                expect(theme, std::string("palette ") + name + " on " + ImGui::GetStyleColorName(col),
                       ratio(rgba(ink), on_page(col)), 4.5);
            // A verdict badge: its tone's fill, the symbol (it may be the "?" glyph).
            expect(theme, std::string("badge symbol on ") + name, ratio(rgba(p.text_on_badge), rgba(ink)), 4.5);
        }
        expect(theme, "the promise on WindowBg", ratio(app::promise_colour(a), bg), 4.5);
        // WCAG 1.4.11, 3:1: what identifies a field, radio, checkbox or button (its outline, or its fill where it has
        // none) against the page and its own fill; a checked mark on the field; the keyboard focus ring on the page.
        const ImVec4 field = on_page(ImGuiCol_FrameBg);
        if (st.FrameBorderSize > 0) {
            expect(theme, "outline on WindowBg (3:1)", ratio(over(st.Colors[ImGuiCol_Border], bg), bg), 3.0);
            expect(theme, "outline on FrameBg (3:1)", ratio(over(st.Colors[ImGuiCol_Border], field), field), 3.0);
        } else {
            expect(theme, "FrameBg on WindowBg (3:1)", ratio(field, bg), 3.0);
        }
        expect(theme, "CheckMark on FrameBg (3:1)", ratio(st.Colors[ImGuiCol_CheckMark], field), 3.0);
        expect(theme, "focus ring on WindowBg (3:1)", ratio(st.Colors[ImGuiCol_NavHighlight], bg), 3.0);
        // The current step on the process map: the highlight fill with ink_on's colour.
        expect(theme, "ink on the highlight", ratio(rgba(app::consult::ink_on(p.highlight)), rgba(p.highlight)), 4.5);
        // A changed row of the what-if table: its text and verdict words on the row mark.
        const ImVec4 row = over(rgba(p.row_mark), bg);
        expect(theme, "Text on the row mark", ratio(text, row), 4.5);
        for (const auto& [name, ink] : inks)
            expect(theme, std::string("palette ") + name + " on the row mark", ratio(rgba(ink), row), 4.5);
    }
}
