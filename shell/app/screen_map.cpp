// screen_map.cpp — the process map: the Wams flow of report §2.3 and §3.1.1 (the report's own schemas are missing
// from our source), drawn with ImDrawList from core's process_steps() (ids, names, edges, grid hints). The step the
// user is working on is highlighted; every step is a button (mouse and keyboard) that shows its summary and rules
// and leads to the page where its facts are asked.
#include "app.hpp"
#include "app_state.hpp"
#include "consult.hpp"
#include "imgui.h"
#include "training_ui.hpp"
#include "widgets.hpp"
#include "wams/process_steps.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace {

using wams::app::tr;
namespace consult = wams::app::consult;
namespace widgets = wams::app::widgets;

std::string& selected_step() { return wams::app::app_state().map_step; }  // its details are shown under the map
} // namespace

// The help desk's "Toon in procesoverzicht" selects a step here (training_ui.hpp).
void wams::app::desk::select_map_step(std::string_view step_id) { selected_step() = std::string(step_id); }

namespace {

// The step the user is working on, from where they are in the guided walk.
std::string current_step(const wams::app::App& app, const consult::Session& s) {
    (void)app;
    if (s.last_flow_screen == "walk") return "data_sharing";
    const std::string& p = s.process_page;
    const bool professional = s.editor.value("/entry/route") == "professional_request";
    if (p == "entry") return professional ? "entry_professional" : "entry_client";
    if (p == "requester") return "entry_professional";
    if (p == "criteria") return "decide_investigation";
    if (p == "scope" || p == "family") return "investigation";
    if (p == "outcome") return "service_proposal";
    if (p == "coordination") return "coordination";
    if (p == "conference") return "case_conference";
    return "data_sharing";
}

// Where a step's facts are asked (process page, or the necessity walk).
void go_to_step(wams::app::App& app, consult::Session& s, const std::string& id) {
    static const std::map<std::string, std::string> page{
        {"entry_client", "entry"},  {"entry_professional", "requester"}, {"decide_investigation", "entry"},
        {"investigation", "scope"}, {"service_proposal", "outcome"},     {"decision_making", "outcome"},
        {"coordination", "coordination"}, {"coordination_end", "coordination"}, {"case_conference", "conference"}};
    if (id == "data_sharing") { app.go_to("walk"); return; }
    if (id == "single_approach" || id == "out_of_scope" || id == "about_wams") { app.go_to("assessment"); return; }
    auto it = page.find(id);
    if (it == page.end()) return;
    s.process_page = it->second;
    if (s.process_page == "requester" && s.editor.value("/entry/route") != "professional_request") s.process_page = "entry";
    app.go_to("process");
}

void map_details(wams::app::App& app, consult::Session& s, const std::string& current);

// A step of the map in the page: a button, the shown step's marked as current (aria-current), the case's own step
// described as "U bent hier" (issue 18 §1).
wams::app::test_hooks::Sem step_sem(wams::app::App& app, const std::string& id, const std::string& current) {
    auto sem = wams::app::test_hooks::button();
    sem.selected = id == (selected_step().empty() ? current : selected_step());
    if (id == current) sem.description = tr(app, "map.you_are_here.said");  // the words without the drawn arrow
    return sem;
}

void draw_map(wams::app::App& app) {
    auto& s = consult::session();
    widgets::nav_bar(app, s);
    widgets::section_title(app, tr(app, "nav.map"));
    ImGui::TextWrapped("%s", tr(app, "map.intro"));
    consult::rec("map.intro", tr(app, "map.intro"));

    const auto& steps = wams::process_steps();
    if (app.narrow) {  // phone layout: the steps as a list of full-width buttons, in the map's order
        const std::string current = current_step(app, s);
        for (const auto& st : steps) {
            const std::string id(st.id);
            std::string name(app.lang == wams::Lang::nl ? st.name_nl : st.name_en);
            const std::string label = id == current ? name + "  " + tr(app, "map.you_are_here") : name;
            if (widgets::wide_button("map." + id, label, id == (selected_step().empty() ? current : selected_step()))) {
                selected_step() = id;
                app.state_changed = true;
            }
            consult::rec("map." + id, name, step_sem(app, id, current));
        }
        map_details(app, s, current);
        return;
    }
    int cols = 1, rows = 1;
    for (const auto& st : steps) {
        cols = std::max(cols, st.column + 1);
        rows = std::max(rows, st.row + 1);
    }
    const float avail = ImGui::GetContentRegionAvail().x;
    const float gap_x = ImGui::GetFontSize() * 1.2f, gap_y = ImGui::GetFontSize() * 1.4f;
    const float node_w = std::max(ImGui::GetFontSize() * 6.5f, (avail - gap_x * (cols - 1)) / cols);
    const float node_h = ImGui::GetFontSize() * 4.2f;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const auto& pal = consult::palette();
    const std::string current = current_step(app, s);
    auto rect_of = [&](const wams::ProcessStep& st) {
        const ImVec2 a(origin.x + st.column * (node_w + gap_x), origin.y + st.row * (node_h + gap_y));
        return std::make_pair(a, ImVec2(a.x + node_w, a.y + node_h));
    };
    // Edges first (under the nodes): from the right/bottom of one step to the left/top of the next.
    const ImU32 edge = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    for (const auto& st : steps) {
        const auto [a0, a1] = rect_of(st);
        for (auto next : st.next) {
            const wams::ProcessStep* n = wams::find_process_step(next);
            if (!n) continue;
            const auto [b0, b1] = rect_of(*n);
            ImVec2 from, to;
            if (n->row == st.row) { from = ImVec2(a1.x, (a0.y + a1.y) / 2); to = ImVec2(b0.x, (b0.y + b1.y) / 2); }
            else if (n->row > st.row) { from = ImVec2((a0.x + a1.x) / 2, a1.y); to = ImVec2((b0.x + b1.x) / 2, b0.y); }
            else { from = ImVec2((a0.x + a1.x) / 2, a0.y); to = ImVec2((b0.x + b1.x) / 2, b1.y); }
            dl->AddLine(from, to, edge, 2.0f);
            // arrow head
            const ImVec2 d(to.x - from.x, to.y - from.y);
            const float len = std::max(1.0f, std::sqrt(d.x * d.x + d.y * d.y));
            const ImVec2 u(d.x / len, d.y / len), nrm(-u.y, u.x);
            const float h = ImGui::GetFontSize() * 0.5f;
            dl->AddTriangleFilled(to, ImVec2(to.x - u.x * h + nrm.x * h * 0.5f, to.y - u.y * h + nrm.y * h * 0.5f),
                                  ImVec2(to.x - u.x * h - nrm.x * h * 0.5f, to.y - u.y * h - nrm.y * h * 0.5f), edge);
        }
    }
    // Nodes: an invisible button each (clickable, keyboard-focusable), drawn over.
    for (const auto& st : steps) {
        const auto [a, b] = rect_of(st);
        ImGui::SetCursorScreenPos(a);
        const std::string id(st.id);
        const std::string name(app.lang == wams::Lang::nl ? st.name_nl : st.name_en);
        if (ImGui::InvisibleButton(id.c_str(), ImVec2(node_w, node_h))) {
            selected_step() = id;
            app.state_changed = true;
        }
        consult::rec("map." + id, name, step_sem(app, id, current));
        const bool is_current = id == current, hovered = ImGui::IsItemHovered(), selected = id == selected_step();
        const ImU32 fill = is_current ? pal.highlight : ImGui::GetColorU32(hovered ? ImGuiCol_ButtonHovered : ImGuiCol_FrameBg);
        dl->AddRectFilled(a, b, fill, 6.0f);
        dl->AddRect(a, b, is_current ? pal.amber : ImGui::GetColorU32(ImGuiCol_Border), 6.0f, 0,
                    is_current || selected ? 3.5f : 1.0f);
        const ImU32 ink = is_current ? consult::ink_on(fill) : ImGui::GetColorU32(ImGuiCol_Text);  // legible on yellow
        ImGui::PushClipRect(a, b, true);
        const float pad = ImGui::GetFontSize() * 0.35f;
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize() * 0.85f, ImVec2(a.x + pad, a.y + pad), ink, name.c_str(),
                    nullptr, node_w - pad * 2);
        if (is_current)
            dl->AddText(ImGui::GetFont(), ImGui::GetFontSize() * 0.75f, ImVec2(a.x + pad, b.y - ImGui::GetFontSize()),
                        ink, tr(app, "map.you_are_here"));
        ImGui::PopClipRect();
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + rows * (node_h + gap_y)));
    ImGui::Dummy(ImVec2(1, 1));

    map_details(app, s, current);
}

// Details of the selected step (or the current one).
void map_details(wams::app::App& app, consult::Session& s, const std::string& current) {
    const std::string shown = selected_step().empty() ? current : selected_step();
    if (const wams::ProcessStep* st = wams::find_process_step(shown)) {
        const std::string name(app.lang == wams::Lang::nl ? st->name_nl : st->name_en);
        const std::string summary(app.lang == wams::Lang::nl ? st->summary_nl : st->summary_en);
        ImGui::SeparatorText(name.c_str());
        consult::rec("map.details", name, wams::app::test_hooks::heading(3));
        ImGui::TextWrapped("%s", summary.c_str());
        consult::rec("map.summary", summary);
        wams::Ids rules;
        for (auto r : st->rules) rules.emplace_back(r);
        widgets::id_chips(app, s, rules, "map." + shown);
        if (ImGui::Button(tr(app, "map.go"))) go_to_step(app, s, shown);
        consult::rec("map.go", tr(app, "map.go"));
    }
}

} // namespace

WAMS_APP_SCREEN(map, {"map", "nav.map", 40, draw_map});
