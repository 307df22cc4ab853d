// app_state.hpp — everything the app holds about a case, a training session or a help-desk question, as ONE value
// (issue 16 part 5). "Wis alles" overwrites the text it owns and then replaces it with a freshly constructed
// AppState (wipe_app_state), so a member added tomorrow is reset too; the unit test compares state_snapshot() of a
// wiped state with a new one. How the app is shown (language, theme, scale, screen) is the App's (app.hpp): those
// are settings of the page, not case data, and survive a wipe (docs/app.md "One app state").
//
// Adding a member: add it to its struct here, then to state_snapshot() in app_state.cpp — the structured bindings
// there name every member, so the build fails until you do; wipe_app_state() needs it only when it holds text.
//
// [SECTION] The parts
// [SECTION] The one state
#pragma once
#include "consult.hpp"
#include "training_ui.hpp"
#include "wams/helpdesk.hpp"
#include "wams/interview_session.hpp"
#include "wams/report.hpp"
#include "wams/ui_model.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace wams::app {

// ---- [SECTION] The parts -------------------------------------------------------------------------------------
struct HelpDeskState {                           // the help desk's question and its answers (screen_helpdesk.cpp)
    std::string query;                           // the question, any length (widgets::input_text)
    std::string searched = "\x01";               // the query the hits belong to (never equal at start)
    std::vector<HelpHit> hits;
    std::string selected;                        // id of the answer shown ("" = the best hit)
};

struct DossierState {                            // the dossier record (screen_dossier.cpp)
    std::string role;                            // the professional's role (M1), optional; never a name
    std::string preview;                         // the last record produced (shown and exported)
    ReportFormat format = ReportFormat::md;
};

struct WhatIfResult {                            // the alternative assessment, cached per (revision, pointer, value)
    std::uint64_t revision = 0;
    std::string pointer;
    nlohmann::json value;
    nlohmann::json assessment;                   // null when the changed facts are invalid
    std::vector<ui::AssessmentDifference> diff;
    std::string error;
    // Answers the changed one decides, which followed it (ui::settle_dependents): their pointers and new answers.
    std::vector<std::string> adjusted;
    nlohmann::json adjusted_to = nlohmann::json::array();
};

struct WhatIfState {                             // the what-if screen (screen_whatif.cpp)
    std::string filter;                          // the fact list's filter
    WhatIfResult result;
};

struct AskState {                                // "Vraag": one question as an interview (screen_ask.cpp)
    int direction = -1;                          // the start form: -1 nothing chosen, 0 opvragen, 1 delen
    std::string role;                            // the start form's texts, any length (widgets::input_text)
    std::string what;
    std::string party;
    std::string text_answer;                     // the answer to a text question, being typed
    std::vector<std::string> picked;             // the answers ticked for a list question
    interview::AskSession session;               // the partial case, the answers given, what is decided
    int frames_waiting = 0;                      // frames drawn since the result went stale ("bezig" first)
};

struct FieldBuffers {                            // scratch buffers ImGui edits in place, refilled each frame
    std::string case_label;                      // the case's id / title (screen_casefile.cpp)
    std::string fact_text;                       // a free-text fact, any length (widgets_fields.cpp)
};

// ---- [SECTION] The one state -----------------------------------------------------------------------------------
struct AppState {
    consult::Session case_;                      // the case, its assessment and where the user is in the walk
    desk::TrainingState training;                // the trainee's answers and the trainer's loaded scenarios
    HelpDeskState helpdesk;
    DossierState dossier;
    WhatIfState whatif;
    std::string map_step;                        // the process-map step whose details are shown (screen_map.cpp)
    AskState ask;
    FieldBuffers fields;
};

AppState& app_state();                           // the one state of this page
void wipe_app_state(AppState& s);                // overwrite the text it owns, then s = AppState{}
nlohmann::json state_snapshot(const AppState& s);  // every member as JSON: equal snapshots = equal states (tests)

} // namespace wams::app
