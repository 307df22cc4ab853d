// screen_assessment.cpp — the assessment of the whole case: every process value and every data-item verdict with
// colour AND icon AND words; the rules behind each (click an id for the rule card: id, section, article, Dutch
// quote); conditions; ambiguity cards with both readings (A1: both outcomes); advisories; design choices. It draws
// Session::assessment_json — exactly what the test hook wams_test_assessment_json() returns.
//
// [SECTION] Process values
// [SECTION] Data items
// [SECTION] Ambiguities, advisories, design choices
// [SECTION] Screen
#include "app.hpp"
#include "consult.hpp"
#include "imgui.h"
#include "widgets.hpp"
#include "wams/i18n.hpp"
#include "wams/stage.hpp"

namespace {

using nlohmann::json;
using wams::app::tr;
namespace consult = wams::app::consult;
namespace widgets = wams::app::widgets;

wams::Ids ids_of(const json& arr) {
    wams::Ids out;
    if (arr.is_array())
        for (const auto& v : arr) out.push_back(v.get<std::string>());
    return out;
}

// ---- [SECTION] Process values --------------------------------------------------------------------------------
void process_values(wams::app::App& app, consult::Session& s, const json& a) {
    ImGui::SeparatorText(tr(app, "assess.process"));
    widgets::outcome_line(app, s, tr(app, "out.investigation"), a["investigation"], "assess.investigation");
    widgets::investigation_readings(app, s, a["investigation"]);
    widgets::verdict_words(app, s, "investigation", "assess.investigation");
    widgets::outcome_line(app, s, tr(app, "out.client_role"), a["client_role"], "assess.client_role");
    widgets::outcome_line(app, s, tr(app, "out.requesting_professional_involved"), a["requesting_professional_involved"],
                          "assess.requesting_professional_involved");
    for (const auto& fm : a["family_members"]) {
        const std::string id = fm.value("id", "");
        json o = {{"value", fm.value("included_as_client", "pending")}, {"rules", fm["rules"]}};
        widgets::outcome_line(app, s, (std::string(tr(app, "out.family_member")) + " " + id).c_str(), o, "assess.family." + id);
    }
    widgets::outcome_line(app, s, tr(app, "out.coordination"), a["coordination"], "assess.coordination");
    widgets::verdict_words(app, s, "coordination", "assess.coordination");
    if (a["coordination"].contains("adjacent_part"))
        widgets::outcome_line(app, s, tr(app, "out.adjacent_part"), a["coordination"]["adjacent_part"], "assess.adjacent_part");
    widgets::outcome_line(app, s, tr(app, "out.coordinator_appointed"), a["coordinator_appointed"], "assess.coordinator_appointed");
    widgets::outcome_line(app, s, tr(app, "out.coordination_form"), a["coordination_form"], "assess.coordination_form");
    widgets::outcome_line(app, s, tr(app, "out.coordination_file"), a["coordination_file"], "assess.coordination_file");
    widgets::outcome_line(app, s, tr(app, "out.coordination_mode"), a["coordination_mode"], "assess.coordination_mode");
    widgets::outcome_line(app, s, tr(app, "out.coordination_end"), a["coordination_end"], "assess.coordination_end");
    const json& cc = a["case_conference"];
    if (cc.is_object()) {
        json org = {{"value", cc.value("may_be_organised", "no")}, {"rules", cc["rules"]}};
        widgets::outcome_line(app, s, tr(app, "out.conference_may_be_organised"), org, "assess.conference");
        widgets::verdict_words(app, s, "case_conference", "assess.conference");
        widgets::outcome_line(app, s, tr(app, "out.client_invited"), cc["client_invited"], "assess.client_invited");
        for (const auto& at : cc.value("attendees", json::array())) {
            const std::string party = at.value("party", "");
            json o = {{"value", at.value("may_attend", false) ? "yes" : "no"}, {"rules", at["rules"]}};
            widgets::outcome_line(app, s, (std::string(tr(app, "out.may_attend")) + " " + party).c_str(), o,
                                  "assess.attendee." + party);
        }
    }
}

// ---- [SECTION] Data items ------------------------------------------------------------------------------------
void data_items(wams::app::App& app, consult::Session& s, const json& a) {
    ImGui::SeparatorText(tr(app, "assess.items"));
    const json items = s.editor.value("/data_items");
    const auto& results = a["data_items"];
    if (results.empty()) ImGui::TextDisabled("%s", tr(app, "items.none"));
    for (std::size_t i = 0; i < results.size(); ++i) {
        const std::string what = i < items.size() ? items[i].value("what", "") : "";
        ImGui::PushID(static_cast<int>(i));
        ImGui::TextWrapped("%s — %s", widgets::item_name(app.lang, i).c_str(), what.c_str());
        ImGui::Indent();
        widgets::item_result(app, s, results[i], "assess.item." + std::to_string(i));
        widgets::verdict_words(app, s, "data_items/" + results[i].value("item_id", ""), "assess.item." + std::to_string(i));
        if (widgets::chip(tr(app, "assess.open_walk"))) {
            s.walk_item = static_cast<int>(i);
            s.walk_page = "Q13";
            app.go_to("walk");
        }
        consult::rec("assess.open_walk." + std::to_string(i), tr(app, "assess.open_walk"));
        ImGui::Unindent();
        ImGui::PopID();
        ImGui::Spacing();
    }
}

// ---- [SECTION] Ambiguities, advisories, design choices -------------------------------------------------------
void case_level(wams::app::App& app, consult::Session& s, const json& a) {
    const auto flags = ids_of(a["ambiguity_flags"]);
    if (!flags.empty()) {
        ImGui::SeparatorText(tr(app, "assess.ambiguities"));
        ImGui::TextWrapped("%s", tr(app, "assess.ambiguities_help"));
        widgets::id_chips(app, s, flags, "assess.amb");
    }
    if (!a["advisories"].empty()) {
        ImGui::SeparatorText(tr(app, "assess.advisories"));
        for (const auto& adv : a["advisories"]) {
            const std::string code = adv.value("code", "");
            ImGui::PushID(code.c_str());
            ImGui::Bullet();
            ImGui::TextWrapped("%s", widgets::advisory_text(app, code).c_str());
            ImGui::Indent();
            widgets::id_chips(app, s, ids_of(adv["rules"]), "assess.adv." + code);
            ImGui::Unindent();
            ImGui::PopID();
        }
    }
    const auto dcs = ids_of(a["design_choices_applied"]);
    if (!dcs.empty()) {
        ImGui::SeparatorText(tr(app, "assess.design_choices"));
        widgets::id_chips(app, s, dcs, "assess.dc");
    }
}

// ---- [SECTION] Screen ----------------------------------------------------------------------------------------
void draw_assessment(wams::app::App& app) {
    auto& s = consult::session();
    widgets::nav_bar(app, s);
    widgets::section_title(app, tr(app, "nav.assessment"));
    if (!s.case_started) {
        ImGui::TextWrapped("%s", tr(app, "ui.no_case"));
        return;
    }
    const wams::RulebookStage& stage = wams::default_stage();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s %s (%s) — %s", tr(app, "assess.stage"), wams::stage_name(stage, app.lang).c_str(),
                       stage.date.c_str(), wams::stage_status_line(stage, app.lang).c_str());
    ImGui::PopStyleColor();
    if (!s.errors.empty()) {
        widgets::draw_errors(app, s);
        return;
    }
    // Questions unanswered: what is already decided is worked out on arrival (a "Bezig" frame first), never assumed.
    if (consult::partial(s) && !consult::open_current(s) && !s.open_wanted) {
        s.open_wanted = true;
        s.open_frames_waiting = 0;
    }
    if (!widgets::open_state(app, s, "*", "", "assess.open")) return;
    consult::rec("assess.ready", "ready");
    const json& a = consult::shown_assessment(s);
    if (app.narrow) {  // phone layout: the process values, then the data items, one under the other
        process_values(app, s, a);
        ImGui::Separator();
        data_items(app, s, a);
        case_level(app, s, a);
    } else {
        widgets::Grid grid("assess", {{nullptr, 1.0f}, {nullptr, 1.0f}},
                           widgets::grid_resizable | widgets::grid_borders_inner_v);
        grid.next_column();
        process_values(app, s, a);
        grid.next_column();
        data_items(app, s, a);
        case_level(app, s, a);
    }
}

} // namespace

WAMS_APP_SCREEN(assessment, {"assessment", "nav.assessment", 30, draw_assessment});
