// test_sharp_text.cpp — sharp text on any screen (docs/responsive.md "Sharp text"), natively and headless: the font
// atlas is rasterised at the screen's device pixels per CSS px times the app's own text scale, while every text is
// still laid out at the same CSS size; the atlas is rebuilt when either changes, and only then.
#include "app.hpp"
#include "app_state.hpp"
#include "headless.hpp"
#include "test_hooks.hpp"

#include "imgui.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <map>
#include <string>

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
