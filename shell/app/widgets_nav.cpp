// widgets_nav.cpp — the navigation bar on top of every consultation screen: screen tabs, undo of the last answer
// (button and Ctrl+Z), theme (light / dark / high contrast), UI scale 100–200 %, and the unsaved-work marker;
// plus the "Vorige / Volgende" buttons of the guided walk.
#include "widgets.hpp"

#include "file_bridge.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "wams/i18n.hpp"

#include <algorithm>

namespace wams::app::widgets {

namespace {
struct Tab {
    const char* screen;
    const char* key;
};
constexpr Tab kTabs[] = {
    {"start", "nav.start"},       {"ask", "nav.ask"},         {"process", "nav.process"}, {"walk", "nav.walk"},
    {"assessment", "nav.assessment"}, {"map", "nav.map"},     {"whatif", "nav.whatif"},
    {"casefile", "nav.casefile"}, {"dossier", "nav.dossier"},
};

void undo(App& app, consult::Session& s) {
    if (s.editor.undo()) app.state_changed = true;
}

// The next item on this line when `width` still fits, else on a new line.
void flow(float width) {
    ImGui::SameLine();
    if (ImGui::GetCursorPosX() + width > ImGui::GetContentRegionMax().x) ImGui::NewLine();
}

float button_w(const char* label) { return ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2; }

void theme_and_scale(App& app);

// Phone layout (docs/responsive.md): one "Menu: <screen>" button that unfolds the screens as a list of full-width
// buttons (ids nav.<screen> as the tabs), "Ongedaan maken", and "Weergave" that unfolds theme and scale.
void narrow_nav(App& app, consult::Session& s) {
    std::string current = tr(app, "nav.menu");
    for (const Tab& t : kTabs)
        if (app.screen == t.screen) current += std::string(": ") + i18n::text(app.lang, t.key);
    if (const Screen* sc = find_screen(app.screen); sc && current == tr(app, "nav.menu"))
        current += std::string(": ") + i18n::text(app.lang, sc->title_key);
    const std::string spoken = current;  // a screen reader hears "uitgeklapt"/"samengevouwen", not the arrows
    current += app.menu_open ? "  \xE2\x86\x91" : "  \xE2\x86\x93";  // ↑ / ↓ (U+2191, U+2193)
    if (ImGui::Button(current.c_str())) {
        app.menu_open = !app.menu_open;
        app.state_changed = true;
    }
    test_hooks::Sem menu = test_hooks::button();
    menu.expanded = app.menu_open;
    menu.has_expanded = true;
    consult::rec("nav.menu", spoken, menu);
    flow(button_w(tr(app, "nav.undo_short")));
    ImGui::BeginDisabled(!s.editor.can_undo());
    if (ImGui::Button(tr(app, "nav.undo_short"))) undo(app, s);
    ImGui::EndDisabled();
    consult::rec("nav.undo", tr(app, "nav.undo_short"));
    if (!ImGui::GetIO().WantTextInput && ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Z)) undo(app, s);
    flow(button_w(tr(app, "nav.display")));
    if (ImGui::Button(tr(app, "nav.display"))) {
        app.display_open = !app.display_open;
        app.state_changed = true;
    }
    test_hooks::Sem display = test_hooks::button();
    display.expanded = app.display_open;
    display.has_expanded = true;
    consult::rec("nav.display", tr(app, "nav.display"), display);
    if (s.editor.dirty()) {
        flow(ImGui::CalcTextSize(tr(app, "nav.unsaved")).x);
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(consult::palette().amber));
        ImGui::TextUnformatted(tr(app, "nav.unsaved"));
        ImGui::PopStyleColor();
        consult::rec("nav.unsaved", tr(app, "nav.unsaved"));
    }
    if (app.menu_open) {
        const float w = ImGui::GetContentRegionAvail().x;
        for (const Tab& t : kTabs) {
            const char* label = i18n::text(app.lang, t.key).c_str();
            const bool active = app.screen == t.screen;
            if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
            if (ImGui::Button(label, ImVec2(w, 0))) {
                app.go_to(t.screen);
                app.menu_open = false;
                app.state_changed = true;
            }
            if (active) ImGui::PopStyleColor();
            test_hooks::Sem tab = test_hooks::button();
            tab.selected = active;
            consult::rec(std::string("nav.") + t.screen, label, tab);
        }
    }
    if (app.display_open) theme_and_scale(app);
    ImGui::Separator();
}
} // namespace

namespace {
int g_title_fallbacks = 0;
} // namespace

int title_font_fallbacks() { return g_title_fallbacks; }

void push_title_font(App& app, std::string_view text) {
    ImFont* title = app.font_title;
    for (const char* p = text.data(), *end = p + text.size(); title != app.font_body && p < end;) {
        unsigned int c = 0;
        p += ImTextCharFromUtf8(&c, p, end);
        if (c >= 0x20 && !title->FindGlyphNoFallback(static_cast<ImWchar>(c))) title = app.font_body;
    }
    // The body font scaled to the title's size while it is pushed (ImGui reads the scale when a font is pushed).
    if (title == app.font_body && app.font_title != app.font_body) {
        app.font_body->Scale = app.font_title->FontSize / app.font_body->FontSize;
        ++g_title_fallbacks;
    }
    ImGui::PushFont(title);
}

void pop_title_font(App& app) {
    app.font_body->Scale = 1.0f;  // before the pop: the font below is read again with its own scale
    ImGui::PopFont();
}

void section_title(App& app, const char* text) {
    push_title_font(app, text);
    ImGui::TextUnformatted(text);
    pop_title_font(app);
}

void bullet_wrapped(const std::string& text) {
    ImGui::Bullet();  // keeps the cursor on the line; the wrapped lines align under the text's first character
    ImGui::TextWrapped("%s", text.c_str());
}

bool combo_entry(const std::string& combo_id, const std::string& entry_id, const std::string& label, bool selected) {
    ImGui::PushID(entry_id.c_str());
    const bool picked = ImGui::Selectable(label.c_str(), selected);
    ImGui::PopID();
    consult::rec(entry_id, label, test_hooks::option(combo_id, selected));
    return picked;
}

void cell_text(std::string_view id, const std::string& text) {
    ImGui::TextWrapped("%s", text.c_str());
    consult::rec(id, text);
}

void document(std::string_view id, const char* name, const std::string& text, ui::DocumentKind kind, float lines) {
    ImGuiWindow* parent = ImGui::GetCurrentWindow();
    const ImGuiID box_id = parent->GetID("##document");  // the id InputTextMultiline gives its scrolling child
    ImGui::InputTextMultiline("##document", const_cast<char*>(text.c_str()), text.size() + 1,
                              ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * lines), ImGuiInputTextFlags_ReadOnly);
    consult::rec(id, name, test_hooks::named(name));
    // Each line is placed where the box draws it (ImGui's BeginChildEx names the child "<parent>/<label>_<id>"): at
    // the frame padding, one font height per line of the text as written, moved by the box's scroll, cut to its
    // inside. A magnifier or touch exploration finds the line under the finger; a line scrolled away is still read.
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 box_min = ImGui::GetItemRectMin(), box_max = ImGui::GetItemRectMax();
    char child_name[256];
    ImFormatString(child_name, sizeof child_name, "%s/%s_%08X", parent->Name, "##document", box_id);
    const ImGuiWindow* child = ImGui::FindWindowByName(child_name);
    const float scroll_y = child ? child->Scroll.y : 0.0f;
    const float clip_y0 = child ? child->InnerClipRect.Min.y : box_min.y;
    const float clip_y1 = child ? child->InnerClipRect.Max.y : box_max.y;
    const float line_h = ImGui::GetFontSize();
    const float top = box_min.y + style.FramePadding.y - scroll_y;
    int n = 0;
    const std::string base = std::string(id) + ".";
    for (const auto& line : ui::document_lines(text, kind))
        test_hooks::record_last_item_part(base + std::to_string(n++), line.text,
                                          line.heading ? test_hooks::heading(3) : test_hooks::Sem{},
                                          top + line_h * static_cast<float>(line.line), line_h, clip_y0, clip_y1);
}

void push_wrap(float ems) {
    ImGui::PushTextWrapPos(std::min(ImGui::GetFontSize() * ems, ImGui::GetContentRegionMax().x));
}

float fit_width(float ems) { return std::min(ImGui::GetFontSize() * ems, ImGui::GetContentRegionAvail().x); }

bool wide_button(const std::string& id, const std::string& label, bool highlighted) {
    const ImGuiStyle& st = ImGui::GetStyle();
    const float w = ImGui::GetContentRegionAvail().x;
    const float wrap = std::max(1.0f, w - st.FramePadding.x * 2);
    const ImVec2 text = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap);
    const float h = std::max(text.y + st.FramePadding.y * 2, ImGui::GetFrameHeight());
    if (highlighted) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    const bool pressed = ImGui::Button(("##" + id).c_str(), ImVec2(w, h));
    if (highlighted) ImGui::PopStyleColor();
    const ImVec2 p = ImGui::GetItemRectMin();
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                                        ImVec2(p.x + st.FramePadding.x, p.y + (h - text.y) / 2),
                                        ImGui::GetColorU32(ImGuiCol_Text), label.c_str(), nullptr, wrap);
    return pressed;
}

namespace {
bool phone() { return current_app() && current_app()->narrow; }

// A radio button or checkbox whose label wraps: the box on the first line, the words beside it over as many lines as
// they need, the whole row one target. Used only where ImGui's own would run past the window (phone layout).
bool wrapped_choice(const char* label, bool on, bool round) {
    const ImGuiStyle& st = ImGui::GetStyle();
    const float avail = ImGui::GetContentRegionMax().x - ImGui::GetCursorPosX();
    const float box = ImGui::GetFrameHeight();
    const float wrap = std::max(1.0f, avail - box - st.ItemInnerSpacing.x);
    const ImVec2 text = ImGui::CalcTextSize(label, nullptr, true, wrap);
    const float h = std::max(box, text.y + st.FramePadding.y * 2);
    ImGui::PushID(label);
    const bool pressed = ImGui::InvisibleButton("##choice", ImVec2(avail, h));
    ImGui::PopID();
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 p = ImGui::GetItemRectMin();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 bg = ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg);
    const ImU32 border = ImGui::GetColorU32(ImGuiCol_Border);
    const ImU32 mark = ImGui::GetColorU32(ImGuiCol_CheckMark);
    if (round) {
        const ImVec2 c(p.x + box / 2, p.y + box / 2);
        const float r = box / 2 - 0.5f;
        dl->AddCircleFilled(c, r, bg, 24);
        if (st.FrameBorderSize > 0) dl->AddCircle(c, r, border, 24, st.FrameBorderSize);
        if (on) dl->AddCircleFilled(c, r - std::max(1.0f, box / 6), mark, 24);
    } else {
        dl->AddRectFilled(p, ImVec2(p.x + box, p.y + box), bg, st.FrameRounding);
        if (st.FrameBorderSize > 0) dl->AddRect(p, ImVec2(p.x + box, p.y + box), border, st.FrameRounding, 0, st.FrameBorderSize);
        if (on) {
            const float pad = std::max(1.0f, box / 6);
            ImGui::RenderCheckMark(dl, ImVec2(p.x + pad, p.y + pad), mark, box - pad * 2);
        }
    }
    ImGui::RenderNavHighlight(ImRect(p, ImGui::GetItemRectMax()), ImGui::GetItemID());
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p.x + box + st.ItemInnerSpacing.x, p.y + (h - text.y) / 2),
                ImGui::GetColorU32(ImGuiCol_Text), label, ImGui::FindRenderedTextEnd(label), wrap);
    return pressed;
}

bool fits(float width) { return ImGui::GetCursorPosX() + width <= ImGui::GetContentRegionMax().x; }
} // namespace

bool radio(const char* label, bool active) {
    if (!phone() || fits(radio_width(label) - ImGui::GetStyle().ItemSpacing.x)) return ImGui::RadioButton(label, active);
    return wrapped_choice(label, active, true);
}

bool checkbox(const char* label, bool* v) {
    if (!phone() || fits(radio_width(label) - ImGui::GetStyle().ItemSpacing.x)) return ImGui::Checkbox(label, v);
    if (!wrapped_choice(label, *v, false)) return false;
    *v = !*v;
    return true;
}

void beside(const char* next_label) {
    ImGui::SameLine();
    if (!fits(ImGui::CalcTextSize(next_label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2)) ImGui::NewLine();
}

void beside_text(const char* next_text) {
    ImGui::SameLine();
    if (!fits(ImGui::CalcTextSize(next_text).x)) ImGui::NewLine();
}

float chip_width(const char* label) {
    const App* app = current_app();
    const float w = ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
    return app && app->narrow ? std::max(w, ImGui::GetFrameHeight()) : w;
}

bool chip(const char* label) {
    const App* app = current_app();
    if (!app || !app->narrow) return ImGui::SmallButton(label);
    return ImGui::Button(label, ImVec2(chip_width(label), 0));
}

bool step_button(const char* label) {
    const App* app = current_app();
    const float w = chip_width(label);
    if (!fits(w)) ImGui::NewLine();  // the chips wrap at every width (at 768 px "Q11 Q12 Q13" ran off the edge)
    if (app && app->narrow && !fits(w)) return wide_button(label, label, false);  // longer than the line: its words wrap
    return chip(label);
}

void begin_pane(const char* id) {
    // Down to the bottom of the window, so the pane's own scrolling reaches its last line (a pane that ran past the
    // window's bottom hid its end from the wheel turned over it). Only when the header leaves less than 12 lines does
    // the pane keep 12 lines and the page scroll too; end_pane passes the wheel on to the page at the pane's ends.
    const float h = std::max(ImGui::GetContentRegionAvail().y, ImGui::GetTextLineHeightWithSpacing() * 12.0f);
    ImGui::BeginChild(id, ImVec2(0, h), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened);
}

void end_pane() {
    // Scroll chaining: the wheel turned over a pane that is already at its top or bottom, while the page's edge hides
    // part of the pane, scrolls the page until the pane is in view (Dear ImGui 1.90 gives the wheel to the innermost
    // scrollable window only, so the pane's hidden end was out of the wheel's reach).
    ImGuiWindow* pane = ImGui::GetCurrentWindow();
    const float wheel = ImGui::GetIO().MouseWheel;
    if (wheel != 0.0f && ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows) && pane->ParentWindow) {
        const bool at_end = wheel < 0 ? pane->Scroll.y >= pane->ScrollMax.y : pane->Scroll.y <= 0.0f;
        ImGuiWindow* page = pane->ParentWindow;
        // Only while the page's edge cuts the pane off in the wheel's direction: a pane wholly in view stays put with
        // everything around it (the results beside the questions do not move).
        const bool cut_off = wheel < 0 ? pane->Rect().Max.y > page->InnerRect.Max.y + 0.5f
                                       : pane->Rect().Min.y < page->InnerRect.Min.y - 0.5f;
        if (at_end && cut_off && page->ScrollMax.y > 0.0f) {
            const float step = ImGui::GetTextLineHeightWithSpacing() * 5.0f;
            ImGui::SetScrollY(page, std::clamp(page->Scroll.y - wheel * step, 0.0f, page->ScrollMax.y));
        }
    }
    ImGui::EndChild();
}

// ---- Two panes: side by side, or one at a time with a switch (phone layout) --------------------------------
Panes::Panes(App& app, const char* id, float first_weight, const char* first_key, const char* second_key)
    : app_(app) {
    if (app.pane_screen != app.screen) {  // another screen: start at its questions
        app.pane_screen = app.screen;
        app.pane = 0;
    }
    if (app.narrow) {
        // The switch: two buttons of half the width each; the shown pane is highlighted.
        const float w = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
        const char* keys[2] = {first_key, second_key};
        for (int i = 0; i < 2; ++i) {
            if (i) ImGui::SameLine();
            const bool on = app.pane == i;
            if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
            if (ImGui::Button(i18n::text(app.lang, keys[i]).c_str(), ImVec2(w, 0)) && !on) {
                app.pane = i;
                app.state_changed = true;
                ImGui::SetScrollY(0.0f);  // the other pane starts at its top
            }
            if (on) ImGui::PopStyleColor();
            test_hooks::Sem pane = test_hooks::button();
            pane.selected = on;  // the pane shown
            consult::rec(i ? "pane.second" : "pane.first", i18n::text(app.lang, keys[i]), pane);
        }
        ImGui::Separator();
        table_ = true;
        return;
    }
    grid_.emplace(id, std::initializer_list<GridColumn>{{nullptr, first_weight}, {nullptr, 1.0f - first_weight}},
                  grid_resizable | grid_borders_inner_v);
    table_ = true;
}

bool Panes::open(int which, const char* child_id) {
    close_child();
    if (!table_) return false;
    if (app_.narrow) return app_.pane == which;  // in the page itself: one scroll, by wheel, finger and keys
    grid_->next_column();
    begin_pane(child_id);
    child_open_ = true;
    return true;
}

void Panes::close_child() {
    if (!child_open_) return;
    end_pane();
    child_open_ = false;
}

void Panes::end() {
    close_child();
    if (grid_) grid_->end();
    table_ = false;
}

Panes::~Panes() { end(); }

namespace {
// Theme (light / dark / high contrast) and UI scale 100–200 %; they wrap to a new line when the window is narrow or
// the UI is scaled up.
void theme_and_scale(App& app) {
    auto wrap_group = [](float width) {
        ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
        if (ImGui::GetCursorPosX() + width > ImGui::GetContentRegionMax().x) ImGui::NewLine();
    };
    float themes_w = ImGui::CalcTextSize(tr(app, "nav.theme")).x;
    for (const char* k : {"nav.theme.light", "nav.theme.dark", "nav.theme.high_contrast"})
        themes_w += ImGui::CalcTextSize(tr(app, k)).x + ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x * 2;
    wrap_group(themes_w);
    ImGui::TextDisabled("%s", tr(app, "nav.theme"));
    consult::rec("nav.theme", tr(app, "nav.theme"), test_hooks::radio_group());  // the theme radios' legend
    const struct { Theme theme; const char* key; const char* id; } themes[] = {
        {Theme::light, "nav.theme.light", "nav.theme.light"},
        {Theme::dark, "nav.theme.dark", "nav.theme.dark"},
        {Theme::high_contrast, "nav.theme.high_contrast", "nav.theme.high_contrast"},
    };
    for (const auto& t : themes) {
        ImGui::SameLine();  // and under it when the line is full (phone layout)
        if (ImGui::GetCursorPosX() + widgets::radio_width(i18n::text(app.lang, t.key).c_str()) > ImGui::GetContentRegionMax().x)
            ImGui::NewLine();
        if (ImGui::RadioButton(i18n::text(app.lang, t.key).c_str(), app.theme == t.theme)) {
            app.theme = t.theme;
            app.settings_dirty = true;
            app.state_changed = true;
        }
        consult::rec(t.id, i18n::text(app.lang, t.key), test_hooks::radio("nav.theme", app.theme == t.theme));
    }
    wrap_group(ImGui::CalcTextSize(tr(app, "nav.scale")).x + ImGui::CalcTextSize("- 200 % +").x +
               ImGui::GetStyle().FramePadding.x * 4 + ImGui::GetStyle().ItemSpacing.x * 4);
    ImGui::TextDisabled("%s", tr(app, "nav.scale"));
    ImGui::SameLine();
    if (ImGui::Button("-")) {
        app.scale_percent = std::max(100, app.scale_percent - 25);
        app.settings_dirty = true;
        app.state_changed = true;
    }
    consult::rec("nav.scale.down", "-", test_hooks::named(test_hooks::button(), tr(app, "nav.scale.down")));
    ImGui::SameLine();
    ImGui::Text("%d %%", app.scale_percent);
    consult::rec("nav.scale.value", std::to_string(app.scale_percent),
                 test_hooks::named(widgets::fill_words(tr(app, "nav.scale.value"), {std::to_string(app.scale_percent)})));
    ImGui::SameLine();
    if (ImGui::Button("+")) {
        app.scale_percent = std::min(200, app.scale_percent + 25);
        app.settings_dirty = true;
        app.state_changed = true;
    }
    consult::rec("nav.scale.up", "+", test_hooks::named(test_hooks::button(), tr(app, "nav.scale.up")));
}
} // namespace

void nav_bar(App& app, consult::Session& s) {
    file_bridge::install();
    consult::apply_display_settings(app);
    // Without a case (the start screen, every screen before one is begun) there is nothing to check or assess: the
    // first check of the empty case waited in the page's first frame (issue 18 §3).
    if (s.case_started) consult::refresh(s);
    s.focused_widget.clear();

    if (app.narrow) {
        narrow_nav(app, s);
        return;
    }
    // Row 1: the screens.
    bool first = true;
    for (const Tab& t : kTabs) {
        const char* label = i18n::text(app.lang, t.key).c_str();
        const float w = ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2;
        if (!first) {
            ImGui::SameLine();
            if (ImGui::GetCursorPosX() + w > ImGui::GetContentRegionMax().x) ImGui::NewLine();
        }
        first = false;
        const bool active = app.screen == t.screen;
        if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(label)) app.go_to(t.screen);
        if (active) ImGui::PopStyleColor();
        test_hooks::Sem tab = test_hooks::button();
        tab.selected = active;  // the screen shown: aria-current="page" on the page's button
        consult::rec(std::string("nav.") + t.screen, label, tab);
    }

    // Row 2: undo, display settings, unsaved marker.
    ImGui::BeginDisabled(!s.editor.can_undo());
    if (ImGui::Button(tr(app, "nav.undo"))) undo(app, s);
    ImGui::EndDisabled();
    consult::rec("nav.undo", tr(app, "nav.undo"));
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled) && s.editor.last_change()) {
        // the question in words, never its JSON pointer (issue 17 §5)
        const std::string& ptr = s.editor.last_change()->pointer;
        const std::string label = question_label(app.lang, ptr.rfind("/facts/", 0) == 0 ? ptr.substr(6) : ptr);
        ImGui::SetTooltip("%s %s", tr(app, "nav.undo_tip"), label.c_str());
    }
    if (!ImGui::GetIO().WantTextInput && ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Z)) undo(app, s);

    theme_and_scale(app);
    if (s.editor.dirty()) {
        ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(consult::palette().amber));
        ImGui::TextUnformatted(tr(app, "nav.unsaved"));
        ImGui::PopStyleColor();
        consult::rec("nav.unsaved", tr(app, "nav.unsaved"));
    }
    ImGui::Separator();
}

void flow_buttons(App& app, consult::Session& s) {
    if (ImGui::Button(tr(app, "flow.back"))) consult::flow_back(app, s);
    consult::rec("flow.back", tr(app, "flow.back"));
    ImGui::SameLine();
    if (ImGui::Button(tr(app, "flow.next"))) consult::flow_next(app, s);
    consult::rec("flow.next", tr(app, "flow.next"));
}

} // namespace wams::app::widgets
