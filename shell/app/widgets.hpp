// widgets.hpp — shared helpers of the consultation screens: the navigation bar, fact widgets driven by the
// catalogue (wams::ui::field_catalogue), verdict/value badges (colour AND icon AND words), rule, condition,
// ambiguity and advisory cards with the rulebook's id, section and Dutch quote.
//
// [SECTION] Navigation        widgets_nav.cpp
// [SECTION] Fact widgets      widgets_fields.cpp
// [SECTION] Verdicts & cards  widgets_verdict.cpp
#pragma once
#include "app.hpp"
#include "consult.hpp"
#include "wams/ids.hpp"

#include <imgui.h>
#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wams::app::widgets {

// ---- [SECTION] Navigation ----------------------------------------------------------------------------------
void nav_bar(App& app, consult::Session& s);            // screen tabs, undo, theme, scale, unsaved marker (top of every consultation screen)
void flow_buttons(App& app, consult::Session& s);       // "Vorige" / "Volgende" of the guided walk
void section_title(App& app, const char* text);          // a large heading
// The title font for `text`; a text with a character the title font has no glyph for (a trainer's scenario from a
// file: the title font holds only the app's own titles' characters, app.cpp) is drawn in the body font at the title's
// size instead. Always paired with pop_title_font.
void push_title_font(App& app, std::string_view text);
void pop_title_font(App& app);
int title_font_fallbacks();  // how many titles were drawn in the body font so far (tests: none of the app's own)
void bullet_wrapped(const std::string& text);            // a bullet whose text wraps at the pane's edge (ImGui::BulletText clips)
void begin_pane(const char* id);                         // a column of a two-column screen as its own scrolling child window, down to the bottom of the page (keyboard navigation crosses into it)
void end_pane();                                         // closes begin_pane; the wheel at the pane's top or bottom scrolls the page
void cell_text(std::string_view id, const std::string& text);  // a table cell's wrapped text, recorded (said as a cell)
// A read-only document in a scrolling box `lines` text lines high (the dossier record, the case file): in the page's
// accessible layer the box is named `name` and every line follows as its own text, headings as headings
// (ui::document_lines), so a screen reader reads the whole document, not only its start; each line lies over the row
// the box shows it on (moved by the box's scroll), so a magnifier or touch exploration finds it there.
void document(std::string_view id, const char* name, const std::string& text, ui::DocumentKind kind, float lines);
void push_wrap(float ems);                               // PushTextWrapPos at `ems` font sizes, or at the window's edge when that is nearer
float fit_width(float ems);
bool wide_button(const std::string& id, const std::string& label, bool highlighted);  // the line's full width; its label wraps (phone layout: no clipped label)
bool step_button(const char* label);
// A small button (rule chips, "Verwijderen", suggestions): ImGui::SmallButton in the wide layout; in the phone layout a
// touch target of at least 44 × 44 CSS px (the phone style's frame padding gives the height, the width is at least the
// height). chip_width is the width it takes, for wrapping a row of them.
bool chip(const char* label);
// A text field over a std::string of any length (ImGui's resize callback). `hint` (optional) is shown while empty.
// True when typed in. (A block the text outgrows is zeroed when freed, like every block in the page:
// platform_web_zeroing.cpp.)
bool input_text(const char* id, std::string& text, const char* hint = nullptr);
float chip_width(const char* label);
// An entry of an open drop-down choice (between ImGui::BeginCombo and EndCombo): a Selectable, recorded as an option of
// the choice `combo_id` (test_hooks::option: in the page a toggle button in a group named by the choice). After
// EndCombo the choice itself is recorded with test_hooks::combo(open) (issue 18 §1).
bool combo_entry(const std::string& combo_id, const std::string& entry_id, const std::string& label, bool selected);
bool radio(const char* label, bool active);              // ImGui::RadioButton, or (phone layout, label wider than the line) one whose label wraps
bool checkbox(const char* label, bool* v);               // ImGui::Checkbox, likewise
void beside(const char* next_label);                     // SameLine for a button labelled `next_label`, or a new line when it would not fit
void beside_text(const char* next_text);                 // SameLine for a text, or a new line when it would not fit                     // a page-stepper chip after SameLine: small (wide layout), or touch-sized and on the next line when full (phone)                              // `ems` font sizes, or the width left on the line when that is less

// A table of the screens' own (widgets_grid.cpp; Dear ImGui's tables are not linked): columns sharing the width by
// weight, or (weight 0) as wide as their widest cell, rows as high as their highest cell. Used like ImGui's tables:
//     widgets::Grid grid("steps", {{"Vraag", 0}, {"Antwoord", 1}}, widgets::grid_borders | widgets::grid_row_bg);
//     grid.header_row("walk.steps");            // a data table's headers, recorded as its column headers
//     grid.next_row(); grid.next_column(); ...  // each cell's widgets stay inside it (wrap, width, clipping)
// The destructor ends it (or end()); the layout then goes on under it.
struct GridColumn {
    const char* header;
    float weight;
};
enum GridFlags : int {
    grid_borders_outer = 1,
    grid_borders_inner_v = 2,
    grid_borders_inner_h = 4,
    grid_borders = 7,
    grid_row_bg = 8,       // alternating row backgrounds (the style's table row colours)
    grid_row_marks = 16,   // rows may be marked with set_row_bg
    grid_resizable = 32,   // two columns: the divider between them can be dragged
};
class Grid {
public:
    Grid(const char* id, std::initializer_list<GridColumn> columns, int flags);
    ~Grid();
    Grid(const Grid&) = delete;
    Grid& operator=(const Grid&) = delete;
    void next_row(bool header = false);
    void next_column();                       // the next cell (the next row's first after the last column)
    void set_row_bg(ImU32 colour);            // the current row's background (grid_row_marks)
    void header_row(std::string_view table_id);
    void end();

private:
    bool split() const { return (flags_ & (grid_row_bg | grid_row_marks)) != 0; }
    float column_x(int c) const;
    void end_cell();
    void end_row();
    int flags_;
    std::vector<GridColumn> columns_;
    Grid* outer_;
    std::vector<float> widths_, fit_;
    ImGuiID id_ = 0;
    ImVec2 pad_;
    float x0_ = 0, x1_ = 0, y0_ = 0, row_y0_ = 0, row_y1_ = 0;
    ImVec2 saved_work_min_, saved_work_max_;
    float saved_content_max_x_ = 0, saved_columns_offset_ = 0;
    ImVec2 saved_max_;
    int row_ = -1, column_ = -1, cell_ = -1, data_rows_ = 0;
    ImU32 row_bg_ = 0;
    bool header_ = false, ended_ = false;
};

// Two panes (docs/responsive.md): side by side, each scrolling on its own (wide layout), or one at a time under a
// switch "Vragen | Uitkomst" in the page's own scroll (phone layout). Draw a pane's contents only when open() says so:
//     widgets::Panes panes(app, "walk", 0.58f, "pane.questions", "pane.result");
//     if (panes.first("##question")) { ... }
//     if (panes.second("##effect")) { ... }
class Panes {
public:
    Panes(App& app, const char* id, float first_weight, const char* first_key, const char* second_key);
    ~Panes();
    Panes(const Panes&) = delete;
    Panes& operator=(const Panes&) = delete;
    bool first(const char* child_id) { return open(0, child_id); }
    bool second(const char* child_id) { return open(1, child_id); }
    void end();  // closes the last pane and the table (also done by the destructor)

private:
    bool open(int which, const char* child_id);
    void close_child();
    App& app_;
    std::optional<Grid> grid_;  // the wide layout
    bool table_ = false;
    bool child_open_ = false;
};

// ---- [SECTION] Fact widgets --------------------------------------------------------------------------------
void draw_fact(App& app, consult::Session& s, const ui::FieldSpec& spec, const std::string& pointer);  // one question with its answers
void draw_page_facts(App& app, consult::Session& s, std::string_view page, const std::string& item_base = "");  // every question of a page
void draw_array(App& app, consult::Session& s, const ui::FieldSpec& spec, const std::string& pointer);  // a list of elements with add/remove
std::string fact_answer_label(const App& app, const std::string& pointer, const nlohmann::json& value);  // the shown words for a fact's value
std::string fact_answer_label(Lang lang, const std::string& pointer, const nlohmann::json& value);      // the same, for a language
bool coded_text(const ui::FieldSpec& spec);                  // a text fact whose suggestions are codes (domain references, organisers)
std::string coded_text_label(Lang lang, std::string_view value);  // "social:Wgs" → "sociaal domein: Wgs"; other text unchanged
std::string item_name(Lang lang, std::size_t index);         // "Gegeven 1": a data item as screens name it (never its item_id "D1", which reads as design choice D1)
void draw_errors(App& app, const consult::Session& s);   // validation errors with the question they concern
std::string error_line(Lang lang, const ValidationError& e);  // "<question>: <message>" (the question's words, not its JSON pointer)
void pii_warning(App& app, const std::string& text);     // under a typed text: it looks like personal data (and what)
void flow_item(float width, bool first);                 // radio-like widgets in rows: SameLine while the next fits
float radio_width(const char* label);                    // the width flow_item needs for a radio/checkbox with label

// ---- [SECTION] Verdicts & cards ----------------------------------------------------------------------------
enum class Tone { positive, conditional, negative, outside, undetermined, neutral };
Tone verdict_tone(std::string_view verdict);             // allowed … undetermined (§0.2)
Tone value_tone(std::string_view value);                 // process values: yes, mandatory, no, pending, …
void tone_icon(Tone tone, float size);                   // a drawn icon: check, check+!, cross, slash, ?, dash
void verdict_badge(App& app, std::string_view verdict, std::string_view id);  // icon + coloured words for a data-item verdict
void value_badge(App& app, std::string_view value, std::string_view id);      // icon + coloured words for a process value
const char* value_label(const App& app, std::string_view value);              // the words for a process value
void id_chips(App& app, consult::Session& s, const Ids& ids, std::string_view context);  // R/A/D/condition/advisory chips; a click opens the card
void effect_badge(App& app, std::string_view effect, std::string_view id);    // stop / block / ask / condition / continue / skip / record
std::string condition_text(const App& app, std::string_view code);            // the condition in words (rulebook §8.4)
std::string advisory_text(const App& app, std::string_view code);             // the advisory in words (§9.3)
void ambiguity_card(App& app, consult::Session& s, std::string_view a_id, std::string_view context);  // both readings side by side
void outcome_line(App& app, consult::Session& s, const char* label, const nlohmann::json& outcome, std::string_view id);  // label, value badge, rule chips
void item_result(App& app, consult::Session& s, const nlohmann::json& item, std::string_view id);  // verdict, rules, conditions, ambiguities of one data item
void investigation_readings(App& app, consult::Session& s, const nlohmann::json& investigation);  // A1: both readings' outcomes + quotes
void verdict_words(App& app, consult::Session& s, std::string_view subject, std::string_view id);  // why, in words; what would change it
// A case with questions not yet answered (issue 17): how many, which of them on this page (`pages`: the pages whose
// questions to list; item_base "/data_items/N" for the walk), and the button that works out what is already decided
// (consult::compute_open, after a "Bezig" frame). Returns true when consult::shown_assessment(s) has something to show.
bool open_state(App& app, consult::Session& s, std::string_view page, const std::string& item_base, std::string_view id);
std::string question_label(Lang lang, const std::string& pointer);  // "Gegeven 1 — Wat is het doel?" for a pointer into FACTS
void waits_for(App& app, const nlohmann::json& outcome);
// Words for assistive technology (issue 18 §1): a pattern's {0}, {1}… filled in; a chip's name in words ("Regel R56:
// <title>", "Onduidelijke tekst A3: <title>"; other codes as they are).
std::string fill_words(const char* pattern, std::initializer_list<std::string> args);
std::string chip_name(const App& app, std::string_view id);  // "Hangt nog af van:" + the questions of an open value

} // namespace wams::app::widgets
