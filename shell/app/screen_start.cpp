// screen_start.cpp — Start: what the guide is for, what the law really is (stage.hpp: the text the rules model, the
// bill's later changes, not in force, stand per, what the tool is not; issue 15), a new anonymous case on one of the
// two entry routes, opening a case file, and the doors to training and the help desk.
#include "app.hpp"
#include "consult.hpp"
#include "imgui.h"
#include "wams/stage.hpp"
#include "widgets.hpp"

#include <string>

namespace {

using wams::app::tr;
namespace consult = wams::app::consult;
namespace widgets = wams::app::widgets;

void big_button(wams::app::App& app, const char* key, const char* id, float width) {
    (void)app;
    ImGui::Button(tr(app, key), ImVec2(width, 0));
    consult::rec(id, tr(app, key));
}

// The law's status in full: each paragraph of stage_notice (the "not in force" one in the warning colour), then the
// bill's dated history, folded. Recorded as "text.…" items, so the page's DOM mirror reads them as text.
void law_status(wams::app::App& app) {
    const wams::RulebookStage& stage = wams::default_stage();
    ImGui::SeparatorText(tr(app, "start.status"));
    const auto notice = wams::stage_notice(stage, app.lang);
    for (std::size_t i = 0; i < notice.size(); ++i) {
        const bool warning = i == 2;  // stage_notice: models, changed, not in force, what the tool is not
        if (warning) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(consult::palette().red));
        ImGui::TextWrapped("%s", notice[i].c_str());
        if (warning) ImGui::PopStyleColor();
        consult::rec("text.start.law." + std::to_string(i), notice[i]);
    }
    // A disclosure (aria-expanded); recorded right after the tree node, before its lines are drawn.
    const bool history_open = ImGui::TreeNode(tr(app, "start.history"));
    consult::rec("start.history", tr(app, "start.history"), wams::app::test_hooks::disclosure(history_open));
    if (history_open) {
        for (std::size_t i = 0; i < stage.history.size(); ++i) {
            const auto& e = stage.history[i];
            const std::string line = wams::long_date(e.date, app.lang) + ": " + (app.lang == wams::Lang::nl ? e.nl : e.en);
            ImGui::BulletText("%s", line.c_str());
            consult::rec("text.start.history." + std::to_string(i), line);
        }
        ImGui::TreePop();
    }
}

void draw_start(wams::app::App& app) {
    auto& s = consult::session();
    widgets::nav_bar(app, s);
    ImGui::Spacing();
    widgets::section_title(app, tr(app, "screen.start.title"));
    wams::app::widgets::push_wrap(48.0f);
    ImGui::TextWrapped("%s", tr(app, "screen.start.intro"));
    law_status(app);
    ImGui::Spacing();
    ImGui::TextWrapped("%s", tr(app, "start.no_names"));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();

    const float w = widgets::fit_width(26);  // the whole line on a phone
    // The second button of a pair beside the first while it fits, else under it (phone layout).
    auto beside = [w] {
        ImGui::SameLine();
        if (ImGui::GetCursorPosX() + w > ImGui::GetContentRegionMax().x) ImGui::NewLine();
    };
    ImGui::SeparatorText(tr(app, "start.new_case"));
    if (ImGui::Button(tr(app, "start.new.client_request"), ImVec2(w, 0))) {
        consult::start_case(s, wams::EntryRoute::client_request);
        app.go_to("process");
    }
    consult::rec("start.new.client_request", tr(app, "start.new.client_request"));
    consult::rec("start.begin", tr(app, "start.new.client_request"));  // the primary action (native smoke test)
    beside();
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
    beside();
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", tr(app, "start.open_hint"));
    ImGui::PopStyleColor();

    ImGui::SeparatorText(tr(app, "start.more"));
    if (ImGui::Button(tr(app, "start.door.training"), ImVec2(w, 0))) app.go_to("training");
    consult::rec("start.door.training", tr(app, "start.door.training"));
    beside();
    if (ImGui::Button(tr(app, "start.door.helpdesk"), ImVec2(w, 0))) app.go_to("helpdesk");
    consult::rec("start.door.helpdesk", tr(app, "start.door.helpdesk"));
    (void)big_button;
}

} // namespace

WAMS_APP_SCREEN(start, {"start", "screen.start.title", 0, draw_start});
