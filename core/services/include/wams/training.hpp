// training.hpp — training mode (issue 6, "Training"): fictional scenarios, their questions, model answers COMPUTED by
// the engine from the scenario's facts (never typed in a file), a trainee-answer checker, scores per scenario and per
// theme, and an anonymous session summary. Scenario format "wams-scenario/1.0": docs/training.md.
//
// Index
//   [SECTION] Themes         Theme, all_themes, to_string, theme_from_string, theme_label
//   [SECTION] Scenarios      QuestionKind, Question, Scenario
//   [SECTION] Loading        LoadedScenarios, validate_scenario_json, validate_scenario_file, scenario_objects,
//                            load_scenarios_text, builtin_scenarios,
//                            find_scenario, list_scenarios
//   [SECTION] Answers        AnswerOption, answer_options, process_fields
//   [SECTION] Model answers  RuleRef, ModelAnswer, ScenarioKey, compute_key, model_answer, rule_ref, trainer_explanation,
//                            AmbiguityLink, ambiguity_links, touched_ambiguities
//   [SECTION] Checking       AnswerCheck, check_answer
//   [SECTION] Session        Attempt, Session, Score, record_answer, score_scenario, next_question, score_by_theme, score_total,
//                            training_summary_json, training_summary_markdown
#pragma once
#include "wams/assessment.hpp"
#include "wams/case.hpp"
#include "wams/ids.hpp"
#include "wams/lang.hpp"
#include "wams/validate.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wams::training {

inline constexpr std::string_view kScenarioSchema = "wams-scenario/1.0";  // value of "schema" in every scenario

// [SECTION] Themes ------------------------------------------------------------------------------------------------

enum class Theme { entry_routes, investigation_scope, coordination, case_conference, data_sharing, special_regimes, out_of_scope };

const std::vector<Theme>& all_themes();                          // the seven themes, in training order
std::string_view to_string(Theme t);                             // JSON spelling, e.g. "entry_routes"
std::optional<Theme> theme_from_string(std::string_view s);      // nullopt for an unknown spelling
std::string_view theme_label(Theme t, Lang lang);                // "Toegangsroutes" / "Entry routes", …

// [SECTION] Scenarios ---------------------------------------------------------------------------------------------

enum class QuestionKind { process, data_item, family_member, attendee };

struct Question {
    std::string id;            // unique within the scenario, e.g. "q3"
    QuestionKind kind = QuestionKind::process;
    std::string field;         // process: a field of EXPECTED, e.g. "investigation", "coordination.adjacent_part"
    std::string ref;           // data_item: item_id; family_member: member id; attendee: the invitee's party
    std::string prompt_nl;     // the question as the trainee reads it (a default per field when the file has none)
    std::string prompt_en;
};

struct Scenario {
    std::string id;                        // e.g. "TR-07"
    std::string title_nl, title_en;
    Theme theme = Theme::entry_routes;
    int difficulty = 1;                    // 1 (basis) … 3 (gevorderd)
    std::string narrative_nl, narrative_en;  // narrative_en may be empty
    std::string trainer_notes_nl, trainer_notes_en;
    nlohmann::json facts;                  // RULEBOOK §0.3 FACTS, validated with wams::validate_facts
    std::vector<Question> questions;
    std::vector<std::string> covers_rules;       // the author's claim; checked by tests against assess()
    std::vector<std::string> covers_ambiguities;
    std::string origin;                    // "ingebouwd" for embedded scenarios, else the name the loader was given
};

std::string_view to_string(QuestionKind k);                              // "process" | "data_item" | …
const Question* find_question(const Scenario& s, std::string_view qid);  // nullptr when unknown

// [SECTION] Loading -----------------------------------------------------------------------------------------------

struct LoadedScenarios {
    std::vector<Scenario> scenarios;       // empty whenever errors is not empty
    std::vector<ValidationError> errors;   // JSON path, expected, found, Dutch and English message
};

// Validates one scenario object against the scenario schema (schema_scenario.cpp, the schema DSL of the case format):
// fields, theme, questions against the facts, the facts as RULEBOOK §0.3 FACTS; every error with its JSON Pointer.
std::vector<ValidationError> validate_scenario_json(const nlohmann::json& doc, const std::string& base_path = "");
// Validates a whole trainer's file (one scenario {…}, a themed file {"scenarios":[…]} or an array […]): every
// scenario, and scenario ids unique in the file; at most limits.max_errors errors plus one "… and N more".
std::vector<ValidationError> validate_scenario_file(const nlohmann::json& doc, const InputLimits& limits = {});
// The scenario objects of a trainer's file, each with its JSON Pointer ("" for a single scenario, "/scenarios/2", "/2").
std::vector<std::pair<const nlohmann::json*, std::string>> scenario_objects(const nlohmann::json& doc);
// Loads a trainer's file: one scenario {…}, a themed file {"scenarios":[…]} or an array […]. Never throws.
LoadedScenarios load_scenarios_text(std::string_view text, std::string_view origin = "bestand", const InputLimits& limits = {});
const std::vector<Scenario>& builtin_scenarios();                        // the embedded scenarios/training/*.json, by id
const Scenario* find_scenario(std::string_view id);                      // a built-in scenario, nullptr when unknown
// Scenarios filtered by theme and/or difficulty (nullopt = any), in id order.
std::vector<const Scenario*> list_scenarios(const std::vector<Scenario>& all, std::optional<Theme> theme = std::nullopt,
                                            std::optional<int> difficulty = std::nullopt);

// [SECTION] Answers -----------------------------------------------------------------------------------------------

struct AnswerOption {
    std::string value;                     // the §0.2 JSON value, e.g. "at_discretion"
    std::string label_nl, label_en;        // what the trainee clicks
};

const std::vector<std::string>& process_fields();                 // every field a "process" question may ask
std::vector<AnswerOption> answer_options(const Question& q);      // the enum values of the asked field, labelled
std::string answer_label(const Question& q, std::string_view value, Lang lang);  // label of one value (value itself if unknown)

// [SECTION] Model answers -----------------------------------------------------------------------------------------

struct RuleRef {                           // a rule card for the feedback, from the engine's rule metadata
    std::string id;                        // "R23"
    std::string title_nl, title_en;
    std::string section;                   // report section, e.g. "§2.3"
    std::string article;                   // e.g. "art. 2.3a.4" (may be empty)
    std::string quote_nl;                  // the Dutch words the rule rests on
};

struct ModelAnswer {
    std::string question_id;
    std::string value;                     // computed by assess(); "" if the assessment does not contain the field
    Ids rules;                             // decisive rules / licensing chain, as the engine cites them
    Ids conditions;                        // data items: condition codes (§8.4)
    Ids ambiguities;                       // A-ids attached to this answer
    std::vector<RuleRef> rule_refs;        // the cards of `rules`, in the same order (unknown ids are skipped)
};

struct ScenarioKey {                       // the model answers of one scenario, computed from its facts
    std::string scenario_id;
    Assessment result;                     // assess(facts): every answer below is read from it
    nlohmann::json assessment;             // wams::to_json(result) — the §0.3 EXPECTED shape, for exports only
    std::vector<ModelAnswer> answers;      // one per question, in question order
    Ids fired_rules;                       // every rule id the assessment cites anywhere (values, items, advisories)
    Ids flagged_ambiguities;               // ambiguity_flags ∪ every item's ambiguities
    Ids touched_ambiguities;               // flagged ∪ those RULEBOOK §10 ties to a fired rule (ambiguity_links)
};

struct AmbiguityLink {                     // RULEBOOK §10: an A-item is in play whenever all these rules fire
    std::string ambiguity;                 // "A3"
    Ids all_of;                            // rule ids, e.g. {"R38"}
    std::optional<CasePhase> conference_phase;  // set: only when the case conference is in this phase (A15)
};

Assessment assess_facts(const nlohmann::json& facts);             // facts_from_json → assess (the engine)
std::optional<RuleRef> rule_ref(std::string_view rule_id);        // the engine's metadata of one rule
ScenarioKey compute_key(const Scenario& s);                       // model answers of every question of s
const std::vector<AmbiguityLink>& ambiguity_links();              // assets/rules/ambiguity_links.json, for touched_ambiguities
Result<std::vector<AmbiguityLink>> parse_ambiguity_links(std::string_view text);  // never throws: the first error with its JSON Pointer
Ids cited_rules(const Assessment& a);                             // every R-id of the §0.3 EXPECTED shape, sorted
// A-ids in play for an assessment: its flags plus every ambiguity_links() entry whose rules all fired.
Ids touched_ambiguities(const Assessment& a);
ModelAnswer model_answer(const Question& q, const Assessment& a);   // one question's answer from an assessment
std::string trainer_explanation(const Scenario& s, Lang lang);    // the engine's full explanation of the facts (trainer view)

// [SECTION] Checking ----------------------------------------------------------------------------------------------

struct AnswerCheck {
    bool known_question = true;            // false: the question id is not in the scenario
    bool valid_answer = true;              // false: the answer is not one of answer_options(q)
    bool correct = false;
    std::string given;
    ModelAnswer model;
    std::string feedback_nl, feedback_en;  // one paragraph: right/wrong, the model answer, its rules with quotes
};

// Checks a trainee's answer to one question of a scenario against the computed model answer.
AnswerCheck check_answer(const Scenario& s, std::string_view question_id, std::string_view answer);
// Same, reusing a key computed earlier with compute_key (the UI computes it once per scenario).
AnswerCheck check_answer(const Scenario& s, const ScenarioKey& key, std::string_view question_id, std::string_view answer);

// [SECTION] Session -----------------------------------------------------------------------------------------------

struct Attempt {                           // one answered question; no identity of the trainee is ever stored
    std::string scenario_id;
    Theme theme = Theme::entry_routes;
    int difficulty = 1;
    std::string question_id;
    std::string given, model;
    bool correct = false;
};

struct Session {
    std::vector<Attempt> attempts;         // in answering order; the FIRST attempt per question counts for the score
    std::map<std::string, int> question_counts;  // scenario id → number of questions (to show "3 van 5")
};

struct Score {
    int questions = 0;                     // questions in the scenarios concerned
    int answered = 0;                      // questions answered at least once
    int correct = 0;                       // first answers that were correct
    double percent() const { return answered ? 100.0 * correct / answered : 0.0; }  // of answered questions
};

void record_answer(Session& session, const Scenario& s, const AnswerCheck& check);  // adds an attempt (ignores unknown questions)
Score score_scenario(const Session& session, std::string_view scenario_id);         // first answers in one scenario
const Question* next_question(const Session& session, const Scenario& s);           // first question not yet answered; nullptr when done
std::map<Theme, Score> score_by_theme(const Session& session);                      // per theme touched in the session
Score score_total(const Session& session);                                          // over the whole session
// Exportable summary without identity: scores per scenario and theme, each answer with its model answer.
nlohmann::json training_summary_json(const Session& session);
// The same as Markdown, each question and answer in words (the prompt and the answer labels of the scenario, found in
// `own` — a trainer's loaded scenarios — or the built-in ones).
std::string training_summary_markdown(const Session& session, Lang lang, const std::vector<Scenario>& own = {});

} // namespace wams::training
