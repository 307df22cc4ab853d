// test_hooks.cpp — widget rectangle recorder and the state JSON read by the smoke and browser tests.
#include "test_hooks.hpp"

#include "app.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "wams/i18n.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

namespace wams::app::test_hooks {
namespace {
std::vector<WidgetRect>& widgets() {
    static std::vector<WidgetRect> list;
    return list;
}
// Actions queued by the page since the last frame: {id, pending}. Kept for ONE frame: a frame that does not draw
// the id drops it (end_frame), so nothing typed outlives the frame after it (the wipe needs no extra step).
std::vector<std::pair<std::string, Pending>>& queue() {
    static std::vector<std::pair<std::string, Pending>> q;
    return q;
}
bool& queue_seen_frame() {  // the queue existed when this frame began: end_frame may drop what is left
    static bool b = false;
    return b;
}
std::string& focused() {
    static std::string f;
    return f;
}
} // namespace

std::string_view to_string(Role r) {
    switch (r) {
        case Role::text: return "text";
        case Role::heading: return "heading";
        case Role::button: return "button";
        case Role::radio: return "radio";
        case Role::checkbox: return "checkbox";
        case Role::textbox: return "textbox";
        case Role::link: return "link";
        case Role::status: return "status";
    }
    return "text";
}

Sem heading(int level) { Sem s; s.role = Role::heading; s.level = level; s.stated = true; return s; }
Sem button(bool disabled) { Sem s; s.role = Role::button; s.disabled = disabled; s.stated = true; return s; }
Sem radio(std::string group, bool checked) {
    Sem s; s.role = Role::radio; s.group = std::move(group); s.checked = checked; s.stated = true; return s;
}
Sem answer(std::string group) {
    Sem s; s.role = Role::button; s.group = std::move(group); s.stated = true; return s;
}
Sem checkbox(bool checked) { Sem s; s.role = Role::checkbox; s.checked = checked; s.stated = true; return s; }
Sem status() { Sem s; s.role = Role::status; s.stated = true; return s; }
Sem radio_group() { Sem s; s.role = Role::text; s.stated = true; return s; }
Sem disclosure(bool expanded) {
    Sem s; s.role = Role::button; s.has_expanded = true; s.expanded = expanded; s.stated = true; return s;
}
Sem link() { Sem s; s.role = Role::link; s.stated = true; return s; }
Sem named(Sem s, std::string name) { s.name = std::move(name); return s; }
Sem named(std::string name) { Sem s; s.role = Role::text; s.stated = true; s.name = std::move(name); return s; }
Sem error_text() { Sem s; s.role = Role::text; s.invalid = true; s.stated = true; return s; }
Sem combo(bool expanded) { return disclosure(expanded); }
Sem option(std::string combo_id, bool selected) {
    Sem s; s.role = Role::button; s.group = std::move(combo_id); s.selected = selected; s.option = true; s.stated = true;
    return s;
}
Sem column_header() { Sem s; s.role = Role::text; s.header = true; s.stated = true; return s; }

namespace {
std::vector<std::string>& open_tables() { static std::vector<std::string> t; return t; }
} // namespace
struct Cell { int row = -1, col = -1; };
Cell& grid_cell() { static Cell c; return c; }
void begin_table(std::string id) { open_tables().push_back(std::move(id)); }
void table_cell(int row, int col) { grid_cell() = {row, col}; }
void end_table() { if (!open_tables().empty()) open_tables().pop_back(); }

void begin_frame() {
    widgets().clear();
    focused().clear();
    queue_seen_frame() = !queue().empty();
}

void end_frame() {
    // Actions queued before this frame began and not taken by a widget: their id vanished. Actions queued while the
    // frame ran (JavaScript does not run inside a frame on the web, but keep the rule simple) wait for the next one.
    if (queue_seen_frame()) queue().clear();
    queue_seen_frame() = false;
}

bool queue_action(std::string_view id, std::string_view action, std::string_view value) {
    Pending p;
    if (action == "activate") p.action = Action::activate;
    else if (action == "focus") p.action = Action::focus;
    else if (action == "set") p.action = Action::set;
    else return false;
    p.value = std::string(value);
    // One pending action per (id, kind): a newer text replaces an older one (typing fast between two frames).
    for (auto& [qid, q] : queue())
        if (qid == id && q.action == p.action) {
            q = std::move(p);
            return true;
        }
    queue().emplace_back(std::string(id), std::move(p));
    return true;
}

Pending take_action(std::string_view id, Action kind) {
    auto& q = queue();
    for (auto it = q.begin(); it != q.end(); ++it)
        if (it->first == id && it->second.action == kind) {
            Pending p = std::move(it->second);
            q.erase(it);
            return p;
        }
    return {};
}

bool actions_queued() { return !queue().empty(); }
bool action_queued(std::string_view id, Action kind) {
    for (const auto& [qid, q] : queue())
        if (qid == id && q.action == kind) return true;
    return false;
}
const std::string& focused_id() { return focused(); }

namespace {
struct Capture {
    bool on = false;
    std::string text;
};
Capture& capture() {
    static Capture c;
    return c;
}
} // namespace

void capture_text(bool on) { capture().on = on; }
const std::string& captured_text() { return capture().text; }

void body_begin() {
    if (capture().on) ImGui::LogToBuffer();
}

void body_end() {
    if (!capture().on) return;
    capture().text = GImGui->LogBuffer.c_str();
    ImGui::LogFinish();
}

namespace {
// An action the page queued for this widget (issue 18 §1, docs/accessibility.md "Actions"). Activation goes through
// ImGui's own keyboard activation (ActivateItemByID: next frame the widget's ButtonBehavior reports the press, so the
// call site's `if (ImGui::Button(...))` runs its handler — no copy of it); focus moves ImGui's keyboard focus and
// shows its focus ring. Both scroll the widget into view first (a clipped item cannot be pressed).
void apply_action(std::string_view id) {
    ImGuiContext& g = *GImGui;
    const ImGuiID item = g.LastItemData.ID;
    if (item == 0) return;
    const bool activate = take_action(id, Action::activate).action != Action::none;
    const bool focus = take_action(id, Action::focus).action != Action::none;
    if (!activate && !focus) return;
    g.NavInputSource = ImGuiInputSource_Keyboard;  // as keyboard navigation: ImGui keeps the focus ring shown
    ImGui::SetFocusID(item, g.CurrentWindow);
    g.NavIdIsAlive = true;          // drawn this frame (before it got the focus): release_vanished_focus must keep it
    g.NavDisableHighlight = false;  // the focus ring is drawn where the DOM focus is
    g.NavDisableMouseHover = true;
    ImGui::ScrollToItem(ImGuiScrollFlags_KeepVisibleEdgeY);
    if (activate && !(g.LastItemData.InFlags & ImGuiItemFlags_Disabled))
        ImGui::ActivateItemByID(item);
    if (App* app = const_cast<App*>(wams::app::current_app())) app->state_changed = true;  // draw the frames that apply it
}

} // namespace

void record_last_item(std::string_view id, std::string_view label) {
    Sem sem;  // not stated: an item with an ImGui id reacts to clicks (Button, SmallButton, Selectable, TreeNode)
    sem.role = GImGui->LastItemData.ID != 0 ? Role::button : Role::text;
    if (sem.role == Role::button && (GImGui->LastItemData.InFlags & ImGuiItemFlags_Disabled)) sem.disabled = true;
    record_last_item(id, label, sem);
}

namespace {
// The item ImGui drew last: its rectangle and the clip rectangle it was drawn in, recorded as `id`.
WidgetRect last_item(std::string_view id, std::string_view label, const Sem& sem, unsigned int imgui_id) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 size = ImGui::GetItemRectSize();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 c0 = dl->GetClipRectMin(), c1 = dl->GetClipRectMax();
    return {std::string(id), std::string(label), min.x, min.y, size.x, size.y, c0.x, c0.y, c1.x, c1.y, sem, imgui_id};
}
} // namespace

void record_last_item(std::string_view id, std::string_view label, const Sem& sem) {
    const unsigned int imgui_id = GImGui->LastItemData.ID;
    WidgetRect w = last_item(id, label, sem, imgui_id);
    if (w.sem.stated && (GImGui->LastItemData.InFlags & ImGuiItemFlags_Disabled)) w.sem.disabled = true;
    if (!open_tables().empty() && grid_cell().row >= 0) {
        w.sem.table = open_tables().back();
        w.sem.row = grid_cell().row;
        w.sem.col = grid_cell().col;
    }
    // The first id recorded for the focused item wins (an item may carry an alias id, e.g. start.begin).
    if (imgui_id != 0 && focused().empty() && ImGui::IsItemFocused() && !GImGui->NavDisableHighlight) focused() = w.id;
    widgets().push_back(std::move(w));
    if (!queue().empty()) apply_action(id);
}

void record_last_item_part(std::string_view id, std::string_view label, const Sem& sem, float y, float h, float clip_y0,
                           float clip_y1) {
    WidgetRect w = last_item(id, label, sem, 0);  // no ImGui id: not an alias of the item, takes no action
    w.y = y;
    w.h = h;
    w.cy0 = std::max(w.cy0, clip_y0);
    w.cy1 = std::min(w.cy1, clip_y1);
    widgets().push_back(std::move(w));
}

const WidgetRect* find(std::string_view id) {
    for (const auto& w : widgets())
        if (w.id == id) return &w;
    return nullptr;
}

std::vector<FrameWidget> frame_widgets() {
    std::vector<FrameWidget> out;
    std::vector<unsigned int> seen;  // ImGui ids already listed: a second record of one item is an alias
    for (const auto& w : widgets()) {
        const bool alias = w.imgui_id != 0 && std::find(seen.begin(), seen.end(), w.imgui_id) != seen.end();
        if (w.imgui_id != 0 && !alias) seen.push_back(w.imgui_id);
        out.push_back({&w, alias});
    }
    return out;
}

nlohmann::json widget_json(const WidgetRect& w, bool alias) {
    const Sem& s = w.sem;
    nlohmann::json o = {{"id", w.id}, {"label", w.label}, {"x", w.x}, {"y", w.y}, {"w", w.w}, {"h", w.h},
                        {"clip", {w.cx0, w.cy0, w.cx1, w.cy1}}, {"role", std::string(to_string(s.role))}};
    if (s.selected) o["selected"] = true;
    if (s.option) o["option"] = true;
    if (s.has_expanded) o["expanded"] = s.expanded;
    if (s.disabled) o["disabled"] = true;
    if (s.invalid) o["invalid"] = true;
    if (s.level) o["level"] = s.level;
    if (!s.group.empty()) o["group"] = s.group;
    if (!s.description.empty()) o["description"] = s.description;
    if (!s.table.empty()) {
        o["table"] = s.table;
        o["row"] = s.row;
        o["col"] = s.col;
        if (s.header) o["header"] = true;
    }
    if (alias) o["alias"] = true;
    return o;
}

std::string state_json(const App& app) {
    nlohmann::json j;
    j["screen"] = app.screen;
    j["lang"] = std::string(i18n::lang_code(app.lang));
    j["frame_count"] = app.frame_count;
    const ImVec2 display = ImGui::GetCurrentContext() ? ImGui::GetIO().DisplaySize : ImVec2(0, 0);
    j["display"] = {{"w", display.x}, {"h", display.y}};
    j["missing_glyphs"] = missing_glyphs();
    // Sharp text (docs/responsive.md): device pixels per CSS px, the atlas's scale, and the body font's glyph height in
    // atlas pixels (17 px × the atlas scale).
    j["framebuffer_scale"] = ImGui::GetCurrentContext() ? ImGui::GetIO().DisplayFramebufferScale.x : 0.0f;
    j["font_scale"] = app.font_scale;
    j["font_px"] = app.font_body ? app.font_body->FontSize : 0.0f;
    j["font_global_scale"] = ImGui::GetCurrentContext() ? ImGui::GetIO().FontGlobalScale : 0.0f;
    // The atlas texture's size in pixels (uploaded as RGBA: 4 bytes each), 0 × 0 before it is built.
    const ImFontAtlas* atlas = ImGui::GetCurrentContext() ? ImGui::GetIO().Fonts : nullptr;
    j["atlas"] = {atlas ? atlas->TexWidth : 0, atlas ? atlas->TexHeight : 0};
    j["focused"] = focused();
    j["widgets"] = nlohmann::json::array();
    for (const auto& [rect, alias] : frame_widgets()) {
        const Sem& s = rect->sem;
        nlohmann::json o = widget_json(*rect, alias);
        if (s.role == Role::radio || s.role == Role::checkbox) o["checked"] = s.checked;
        if (!s.name.empty()) o["name"] = s.name;
        if (s.role == Role::textbox) o["value"] = s.value;
        j["widgets"].push_back(std::move(o));
    }
    return j.dump();
}

} // namespace wams::app::test_hooks
