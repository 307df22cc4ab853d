// stage_model.hpp — which rulebook stage (version of the bill) a result was computed under (RULEBOOK §12.1).
// core/law holds the record's shape only: the stages themselves are data (assets/rules/stage.json), read by io
// (wams/stage.hpp: default_stage, find_stage, the status lines every screen and export shows).
#pragma once
#include <string>
#include <vector>

namespace wams {

struct StatusEvent {                     // one dated step in the bill's history
    std::string date;                    // ISO date, or "YYYY-MM" when only the month is known
    std::string nl, en;
};

struct RulebookStage {
    std::string id;                      // stable id used in JSON, e.g. "concept-2020-12"
    std::string name_nl, name_en;        // the stage's title, shown in the UI and in every export
    std::string date;                    // ISO date of the bill text the stage follows
    std::string models_nl, models_en;    // which text the rules model
    std::string changed_nl, changed_en;  // how the bill changed afterwards (not reflected in the rules)
    std::string not_in_force_nl, not_in_force_en;
    std::string status_line_nl, status_line_en;  // the one-line status shown on every screen
    std::string article_nl, article_en;  // what follows a draft article number: "wetsvoorstel (consultatieversie 2020)"
    std::vector<std::string> draft_articles;     // the draft's article numbers the rules cite: "2.3a.1", "5.4.2", …
    bool in_force = false;
    std::string as_of;                   // ISO date of the statement ("stand per")
    std::vector<StatusEvent> history;    // oldest first
};

} // namespace wams
