// consult.hpp — the consultation session shared by the consultation screens (issue 4): the case being edited
// (wams::ui::CaseEditor), the assessment core computed from it (cached per revision), where the user is in the
// guided walk and the file bridge to the browser. Views read this; only core
// decides (assess, walk_item, diff_assessments).
//
// [SECTION] Session state
// [SECTION] Guided flow (process pages → necessity walk per item → assessment)
// [SECTION] Display settings
// [SECTION] Widget ids for tests
#pragma once
#include "app.hpp"
#include "test_hooks.hpp"
#include "wams/assessment.hpp"
#include "wams/verdict_words.hpp"
#include "wams/case.hpp"
#include "wams/interview.hpp"
#include "wams/ui_model.hpp"
#include "wams/validate.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wams::app::consult {

// ---- [SECTION] Session state ---------------------------------------------------------------------------------
struct Session {
    ui::CaseEditor editor;                       // the anonymous case (facts) and its undo history
    bool case_started = false;                   // a case was begun or opened (start screen)

    // Derived from the editor (refresh()): what every screen draws.
    std::uint64_t computed_revision = 0;
    std::vector<ValidationError> errors;         // validate_facts on the current facts; non-empty = no assessment
    std::optional<Facts> facts;                  // typed facts when valid
    std::optional<Assessment> assessment;        // assess(facts) when valid
    nlohmann::json assessment_json;              // to_json(*assessment): what the assessment screen shows
    // Issue 17, "unanswered is a state": a case with questions not yet answered (absent) has no assessment. What
    // is already decided is the interview's (interview::run): computed when asked for, cached per revision.
    std::vector<std::string> unasked;            // pointers into FACTS of the questions not answered yet
    bool open_wanted = false;                    // the user asked what is decided already (computed next frame)
    int open_frames_waiting = 0;                 // frames drawn since (the first says "Bezig")
    std::uint64_t open_revision = 0;             // the revision `open` belongs to (0: none)
    interview::Result open;                      // decided values, "open" for the others, with what they wait for
    std::vector<VerdictWords> words;             // every verdict in words (all_in_words), for words_revision/words_lang
    std::uint64_t words_revision = 0;
    Lang words_lang = Lang::nl;

    // Guided flow.
    std::string process_page = "entry";          // one of ui::process_pages()
    int walk_item = 0;                           // data item shown in the necessity walk
    std::string walk_page = "item";              // one of ui::walk_pages() or "Q13"
    std::string last_flow_screen = "process";    // "process" or "walk": where the process map puts "you are here"

    // What-if.
    std::string whatif_pointer;                  // the one fact changed
    nlohmann::json whatif_value;                 // its alternative value

    // Case file.
    std::string file_message;                    // last save/open result: "saved", "copied", "clipboard-denied",
                                                 // "invalid" (file_errors), or the source of an opened file
    std::vector<ValidationError> file_errors;    // why the last file could not be opened (shown in the UI language)
    std::string screen_request;                  // a screen to show at the next frame: where a dropped file's result is
    std::vector<nlohmann::json> pending_cases;   // a cases file with several cases: the user picks one
    std::string last_saved_text;                 // the text of the last save (tests read it)

    std::string focused_widget;                  // id of the widget with keyboard focus (tests read it)
    std::string expanded_card;                   // id of the rule/ambiguity card opened by the user
};

Session& session();                              // the one session of this page
void refresh(Session& s);                        // recompute validation + assessment when the case changed
bool partial(const Session& s);                  // questions are unanswered and the answers given are valid
const nlohmann::json& shown_assessment(Session& s);  // the assessment, or for a partial case the interview's (null until computed)
bool open_current(const Session& s);             // `open` belongs to the current revision
void compute_open(Session& s);                   // interview::run on the partial case (slow: a "Bezig" frame first)
const VerdictWords* words_for(Session& s, Lang lang, std::string_view subject);  // "investigation", "data_items/D1"; nullptr when none
void start_case(Session& s, EntryRoute route);   // a new, empty anonymous case on this route
// The result of a save, a copy or an opened file, shown on the case-file screen (`file_message`); a file's errors go
// with "invalid" only, so a later result drops them.
void file_result(Session& s, std::string message, std::vector<ValidationError> errors = {});
bool file_result_is_error(const Session& s);  // "invalid" or "clipboard-denied": shown in red, said as an error
void open_case(Session& s, nlohmann::json case_doc);  // replace the case (history cleared, not dirty)
bool receive_case_text(Session& s, std::string_view text, std::string_view source);  // open file/clipboard/drop text; false + message on errors
void apply_screen_request(App& app);                 // go to session().screen_request, if any (called each frame)
std::string save_case_text(Session& s);          // the case file text; marks the case saved

// ---- [SECTION] Guided flow ---------------------------------------------------------------------------------
std::vector<std::string> visible_process_pages(const Session& s);  // the professional-route pages only on that route
void flow_next(App& app, Session& s);            // the "Volgende" button: next page, next item, then the assessment
void flow_back(App& app, Session& s);            // the "Vorige" button

// ---- [SECTION] Display settings -----------------------------------------------------------------------------
void apply_display_settings(App& app);           // theme + scale into ImGui's style (call before widgets)
struct Palette {                                 // theme-aware colours (verdicts, highlights)
    unsigned int green, amber, red, grey, blue, text_on_badge, highlight, muted;
    unsigned int row_mark;                       // a marked table row's background: text and the inks legible on it
};
const Palette& palette();                        // for the theme of the App being drawn (current_app())
unsigned int ink_on(unsigned int fill);          // the theme's text colour if 4.5:1 on `fill` (opaque), else near-black

// ---- [SECTION] Widget ids for tests -------------------------------------------------------------------------
void rec(std::string_view id, std::string_view label);  // test_hooks::record_last_item + keyboard-focus tracking
// The same with the role and state stated where the widget is drawn (test_hooks::heading(), button(), radio(group,
// checked), checkbox(checked), status()): the page builds a real element from it and its actions come back here.
void rec(std::string_view id, std::string_view label, const test_hooks::Sem& sem);
// A text field: records it as a textbox with `text` as its value; true when the page set a new text into `text` this
// frame, whole, however long (the call site treats it exactly as its InputText's edit). `typing_on` (optional): set
// true when that text continues the page's last text for this same field, typed without leaving it (the field kept the
// DOM focus), so the call site makes one undo step of it, as ImGui's own typing in one go is.
bool rec_text(std::string_view id, std::string_view label, std::string& text, bool* typing_on = nullptr);
std::string fact_id(std::string_view pointer);           // "facts/entry/route"
std::string answer_id(std::string_view pointer, const nlohmann::json& value);  // "facts/entry/route=client_request"

} // namespace wams::app::consult
