// engine.hpp — assess() for the front ends: the law's engine (wams/rule_engine.hpp) under the default rulebook stage
// (wams/stage.hpp), with the case and assessment headers that read and write them as JSON.
#pragma once
#include "wams/assessment.hpp"
#include "wams/case.hpp"
#include "wams/rule_engine.hpp"
#include "wams/stage.hpp"

namespace wams {

inline Assessment assess(const Facts& facts) { return assess(facts, default_stage()); }  // the whole rulebook for one case

} // namespace wams
