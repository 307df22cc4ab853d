// screen_process.cpp — the process walk (RULEBOOK §9): entry (§9.1, with A1's two readings for the professional
// route), investigation scope & family members (R30, R31), investigation outcome and needs (R34–R39), coordination
// (R38–R47), the case-conference planner (R48–R55) and the list of data items. Left: the questions of one page;
// right: what the Wams says about them now, computed by core (assess) from the same facts.
//
// [SECTION] Result panels (right column)
// [SECTION] Data-item list (page "items")
// [SECTION] Screen
#include "app.hpp"
#include "consult.hpp"
#include "imgui.h"
#include "widgets.hpp"
#include "wams/i18n.hpp"
#include "wams/ui_model.hpp"

namespace {

using nlohmann::json;
using wams::app::tr;
namespace consult = wams::app::consult;
namespace widgets = wams::app::widgets;

// ---- [SECTION] Result panels (right column) ------------------------------------------------------------------
void result_panel(wams::app::App& app, consult::Session& s, const std::string& page) {
    ImGui::SeparatorText(tr(app, "process.result_title"));
    if (!s.errors.empty()) {
        widgets::draw_errors(app, s);
        return;
    }
    if (!widgets::open_state(app, s, page, "", "result.open")) return;  // questions unanswered: what is decided, on request
    const json& a = consult::shown_assessment(s);
    if (page == "entry" || page == "requester" || page == "criteria") {
        widgets::outcome_line(app, s, tr(app, "out.investigation"), a["investigation"], "result.investigation");
        widgets::investigation_readings(app, s, a["investigation"]);
        widgets::outcome_line(app, s, tr(app, "out.client_role"), a["client_role"], "result.client_role");
        widgets::outcome_line(app, s, tr(app, "out.requesting_professional_involved"), a["requesting_professional_involved"],
                              "result.requesting_professional_involved");
    } else if (page == "scope" || page == "family") {
        const json& sl = a["scope_limits"];
        ImGui::TextWrapped("%s", tr(app, "out.scope_limits"));
        ImGui::Indent();
        std::string excluded;
        for (const auto& d : sl.value("excluded_domains", json::array())) excluded += (excluded.empty() ? "" : ", ") + d.get<std::string>();
        ImGui::TextWrapped("%s: %s", tr(app, "out.excluded"), excluded.empty() ? "—" : excluded.c_str());
        if (sl.contains("agreed_domains")) {
            std::string agreed;
            for (const auto& d : sl["agreed_domains"]) agreed += (agreed.empty() ? "" : ", ") + d.get<std::string>();
            ImGui::TextWrapped("%s: %s", tr(app, "out.agreed"), agreed.c_str());
        }
        widgets::id_chips(app, s, sl.value("rules", wams::Ids{}), "result.scope");
        ImGui::Unindent();
        for (const auto& fm : a["family_members"]) {
            const std::string id = fm.value("id", "");
            const std::string label = std::string(tr(app, "out.family_member")) + " " + id;
            json as_outcome = {{"value", fm.value("included_as_client", "pending")}, {"rules", fm["rules"]}};
            widgets::outcome_line(app, s, label.c_str(), as_outcome, "result.family." + id);
        }
    } else if (page == "outcome") {
        widgets::outcome_line(app, s, tr(app, "out.coordination"), a["coordination"], "result.coordination");
        if (a["coordination"].contains("adjacent_part"))
            widgets::outcome_line(app, s, tr(app, "out.adjacent_part"), a["coordination"]["adjacent_part"], "result.adjacent_part");
    } else if (page == "coordination") {
        widgets::outcome_line(app, s, tr(app, "out.coordination"), a["coordination"], "result.coordination");
        widgets::outcome_line(app, s, tr(app, "out.coordinator_appointed"), a["coordinator_appointed"], "result.coordinator_appointed");
        widgets::outcome_line(app, s, tr(app, "out.coordination_form"), a["coordination_form"], "result.coordination_form");
        widgets::outcome_line(app, s, tr(app, "out.coordination_file"), a["coordination_file"], "result.coordination_file");
        widgets::outcome_line(app, s, tr(app, "out.coordination_mode"), a["coordination_mode"], "result.coordination_mode");
        widgets::outcome_line(app, s, tr(app, "out.coordination_end"), a["coordination_end"], "result.coordination_end");
    } else if (page == "conference") {
        const json& cc = a["case_conference"];
        if (cc.is_null()) {
            ImGui::TextDisabled("%s", tr(app, "out.no_conference"));
        } else {
            json org = {{"value", cc.value("may_be_organised", "no")}, {"rules", cc["rules"]}};
            widgets::outcome_line(app, s, tr(app, "out.conference_may_be_organised"), org, "result.conference");
            widgets::outcome_line(app, s, tr(app, "out.client_invited"), cc["client_invited"], "result.client_invited");
            for (const auto& at : cc.value("attendees", json::array())) {
                const std::string party = at.value("party", "");
                json o = {{"value", at.value("may_attend", false) ? "yes" : "no"}, {"rules", at["rules"]}};
                widgets::outcome_line(app, s, (std::string(tr(app, "out.may_attend")) + " " + party).c_str(), o,
                                      "result.attendee." + party);
            }
        }
    } else if (page == "items") {
        const auto& items = a["data_items"];
        for (std::size_t i = 0; i < items.size(); ++i) {
            ImGui::TextUnformatted(widgets::item_name(app.lang, i).c_str());
            ImGui::SameLine();
            widgets::verdict_badge(app, items[i].value("verdict", ""), "result.item." + std::to_string(i));
        }
        if (items.empty()) ImGui::TextDisabled("%s", tr(app, "items.none"));
    }
}

// ---- [SECTION] Data-item list (page "items") -----------------------------------------------------------------
void items_page(wams::app::App& app, consult::Session& s) {
    ImGui::TextWrapped("%s", tr(app, "items.intro"));
    const json items = s.editor.value("/data_items");
    for (std::size_t i = 0; items.is_array() && i < items.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const std::string what = items[i].value("what", "");
        ImGui::TextUnformatted(widgets::item_name(app.lang, i).c_str());
        ImGui::SameLine();
        ImGui::TextWrapped("%s", what.empty() ? tr(app, "items.no_description") : what.c_str());
        if (ImGui::Button(tr(app, "items.open"))) {
            s.walk_item = static_cast<int>(i);
            s.walk_page = "item";
            app.go_to("walk");
        }
        consult::rec("items.open." + std::to_string(i), tr(app, "items.open"));
        ImGui::SameLine();
        if (ImGui::Button(tr(app, "ui.remove"))) {
            s.editor.remove_element("/data_items", i);
            app.state_changed = true;
        }
        consult::rec("facts/data_items/" + std::to_string(i) + "#remove", tr(app, "ui.remove"));
        ImGui::PopID();
        ImGui::Separator();
    }
    if (ImGui::Button(tr(app, "items.add"))) {
        s.editor.add_element("/data_items", true);
        app.state_changed = true;
    }
    consult::rec("facts/data_items/+", tr(app, "items.add"));
}

// ---- [SECTION] Screen ----------------------------------------------------------------------------------------
void draw_process(wams::app::App& app) {
    auto& s = consult::session();
    widgets::nav_bar(app, s);
    if (!s.case_started) {
        ImGui::TextWrapped("%s", tr(app, "ui.no_case"));
        if (ImGui::Button(tr(app, "nav.start"))) app.go_to("start");
        consult::rec("process.to_start", tr(app, "nav.start"));
        return;
    }
    s.last_flow_screen = "process";
    // Page stepper: every page of the process walk, clickable; the current one highlighted.
    const auto pages = consult::visible_process_pages(s);
    if (std::find(pages.begin(), pages.end(), s.process_page) == pages.end()) s.process_page = pages.front();
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (i > 0) ImGui::SameLine();
        const std::string label = std::to_string(i + 1) + ". " + wams::i18n::text(app.lang, "page." + pages[i]);
        const bool current = pages[i] == s.process_page;
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        const float w = ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
        if (i > 0 && ImGui::GetCursorPosX() + w > ImGui::GetContentRegionMax().x) ImGui::NewLine();
        if (widgets::step_button(label.c_str())) {
            s.process_page = pages[i];
            app.state_changed = true;
        }
        if (current) ImGui::PopStyleColor();
        consult::rec("process.page." + pages[i], label);
    }
    widgets::flow_buttons(app, s);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", wams::i18n::text(app.lang, "page." + s.process_page).c_str());

    widgets::Panes panes(app, "process", 0.58f, "pane.questions", "pane.result");
    if (panes.first("##facts")) {  // the questions and the results scroll independently: results stay in view
        ImGui::PushFont(app.font_body);
        ImGui::SeparatorText(wams::i18n::text(app.lang, "page." + s.process_page).c_str());
        ImGui::TextWrapped("%s", wams::i18n::text(app.lang, "help.page." + s.process_page).c_str());
        ImGui::Spacing();
        if (s.process_page == "items") items_page(app, s);
        else widgets::draw_page_facts(app, s, s.process_page);
        ImGui::PopFont();
    }
    if (panes.second("##result")) result_panel(app, s, s.process_page);
    panes.end();
}

} // namespace

WAMS_APP_SCREEN(process, {"process", "nav.process", 10, draw_process});
