// stage.hpp — which rulebook stage (version of the bill) a result was computed under, and what the law really is.
// RULEBOOK §12.1; the record is data: assets/rules/stage.json (embedded), facts and sources in LAW-STATUS.md.
// Only one stage is encoded now (the December 2020 consultation draft); a later one (the bill as submitted,
// Kamerstuk 36 295) can be added beside it once its text is available.
#pragma once
#include "wams/lang.hpp"
#include "wams/stage_model.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace wams {

struct StageRecord {                     // what stage.json holds; never thrown, even on bad input (wasm)
    std::vector<RulebookStage> stages;
    std::string tool_is_not_nl, tool_is_not_en;  // what the tool does not tell (the law in force) and whom to ask
    std::string error;                   // "" when the record was read; otherwise why not (stages is then empty)
};

StageRecord parse_stage_record(std::string_view json_text);  // reads a stage.json text; errors as values

const RulebookStage& default_stage();                 // the stage used when a case names none
const std::vector<RulebookStage>& known_stages();     // every encoded stage, oldest first
const RulebookStage* find_stage(std::string_view id); // nullptr when unknown
const std::string& stage_record_error();              // "" when the embedded stage.json was read (a unit test checks)

std::string long_date(std::string_view iso, Lang lang);          // "2026-12-03" → "3 december 2026" / "3 December 2026"
std::string stage_name(const RulebookStage& s, Lang lang);       // the stage's title
std::string stage_status_line(const RulebookStage& s, Lang lang); // "Wetsvoorstel, niet in werking (…) — stand per 3 december 2026"
std::string tool_is_not_text(Lang lang);                          // the tool does not tell what the law in force allows; ask the FG
// The full statement every export carries: which text is modelled, how the bill changed since, that it is not in
// force (dated), and what the tool is not. One paragraph per entry.
std::vector<std::string> stage_notice(const RulebookStage& s, Lang lang);

// Draft article numbers are the draft's, never current law: "art. 5.4.1 wetsvoorstel (consultatieversie 2020)" /
// "art. 5.4.1 (bill, 2020 consultation draft)". `number` may carry a paragraph ("2.1.1 lid 3").
std::string draft_article_label(std::string_view number, Lang lang);
// Labels every "art. <draft number>" in a text (also "artikel …", and replaces a following "Wmo 2015", which would
// present the draft as current law); text inside «…» is a verbatim quote and stays as it is; already labelled
// references stay as they are. Other laws' articles ("art. 8d Wgs") are left alone.
std::string label_draft_articles(std::string_view text, Lang lang);

} // namespace wams
