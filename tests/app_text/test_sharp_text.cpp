// test_sharp_text.cpp — sharp text on any screen (docs/responsive.md "Sharp text"), natively and headless: the font
// atlas is rasterised at the screen's device pixels per CSS px times the app's own text scale, while every text is
// still laid out at the same CSS size; the atlas is rebuilt when either changes, and only then.
#include "app.hpp"
#include "app_state.hpp"
#include "headless.hpp"
#include "test_hooks.hpp"
#include "widgets.hpp"
#include "wams/helpdesk.hpp"
#include "wams/i18n.hpp"
#include "wams/training.hpp"
#include "wams/vocabulary.hpp"

#include "imgui.h"
#include "imgui_internal.h"  // ImTextCharFromUtf8

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <map>
#include <string>
#include <vector>

namespace {
namespace app = wams::app;
namespace th = wams::app::test_hooks;

struct Headless : app::testing::HeadlessApp {
    // What a platform does between frames: the density it reports, then the atlas rebuilt where it must be.
    bool screen_density(float fb) {
        ImGui::GetIO().DisplayFramebufferScale = ImVec2(fb, fb);
        const bool rebuilt = app::refresh_fonts(a, fb);
        if (rebuilt) {
            unsigned char* px = nullptr;
            int w = 0, h = 0;
            ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&px, &w, &h);
        }
        return rebuilt;
    }
    float body_size_in_frame() {  // the body text's size in CSS px, as the app's widgets see it
        float size = 0;
        ImGui::NewFrame();
        app::draw_frame(a);
        ImGui::PushFont(a.font_body);
        size = ImGui::GetFontSize();
        ImGui::PopFont();
        ImGui::Render();
        return size;
    }
    nlohmann::json state() { return nlohmann::json::parse(th::state_json(a)); }
};
} // namespace

TEST_CASE("the atlas scale: device pixels per CSS px times the text scale, in quarter steps from 1 to 4", "[sharp]") {
    app::App a;
    CHECK(app::wanted_font_scale(a, 1.0f) == 1.0f);
    CHECK(app::wanted_font_scale(a, 2.0f) == 2.0f);
    CHECK(app::wanted_font_scale(a, 3.0f) == 3.0f);
    CHECK(app::wanted_font_scale(a, 1.75f) == 1.75f);
    CHECK(app::wanted_font_scale(a, 1.3f) == 1.25f);  // a zoom of 130 %: the nearest quarter
    CHECK(app::wanted_font_scale(a, 0.0f) == 1.0f);   // no density reported yet
    CHECK(app::wanted_font_scale(a, 0.5f) == 1.0f);   // never below the text's own size
    a.scale_percent = 200;
    CHECK(app::wanted_font_scale(a, 1.0f) == 2.0f);
    CHECK(app::wanted_font_scale(a, 2.0f) == 4.0f);
    CHECK(app::wanted_font_scale(a, 3.0f) == 4.0f);   // capped: a 4× atlas has more pixels than the glyphs need
    a.scale_percent = 125;
    CHECK(app::wanted_font_scale(a, 1.0f) == 1.25f);
}

TEST_CASE("on a 2× screen the glyphs have twice the pixels and the text keeps its CSS size", "[sharp]") {
    Headless h;
    const auto before = h.state();
    REQUIRE(before["font_scale"] == 1.0);
    REQUIRE(before["font_px"] == 17.0);
    CHECK(h.body_size_in_frame() == 17.0f);
    CHECK_FALSE(h.screen_density(1.0f));  // the same density: nothing rebuilt

    CHECK(h.screen_density(2.0f));
    h.frames(2);
    const auto after = h.state();
    CHECK(after["font_scale"] == 2.0);
    CHECK(after["font_px"] == 34.0);
    CHECK(after["font_global_scale"] == 0.5);
    CHECK(h.body_size_in_frame() == 17.0f);  // laid out in CSS px as before
    CHECK_FALSE(h.screen_density(2.0f));     // once, not every frame
    CHECK(after["missing_glyphs"] == "");    // the Dutch letters are in the new atlas

    // The start screen draws the same widgets, at the same places to within the snapping of glyph advances.
    std::map<std::string, nlohmann::json> at1;
    for (const auto& w : before["widgets"]) at1[w["id"].get<std::string>()] = w;
    REQUIRE(after["widgets"].size() == before["widgets"].size());
    for (const auto& w : after["widgets"]) {
        const auto it = at1.find(w["id"].get<std::string>());
        REQUIRE(it != at1.end());
        CHECK(std::abs(w["y"].get<double>() - it->second["y"].get<double>()) <= 2.0);
        CHECK(std::abs(w["h"].get<double>() - it->second["h"].get<double>()) <= 2.0);
    }

    CHECK(h.screen_density(1.0f));  // back on a 1× screen
    h.frames(1);
    CHECK(h.state()["font_px"] == 17.0);
}

TEST_CASE("the app's own text scale rasterises the glyphs at that size instead of enlarging them", "[sharp]") {
    Headless h;
    h.a.scale_percent = 200;
    h.a.settings_dirty = true;
    CHECK(h.screen_density(1.0f));
    h.frames(2);
    const auto st = h.state();
    CHECK(st["font_scale"] == 2.0);
    CHECK(st["font_px"] == 34.0);
    CHECK(st["font_global_scale"] == 1.0);   // drawn 1:1 from the atlas
    CHECK(h.body_size_in_frame() == 34.0f);  // 200 % of 17 px
}

// The title font holds only the characters of the app's own titles (app.cpp kTitleGlyphRanges): every text that can
// be a title — each UI text, each interview question, each help-desk question, each built-in scenario's title, in
// both languages — has a glyph for each of its characters. A title with another character is drawn in the body
// font at the title's size, never as "?".
TEST_CASE("every built-in title has its glyphs in the title font; any other title falls back to the body font",
          "[sharp]") {
    Headless h;
    std::vector<std::string> missing;
    const auto check = [&](const std::string& text) {
        for (const char *p = text.c_str(), *end = p + text.size(); p < end;) {
            unsigned int c = 0;
            const int n = ImTextCharFromUtf8(&c, p, end);
            if (c >= 0x20 && !h.a.font_title->FindGlyphNoFallback(static_cast<ImWchar>(c)))
                missing.push_back(std::string(p, static_cast<std::size_t>(n)) + " in: " + text);
            p += n;
        }
    };
    std::size_t texts = 0;
    for (const wams::Lang lang : {wams::Lang::nl, wams::Lang::en}) {
        for (const std::string& key : wams::i18n::keys(lang)) check(wams::i18n::text(lang, key)), ++texts;
        for (const wams::vocab::Field& f : wams::vocab::fields())
            check(std::string(wams::vocab::text(f.ask, lang))), ++texts;
        const char* code = lang == wams::Lang::nl ? "nl" : "en";
        for (const wams::HelpAnswer& a : wams::help_answers()) check(wams::help_question(a, code)), ++texts;
    }
    for (const wams::training::Scenario& s : wams::training::builtin_scenarios()) check(s.title_nl), check(s.title_en);
    CHECK(texts > 1000);  // 1 544 at the time of writing
    for (const std::string& m : missing) UNSCOPED_INFO(m);
    CHECK(missing.empty());
    CHECK(h.a.font_title != h.a.font_body);
    CHECK(!h.a.font_title->FindGlyphNoFallback(0x141));  // Ł: left out of the title font

    // A trainer's scenario called "Łódź": the body font at the title's size while pushed, then the body size again.
    ImGui::NewFrame();
    ImGui::Begin("t");
    const float body = ImGui::GetFontSize();
    wams::app::widgets::push_title_font(h.a, "Łódź");
    CHECK(ImGui::GetFont() == h.a.font_body);
    CHECK(ImGui::GetFontSize() == Approx(body * 30.0f / 17.0f));
    wams::app::widgets::pop_title_font(h.a);
    CHECK(ImGui::GetFontSize() == body);
    wams::app::widgets::push_title_font(h.a, "Vraagbaak — één vraag");
    CHECK(ImGui::GetFont() == h.a.font_title);
    wams::app::widgets::pop_title_font(h.a);
    ImGui::End();
    ImGui::Render();
}

// What the two cuts give (docs/responsive.md "Sharp text"): at 3 device px per CSS px the atlas texture, built without
// a power-of-two height, is 1024 × 584 (1024 × 1024 with the title font's whole Latin-1 range and the height rounded
// up: 4 MB to convert to RGBA and upload).
TEST_CASE("the atlas at 3 device px per CSS px: a texture no higher than its glyphs need", "[sharp]") {
    Headless h;
    CHECK(h.screen_density(3.0f));
    const auto atlas = h.state()["atlas"];
    INFO(atlas.dump());
    CHECK(atlas[0].get<int>() * atlas[1].get<int>() <= 1024 * 640);
    CHECK(atlas[1].get<int>() % 256 != 0);  // not rounded up to a power of two
}

// The font file is a subset made at set-up (scripts/setup.sh FONT_UNICODES) and the atlas asks for glyph ranges
// (app.cpp kGlyphRanges, kTitleGlyphRanges): every code point asked for is in the subset, or ImGui would draw "?"
// for it (as it did for the rule cards' "≥" before session 24).
TEST_CASE("every code point of the fonts' glyph ranges has a glyph in the embedded font", "[sharp]") {
    Headless h;
    const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    REQUIRE(atlas.ConfigData.Size == 2);  // body, title
    std::vector<unsigned> missing;
    std::size_t asked = 0;
    for (const ImFontConfig& cfg : atlas.ConfigData) {
        REQUIRE(cfg.GlyphRanges != nullptr);
        for (const ImWchar* r = cfg.GlyphRanges; r[0] != 0; r += 2)
            for (unsigned c = r[0]; c <= r[1]; ++c, ++asked)
                if (!(c >= 0x7F && c < 0xA0) && !cfg.DstFont->FindGlyphNoFallback(static_cast<ImWchar>(c)))
                    missing.push_back(c);  // (U+007F–U+009F are control codes: never drawn)
    }
    CHECK(asked > 500);
    INFO(missing.size() << " code points without a glyph, the first " << (missing.empty() ? 0 : missing.front()));
    CHECK(missing.empty());
}
