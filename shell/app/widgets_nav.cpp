// widgets_nav.cpp — the navigation bar on top of every consultation screen: screen tabs, undo of the last answer
// (button and Ctrl+Z), theme (light / dark / high contrast), UI scale 100–200 %, and the unsaved-work marker;
// plus the "Vorige / Volgende" buttons of the guided walk.
#include "widgets.hpp"

#include "file_bridge.hpp"
#include "imgui.h"
#include "wams/i18n.hpp"

#include <algorithm>

namespace wams::app::widgets {

namespace {
struct Tab {
    const char* screen;
    const char* key;
};
constexpr Tab kTabs[] = {
    {"start", "nav.start"},       {"ask", "nav.ask"},         {"process", "nav.process"}, {"walk", "nav.walk"},
    {"assessment", "nav.assessment"}, {"map", "nav.map"},     {"whatif", "nav.whatif"},
    {"casefile", "nav.casefile"}, {"dossier", "nav.dossier"},
};

void undo(App& app, consult::Session& s) {
    if (s.editor.undo()) app.state_changed = true;
}
} // namespace

void section_title(App& app, const char* text) {
    ImGui::PushFont(app.font_title);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

void bullet_wrapped(const std::string& text) {
    ImGui::Bullet();  // keeps the cursor on the line; the wrapped lines align under the text's first character
    ImGui::TextWrapped("%s", text.c_str());
}

void begin_pane(const char* id) {
    // Down to the bottom of the window; when the header leaves less than 60 % of the window (UI scale 175–200 %), the
    // panes keep 60 % of its height and the page scrolls once so that both panes fill the view side by side.
    const float h = std::max(ImGui::GetContentRegionAvail().y, ImGui::GetMainViewport()->WorkSize.y * 0.6f);
    ImGui::BeginChild(id, ImVec2(0, h), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened);
}

void end_pane() { ImGui::EndChild(); }

void nav_bar(App& app, consult::Session& s) {
    file_bridge::install();
    consult::apply_display_settings(app);
    consult::refresh(s);
    s.focused_widget.clear();

    // Row 1: the screens.
    bool first = true;
    for (const Tab& t : kTabs) {
        const char* label = i18n::text(app.lang, t.key).c_str();
        const float w = ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2;
        if (!first) {
            ImGui::SameLine();
            if (ImGui::GetCursorPosX() + w > ImGui::GetContentRegionMax().x) ImGui::NewLine();
        }
        first = false;
        const bool active = app.screen == t.screen;
        if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(label)) app.go_to(t.screen);
        if (active) ImGui::PopStyleColor();
        test_hooks::Sem tab = test_hooks::button();
        tab.selected = active;  // the screen shown: aria-current="page" on the page's button
        consult::rec(std::string("nav.") + t.screen, label, tab);
    }

    // Row 2: undo, display settings, unsaved marker.
    ImGui::BeginDisabled(!s.editor.can_undo());
    if (ImGui::Button(tr(app, "nav.undo"))) undo(app, s);
    ImGui::EndDisabled();
    consult::rec("nav.undo", tr(app, "nav.undo"));
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled) && s.editor.last_change())
        ImGui::SetTooltip("%s %s", tr(app, "nav.undo_tip"), s.editor.last_change()->pointer.c_str());
    if (!ImGui::GetIO().WantTextInput && ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Z)) undo(app, s);

    // The settings wrap to a new line when the window is narrow or the UI is scaled up (up to 200 %).
    auto wrap_group = [](float width) {
        ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
        if (ImGui::GetCursorPosX() + width > ImGui::GetContentRegionMax().x) ImGui::NewLine();
    };
    float themes_w = ImGui::CalcTextSize(tr(app, "nav.theme")).x;
    for (const char* k : {"nav.theme.light", "nav.theme.dark", "nav.theme.high_contrast"})
        themes_w += ImGui::CalcTextSize(tr(app, k)).x + ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x * 2;
    wrap_group(themes_w);
    ImGui::TextDisabled("%s", tr(app, "nav.theme"));
    const struct { Theme theme; const char* key; const char* id; } themes[] = {
        {Theme::light, "nav.theme.light", "nav.theme.light"},
        {Theme::dark, "nav.theme.dark", "nav.theme.dark"},
        {Theme::high_contrast, "nav.theme.high_contrast", "nav.theme.high_contrast"},
    };
    for (const auto& t : themes) {
        ImGui::SameLine();
        if (ImGui::RadioButton(i18n::text(app.lang, t.key).c_str(), app.theme == t.theme)) {
            app.theme = t.theme;
            app.settings_dirty = true;
            app.state_changed = true;
        }
        consult::rec(t.id, i18n::text(app.lang, t.key));
    }
    wrap_group(ImGui::CalcTextSize(tr(app, "nav.scale")).x + ImGui::CalcTextSize("- 200 % +").x +
               ImGui::GetStyle().FramePadding.x * 4 + ImGui::GetStyle().ItemSpacing.x * 4);
    ImGui::TextDisabled("%s", tr(app, "nav.scale"));
    ImGui::SameLine();
    if (ImGui::Button("-")) {
        app.scale_percent = std::max(100, app.scale_percent - 25);
        app.settings_dirty = true;
        app.state_changed = true;
    }
    consult::rec("nav.scale.down", "-");
    ImGui::SameLine();
    ImGui::Text("%d %%", app.scale_percent);
    consult::rec("nav.scale.value", std::to_string(app.scale_percent));
    ImGui::SameLine();
    if (ImGui::Button("+")) {
        app.scale_percent = std::min(200, app.scale_percent + 25);
        app.settings_dirty = true;
        app.state_changed = true;
    }
    consult::rec("nav.scale.up", "+");
    if (s.editor.dirty()) {
        ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(consult::palette().amber));
        ImGui::TextUnformatted(tr(app, "nav.unsaved"));
        ImGui::PopStyleColor();
        consult::rec("nav.unsaved", tr(app, "nav.unsaved"));
    }
    ImGui::Separator();
}

void flow_buttons(App& app, consult::Session& s) {
    if (ImGui::Button(tr(app, "flow.back"))) consult::flow_back(app, s);
    consult::rec("flow.back", tr(app, "flow.back"));
    ImGui::SameLine();
    if (ImGui::Button(tr(app, "flow.next"))) consult::flow_next(app, s);
    consult::rec("flow.next", tr(app, "flow.next"));
}

} // namespace wams::app::widgets
