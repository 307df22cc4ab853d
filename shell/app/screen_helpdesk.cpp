// screen_helpdesk.cpp — the help desk ("vraagbaak", RULEBOOK §12.4 M4; issue 6 "Help desk"): a search box that
// searches on every keystroke (wams::search_help: typo- and diacritic-tolerant, best first), the result list
// (question and rule ids), the chosen answer with its rule cards (id, section, Dutch quote from the engine's rule
// metadata via training::rule_ref) and a link to the process-map step it concerns ("Toon in procesoverzicht").
//
// [SECTION] Search state
// [SECTION] Result list
// [SECTION] Answer
// [SECTION] From question to case
// [SECTION] Screen
#include "app_state.hpp"
#include "consult.hpp"
#include "imgui.h"
#include "training_ui.hpp"
#include "widgets.hpp"
#include "wams/helpdesk.hpp"
#include "wams/interview_session.hpp"
#include "wams/process_steps.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace {

using wams::app::tr;
namespace consult = wams::app::consult;
namespace desk = wams::app::desk;
using wams::Lang;
namespace hooks = wams::app::test_hooks;

// ---- [SECTION] Search state (app_state().helpdesk, app_state.hpp) --------------------------------------------
using HelpState = wams::app::HelpDeskState;

void run_search(HelpState& h) {
    if (h.searched == h.query) return;
    h.searched = h.query;
    h.hits = wams::search_help(h.query, 12);
    h.selected.clear();  // a new query shows its best answer
}

std::string rules_text(const wams::HelpAnswer& a) {
    std::string out;
    for (const auto& r : a.rules) out += (out.empty() ? "" : " ") + r;
    for (const auto& x : a.ambiguities) out += (out.empty() ? "" : " ") + x;
    return out;
}

// ---- [SECTION] Result list -----------------------------------------------------------------------------------
void draw_results(wams::app::App& app, HelpState& h, const wams::HelpAnswer* shown) {
    const std::string lang = desk::lang_id(app);
    if (h.hits.empty()) {
        ImGui::TextWrapped("%s", tr(app, !h.query.empty() ? "helpdesk.no_hits" : "helpdesk.empty"));
        consult::rec("helpdesk.no_hits", h.query, hooks::named(tr(app, !h.query.empty() ? "helpdesk.no_hits" : "helpdesk.empty")));
        return;
    }
    ImGui::TextDisabled("%d %s", static_cast<int>(h.hits.size()), tr(app, "helpdesk.hits"));
    consult::rec("helpdesk.hits", std::to_string(h.hits.size()) + " " + tr(app, "helpdesk.hits"));
    for (std::size_t i = 0; i < h.hits.size(); ++i) {
        const wams::HelpAnswer& a = *h.hits[i].answer;
        ImGui::PushID(a.id.c_str());
        const std::string label = wams::help_question(a, lang);
        // Question (wrapped) with the rule ids under it, drawn over one selectable of the same height.
        const float inset = ImGui::GetStyle().FramePadding.x * 0.5f;  // keep the first letter inside the cell's clip
        const float wrap = ImGui::GetContentRegionAvail().x - inset * 2;
        const float q_h = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap).y;
        const float line = ImGui::GetTextLineHeight();
        const float row_h = std::max(q_h + line * 0.95f, app.narrow ? ImGui::GetFrameHeight() : 0.0f);  // a touch target
        if (ImGui::Selectable("##hit", shown == &a, 0, ImVec2(0, row_h))) {
            h.selected = a.id;
            app.state_changed = true;
            if (app.narrow) ImGui::SetScrollY(0.0f);  // phone layout: the answer is drawn above the list
        }
        // A link to its answer, named by the question (the label stays the answer's id, which the tests read).
        consult::rec("helpdesk.result." + std::to_string(i), a.id,
                     hooks::named(hooks::link(), label + " (" + a.id + (a.rules.empty() ? "" : ": " + rules_text(a)) + ")"));
        const ImVec2 r0(ImGui::GetItemRectMin().x + inset, ImGui::GetItemRectMin().y);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), r0, ImGui::GetColorU32(ImGuiCol_Text), label.c_str(), nullptr, wrap);
        const std::string meta = a.id + "  \xC2\xB7  " + rules_text(a);
        // On the selected row's highlight the dimmed colour is unreadable (WCAG 1.4.3): full text colour there.
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize() * 0.85f, ImVec2(r0.x, r0.y + q_h + line * 0.05f),
                    ImGui::GetColorU32(shown == &a ? ImGuiCol_Text : ImGuiCol_TextDisabled), meta.c_str());
        ImGui::PopID();
    }
}

// ---- [SECTION] Answer ----------------------------------------------------------------------------------------
void draw_answer(wams::app::App& app, const wams::HelpAnswer& a) {
    const std::string lang = desk::lang_id(app);
    ImGui::PushTextWrapPos(0.0f);
    const std::string question = wams::help_question(a, lang);
    wams::app::widgets::push_title_font(app, question);
    ImGui::TextWrapped("%s", question.c_str());
    wams::app::widgets::pop_title_font(app);
    consult::rec("helpdesk.answer", a.id, hooks::named(hooks::heading(2), question));  // the answer's heading
    ImGui::TextDisabled("%s", a.id.c_str());
    const std::string answer_text = wams::help_answer_text(a, lang);
    ImGui::TextWrapped("%s", answer_text.c_str());
    consult::rec("helpdesk.answer.text", a.id, hooks::named(answer_text));
    ImGui::Spacing();
    if (const wams::ProcessStep* step = wams::find_process_step(a.process_step)) {
        const std::string name(app.lang == Lang::nl ? step->name_nl : step->name_en);
        ImGui::TextDisabled("%s: %s", tr(app, "helpdesk.step"), name.c_str());
        consult::rec("helpdesk.step", std::string(tr(app, "helpdesk.step")) + ": " + name);
        if (ImGui::Button(tr(app, "helpdesk.to_map"))) {
            desk::select_map_step(a.process_step);
            app.go_to("map");
        }
        consult::rec("helpdesk.to_map." + a.process_step, tr(app, "helpdesk.to_map"));  // the id names the step (tests)
    }
    if (!a.ambiguities.empty()) {
        std::string ids;
        for (const auto& x : a.ambiguities) ids += (ids.empty() ? "" : ", ") + x;
        ImGui::TextWrapped("%s %s", tr(app, "card.ambiguous"), ids.c_str());
        consult::rec("helpdesk.ambiguous", std::string(tr(app, "card.ambiguous")) + " " + ids);
    }
    if (!a.rules.empty()) {
        ImGui::SeparatorText(tr(app, "training.rests_on"));
        consult::rec("helpdesk.rests_on", tr(app, "training.rests_on"), hooks::heading(3));
    }
    for (std::size_t i = 0; i < a.rules.size(); ++i) {
        if (const auto ref = wams::training::rule_ref(a.rules[i])) {
            desk::rule_card(app, *ref, "helpdesk.rule." + a.rules[i]);
            ImGui::Spacing();
        }
    }
    ImGui::PopTextWrapPos();
}

// ---- [SECTION] From question to case (issue 17 part 3): a question about one piece of data is offered as an
// interview, with what was understood shown; the button fills the Vraag start form, where it can be corrected.
void offer_interview(wams::app::App& app, const HelpState& h) {
    const auto q = wams::interview::understand(h.query);
    if (!q) return;
    const bool request = q->direction == wams::interview::Direction::request;
    std::string understood = std::string(tr(app, request ? "ask.direction.request" : "ask.direction.share")) + ": «" +
                             q->what + "» " + tr(app, request ? "helpdesk.offer.from" : "helpdesk.offer.with") + " «" +
                             q->party + "»";
    if (!q->role.empty()) understood += std::string(" — ") + tr(app, "helpdesk.offer.role") + " «" + q->role + "»";
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(consult::palette().blue));
    ImGui::TextWrapped("%s", tr(app, "helpdesk.offer"));
    ImGui::PopStyleColor();
    consult::rec("helpdesk.offer", tr(app, "helpdesk.offer"));
    ImGui::TextWrapped("%s", understood.c_str());
    consult::rec("helpdesk.offer.understood", understood);
    if (ImGui::Button(tr(app, "helpdesk.offer.start"))) {
        wams::app::AskState& a = wams::app::app_state().ask;
        a.session.wipe();
        a.direction = request ? 0 : 1;
        a.what = q->what;
        a.party = q->party;
        a.role = q->role;
        app.go_to("ask");
        app.state_changed = true;
    }
    consult::rec("helpdesk.offer.start", tr(app, "helpdesk.offer.start"));
    ImGui::Spacing();
}

// ---- [SECTION] Screen ----------------------------------------------------------------------------------------
void draw_helpdesk(wams::app::App& app) {
    auto& s = consult::session();
    wams::app::widgets::nav_bar(app, s);
    desk::desk_tabs(app, "helpdesk");
    HelpState& h = wams::app::app_state().helpdesk;
    wams::app::widgets::section_title(app, tr(app, "helpdesk.title"));
    wams::app::widgets::push_wrap(52.0f);
    ImGui::TextWrapped("%s", tr(app, "helpdesk.intro"));
    ImGui::PopTextWrapPos();

    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 40));
    if (wams::app::widgets::input_text("##search", h.query, tr(app, "helpdesk.hint"))) app.state_changed = true;
    // The page's text field (named by the field's purpose, its hint as description): typed text lands in h.query.
    consult::rec_text("helpdesk.search", tr(app, "helpdesk.search"), h.query);
    run_search(h);  // on every keystroke: search_help is instant (docs/helpdesk.md)
    offer_interview(app, h);

    const wams::HelpAnswer* shown = nullptr;
    if (!h.selected.empty()) shown = wams::find_help_answer(h.selected);
    if (!shown && !h.hits.empty()) shown = h.hits.front().answer;

    if (app.narrow) {  // phone layout: the answer shown, then the other hits, one under the other
        if (shown) draw_answer(app, *shown);
        ImGui::Separator();
        draw_results(app, h, shown);
    } else {
        wams::app::widgets::Grid grid("##helpdesk", {{nullptr, 2.0f}, {nullptr, 3.0f}},
                                      wams::app::widgets::grid_borders_inner_v);
        grid.next_column();
        draw_results(app, h, shown);
        grid.next_column();
        if (shown) draw_answer(app, *shown);
    }
}

} // namespace

WAMS_APP_SCREEN(helpdesk, {"helpdesk", "desk.tab.helpdesk", 91, draw_helpdesk});
