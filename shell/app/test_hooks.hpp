// test_hooks.hpp — records every widget the frame drew, by id: where it is (so tests click real widgets, never
// guessed pixels) and what it is (issue 18 §1: role, label, description, state, value — the page turns that list into
// real DOM elements, web/js/mirror.js). Actions from those elements come back through the same recorder: the page
// queues {id, action, value} (queue_action) and the widget with that id applies it when it is drawn next.
// The recorder is plain C++ (used natively by the smoke test); platform_web.cpp exports it to JavaScript as
// wams_test_state_json() (EMSCRIPTEN_KEEPALIVE), which browser tests read through Module.ccall.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace wams::app {
struct App;

namespace test_hooks {

// What a widget is, for assistive technology (the DOM element the page builds for it).
enum class Role : std::uint8_t { text, heading, button, radio, checkbox, textbox, link, status };
std::string_view to_string(Role r);

// Semantics a call site states where it draws the widget. Unstated: role from ImGui (an item with an id = button,
// without = text), no state.
struct Sem {
    Role role = Role::text;
    bool checked = false, selected = false, expanded = false, disabled = false, invalid = false;
    bool has_expanded = false;   // expanded is meaningful (a disclosure: rule card, history, a drop-down choice)
    bool option = false;         // an entry of a drop-down choice (widgets::combo_entry): pressed = selected
    int level = 0;               // heading level (1 = screen title, 2 = section / question)
    std::string group;           // radio or answer button: the id of the question it answers (the fieldset's legend)
    std::string description;     // extra words read after the label (e.g. a hint)
    std::string value;           // textbox: its text
    std::string name;            // the words the page says instead of the label, where the label is a code the tests
                                 // read ("R56", "Q1", "correct"): the label stays the tests' data, the layer says this
    bool stated = false;         // set by the helpers below: the call site stated the role
    // A cell of a data table (begin_table … end_table): the table's id, the grid's row and column index (row 0 = the
    // header row), and whether it is a column header. Set by the recorder, not by the call site.
    std::string table;
    int row = -1, col = -1;
    bool header = false;
};
Sem heading(int level = 2);
Sem button(bool disabled = false);
Sem radio(std::string group, bool checked);
// A button that answers question `group` the moment it is activated (Vraag, training): in the page a <button> in the
// question's fieldset, not a radio — arrow keys in a radio group would check, and so answer, each option passed.
Sem answer(std::string group);
Sem checkbox(bool checked);
Sem status();
Sem error_text();
Sem radio_group();                       // the text a radio group's radios name as their group: the fieldset's legend
Sem disclosure(bool expanded);           // a button that shows / hides a part (tree node): aria-expanded
Sem link();                              // a result or list entry that opens something (a help-desk hit)
Sem named(Sem s, std::string name);      // s, read aloud as name (Sem::name)
Sem column_header();                     // a data table's column header (widgets::header_row)
// A drop-down choice (ImGui combo): a button that shows / hides its entries (aria-expanded), and one of its entries,
// shown while it is open: a toggle button in a group named by the choice, pressed when it is the chosen one.
Sem combo(bool expanded);
Sem option(std::string combo_id, bool selected);
Sem named(std::string name);             // text read aloud as name  // a validation error's words: text, invalid (the page's live region announces ids "error.*")

struct WidgetRect {
    std::string id;       // stable id chosen by the code, e.g. "lang.en"
    std::string label;    // the text shown (current language)
    float x, y, w, h;     // in ImGui display coordinates (CSS pixels on the web)
    float cx0, cy0, cx1, cy1;  // the clip rectangle it was drawn in (its window / child / table cell): outside = hidden
    Sem sem;              // role, state, value
    unsigned int imgui_id = 0;  // ImGui's id of the item (0 = plain text); two records of one item = an alias id
};

// An action a DOM element asked for, applied to the widget with that id in the next frame that draws it.
enum class Action : std::uint8_t { none, activate, focus, set };
struct Pending {
    Action action = Action::none;
    std::string value;  // set: the new text
};

void begin_frame();                                                  // forget last frame's widgets
void end_frame();                                                    // drop actions no widget of this frame took (vanished ids)
// Between begin_table(id) and end_table(), called right after the widgets::Grid is made / before it ends, every item
// recorded is a cell of data table `id` at the grid's current row and column: the page says it as a table (role
// table / row / cell / columnheader), named by the item recorded with the table's id (its caption, e.g. the heading
// above it).
void begin_table(std::string id);
void end_table();
void table_cell(int row, int col);  // set by widgets::Grid: the cell being drawn (-1: none)
void record_last_item(std::string_view id, std::string_view label);  // the item ImGui drew last gets this id
void record_last_item(std::string_view id, std::string_view label, const Sem& sem);
// A part of the item ImGui drew last, not the item itself: a line of the document a read-only preview box shows
// (widgets::document). It spans the item's width, from y to y + h, and is cut to the item's rows from clip_y0 to
// clip_y1 (the box's inside: a line scrolled out of the box is recorded outside it). No ImGui id, so many parts of
// one box are not aliases of it, and no action or focus is ever applied through it.
void record_last_item_part(std::string_view id, std::string_view label, const Sem& sem, float y, float h, float clip_y0,
                           float clip_y1);
const WidgetRect* find(std::string_view id);                         // a widget of the last drawn frame
bool queue_action(std::string_view id, std::string_view action, std::string_view value);  // false: unknown action
Pending take_action(std::string_view id, Action kind);               // the action of that kind queued for id (removed), if any
bool actions_queued();
bool action_queued(std::string_view id, Action kind);                // one of that kind is queued for id (not taken)
const std::string& focused_id();                                     // the widget ImGui's keyboard focus is on ("" = none)
// Text capture (tests/app_text): with capture on, every text ImGui renders in the app's window during a frame is
// kept (ImGui's log, which ImGui::End of a top-level window closes: draw_frame calls body_begin / body_end around it).
void capture_text(bool on);
const std::string& captured_text();  // the text of the last frame drawn with capture on
void body_begin();                   // draw_frame, right after its window began
void body_end();                     // draw_frame, right before its window ends
// The widgets of the last drawn frame in drawing order; alias: an earlier record is the same ImGui item (a second id).
struct FrameWidget {
    const WidgetRect* rect;
    bool alias;
};
std::vector<FrameWidget> frame_widgets();
// One widget as the state JSON and the accessible layer both give it: id, label, x, y, w, h, clip, role, and the
// states both name alike (selected, option, expanded, disabled, invalid, level, group, description, table, row, col,
// header, alias). A radio's or checkbox's state, a text field's text and Sem::name each reader names its own way.
nlohmann::json widget_json(const WidgetRect& w, bool alias);
// {screen, lang, frame_count, display:{w,h}, missing_glyphs, focused,
//  widgets:[{id,label,x,y,w,h,clip:[x0,y0,x1,y1],role,…state}]}
std::string state_json(const App& app);

} // namespace test_hooks
} // namespace wams::app
