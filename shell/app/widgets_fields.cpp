// widgets_fields.cpp — one widget per fact, driven by the catalogue (wams::ui::field_catalogue): radio buttons for
// closed answers (each answer its own widget id "facts<pointer>=<value>", so a test or a keyboard user picks it
// directly), text inputs for anonymous descriptions (with the PII guard's warning), lists with add/remove, and a
// "record" checkbox for facts that may be absent (null). Every change goes through the CaseEditor (undo).
//
// [SECTION] Helpers
// [SECTION] One fact
// [SECTION] Lists of elements
// [SECTION] A page of facts
// [SECTION] Validation errors
#include "widgets.hpp"

#include "app_state.hpp"
#include "imgui.h"
#include "privacy_ui.hpp"
#include "wams/i18n.hpp"
#include "wams/pii.hpp"

#include <algorithm>
#include <cstring>

namespace wams::app::widgets {

using nlohmann::json;
using consult::answer_id;
using consult::fact_id;
using consult::rec;
using consult::rec_text;

// ---- [SECTION] Helpers ---------------------------------------------------------------------------------------
namespace {

std::string parent_of(const std::string& pointer) {
    const auto cut = pointer.find_last_of('/');
    return cut == std::string::npos || cut == 0 ? std::string() : pointer.substr(0, cut);
}

// The concrete pointer of a pattern, with every "*" replaced in order by the indices of `base`'s pattern.
std::string instantiate(std::string_view pattern, const std::string& item_base) {
    std::string p(pattern);
    if (item_base.empty()) return p;
    const std::string star = "/data_items/*";
    if (p.rfind(star, 0) == 0) p = item_base + p.substr(star.size());
    return p;
}

bool changed(App& app, consult::Session& s, const std::string& pointer, json value, bool merge = false) {
    if (!s.editor.set(pointer, std::move(value), merge)) return false;
    app.state_changed = true;
    return true;
}



// ImGui asks for a larger buffer while text is typed or pasted (ImGuiInputTextFlags_CallbackResize): the string grows,
// so a text has no length limit (a case file may hold a text longer than any fixed buffer; it used to be cut at
// 2 047 bytes when edited — session 18; the Vraag form's and the desk's short fields were cut at 128–512 bytes until
// session 19).
int grow_text(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* text = static_cast<std::string*>(data->UserData);
        text->resize(static_cast<std::size_t>(data->BufTextLen));
        data->Buf = text->data();
    }
    return 0;
}

} // namespace

bool input_text(const char* id, std::string& text, const char* hint) {
    return hint ? ImGui::InputTextWithHint(id, hint, text.data(), text.capacity() + 1, ImGuiInputTextFlags_CallbackResize,
                                           grow_text, &text)
                : ImGui::InputText(id, text.data(), text.capacity() + 1, ImGuiInputTextFlags_CallbackResize, grow_text,
                                   &text);
}

namespace {

// A text input bound to a JSON string (or null when nullable and empty); typing in one go is one undo step.
void text_input(App& app, consult::Session& s, const std::string& pointer, bool nullable, const char* label) {
    const json v = s.editor.value(pointer);
    std::string& buf = app_state().fields.fact_text;  // edited in place by ImGui
    const std::string current = v.is_string() ? v.get<std::string>() : std::string();
    buf = current;
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 30));
    ImGui::PushID(pointer.c_str());
    bool edited = input_text("##text", buf);
    const bool active_before = ImGui::IsItemActive() && !ImGui::IsItemActivated();
    ImGui::PopID();
    bool dom_typing_on = false;  // the page's field typed on (one undo step, like ImGui's typing in one go)
    edited |= rec_text(fact_id(pointer), label, buf, &dom_typing_on);  // the page's text field: handled as this edit
    if (edited) {
        const std::string now = buf;
        changed(app, s, pointer, (nullable && now.empty()) ? json(nullptr) : json(now), active_before || dom_typing_on);
    }
    privacy_ui::field_findings(app, s, "/facts" + pointer, current);  // findings + "geen persoonsgegeven" (issue 5)
}

// "Nog niet beantwoord" under a question nobody has answered yet (issue 17: unanswered is a state, not a default).
void not_answered(App& app, const std::string& pointer) {
    ImGui::TextDisabled("%s", tr(app, "ui.not_answered"));
    rec(fact_id(pointer) + "#unanswered", tr(app, "ui.not_answered"));
}

// A list nobody has answered: "Geen" (the empty list; for a list that may be unrecorded: not recorded) or its first
// element.
void unanswered_list_buttons(App& app, consult::Session& s, const std::string& pointer, bool nullable, const char* add_key) {
    ImGui::PushID(pointer.c_str());
    const char* none = tr(app, nullable ? "opt.not_recorded" : "ui.none");
    if (ImGui::Button(none)) changed(app, s, pointer, nullable ? json(nullptr) : json::array());
    rec(fact_id(pointer) + "#none", none);
    ImGui::SameLine();
    if (ImGui::Button(tr(app, add_key))) {
        if (nullable) changed(app, s, pointer, json::array());
        else if (s.editor.add_element(pointer, true)) app.state_changed = true;
    }
    rec(fact_id(pointer) + (nullable ? "#recorded" : "/+"), tr(app, add_key));
    ImGui::PopID();
}

} // namespace

// Lays radio-like widgets out in rows: SameLine while the next one fits.
void flow_item(float width, bool first) {
    if (first) return;
    ImGui::SameLine();
    if (ImGui::GetCursorPosX() + width > ImGui::GetContentRegionMax().x) ImGui::NewLine();
}

float radio_width(const char* label) {
    return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label).x +
           ImGui::GetStyle().ItemSpacing.x;
}

// A warning under a text the user typed when it looks like personal data (the PII guard), with what it found.
void pii_warning(App& app, const std::string& text) {
    if (text.empty()) return;
    const auto findings = scan_pii(text);
    if (findings.empty()) return;
    std::string kinds;
    for (const auto& f : findings) {
        const std::string k(category_label(f.category, app.lang));
        if (kinds.find(k) == std::string::npos) kinds += (kinds.empty() ? "" : ", ") + k;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(consult::palette().red));
    ImGui::TextWrapped("\xE2\x9C\x97 %s (%s)", tr(app, "ui.pii_warning"), kinds.c_str());  // ✗
    ImGui::PopStyleColor();
}

bool coded_text(const ui::FieldSpec& spec) {
    for (auto sug : spec.suggestions)
        if (coded_text_label(Lang::nl, sug) != sug) return true;
    return false;
}

std::string coded_text_label(Lang lang, std::string_view value) {
    for (std::string_view prefix : {"social:", "adjacent:"})  // "social:Wgs" → "sociaal domein: Wgs"
        if (value.rfind(prefix, 0) == 0)
            return i18n::text(lang, "codes.ref." + std::string(prefix.substr(0, prefix.size() - 1))) + ": " +
                   std::string(value.substr(prefix.size()));
    const std::string key = "codes.ref." + std::string(value);
    return i18n::has(lang, key) ? i18n::text(lang, key) : std::string(value);
}

std::string fact_answer_label(Lang lang, const std::string& pointer, const json& value) {
    const ui::FieldSpec* spec = ui::find_field(pointer);
    if (!spec) return value.is_string() ? value.get<std::string>() : value.dump();
    if (spec->kind == ui::FieldKind::choice || spec->kind == ui::FieldKind::flag)
        return i18n::text(lang, ui::option_label_key(*spec, value));
    if (value.is_string()) return coded_text(*spec) ? coded_text_label(lang, value.get<std::string>()) : value.get<std::string>();
    if (value.is_null()) return i18n::text(lang, "opt.not_recorded");
    return value.dump();
}

std::string fact_answer_label(const App& app, const std::string& pointer, const json& value) {
    return fact_answer_label(app.lang, pointer, value);
}

std::string item_name(Lang lang, std::size_t index) { return i18n::text(lang, "codes.data_item") + " " + std::to_string(index + 1); }

// ---- [SECTION] One fact --------------------------------------------------------------------------------------
void draw_fact(App& app, consult::Session& s, const ui::FieldSpec& spec, const std::string& pointer) {
    const std::string label = i18n::text(app.lang, ui::field_label_key(spec));
    const json current = s.editor.value(pointer);
    ImGui::PushID(pointer.c_str());
    switch (spec.kind) {
        case ui::FieldKind::choice:
        case ui::FieldKind::flag: {
            ImGui::TextWrapped("%s", label.c_str());
            rec(fact_id(pointer), label);
            const bool answered = s.editor.answered(pointer);  // absent: no radio button is selected (issue 17)
            if (!answered) not_answered(app, pointer);
            bool first = true;
            for (const auto& answer : ui::field_answers(spec, pointer, s.editor.facts())) {
                const std::string& words = i18n::text(app.lang, ui::option_label_key(spec, answer));
                flow_item(radio_width(words.c_str()), first);
                first = false;
                ImGui::PushID(answer.dump().c_str());
                if (radio(words.c_str(), answered && current == answer)) changed(app, s, pointer, answer);
                ImGui::PopID();
                rec(answer_id(pointer, answer), words, test_hooks::radio(fact_id(pointer), answered && current == answer));
            }
            break;
        }
        case ui::FieldKind::text: {
            ImGui::TextWrapped("%s", label.c_str());
            text_input(app, s, pointer, spec.nullable, label.c_str());
            const bool coded = coded_text(spec);
            if (!spec.suggestions.empty()) {
                ImGui::SameLine();
                ImGui::SetNextItemWidth(ImGui::GetFrameHeight() * 1.2f);
                const std::string combo_id = fact_id(pointer) + "#suggest";
                const bool open = ImGui::BeginCombo("##suggest", nullptr, ImGuiComboFlags_NoPreview | ImGuiComboFlags_HeightLarge);
                if (open) {
                    std::size_t n = 0;
                    for (auto sug : spec.suggestions) {
                        const std::string sv(sug);
                        const std::string words = coded ? coded_text_label(app.lang, sv) : sv;
                        if (combo_entry(combo_id, combo_id + "/" + std::to_string(n++), words, current == sv))
                            changed(app, s, pointer, sv);
                    }
                    ImGui::EndCombo();
                }
                rec(combo_id, tr(app, "ui.suggestions"), test_hooks::combo(open));
            }
            if (coded && current.is_string() && !current.get<std::string>().empty()) {
                // The box holds the case file's code ("social:Wgs"); what it means, in words, beside it.
                const std::string meaning = coded_text_label(app.lang, current.get<std::string>());
                ImGui::TextDisabled("= %s", meaning.c_str());
                rec("text.meaning" + pointer, meaning);
            }
            break;
        }
        case ui::FieldKind::text_list: {
            ImGui::TextWrapped("%s", label.c_str());
            rec(fact_id(pointer), label);
            if (!s.editor.answered(pointer)) {  // not asked yet: none, or the first line to type
                not_answered(app, pointer);
                unanswered_list_buttons(app, s, pointer, spec.nullable, "ui.add");
                break;
            }
            if (spec.nullable) {
                bool recorded = !current.is_null();
                if (ImGui::Checkbox(tr(app, "ui.recorded"), &recorded))
                    changed(app, s, pointer, recorded ? json::array() : json(nullptr));
                rec(fact_id(pointer) + "#recorded", tr(app, "ui.recorded"), test_hooks::checkbox(recorded));
            }
            if (current.is_array()) {
                ImGui::Indent();
                for (std::size_t i = 0; i < current.size(); ++i) {
                    const std::string el = pointer + "/" + std::to_string(i);
                    text_input(app, s, el, false, label.c_str());
                    ImGui::SameLine();
                    ImGui::PushID(static_cast<int>(i));
                    if (ImGui::Button(tr(app, "ui.remove"))) {
                        s.editor.remove_element(pointer, i);
                        app.state_changed = true;
                    }
                    ImGui::PopID();
                    rec(fact_id(el) + "#remove", tr(app, "ui.remove"));
                }
                if (ImGui::Button(tr(app, "ui.add"))) {
                    s.editor.add_element(pointer, true);
                    app.state_changed = true;
                }
                rec(fact_id(pointer) + "/+", tr(app, "ui.add"));
                if (!spec.suggestions.empty()) {
                    beside(tr(app, "ui.add_suggestion"));  // or under "+" on a phone
                    ImGui::SetNextItemWidth(fit_width(14));
                    const std::string combo_id = fact_id(pointer) + "#suggest";
                    const bool open = ImGui::BeginCombo("##suggest", tr(app, "ui.add_suggestion"), ImGuiComboFlags_HeightLarge);
                    if (open) {
                        std::size_t n = 0;
                        for (auto sug : spec.suggestions) {
                            const std::string sv(sug);
                            if (combo_entry(combo_id, combo_id + "/" + std::to_string(n++), sv, false)) {
                                json after = s.editor.value(pointer);
                                after.push_back(sv);
                                changed(app, s, pointer, after);
                            }
                        }
                        ImGui::EndCombo();
                    }
                    rec(combo_id, tr(app, "ui.add_suggestion"), test_hooks::combo(open));
                }
                ImGui::Unindent();
            }
            break;
        }
        case ui::FieldKind::object: {
            if (!s.editor.answered(pointer)) {  // not asked yet: "Ja" records it, "Nee" says there is none
                ImGui::TextWrapped("%s", label.c_str());
                rec(fact_id(pointer), label);
                not_answered(app, pointer);
                const char* yes = tr(app, "opt.yes");
                const char* no = tr(app, "opt.no");
                if (radio(yes, false)) changed(app, s, pointer, ui::blank_object(spec.pattern));
                rec(fact_id(pointer) + "#recorded", yes, test_hooks::radio(fact_id(pointer), false));
                flow_item(radio_width(no), false);
                if (radio(no, false)) changed(app, s, pointer, json(nullptr));
                rec(fact_id(pointer) + "#none", no, test_hooks::radio(fact_id(pointer), false));
                break;
            }
            bool recorded = current.is_object();
            if (checkbox(label.c_str(), &recorded))
                changed(app, s, pointer, recorded ? ui::blank_object(spec.pattern) : json(nullptr));
            rec(fact_id(pointer) + "#recorded", label, test_hooks::checkbox(recorded));
            break;
        }
        case ui::FieldKind::array:
            ImGui::PopID();
            draw_array(app, s, spec, pointer);
            return;
    }
    ImGui::PopID();
    ImGui::Spacing();
}

// ---- [SECTION] Lists of elements -----------------------------------------------------------------------------
void draw_array(App& app, consult::Session& s, const ui::FieldSpec& spec, const std::string& pointer) {
    const json arr = s.editor.value(pointer);
    ImGui::SeparatorText(i18n::text(app.lang, ui::field_label_key(spec)).c_str());
    rec(fact_id(pointer), i18n::text(app.lang, ui::field_label_key(spec)));
    if (!s.editor.answered(pointer)) {  // not asked yet: none, or the first element
        not_answered(app, pointer);
        unanswered_list_buttons(app, s, pointer, spec.nullable, "ui.add_element");
        ImGui::Spacing();
        return;
    }
    const std::string child_prefix = std::string(spec.pattern) + "/*/";
    for (std::size_t i = 0; arr.is_array() && i < arr.size(); ++i) {
        const std::string el = pointer + "/" + std::to_string(i);
        ImGui::PushID(el.c_str());
        ImGui::Indent();
        ImGui::TextDisabled("#%d", static_cast<int>(i + 1));
        ImGui::SameLine();
        if (chip(tr(app, "ui.remove"))) {
            s.editor.remove_element(pointer, i);
            app.state_changed = true;
            ImGui::Unindent();
            ImGui::PopID();
            break;
        }
        rec(fact_id(el) + "#remove", tr(app, "ui.remove"));
        for (const auto& child : ui::field_catalogue()) {
            const std::string_view cp = child.pattern;
            if (cp.rfind(child_prefix, 0) != 0) continue;
            const std::string rest(cp.substr(child_prefix.size()));
            if (rest.find('*') != std::string::npos) continue;
            const std::string child_pointer = el + "/" + rest;
            if (!s.editor.value(parent_of(child_pointer)).is_object()) continue;
            draw_fact(app, s, child, child_pointer);
        }
        ImGui::Unindent();
        ImGui::Separator();
        ImGui::PopID();
    }
    ImGui::PushID(pointer.c_str());
    if (ImGui::Button(tr(app, "ui.add_element"))) {
        s.editor.add_element(pointer, true);
        app.state_changed = true;
    }
    ImGui::PopID();
    rec(fact_id(pointer) + "/+", tr(app, "ui.add_element"));
    ImGui::Spacing();
}

// ---- [SECTION] A page of facts -------------------------------------------------------------------------------
void draw_page_facts(App& app, consult::Session& s, std::string_view page, const std::string& item_base) {
    for (const auto& spec : ui::field_catalogue()) {
        if (spec.page != page) continue;
        const std::string pointer = instantiate(spec.pattern, item_base);
        if (pointer.find('*') != std::string::npos) continue;  // drawn inside its list (draw_array)
        const std::string parent = parent_of(pointer);
        if (!parent.empty() && !s.editor.value(parent).is_object()) continue;  // its object is not recorded
        draw_fact(app, s, spec, pointer);
    }
}

// ---- [SECTION] Validation errors -----------------------------------------------------------------------------
std::string error_line(Lang lang, const ValidationError& e) {
    const std::string facts_prefix = "/facts";
    const std::string ptr = e.path.rfind(facts_prefix, 0) == 0 ? e.path.substr(facts_prefix.size()) : e.path;
    const std::string& message = lang == Lang::nl ? e.message_nl : e.message_en;
    const ui::FieldSpec* spec = ui::find_field(ptr);
    return spec ? i18n::text(lang, ui::field_label_key(*spec)) + ": " + message : message;  // the question, never its pointer
}

void draw_errors(App& app, const consult::Session& s) {
    if (s.errors.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(consult::palette().red));
    ImGui::TextWrapped("\xE2\x9C\x97 %s", tr(app, "ui.errors_title"));
    ImGui::PopStyleColor();
    int shown = 0;
    for (const auto& e : s.errors) {
        if (++shown > 8) break;
        ImGui::Bullet();
        ImGui::TextWrapped("%s", error_line(app.lang, e).c_str());
        rec("error." + std::to_string(shown), error_line(app.lang, e), test_hooks::error_text());  // the live region says it
    }
}

} // namespace wams::app::widgets
