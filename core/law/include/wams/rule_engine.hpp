// rule_engine.hpp — the one entry point that assesses a case: process walk (§9), necessity walk per item (§8),
// advisories (§9.3). Pure and deterministic: no clock, no I/O, no global state. core/law: the stage is passed in;
// wams/engine.hpp (io) adds assess(facts) under the default stage read from assets/rules/stage.json.
#pragma once
#include "wams/assessment_model.hpp"
#include "wams/case_model.hpp"
#include "wams/stage_model.hpp"

namespace wams {

Assessment assess(const Facts& facts, const RulebookStage& stage);     // the whole rulebook for one case
ItemAssessment assess_item(const CaseContext& ctx, const DataItem& item);  // one item: walk_item + combine_steps
Ids rules_fired(const Assessment& a);  // every R-id any outcome, (non-skipped) step or advisory cites, sorted (coverage)
Ids process_rules(const ProcessWalk& p);  // every rule a case-level outcome cites (EXPECTED minus items and advisories), unsorted

} // namespace wams
