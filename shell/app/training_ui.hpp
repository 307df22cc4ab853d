// training_ui.hpp — shared state and helpers of the training, trainer, help-desk and facts screens (issue 6, UI):
// the trainee's session (wams::training::Session, no identity), the trainer's loaded scenario files, the sub-tabs
// that link the four screens, and the link from a help-desk answer to the process map.
//
// [SECTION] Training state       screen_training.cpp
// [SECTION] Trainer files        screen_trainer.cpp
// [SECTION] Shared widgets       screen_training.cpp
// [SECTION] Process-map link     screen_map.cpp (one function, added with the app engineer's screen)
#pragma once
#include "app.hpp"
#include "wams/training.hpp"
#include "wams/validate.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wams::app::desk {

// ---- [SECTION] Training state --------------------------------------------------------------------------------
struct TrainingState {
    // Filters of the scenario list (nullopt = any).
    std::optional<training::Theme> filter_theme;
    std::optional<int> filter_difficulty;

    // The scenario being practised: a built-in one or one of the trainer's loaded files.
    std::string current_id;                      // "" = choosing a scenario
    bool current_from_file = false;              // true: current_id names one of `loaded`
    std::optional<training::ScenarioKey> key;    // compute_key(current), once per scenario
    std::string feedback_question;               // the question just answered (its feedback is shown)
    std::optional<training::AnswerCheck> feedback;  // check_answer() of that answer

    training::Session session;                   // every answer of this page visit; never a name, date or time
    std::string export_message;                  // shown after an export ("json" / "markdown")

    // Trainer: scenarios from the trainer's own files (all or nothing per file), and the last load result.
    std::vector<training::Scenario> loaded;
    std::vector<ValidationError> load_errors;    // JSON path, expected, found (nl/en message)
    std::string load_source;                     // "picker:naam.json", "drop:naam.json", …
    bool load_ok = false;
    std::string trainer_selected;                // scenario shown in the trainer view
    bool trainer_selected_from_file = false;
};

TrainingState& training_state();                 // app_state().training (app_state.hpp)
// The scenario by id from the built-in set or the loaded files; nullptr when unknown.
const training::Scenario* scenario_by_id(const TrainingState& t, std::string_view id, bool from_file);
// Starts practising a scenario (feedback cleared; earlier answers of the session are kept and still count).
void start_scenario(TrainingState& t, const training::Scenario& s, bool from_file);

// ---- [SECTION] Trainer files ---------------------------------------------------------------------------------
// Loads a trainer's scenario text (load_scenarios_text); on success the scenarios are added to `loaded`
// (same id replaces), on errors nothing is added and the errors are kept for display.
void load_trainer_text(TrainingState& t, std::string_view text, std::string_view source);
// The file bridge hands received text here first: true when the trainer view is open and took it.
bool receive_trainer_file(std::string_view source, std::string_view text);

// ---- [SECTION] Shared widgets --------------------------------------------------------------------------------
void desk_tabs(App& app, std::string_view active);   // Oefenen | Trainer | Vraagbaak | Feiten & cijfers
void rule_card(App& app, const training::RuleRef& r, std::string_view id);  // id — title, section, article, «Dutch quote»
std::string lang_id(const App& app);                // "nl" / "en" for the help-desk API
std::string format_count(const App& app, double n);  // 1.914.455 (nl) / 1,914,455 (en)

// ---- [SECTION] Process-map link ------------------------------------------------------------------------------
// Selects (highlights and shows the details of) a step of the process map; defined in screen_map.cpp.
void select_map_step(std::string_view step_id);

} // namespace wams::app::desk
