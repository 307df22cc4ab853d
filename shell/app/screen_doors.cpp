// screen_doors.cpp — STUBS for the training and help-desk screens, reached from the Start screen's doors. The
// engineers of those issues replace this file by screen_training.cpp / screen_helpdesk.cpp (same screen ids
// "training" and "helpdesk"); delete this file in the same commit so each id is registered once.
#include "app.hpp"
#include "consult.hpp"
#include "imgui.h"
#include "widgets.hpp"

namespace {

using wams::app::tr;
namespace consult = wams::app::consult;

void door(wams::app::App& app, const char* title_key, const char* text_key) {
    auto& s = consult::session();
    wams::app::widgets::nav_bar(app, s);
    wams::app::widgets::section_title(app, tr(app, title_key));
    ImGui::TextWrapped("%s", tr(app, text_key));
    if (ImGui::Button(tr(app, "nav.start"))) app.go_to("start");
    consult::rec("door.back", tr(app, "nav.start"));
}

void draw_training(wams::app::App& app) { door(app, "door.training.title", "door.training.text"); }
void draw_helpdesk(wams::app::App& app) { door(app, "door.helpdesk.title", "door.helpdesk.text"); }

} // namespace

WAMS_APP_SCREEN(training, {"training", "door.training.title", 90, draw_training});
WAMS_APP_SCREEN(helpdesk, {"helpdesk", "door.helpdesk.title", 91, draw_helpdesk});
