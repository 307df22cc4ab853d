// screen_start.cpp — the Start screen (placeholder): what the guide is for; the consultation screens follow.
#include "app.hpp"
#include "imgui.h"
#include "test_hooks.hpp"

namespace {

bool g_begin_clicked = false;  // placeholder state until the case screens exist

void draw_start(wams::app::App& app) {
    using wams::app::tr;
    ImGui::Spacing();
    ImGui::PushFont(app.font_title);
    ImGui::TextUnformatted(tr(app, "screen.start.title"));
    ImGui::PopFont();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 45.0f);
    ImGui::TextWrapped("%s", tr(app, "screen.start.intro"));
    ImGui::Spacing();
    ImGui::TextDisabled("%s", tr(app, "screen.start.placeholder"));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (ImGui::Button(tr(app, "screen.start.begin"))) {
        g_begin_clicked = true;
        app.state_changed = true;
    }
    wams::app::test_hooks::record_last_item("start.begin", tr(app, "screen.start.begin"));
    if (g_begin_clicked) ImGui::TextUnformatted(tr(app, "screen.start.begin_pending"));
}

} // namespace

WAMS_APP_SCREEN(start, {"start", "screen.start.title", 0, draw_start});
