// widgets_verdict.cpp — verdict and value badges (colour AND a drawn icon AND words), effect badges of the
// necessity walk, and the expandable cards behind every cited id: rule (id, section, article, Dutch quote),
// ambiguity (both readings side by side), design choice, condition and advisory. Texts come from core's rule
// metadata (wams/rules.hpp) and assets/i18n; nothing is decided here.
//
// [SECTION] Tones and icons
// [SECTION] Badges
// [SECTION] Id chips and cards
#include "widgets.hpp"

#include "imgui.h"
#include "wams/i18n.hpp"
#include "wams/rules.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace wams::app::widgets {

using consult::palette;

// ---- [SECTION] Tones and icons -------------------------------------------------------------------------------
Tone verdict_tone(std::string_view v) {
    if (v == "allowed") return Tone::positive;
    if (v == "allowed_under_conditions") return Tone::conditional;
    if (v == "not_allowed") return Tone::negative;
    if (v == "not_this_law") return Tone::outside;
    if (v == "undetermined") return Tone::undetermined;
    return Tone::neutral;
}

Tone value_tone(std::string_view v) {
    static const std::string_view positive[] = {"yes", "mandatory", "in_samenspraak", "report_to_college",
                                                "coordinatiedossier", "in_afstemming"};
    static const std::string_view conditional[] = {"at_discretion", "permitted", "involve_if_possible",
                                                   "zoveel_mogelijk_in_afstemming", "without_client_allowed",
                                                   "existing_dossiers_suffice", "light", "regisseur", "standard", "self"};
    static const std::string_view negative[] = {"no"};
    for (auto p : positive) if (v == p) return Tone::positive;
    for (auto p : conditional) if (v == p) return Tone::conditional;
    for (auto p : negative) if (v == p) return Tone::negative;
    if (v == "undetermined" || v == "to_be_chosen" || v == "open") return Tone::undetermined;
    return Tone::neutral;  // not_applicable, pending, no_requirements, …
}

namespace {
ImU32 tone_colour(Tone t) {
    const auto& p = palette();
    switch (t) {
        case Tone::positive: return p.green;
        case Tone::conditional: return p.amber;
        case Tone::negative: return p.red;
        case Tone::outside: return p.grey;
        case Tone::undetermined: return p.blue;
        default: return p.muted;
    }
}
} // namespace

void tone_icon(Tone tone, float size) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float r = size * 0.5f;
    const ImVec2 c(p.x + r, p.y + r);
    const ImU32 col = tone_colour(tone), ink = palette().text_on_badge;
    const float th = std::max(1.5f, size * 0.12f);
    switch (tone) {
        case Tone::positive:  // filled circle with a check
            dl->AddCircleFilled(c, r, col);
            dl->AddLine(ImVec2(c.x - r * 0.5f, c.y), ImVec2(c.x - r * 0.1f, c.y + r * 0.4f), ink, th);
            dl->AddLine(ImVec2(c.x - r * 0.1f, c.y + r * 0.4f), ImVec2(c.x + r * 0.55f, c.y - r * 0.45f), ink, th);
            break;
        case Tone::conditional: {  // diamond with "!"
            const ImVec2 pts[4] = {ImVec2(c.x, c.y - r), ImVec2(c.x + r, c.y), ImVec2(c.x, c.y + r), ImVec2(c.x - r, c.y)};
            dl->AddConvexPolyFilled(pts, 4, col);
            dl->AddLine(ImVec2(c.x, c.y - r * 0.5f), ImVec2(c.x, c.y + r * 0.15f), ink, th);
            dl->AddCircleFilled(ImVec2(c.x, c.y + r * 0.45f), th * 0.7f, ink);
            break;
        }
        case Tone::negative:  // octagon-ish (stop) with a cross
            dl->AddNgonFilled(c, r, col, 8);
            dl->AddLine(ImVec2(c.x - r * 0.4f, c.y - r * 0.4f), ImVec2(c.x + r * 0.4f, c.y + r * 0.4f), ink, th);
            dl->AddLine(ImVec2(c.x + r * 0.4f, c.y - r * 0.4f), ImVec2(c.x - r * 0.4f, c.y + r * 0.4f), ink, th);
            break;
        case Tone::outside:  // ring with a slash: outside this law
            dl->AddCircle(c, r - th * 0.5f, col, 0, th);
            dl->AddLine(ImVec2(c.x - r * 0.6f, c.y + r * 0.6f), ImVec2(c.x + r * 0.6f, c.y - r * 0.6f), col, th);
            break;
        case Tone::undetermined: {  // circle with "?"
            dl->AddCircleFilled(c, r, col);
            const char* q = "?";
            const ImVec2 ts = ImGui::CalcTextSize(q);
            dl->AddText(ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), ink, q);
            break;
        }
        default:  // hollow circle with a dash: not applicable / pending
            dl->AddCircle(c, r - th * 0.5f, col, 0, th);
            dl->AddLine(ImVec2(c.x - r * 0.45f, c.y), ImVec2(c.x + r * 0.45f, c.y), col, th);
            break;
    }
    ImGui::Dummy(ImVec2(size, size));
}

// ---- [SECTION] Badges ----------------------------------------------------------------------------------------
namespace {
void badge(Tone tone, const std::string& words, std::string_view id) {
    const float size = ImGui::GetTextLineHeight();
    ImGui::BeginGroup();
    tone_icon(tone, size);
    ImGui::SameLine(0, size * 0.35f);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(tone_colour(tone)));
    // The words wrap at the edge of the column or pane instead of being cut off there (a what-if table cell at
    // 1280 px showed "In samenspraak met d…"); where they fit nothing changes.
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(words.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::EndGroup();
    if (!id.empty()) consult::rec(id, words, test_hooks::status());  // a verdict: the page's live region says it
}
} // namespace

void verdict_badge(App& app, std::string_view verdict, std::string_view id) {
    if (verdict == "open") return badge(Tone::undetermined, tr(app, "val.open"), id);  // interview: not decided yet
    badge(verdict_tone(verdict), verdict_label(verdict, app.lang), id);
}

const char* value_label(const App& app, std::string_view value) {
    const std::string key = "val." + std::string(value);
    if (i18n::has(app.lang, key)) return tr(app, key);
    return i18n::text(app.lang, "val.other").c_str();
}

void value_badge(App& app, std::string_view value, std::string_view id) {
    const std::string key = "val." + std::string(value);
    const std::string words = i18n::has(app.lang, key) ? i18n::text(app.lang, key) : std::string(value);
    badge(value_tone(value), words, id);
}

void effect_badge(App& app, std::string_view effect, std::string_view id) {
    Tone t = Tone::neutral;
    if (effect == "stop") t = Tone::outside;
    else if (effect == "block") t = Tone::negative;
    else if (effect == "ask") t = Tone::undetermined;
    else if (effect == "condition") t = Tone::conditional;
    else if (effect == "continue") t = Tone::positive;
    badge(t, i18n::text(app.lang, "effect." + std::string(effect)), id);
}

std::string condition_text(const App& app, std::string_view code) { return wams::condition_text(code, app.lang); }

std::string advisory_text(const App& app, std::string_view code) {
    if (const AdvisoryInfo* a = find_advisory(code)) {
        const std::string& t = app.lang == Lang::nl ? a->nl : a->en;
        if (!t.empty()) return t;
    }
    return std::string(code);
}

// ---- [SECTION] Id chips and cards ----------------------------------------------------------------------------
namespace {
// An opened card's lines are recorded as text for the page's layer (issue 18 §1: the card's words, not only its
// chip): ids "card.text.<context>/<id>.<n>", set between card_frame_begin and card_frame_end.
std::string card_prefix;
int card_line_n = 0;
void card_line(const std::string& text) {
    if (!card_prefix.empty()) consult::rec(card_prefix + "." + std::to_string(card_line_n++), text);
}

void wrapped_quote(const std::string& q) {  // wraps at the window's or, in a table, the cell's right edge
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextWrapped("\xC2\xAB%s\xC2\xBB", q.c_str());  // «…»
    ImGui::PopTextWrapPos();
    card_line("\xC2\xAB" + q + "\xC2\xBB");
}

// "§3 Entry routes" (rules.json) → "§3 Toegangsroutes": the rulebook's chapter in the UI language (codes.chapter.<n>).
std::string chapter_label(const App& app, const std::string& chapter) {
    const std::string section = "\xC2\xA7";  // §
    const auto space = chapter.find(' ');
    if (chapter.rfind(section, 0) != 0 || space == std::string::npos) return chapter;
    const std::string key = "codes.chapter." + chapter.substr(section.size(), space - section.size());
    return i18n::has(app.lang, key) ? i18n::text(app.lang, key) : chapter;
}

void rule_card(App& app, const RuleInfo& r) {
    ImGui::TextWrapped("%s — %s", r.id.c_str(), (app.lang == Lang::nl ? r.title_nl : r.title_en).c_str());
    card_line(r.id + " \xE2\x80\x94 " + (app.lang == Lang::nl ? r.title_nl : r.title_en));
    const std::string where = rule_where(r, app.lang);  // draft article labelled as the draft's (core, rules.hpp)
    ImGui::TextDisabled("%s: %s  ·  %s", tr(app, "card.section"), where.c_str(), chapter_label(app, r.chapter).c_str());
    card_line(std::string(tr(app, "card.section")) + ": " + where + "  \xC2\xB7  " + chapter_label(app, r.chapter));
    if (r.kind == 'C') {
        ImGui::TextDisabled("%s", tr(app, "card.context_rule"));
        card_line(tr(app, "card.context_rule"));
    }
    for (const auto& q : r.quotes_nl) wrapped_quote(q);
}

void card_frame_begin(std::string_view id) {
    card_prefix = "card.text." + std::string(id);  // "card." first: the chips' words (app_text's code check)
    card_line_n = 0;
    ImGui::PushID(std::string(id).c_str());
    ImGui::Indent();
    ImGui::PushStyleColor(ImGuiCol_Separator, ImGui::ColorConvertU32ToFloat4(palette().highlight));
    ImGui::Separator();
    ImGui::PopStyleColor();
}
void card_frame_end() {
    card_prefix.clear();
    ImGui::Separator();
    ImGui::Unindent();
    ImGui::PopID();
}
} // namespace

void ambiguity_card(App& app, consult::Session& s, std::string_view a_id, std::string_view context) {
    (void)s;
    const AmbiguityInfo* a = find_ambiguity(a_id);
    card_frame_begin(std::string(context) + "/" + std::string(a_id));
    const std::string title = a ? std::string(ambiguity_title(*a, app.lang)) : std::string();
    ImGui::TextWrapped("%s %.*s — %s", tr(app, "card.ambiguous"), static_cast<int>(a_id.size()), a_id.data(), title.c_str());
    card_line(std::string(tr(app, "card.ambiguous")) + " " + std::string(a_id) + " \xE2\x80\x94 " + title);
    if (a && !a->quotes_nl.empty() && app.narrow) {
        // Phone layout: the quotations one under the other (two columns of a 320 px line hold a few words each).
        for (const auto& q : a->quotes_nl) wrapped_quote(q);
    } else if (a && !a->quotes_nl.empty()) {
        // Both readings' quotations side by side (RULEBOOK §10: "show the conflicting quotations side by side").
        Grid grid("readings", {{nullptr, 1.0f}, {nullptr, 1.0f}}, grid_borders_inner_v);
        for (const auto& quote : a->quotes_nl) {
            grid.next_column();
            wrapped_quote(quote);
        }
    }
    if (const std::string behaviour = a ? std::string(ambiguity_tool_behaviour(*a, app.lang)) : std::string(); !behaviour.empty()) {
        ImGui::TextDisabled("%s", tr(app, "card.tool_behaviour"));
        ImGui::TextWrapped("%s", behaviour.c_str());
        card_line(std::string(tr(app, "card.tool_behaviour")) + " " + behaviour);
    }
    card_frame_end();
}

std::string fill_words(const char* pattern, std::initializer_list<std::string> args) {
    std::string out = pattern;
    int i = 0;
    for (const std::string& a : args) {
        const std::string tag = "{" + std::to_string(i++) + "}";
        if (const auto at = out.find(tag); at != std::string::npos) out.replace(at, tag.size(), a);
    }
    return out;
}

std::string chip_name(const App& app, std::string_view id) {
    if (const RuleInfo* r = find_rule(id))
        return fill_words(tr(app, "card.rule_name"), {r->id, app.lang == Lang::nl ? r->title_nl : r->title_en});
    if (!id.empty() && id[0] == 'A' && id.size() <= 3)
        if (const AmbiguityInfo* a = find_ambiguity(id))
            return fill_words(tr(app, "card.ambiguity_name"), {std::string(id), std::string(ambiguity_title(*a, app.lang))});
    return std::string(id);
}

void id_chips(App& app, consult::Session& s, const Ids& ids, std::string_view context) {
    if (ids.empty()) return;
    const float right = ImGui::GetContentRegionMax().x;
    std::string open;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const std::string& id = ids[i];
        const std::string key = std::string(context) + "/" + id;
        const bool is_open = s.expanded_card == key;
        const float w = chip_width(id.c_str());
        if (i > 0) {
            ImGui::SameLine();
            if (ImGui::GetCursorPosX() + w > right) ImGui::NewLine();
        }
        if (is_open) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        ImGui::PushID(key.c_str());
        if (chip(id.c_str())) {
            s.expanded_card = is_open ? "" : key;
            app.state_changed = true;
        }
        ImGui::PopID();
        if (is_open) ImGui::PopStyleColor();
        test_hooks::Sem card = test_hooks::button();
        card.has_expanded = true;
        card.expanded = is_open;
        card.name = chip_name(app, id);  // "Regel R56: <title>": a screen reader says more than the code
        consult::rec("card." + key, id, card);
        if (ImGui::IsItemHovered()) {
            if (const RuleInfo* r = find_rule(id)) ImGui::SetTooltip("%s", (app.lang == Lang::nl ? r->title_nl : r->title_en).c_str());
        }
        if (is_open) open = id;
    }
    if (open.empty()) return;
    // The opened card: a rule, an ambiguity, a design choice, a condition or an advisory.
    if (open[0] == 'A' && open.size() <= 3 && find_ambiguity(open)) {
        ambiguity_card(app, s, open, context);
        return;
    }
    card_frame_begin(std::string(context) + "/" + open);
    if (const RuleInfo* r = find_rule(open)) {
        rule_card(app, *r);
    } else if (const DesignChoiceInfo* d = find_design_choice(open)) {
        ImGui::TextWrapped("%s — %s", d->id.c_str(), std::string(design_choice_text(*d, app.lang)).c_str());
        card_line(d->id + " \xE2\x80\x94 " + std::string(design_choice_text(*d, app.lang)));
        ImGui::PushTextWrapPos(0.0f);  // TextDisabled does not wrap by itself
        ImGui::TextDisabled("%s", std::string(design_choice_rests_on(*d, app.lang)).c_str());
        ImGui::PopTextWrapPos();
        card_line(std::string(design_choice_rests_on(*d, app.lang)));
    } else if (const AdvisoryInfo* a = find_advisory(open)) {
        ImGui::TextWrapped("%s", advisory_text(app, open).c_str());
        card_line(advisory_text(app, open));
        for (const auto& r : a->rules)
            if (const RuleInfo* ri = find_rule(r)) rule_card(app, *ri);
    } else if (const ConditionInfo* c = find_condition(open)) {
        ImGui::TextWrapped("%s", condition_text(app, open).c_str());
        card_line(condition_text(app, open));
        for (const auto& r : c->rules)
            if (const RuleInfo* ri = find_rule(r)) rule_card(app, *ri);
    } else {
        ImGui::TextUnformatted(open.c_str());
    }
    card_frame_end();
}

// ---- [SECTION] Outcome lines ----------------------------------------------------------------------------------
namespace {
Ids ids_of(const nlohmann::json& arr) {
    Ids out;
    if (arr.is_array())
        for (const auto& v : arr)
            if (v.is_string()) out.push_back(v.get<std::string>());
    return out;
}
} // namespace

void outcome_line(App& app, consult::Session& s, const char* label, const nlohmann::json& outcome, std::string_view id) {
    if (!outcome.is_object()) return;
    ImGui::PushID(std::string(id).c_str());
    ImGui::TextWrapped("%s", label);
    ImGui::Indent();
    value_badge(app, outcome.value("value", std::string("not_applicable")), id);
    if (outcome.contains("rules") && !outcome["rules"].empty()) {
        ImGui::SameLine();
        id_chips(app, s, ids_of(outcome["rules"]), id);
    }
    waits_for(app, outcome);
    ImGui::Unindent();
    ImGui::PopID();
}

void investigation_readings(App& app, consult::Session& s, const nlohmann::json& inv) {
    if (!inv.is_object() || !inv.contains("alternative_readings")) return;
    const auto& alt = inv["alternative_readings"];
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().blue));
    ImGui::TextWrapped("%s", tr(app, "card.a1_two_readings"));
    ImGui::PopStyleColor();
    consult::rec("a1.readings", tr(app, "card.a1_two_readings"));  // the table's caption in the page
    static constexpr std::tuple<const char*, const char*, const char*> readings[] = {
        {"\xC2\xA7" "2.3", "card.reading_s23", "reading.s2_3"}, {"\xC2\xA7" "3.1.1", "card.reading_s311", "reading.s3_1_1"}};
    if (app.narrow) {
        // Phone layout: each reading's name with its outcome under it, nothing squeezed into half a 320 px line.
        for (const auto& [reading, label, rec_id] : readings) {
            ImGui::Bullet();
            ImGui::SameLine();
            widgets::cell_text(std::string("a1.readings.") + rec_id, tr(app, label));
            ImGui::Indent();
            if (alt.contains(reading)) value_badge(app, alt[reading].get<std::string>(), rec_id);
            ImGui::Unindent();
        }
    } else {
        // A data table in the page (issue 18 §1): the readings are the column headers, their outcomes the row.
        Grid grid("a1", {{nullptr, 1.0f}, {nullptr, 1.0f}}, grid_borders);
        test_hooks::begin_table("a1.readings");
        grid.next_row(true);
        for (const auto& [reading, label, rec_id] : readings) {
            grid.next_column();
            // Wrap position 0 is WorkRect.Max.x (imgui.cpp CalcWrapWidthForPos), which the grid sets to the cell's
            // right edge, so the label and the badge's words wrap inside the cell.
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(tr(app, label));
            ImGui::PopTextWrapPos();
            consult::rec(std::string("a1.readings.") + rec_id, tr(app, label), test_hooks::column_header());
        }
        grid.next_row();
        for (const auto& [reading, label, rec_id] : readings) {
            grid.next_column();
            ImGui::PushTextWrapPos(0.0f);
            if (alt.contains(reading)) value_badge(app, alt[reading].get<std::string>(), rec_id);
            ImGui::PopTextWrapPos();
        }
        test_hooks::end_table();
    }
    ambiguity_card(app, s, "A1", "a1");
}

void item_result(App& app, consult::Session& s, const nlohmann::json& item, std::string_view id) {
    if (!item.is_object()) return;
    ImGui::PushID(std::string(id).c_str());
    verdict_badge(app, item.value("verdict", std::string("undetermined")), id);
    waits_for(app, item);
    const Ids rules = ids_of(item.value("rules", nlohmann::json::array()));
    if (!rules.empty()) {
        ImGui::TextDisabled("%s", tr(app, "ui.rules"));
        ImGui::SameLine();
        id_chips(app, s, rules, std::string(id) + "/rules");
    }
    const Ids conds = ids_of(item.value("conditions", nlohmann::json::array()));
    if (!conds.empty()) {
        ImGui::TextDisabled("%s", tr(app, "ui.conditions"));
        for (const auto& c : conds) bullet_wrapped(condition_text(app, c));
    }
    const Ids amb = ids_of(item.value("ambiguities", nlohmann::json::array()));
    if (!amb.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().blue));
        ImGui::TextUnformatted(tr(app, "ui.ambiguous_text"));
        ImGui::PopStyleColor();
        ImGui::SameLine();
        id_chips(app, s, amb, std::string(id) + "/amb");
    }
    ImGui::PopID();
}

void verdict_words(App& app, consult::Session& s, std::string_view subject, std::string_view id) {
    const VerdictWords* w = consult::words_for(s, app.lang, subject);
    if (!w) return;
    ImGui::PushTextWrapPos(0.0f);
    for (const auto& [text, part] : {std::pair{&w->because, "because"}, std::pair{&w->verdict, "verdict"},
                                     std::pair{&w->depends, "depends"}, std::pair{&w->would_change, "change"}}) {
        if (text->empty()) continue;
        if (std::string_view(part) == "change") ImGui::TextDisabled("%s", text->c_str());
        else ImGui::TextWrapped("%s", text->c_str());
        consult::rec(std::string(id) + ".words." + part, *text);
    }
    ImGui::PopTextWrapPos();
}

// ---- Unanswered questions (issue 17) -------------------------------------------------------------------------
std::string question_label(Lang lang, const std::string& pointer) {
    const ui::FieldSpec* spec = ui::find_field(pointer);
    std::string label = spec ? i18n::text(lang, ui::field_label_key(*spec)) : i18n::text(lang, "ui.question");
    const std::string items = "/data_items/";
    if (pointer.rfind(items, 0) == 0) {
        const std::size_t end = pointer.find('/', items.size());
        const std::string index = pointer.substr(items.size(), end == std::string::npos ? std::string::npos : end - items.size());
        if (!index.empty() && std::all_of(index.begin(), index.end(), [](char c) { return c >= '0' && c <= '9'; }))
            label = item_name(lang, std::stoul(index)) + " \xE2\x80\x94 " + label;  // em dash
    }
    return label;
}

void waits_for(App& app, const nlohmann::json& outcome) {
    if (!outcome.is_object() || !outcome.contains("waits_for") || !outcome["waits_for"].is_array()) return;
    ImGui::TextDisabled("%s", tr(app, "open.waits_for"));
    int shown = 0;
    for (const auto& p : outcome["waits_for"]) {
        if (!p.is_string()) continue;
        if (++shown > 5) {
            bullet_wrapped(tr(app, "open.and_more"));
            break;
        }
        const std::string ptr = p.get<std::string>();
        bullet_wrapped(question_label(app.lang, ptr.rfind("/facts", 0) == 0 ? ptr.substr(6) : ptr));
    }
}

bool open_state(App& app, consult::Session& s, std::string_view page, const std::string& item_base, std::string_view id) {
    consult::refresh(s);
    if (!consult::partial(s)) return s.assessment.has_value();
    const std::string sid(id);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().blue));
    const std::string count = std::to_string(s.unasked.size()) + " " +
                              tr(app, s.unasked.size() == 1 ? "open.count_one" : "open.count");
    ImGui::TextWrapped("%s", count.c_str());
    ImGui::PopStyleColor();
    consult::rec(sid + ".count", count);
    // The questions of this page that are still unanswered.
    std::vector<std::string> here;
    for (const std::string& u : s.unasked) {
        const ui::FieldSpec* spec = ui::find_field(u);
        if (!spec || (page != "*" && spec->page != page)) continue;
        if (!item_base.empty() && u.rfind(item_base + "/", 0) != 0) continue;
        here.push_back(u);
    }
    if (!here.empty()) {
        ImGui::TextDisabled("%s", tr(app, "open.here"));
        for (std::size_t i = 0; i < here.size() && i < 6; ++i) bullet_wrapped(question_label(app.lang, here[i]));
    }
    if (consult::open_current(s)) return true;
    if (s.open_wanted) {  // this frame says "bezig"; the next one computes (seconds) and shows it
        if (s.open_frames_waiting++ > 0) consult::compute_open(s);
        app.state_changed = true;
        if (consult::open_current(s)) return true;
        ImGui::TextWrapped("%s", tr(app, "ask.busy"));
        consult::rec(sid + ".busy", tr(app, "ask.busy"));
        return false;
    }
    ImGui::TextWrapped("%s", tr(app, "open.explain"));
    if (ImGui::Button(tr(app, "open.compute"))) {
        s.open_wanted = true;
        s.open_frames_waiting = 0;
        app.state_changed = true;
    }
    consult::rec(sid + ".compute", tr(app, "open.compute"));
    return false;
}

} // namespace wams::app::widgets
