// headless.hpp — the app drawn without a renderer, for the tests in tests/app_text: an ImGui context with the app's
// style and fonts and a built font atlas (no texture uploaded), a display of width × height CSS px at 60 frames a
// second, and frames drawn through the app's own draw_frame.
#pragma once
#include "app.hpp"
#include "app_state.hpp"

#include "imgui.h"

namespace wams::app::testing {

inline void begin_headless(App& a, float width, float height) {
    ImGui::CreateContext();
    setup_style();
    setup_fonts(a);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);  // builds the atlas
    ImGui::GetIO().DisplaySize = ImVec2(width, height);
    ImGui::GetIO().DeltaTime = 1.0f / 60;
}

inline void draw_frames(App& a, int n) {
    for (int i = 0; i < n; ++i) {
        ImGui::NewFrame();
        draw_frame(a);
        ImGui::Render();
    }
}

// The app at width × height with a fresh app state, two frames drawn; its ImGui context and state wiped at the end.
struct HeadlessApp {
    App a;
    explicit HeadlessApp(float width = 1280, float height = 800) {
        wipe_app_state(app_state());
        begin_headless(a, width, height);
        draw_frames(a, 2);
    }
    ~HeadlessApp() {
        ImGui::DestroyContext();
        wipe_app_state(app_state());
    }
    HeadlessApp(const HeadlessApp&) = delete;
    HeadlessApp& operator=(const HeadlessApp&) = delete;
    void frames(int n) { draw_frames(a, n); }
};

} // namespace wams::app::testing
