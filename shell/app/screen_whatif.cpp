// screen_whatif.cpp — What if: change ONE fact of the case (e.g. the client refuses, the GP has no consent) and see
// both assessments side by side, every difference marked (icon + colour + the word "anders"). Core computes both
// assessments (assess) and their difference (ui::diff_assessments); the case itself is not changed unless the user
// takes the change over (one undoable answer).
//
// [SECTION] Choosing the fact and its alternative
// [SECTION] Side by side
// [SECTION] Screen
#include "app.hpp"
#include "app_state.hpp"
#include "consult.hpp"
#include "imgui.h"
#include "widgets.hpp"
#include "wams/engine.hpp"
#include "wams/rules.hpp"
#include "wams/i18n.hpp"
#include "wams/json_pointer.hpp"
#include "wams/text_fold.hpp"
#include "wams/validate.hpp"
#include "wams/vocabulary.hpp"

#include <algorithm>
#include <optional>

namespace {

using nlohmann::json;
using wams::app::tr;
namespace consult = wams::app::consult;
namespace widgets = wams::app::widgets;

wams::app::WhatIfResult& what_if() { return wams::app::app_state().whatif.result; }  // the alternative's assessment

// A readable name for a fact pointer: "Gegeven 1 · Q7 Uitdrukkelijke toestemming van de cliënt?"
std::string fact_name(const wams::app::App& app, const consult::Session& s, const std::string& pointer) {
    const wams::ui::FieldSpec* spec = wams::ui::find_field(pointer);
    std::string label = spec ? wams::i18n::text(app.lang, wams::ui::field_label_key(*spec)) : pointer;
    if (pointer.rfind("/data_items/", 0) == 0) {
        const std::string idx = pointer.substr(12, pointer.find('/', 12) - 12);
        const std::string page(spec && spec->page != "item" ? spec->page : "");  // Q1…Q12; the item page has no number
        label = widgets::item_name(app.lang, std::stoul(idx)) + " \xC2\xB7 " + (page.empty() ? "" : page + " ") + label;
    } else if (pointer.rfind("/family_members/", 0) == 0) {
        const std::string idx = pointer.substr(16, pointer.find('/', 16) - 16);
        const json id = s.editor.value("/family_members/" + idx + "/id");
        label = (id.is_string() ? id.get<std::string>() : idx) + " \xC2\xB7 " + label;
    }
    return label;
}

void compute(consult::Session& s, wams::Lang lang) {
    if (s.whatif_pointer.empty() || !s.assessment) return;
    wams::app::WhatIfResult& r = what_if();
    if (r.revision == s.editor.revision() && r.pointer == s.whatif_pointer && r.value == s.whatif_value) return;
    r = {};
    r.revision = s.editor.revision();
    r.pointer = s.whatif_pointer;
    r.value = s.whatif_value;
    json facts = s.editor.facts();
    if (!wams::store_at(facts, s.whatif_pointer, s.whatif_value)) return;  // a fact of an earlier case: nothing to compare
    r.adjusted = wams::ui::settle_dependents(facts, s.whatif_pointer);  // as CaseEditor::set would
    for (const std::string& p : r.adjusted) r.adjusted_to.push_back(*wams::find_at(facts, p));
    const auto errors = wams::validate_facts(facts, "/facts");
    if (!errors.empty()) {
        for (const auto& e : errors) r.error += (r.error.empty() ? "" : "\n") + widgets::error_line(lang, e);
        return;
    }
    r.assessment = wams::to_json(wams::assess(wams::facts_from_json(facts).value()));
    r.diff = wams::ui::diff_assessments(s.assessment_json, r.assessment);
}

// ---- [SECTION] Choosing the fact and its alternative ---------------------------------------------------------
void chooser(wams::app::App& app, consult::Session& s) {
    ImGui::SeparatorText(tr(app, "whatif.choose_fact"));
    consult::rec("whatif.choose_fact", tr(app, "whatif.choose_fact"), wams::app::test_hooks::heading(3));
    auto& filter = wams::app::app_state().whatif.filter;
    ImGui::SetNextItemWidth(wams::app::widgets::fit_width(18));
    if (widgets::input_text("##filter", filter, tr(app, "whatif.filter"))) app.state_changed = true;
    consult::rec_text("whatif.filter", tr(app, "whatif.filter"), filter);  // the page's field filters the list
    const std::string f = wams::fold_text(filter);
    const auto candidates = wams::ui::what_if_candidates(s.editor.facts());
    if (ImGui::BeginListBox("##facts", ImVec2(-FLT_MIN, ImGui::GetTextLineHeightWithSpacing() * 12))) {
        for (const auto& p : candidates) {
            const std::string name = fact_name(app, s, p);
            if (!f.empty() && wams::fold_text(name + " " + p).find(f) == std::string::npos) continue;
            const json current = s.editor.value(p);
            const std::string row = name + "  [" + widgets::fact_answer_label(app, p, current) + "]";
            const bool picked = app.narrow ? widgets::wide_button(p, row, s.whatif_pointer == p)  // phone: the row wraps
                                           : ImGui::Selectable((row + "##" + p).c_str(), s.whatif_pointer == p);
            if (picked) {
                s.whatif_pointer = p;
                // default alternative: the first answer that differs from the current one
                if (const wams::ui::FieldSpec* spec = wams::ui::find_field(p))
                    for (const auto& v : wams::ui::field_answers(*spec, p, s.editor.facts()))
                        if (v != current) { s.whatif_value = v; break; }
                app.state_changed = true;
            }
            if (ImGui::BeginItemTooltip()) {  // the row is clipped at the list's edge: the whole row on hover
                wams::app::widgets::push_wrap(35.0f);
                ImGui::TextUnformatted(row.c_str());
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            wams::app::test_hooks::Sem field = wams::app::test_hooks::button();
            field.selected = s.whatif_pointer == p;  // the fact chosen (aria-current)
            field.name = row;                        // with its current answer, as the row shows
            consult::rec("whatif.field" + p, name, field);
        }
        ImGui::EndListBox();
    }
    if (s.whatif_pointer.empty()) return;
    const wams::ui::FieldSpec* spec = wams::ui::find_field(s.whatif_pointer);
    if (!spec) return;
    const json current = s.editor.value(s.whatif_pointer);
    const std::string now = std::string(tr(app, "whatif.now")) + ": " + widgets::fact_answer_label(app, s.whatif_pointer, current);
    ImGui::TextWrapped("%s", now.c_str());
    consult::rec("text.whatif.now", now);
    ImGui::TextUnformatted(tr(app, "whatif.instead"));
    // The alternatives' radio group, its legend the fact and "instead" (the label stays the shown word).
    consult::rec("whatif.instead", tr(app, "whatif.instead"),
                 wams::app::test_hooks::named(wams::app::test_hooks::radio_group(),
                                              fact_name(app, s, s.whatif_pointer) + " \xE2\x80\x94 " + tr(app, "whatif.instead")));
    bool first = false;  // beside "In plaats daarvan:" while they fit, then on the next lines (eleven purposes)
    for (const auto& v : wams::ui::field_answers(*spec, s.whatif_pointer, s.editor.facts())) {
        if (v == current) continue;
        const std::string words = widgets::fact_answer_label(app, s.whatif_pointer, v);
        widgets::flow_item(widgets::radio_width(words.c_str()), first);
        ImGui::PushID(v.dump().c_str());
        if (widgets::radio(words.c_str(), s.whatif_value == v)) {
            s.whatif_value = v;
            app.state_changed = true;
        }
        ImGui::PopID();
        consult::rec("whatif.value=" + (v.is_string() ? v.get<std::string>() : v.dump()), words,
                     wams::app::test_hooks::radio("whatif.instead", s.whatif_value == v));
    }
}

// ---- [SECTION] Side by side ----------------------------------------------------------------------------------
// One difference in words: "Gegeven 1, regels: R56, R57 → R56" (never "/data_items/0/rules: [...]").
// The name of an assessment member ("may_be_organised" → "mag worden georganiseerd", "§2.3" → the reading's name).
std::string member_name(const wams::app::App& app, const std::string& key) {
    if (const std::string k = "codes.out." + wams::vocab::key_part(key); wams::i18n::has(app.lang, k))
        return wams::i18n::text(app.lang, k);
    if (wams::i18n::has(app.lang, "out." + key)) return wams::i18n::text(app.lang, "out." + key);
    return key;
}

std::string difference_value(const wams::app::App& app, const std::string& field, const json& v) {
    if (v.is_null()) return "\xE2\x80\x94";  // —
    if (v.is_boolean()) return tr(app, v.get<bool>() ? "opt.yes" : "opt.no");
    if (v.is_string()) {
        if (field == "verdict") return wams::verdict_label(v.get<std::string>(), app.lang);
        if (field == "conditions") return widgets::condition_text(app, v.get<std::string>());
        if (field == "code") return widgets::advisory_text(app, v.get<std::string>());  // an advisory
        if (field == "party" || field == "domains") return v.get<std::string>();       // the case's own words
        if (field == "reason")  // coordination_end: the coordinator's report it ends on, in that answer's words
            return widgets::fact_answer_label(app, "/coordination/coordinator_reports", v);
        return wams::i18n::has(app.lang, "val." + v.get<std::string>()) ? widgets::value_label(app, v.get<std::string>())
                                                                        : v.get<std::string>();
    }
    if (v.is_array()) {
        std::string out;
        for (const auto& x : v) out += (out.empty() ? "" : ", ") + difference_value(app, field, x);
        return out.empty() ? "\xE2\x80\x94" : out;
    }
    if (v.is_object() && v.contains("code")) return widgets::advisory_text(app, v["code"].get<std::string>());
    if (v.is_object()) {  // an outcome with its parts (a participant, the adjacent part, the readings): each in words
        std::string out;
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (it.key() == "rules") continue;  // the rule chips are the rules' difference, listed on their own
            const std::string words = difference_value(app, it.key(), it.value());
            const bool bare = it.key() == "value" || it.key() == "verdict";
            out += (out.empty() ? "" : "; ") + (bare ? words : member_name(app, it.key()) + ": " + words);
        }
        return "(" + out + ")";
    }
    return v.dump();
}

std::string difference_text(const wams::app::App& app, const wams::ui::AssessmentDifference& d) {
    // The pointer's non-empty segments, split by hand: <sstream> would bring libc++ streams + locale into the wasm
    // (16.4 KB gz, docs/perf.md).
    std::vector<std::string> parts;
    for (std::size_t at = 0; at <= d.pointer.size();) {
        const std::size_t end = std::min(d.pointer.find('/', at), d.pointer.size());
        if (end > at) parts.push_back(d.pointer.substr(at, end - at));
        at = end + 1;
    }
    std::string name, field = parts.empty() ? "" : parts.back();
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const std::string& p = parts[i];
        std::string words;
        const bool index = !p.empty() && std::all_of(p.begin(), p.end(), ::isdigit);
        if (index && i > 0 && parts[i - 1] == "data_items") words = widgets::item_name(app.lang, std::stoul(p));
        else if (index) words = "#" + std::to_string(std::stoul(p) + 1);
        else if (p == "value" || p == "verdict" || p == "data_items" || p == "code") continue;
        else words = member_name(app, p);
        name += (name.empty() ? "" : ", ") + words;
    }
    return name + ": " + difference_value(app, field, d.before) + " \xE2\x86\x92 " + difference_value(app, field, d.after);
}

bool differs(const std::string& prefix) {
    for (const auto& d : what_if().diff)
        if (d.decisive && (d.pointer == prefix || d.pointer.rfind(prefix + "/", 0) == 0)) return true;
    return false;
}

// One side's value: a badge, or "—" (said as "geen waarde") when that assessment has none.
void side_value(wams::app::App& app, const json& v, const std::string& id, bool verdict) {
    if (v.is_string()) {
        if (verdict) widgets::verdict_badge(app, v.get<std::string>(), id);
        else widgets::value_badge(app, v.get<std::string>(), id);
    } else {
        ImGui::TextDisabled("—");
        consult::rec(id, "—", wams::app::test_hooks::named(tr(app, "whatif.no_value")));
    }
}

void changed_mark(wams::app::App& app, const std::string& prefix) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(consult::palette().amber));
    ImGui::TextUnformatted("\xE2\x86\x92");  // →
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(app, "whatif.changed"));
    ImGui::PopStyleColor();
    consult::rec("whatif.changed" + prefix, tr(app, "whatif.changed"));
}

// One outcome in the comparison: a table row (wide layout), or in the phone layout the outcome's name with "Nu" and
// "Als …" under it, so that nothing is squeezed into a 320 px column (WCAG 1.4.10; the ids are the same).
void row(wams::app::App& app, widgets::Grid* grid, const char* label, const json& a, const json& b,
         const std::string& prefix, bool verdict) {
    const bool changed = differs(prefix);
    if (app.narrow) {
        ImGui::Separator();
        widgets::cell_text("whatif.row" + prefix, label);
        ImGui::Indent();
        for (int side = 0; side < 2; ++side) {
            const char* col = tr(app, side == 0 ? "whatif.col.now" : "whatif.col.if");
            ImGui::TextDisabled("%s", col);  // the badge under it: a long verdict never runs past a 320 px line
            side_value(app, side == 0 ? a : b, "whatif." + std::string(side == 0 ? "a" : "b") + prefix, verdict);
        }
        if (changed) changed_mark(app, prefix);
        ImGui::Unindent();
        return;
    }
    grid->next_row();
    if (changed) grid->set_row_bg(consult::palette().row_mark);
    grid->next_column();
    widgets::cell_text("whatif.row" + prefix, label);
    for (int side = 0; side < 2; ++side) {
        grid->next_column();
        side_value(app, side == 0 ? a : b, "whatif." + std::string(side == 0 ? "a" : "b") + prefix, verdict);
    }
    grid->next_column();
    if (changed) changed_mark(app, prefix);
}

void side_by_side(wams::app::App& app, consult::Session& s) {
    const json& A = s.assessment_json;
    const json& B = what_if().assessment;
    ImGui::SeparatorText(tr(app, "whatif.compare"));
    consult::rec("whatif.table", tr(app, "whatif.compare"), wams::app::test_hooks::heading(3));  // the table's caption
    // Answers the changed one decides followed it (an item's phase its purpose, the article the route): said, so the
    // comparison never hides a second change.
    for (std::size_t i = 0; i < what_if().adjusted.size(); ++i) {
        const std::string& p = what_if().adjusted[i];
        const json& then = what_if().adjusted_to[i];
        const std::string line = std::string(tr(app, "whatif.adjusted")) + " \xC2\xAB" + fact_name(app, s, p) +
                                 "\xC2\xBB: " + widgets::fact_answer_label(app, p, s.editor.value(p)) +
                                 " \xE2\x86\x92 " + widgets::fact_answer_label(app, p, then);
        ImGui::TextWrapped("%s", line.c_str());
        consult::rec("whatif.adjusted." + std::to_string(i), line);
    }
    std::size_t decisive = 0;
    for (const auto& d : what_if().diff) decisive += d.decisive ? 1 : 0;
    ImGui::TextWrapped("%s %d", tr(app, "whatif.n_changed"), static_cast<int>(decisive));
    consult::rec("whatif.count", std::to_string(decisive),
                 wams::app::test_hooks::named(std::string(tr(app, "whatif.n_changed")) + " " + std::to_string(decisive)));
    const bool table = !app.narrow;  // the phone layout lists the outcomes one under the other (row())
    std::optional<widgets::Grid> grid;
    if (table) {
        grid.emplace("cmp",
                     std::initializer_list<widgets::GridColumn>{{tr(app, "whatif.col.outcome"), 1.6f},
                                                                {tr(app, "whatif.col.now"), 1.2f},
                                                                {tr(app, "whatif.col.if"), 1.2f},
                                                                {"", 0.6f}},
                     widgets::grid_borders | widgets::grid_row_marks);
        wams::app::test_hooks::begin_table("whatif.table");  // said as a table in the page (issue 18 §1)
        grid->header_row("whatif.table");
    }
    widgets::Grid* g = grid ? &*grid : nullptr;
    const std::pair<const char*, const char*> rows[] = {
        {"investigation", "out.investigation"}, {"client_role", "out.client_role"},
        {"coordination", "out.coordination"}, {"coordinator_appointed", "out.coordinator_appointed"},
        {"coordination_form", "out.coordination_form"}, {"coordination_file", "out.coordination_file"},
        {"coordination_mode", "out.coordination_mode"}, {"coordination_end", "out.coordination_end"}};
    for (const auto& [key, label] : rows)
        row(app, g, tr(app, label), A[key]["value"], B[key]["value"], std::string("/") + key, false);
    for (std::size_t i = 0; i < std::max(A["family_members"].size(), B["family_members"].size()); ++i) {
        const json a = i < A["family_members"].size() ? A["family_members"][i] : json::object();
        const json b = i < B["family_members"].size() ? B["family_members"][i] : json::object();
        const std::string label = std::string(tr(app, "out.family_member")) + " " + a.value("id", b.value("id", ""));
        row(app, g, label.c_str(), a.value("included_as_client", json()), b.value("included_as_client", json()),
            "/family_members/" + std::to_string(i), false);
    }
    for (std::size_t i = 0; i < A["data_items"].size() && i < B["data_items"].size(); ++i) {
        const std::string label = widgets::item_name(app.lang, i);
        row(app, g, label.c_str(), A["data_items"][i]["verdict"], B["data_items"][i]["verdict"],
            "/data_items/" + std::to_string(i), true);
    }
    if (table) {
        wams::app::test_hooks::end_table();
        grid->end();
    } else {
        ImGui::Separator();
    }
    // "Alle verschillen": a tree node (wide layout), or in the phone layout a full-width button whose words wrap.
    bool all_open = false;
    if (table) {
        all_open = ImGui::TreeNode(tr(app, "whatif.all_differences"));
    } else {
        bool& open = *ImGui::GetStateStorage()->GetBoolRef(ImGui::GetID("whatif.all_differences"), false);
        const std::string label = std::string(open ? "\xE2\x86\x93 " : "\xE2\x86\x92 ") + tr(app, "whatif.all_differences");
        if (widgets::wide_button("whatif.all_differences", label, false)) open = !open;
        all_open = open;
    }
    consult::rec("whatif.all_differences", tr(app, "whatif.all_differences"), wams::app::test_hooks::disclosure(all_open));
    if (all_open) {
        // Each line in the page too (a list item read in order); design-choice ids are named as such
        // ("Ontwerpkeuzes: D1 → D1, D27"), which tests/app_text checks.
        for (std::size_t i = 0; i < what_if().diff.size(); ++i) {
            const auto& d = what_if().diff[i];
            const std::string line = std::string(d.decisive ? "\xE2\x80\xA2 " : "") + difference_text(app, d);
            widgets::bullet_wrapped(line);
            consult::rec("whatif.diff." + std::to_string(i), line);
        }
        if (table) ImGui::TreePop();
    }
    if (table ? ImGui::Button(tr(app, "whatif.apply")) : widgets::wide_button("whatif.apply", tr(app, "whatif.apply"), false)) {
        s.editor.set(s.whatif_pointer, s.whatif_value);
        s.whatif_pointer.clear();
        app.state_changed = true;
    }
    consult::rec("whatif.apply", tr(app, "whatif.apply"));
}

// ---- [SECTION] Screen ----------------------------------------------------------------------------------------
void draw_whatif(wams::app::App& app) {
    auto& s = consult::session();
    widgets::nav_bar(app, s);
    widgets::section_title(app, tr(app, "nav.whatif"));
    ImGui::TextWrapped("%s", tr(app, "whatif.intro"));
    if (!s.case_started || !s.assessment) {
        if (!s.errors.empty()) widgets::draw_errors(app, s);
        else if (s.case_started && consult::partial(s)) ImGui::TextWrapped("%s", tr(app, "ui.needs_all_answers"));
        else ImGui::TextWrapped("%s", tr(app, "ui.no_case"));
        return;
    }
    widgets::Panes panes(app, "whatif", 0.4f, "pane.choose", "pane.compare");
    if (panes.first("##choose")) chooser(app, s);  // the long list of facts and the comparison scroll independently
    if (panes.second("##compare")) {
        compute(s, app.lang);
        if (!what_if().error.empty()) ImGui::TextWrapped("%s", what_if().error.c_str());
        else if (what_if().assessment.is_object()) side_by_side(app, s);
        else ImGui::TextDisabled("%s", tr(app, "whatif.pick_first"));
    }
    panes.end();
}

} // namespace

WAMS_APP_SCREEN(whatif, {"whatif", "nav.whatif", 50, draw_whatif});
