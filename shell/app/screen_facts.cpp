// screen_facts.cpp — facts and figures of the report (RULEBOOK §12; issue 6 "people would rather look than read"):
// Table 2.1 (clients per law combination, 2019) as a horizontal bar chart drawn with ImDrawList — label, bar,
// number and share per row, the totals as figures, and the chart's reading notes; Table 1.1 (interviewed
// municipalities by size) as paired bars; and the cards from core (wams::help_facts): status and timeline,
// measures M1–M6, costs, what the Wams is not, context. Every figure comes from assets/helpdesk/facts.json.
//
// [SECTION] Bar charts
// [SECTION] Cards
// [SECTION] Screen
#include "consult.hpp"
#include "imgui.h"
#include "training_ui.hpp"
#include "widgets.hpp"
#include "wams/helpdesk.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace {

using wams::app::tr;
namespace consult = wams::app::consult;
namespace desk = wams::app::desk;
using wams::Lang;

const std::string& pick(const wams::app::App& app, const std::string& nl, const std::string& en) {
    return app.lang == Lang::en && !en.empty() ? en : nl;
}

// ---- [SECTION] Bar charts ------------------------------------------------------------------------------------
std::string value_text(const wams::app::App& app, const wams::FactChart& c, double v) {
    if (c.unit == "percent") return std::to_string(static_cast<long long>(std::llround(v))) + "%";
    return desk::format_count(app, v);
}

// One horizontal bar chart: a row per non-total row (one bar per series), totals printed under it.
void draw_chart(wams::app::App& app, const wams::FactChart& c) {
    ImGui::SeparatorText(pick(app, c.title_nl, c.title_en).c_str());
    consult::rec("facts.chart." + c.id, pick(app, c.title_nl, c.title_en));
    wams::app::widgets::push_wrap(56.0f);
    ImGui::TextWrapped("%s", pick(app, c.caption_nl, c.caption_en).c_str());
    ImGui::PopTextWrapPos();

    const auto& series = app.lang == Lang::en && !c.series_en.empty() ? c.series_en : c.series_nl;
    const std::size_t n_series = std::max<std::size_t>(1, series.size());
    const auto& pal = consult::palette();
    const ImU32 colours[] = {pal.blue, pal.amber, pal.green, pal.grey};
    double max_v = 0;
    for (const auto& r : c.rows)
        if (!r.total)
            for (double v : r.values) max_v = std::max(max_v, v);
    if (max_v <= 0) max_v = 1;

    const float fs = ImGui::GetFontSize();
    const float avail = std::min(ImGui::GetContentRegionAvail().x, fs * 60);
    float label_w = 0;
    for (const auto& r : c.rows) label_w = std::max(label_w, ImGui::CalcTextSize(pick(app, r.label_nl, r.label_en).c_str()).x);
    label_w = std::min(label_w + fs, avail * 0.42f);
    const float value_w = std::min(fs * 9.5f, avail * 0.3f);       // a phone: the values keep 30 % of the line
    const float bar_max = std::max(fs * 1.5f, avail - label_w - value_w);
    const float bar_h = fs * 0.9f, row_h = std::max(ImGui::GetTextLineHeightWithSpacing(), bar_h * n_series + fs * 0.45f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text), faint = ImGui::GetColorU32(ImGuiCol_TextDisabled);

    // Legend when there is more than one series.
    if (series.size() > 1) {
        for (std::size_t si = 0; si < series.size(); ++si) {
            const ImVec2 p = ImGui::GetCursorScreenPos();
            dl->AddRectFilled(ImVec2(p.x, p.y + fs * 0.2f), ImVec2(p.x + fs * 0.8f, p.y + fs), colours[si % 4], 2.0f);
            ImGui::Dummy(ImVec2(fs, fs));
            ImGui::SameLine();
            ImGui::TextUnformatted(series[si].c_str());
            ImGui::SameLine(0, fs * 1.5f);
        }
        ImGui::NewLine();
    }

    for (const auto& r : c.rows) {
        if (r.total) continue;
        const std::string label = pick(app, r.label_nl, r.label_en);
        const ImVec2 o = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(avail, row_h));
        std::string shown;
        // Label (right-aligned against the bars), clipped to its column.
        const ImVec2 ls = ImGui::CalcTextSize(label.c_str());
        ImGui::PushClipRect(o, ImVec2(o.x + label_w - fs * 0.5f, o.y + row_h), true);
        dl->AddText(ImVec2(std::max(o.x, o.x + label_w - fs * 0.5f - ls.x), o.y + (row_h - ls.y) * 0.5f), ink, label.c_str());
        ImGui::PopClipRect();
        for (std::size_t si = 0; si < r.values.size(); ++si) {
            const double v = r.values[si];
            const float w = std::max(1.0f, static_cast<float>(v / max_v) * bar_max);
            const float y = o.y + fs * 0.2f + bar_h * static_cast<float>(si);
            const ImVec2 a(o.x + label_w, y), b(o.x + label_w + w, y + bar_h * 0.85f);
            dl->AddRectFilled(a, b, colours[si % 4], 2.0f);
            std::string num = value_text(app, c, v);
            if (si == 0 && !r.share_text.empty() && c.unit != "percent") num += "  (" + r.share_text + ")";
            if (r.share_text.empty() && c.unit != "percent") {}
            const ImVec2 ns = ImGui::CalcTextSize(num.c_str());
            dl->AddText(ImGui::GetFont(), fs * (n_series > 1 ? 0.8f : 1.0f),
                        ImVec2(b.x + fs * 0.4f, a.y + (bar_h * 0.85f - ns.y * (n_series > 1 ? 0.8f : 1.0f)) * 0.5f), ink, num.c_str());
            shown += (shown.empty() ? "" : " | ") + num;
        }
        // The record of the row: what a reader sees (label: number (share)); the rectangle spans the whole row.
        consult::rec("facts.row." + c.id + "." + r.key, label + ": " + shown);
    }
    for (const auto& r : c.rows) {
        if (!r.total) continue;
        std::string num;
        for (double v : r.values) num += (num.empty() ? "" : " | ") + value_text(app, c, v);
        if (!r.share_text.empty()) num += "  (" + r.share_text + ")";
        ImGui::Text("%s:", pick(app, r.label_nl, r.label_en).c_str());
        wams::app::widgets::push_title_font(app, num);
        wams::app::widgets::beside_text(num.c_str());  // under the label when the line is full (phone)
        ImGui::TextUnformatted(num.c_str());
        wams::app::widgets::pop_title_font(app);
        consult::rec("facts.row." + c.id + "." + r.key, pick(app, r.label_nl, r.label_en) + ": " + num);
    }
    wams::app::widgets::push_wrap(56.0f);
    const auto& notes = app.lang == Lang::en && !c.notes_en.empty() ? c.notes_en : c.notes_nl;
    for (std::size_t i = 0; i < notes.size(); ++i) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::Bullet();
        ImGui::TextWrapped("%s", notes[i].c_str());
        ImGui::PopStyleColor();
        consult::rec("facts.note." + c.id + "." + std::to_string(i), notes[i]);
    }
    ImGui::TextDisabled("%s: %s", tr(app, "facts.source"), c.source.c_str());
    ImGui::PopTextWrapPos();
    (void)faint;
}

// ---- [SECTION] Cards -----------------------------------------------------------------------------------------
void draw_card(wams::app::App& app, const wams::FactCard& card) {
    ImGui::PushID(card.id.c_str());
    const float w = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 56.0f);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
    ImGui::BeginChild("card", ImVec2(w, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_Border);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(pick(app, card.title_nl, card.title_en).c_str());
    ImGui::TextWrapped("%s", pick(app, card.body_nl, card.body_en).c_str());
    if (!card.quote_nl.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(consult::palette().blue));
        ImGui::TextWrapped("\xC2\xAB%s\xC2\xBB", card.quote_nl.c_str());
        ImGui::PopStyleColor();
    }
    std::string meta = std::string(tr(app, "facts.source")) + ": " + card.source;
    for (std::size_t i = 0; i < card.rules.size(); ++i) meta += (i == 0 ? "  \xC2\xB7  " : " ") + card.rules[i];
    ImGui::TextDisabled("%s", meta.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::PopStyleColor();
    consult::rec("facts.card." + card.id, pick(app, card.title_nl, card.title_en));
    ImGui::PopID();
}

// ---- [SECTION] Screen ----------------------------------------------------------------------------------------
void draw_facts(wams::app::App& app) {
    auto& s = consult::session();
    wams::app::widgets::nav_bar(app, s);
    desk::desk_tabs(app, "facts");
    wams::app::widgets::section_title(app, tr(app, "facts.title"));
    wams::app::widgets::push_wrap(52.0f);
    ImGui::TextWrapped("%s", tr(app, "facts.intro"));
    ImGui::PopTextWrapPos();
    const wams::HelpFacts& f = wams::help_facts();
    for (const auto& c : f.charts) draw_chart(app, c);
    static const struct { const char* group; const char* key; } kGroups[] = {
        {"status", "facts.group.status"}, {"timeline", "facts.group.timeline"}, {"measures", "facts.group.measures"},
        {"costs", "facts.group.costs"},   {"not", "facts.group.not"},           {"context", "facts.group.context"},
    };
    for (const auto& g : kGroups) {
        bool any = false;
        for (const auto& card : f.cards) any = any || card.group == g.group;
        if (!any) continue;
        ImGui::SeparatorText(tr(app, g.key));
        for (const auto& card : f.cards)
            if (card.group == g.group) draw_card(app, card);
    }
}

} // namespace

WAMS_APP_SCREEN(facts, {"facts", "desk.tab.facts", 93, draw_facts});
