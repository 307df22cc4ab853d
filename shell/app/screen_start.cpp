// screen_start.cpp — Start: what the guide is for, the status of the law (RULEBOOK §12.1), a new anonymous case on
// one of the two entry routes (art. 2.3a.1 / art. 2.3a.4), opening a case file, and the doors to training and the
// help desk (issue 6 and the help-desk issue fill those screens).
#include "app.hpp"
#include "consult.hpp"
#include "imgui.h"
#include "widgets.hpp"

namespace {

using wams::app::tr;
namespace consult = wams::app::consult;
namespace widgets = wams::app::widgets;

void big_button(wams::app::App& app, const char* key, const char* id, float width) {
    (void)app;
    ImGui::Button(tr(app, key), ImVec2(width, 0));
    consult::rec(id, tr(app, key));
}

void draw_start(wams::app::App& app) {
    auto& s = consult::session();
    widgets::nav_bar(app, s);
    ImGui::Spacing();
    widgets::section_title(app, tr(app, "screen.start.title"));
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 48.0f);
    ImGui::TextWrapped("%s", tr(app, "screen.start.intro"));
    ImGui::Spacing();
    ImGui::TextDisabled("%s", tr(app, "start.status"));
    ImGui::TextWrapped("%s", tr(app, "start.no_names"));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();

    const float w = ImGui::GetFontSize() * 26;
    ImGui::SeparatorText(tr(app, "start.new_case"));
    if (ImGui::Button(tr(app, "start.new.client_request"), ImVec2(w, 0))) {
        consult::start_case(s, wams::EntryRoute::client_request);
        app.go_to("process");
    }
    consult::rec("start.new.client_request", tr(app, "start.new.client_request"));
    consult::rec("start.begin", tr(app, "start.new.client_request"));  // the primary action (native smoke test)
    ImGui::SameLine();
    if (ImGui::Button(tr(app, "start.new.professional_request"), ImVec2(w, 0))) {
        consult::start_case(s, wams::EntryRoute::professional_request);
        app.go_to("process");
    }
    consult::rec("start.new.professional_request", tr(app, "start.new.professional_request"));
    if (s.case_started) {
        if (ImGui::Button(tr(app, "start.continue"), ImVec2(w, 0))) app.go_to("process");
        consult::rec("start.continue", tr(app, "start.continue"));
    }

    ImGui::SeparatorText(tr(app, "start.open_case"));
    if (ImGui::Button(tr(app, "start.open"), ImVec2(w, 0))) app.go_to("casefile");
    consult::rec("start.open", tr(app, "start.open"));
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr(app, "start.open_hint"));

    ImGui::SeparatorText(tr(app, "start.more"));
    if (ImGui::Button(tr(app, "start.door.training"), ImVec2(w, 0))) app.go_to("training");
    consult::rec("start.door.training", tr(app, "start.door.training"));
    ImGui::SameLine();
    if (ImGui::Button(tr(app, "start.door.helpdesk"), ImVec2(w, 0))) app.go_to("helpdesk");
    consult::rec("start.door.helpdesk", tr(app, "start.door.helpdesk"));
    (void)big_button;
}

} // namespace

WAMS_APP_SCREEN(start, {"start", "screen.start.title", 0, draw_start});
