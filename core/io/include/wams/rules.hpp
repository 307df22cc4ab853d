// rules.hpp — rule metadata as data (assets/rules/*.json, embedded at build time): rules R1–R67, ambiguities
// A1–A25, design choices D1–D25, advisory codes, condition codes, verdict names and the walk questions Q1–Q13.
// Loaded once on first use; lookups are by id. Every text exists in Dutch (nl) and, where the rulebook gives it,
// English (en). Quotes are Dutch, verbatim from the report (RULEBOOK §0.1).
#pragma once
#include "wams/lang.hpp"
#include "wams/result.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace wams {

struct RuleInfo {                        // one rule, RULEBOOK §2–§7
    std::string id;                      // "R61"
    char kind = 'T';                     // 'T' text rule, 'C' context rule (never decides a verdict)
    std::string kind_note;               // e.g. "T, ambiguous → A1, A2"
    std::string title_nl, title_en;
    std::string chapter;                 // rulebook chapter, e.g. "§7 Data sharing"
    std::vector<std::string> sections;   // report sections the rule rests on, e.g. {"§2.3", "§3.1.1"}
    std::string article;                 // as the rulebook writes it, e.g. "art. 5.4.2 Wmo 2015" ("" when none): the
                                         // draft's article; shown only through rule_where / label_draft_articles
    std::vector<std::string> quotes_nl;  // verbatim Dutch quotes
    // (the rulebook's English IF/THEN lines stay in assets/rules/rules.json for readers; not embedded: core/CMakeLists)
    std::string stage;                   // "concept-2020-12"
};

struct AmbiguityInfo {                   // RULEBOOK §10
    std::string id, title_en, tool_behaviour_en;  // (the long "text_en" stays in ambiguities.json, not embedded)
    std::vector<std::string> quotes_nl;  // both readings' quotations, side by side
    std::string title_nl, tool_behaviour_nl;  // assets/rules/translations_nl.json (English when a text is missing)
};

struct DesignChoiceInfo {                // RULEBOOK §11
    std::string id, choice_en, rests_on_en;
    std::string choice_nl, rests_on_nl;  // assets/rules/translations_nl.json (English when a text is missing)
};

struct AdvisoryInfo {                    // RULEBOOK §9.3
    std::string code;
    std::vector<std::string> rules;
    std::string shown_when_en, nl, en;
};

struct ConditionInfo {                   // RULEBOOK §8.4 condition codes
    std::string code;                    // "provider_conditions" stands for every "provider_conditions:<text>"
    std::vector<std::string> rules;
    std::string nl, en;
};

struct AnswerInfo {                      // one possible answer to a walk question
    std::string code, nl, en;
};

struct QuestionInfo {                    // RULEBOOK §8.3: Q1–Q13
    std::string id;                      // "Q1"
    std::string nl, en;                  // the question as asked
    std::string ask_nl, ask_en;          // what to ask next when this question leaves an item undetermined
    std::vector<std::string> rules;
    std::vector<AnswerInfo> answers;
};

const std::vector<RuleInfo>& all_rules();                  // R1…R67 in order
const RuleInfo* find_rule(std::string_view id);            // nullptr when unknown
const std::vector<AmbiguityInfo>& all_ambiguities();       // A1…A25
const AmbiguityInfo* find_ambiguity(std::string_view id);  // nullptr when unknown
const std::vector<DesignChoiceInfo>& all_design_choices(); // D1…D25
const DesignChoiceInfo* find_design_choice(std::string_view id);  // nullptr when unknown
const std::vector<AdvisoryInfo>& all_advisories();         // the 20 codes of §9.3
const AdvisoryInfo* find_advisory(std::string_view code);  // nullptr when unknown
const std::vector<ConditionInfo>& all_conditions();        // the condition codes of §8.4
const ConditionInfo* find_condition(std::string_view code);  // also finds "provider_conditions:<text>"; nullptr when unknown
std::string condition_text(std::string_view code, Lang lang);  // the condition in words (+ the provider's own text); the code when unknown
const std::vector<QuestionInfo>& all_questions();          // Q1…Q13
const QuestionInfo* find_question(std::string_view id);    // nullptr when unknown
const AnswerInfo* find_answer(const QuestionInfo& q, std::string_view code);  // nullptr when unknown
std::string verdict_label(std::string_view verdict_code, Lang lang);         // "Toegestaan onder voorwaarden" …

// Where a rule rests: its report sections and its draft article, labelled as the draft's (stage.hpp), e.g.
// "§2.3, §3.1.1; art. 2.3a.4 wetsvoorstel (consultatieversie 2020)". Every rule card and citation shows this.
std::string rule_where(const RuleInfo& r, Lang lang);
std::string source_where(std::string_view sections, std::string_view article, Lang lang);  // the same from parts

// Texts of an ambiguity / design choice in the chosen language (Dutch from assets/rules/translations_nl.json).
std::string_view ambiguity_title(const AmbiguityInfo& a, Lang lang);           // "Criteria voor een verzoek …"
std::string_view ambiguity_tool_behaviour(const AmbiguityInfo& a, Lang lang);  // what the tool applies; "" for A25
std::string_view design_choice_text(const DesignChoiceInfo& d, Lang lang);     // the choice itself
std::string_view design_choice_rests_on(const DesignChoiceInfo& d, Lang lang); // what the choice rests on

// [SECTION] Parsing — each asset text on its own, never throwing (json_reader.hpp): the value, or the first error
// with its JSON Pointer. The lookups above read the embedded texts through these once; an embedded text that fails
// leaves its list empty and is listed by asset_load_errors() (asset_errors.hpp).
struct CodeText {                        // a code and its words, e.g. a verdict or an advisory
    std::string code, nl, en;
};
struct RuleTexts {                       // assets/rules/rule_texts.json
    std::vector<CodeText> verdicts, advisories;
    std::vector<ConditionInfo> conditions;
};
struct TranslationsNl {                  // assets/rules/translations_nl.json: id → field → Dutch text
    std::map<std::string, std::map<std::string, std::string>> ambiguities, design_choices;
};
Result<std::vector<RuleInfo>> parse_rules(std::string_view text);                   // rules.json
Result<std::vector<AmbiguityInfo>> parse_ambiguities(std::string_view text);        // ambiguities.json (English; Dutch from TranslationsNl)
Result<std::vector<DesignChoiceInfo>> parse_design_choices(std::string_view text);  // design_choices.json (idem)
Result<std::vector<AdvisoryInfo>> parse_advisories(std::string_view text);          // advisories.json (texts from RuleTexts)
Result<std::vector<QuestionInfo>> parse_walk_questions(std::string_view text);      // walk_questions.json
Result<RuleTexts> parse_rule_texts(std::string_view text);                          // rule_texts.json
Result<TranslationsNl> parse_translations_nl(std::string_view text);                // translations_nl.json

} // namespace wams
