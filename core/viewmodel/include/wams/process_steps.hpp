// process_steps.hpp — the steps of the Wams process map (RULEBOOK §9; report §2.3 and §3.1.1), with nl/en names,
// the rules each step rests on, the edges between steps and a grid hint for drawing the map. Help-desk answers
// (helpdesk.hpp) and training scenarios link to a step by its id.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace wams {

// Where a step sits in the report's two phases (§2.2, §3 intro).
enum class ProcessPhase {
    Toeleiding,   // referral/access phase: entry, investigation, service proposal (§2.2)
    Uitvoering,   // execution phase: decisions under the separate laws, coordination (§3 intro)
    Crosscutting, // applies across phases (data sharing) or outside the Wams (out of scope)
};

struct ProcessStep {
    std::string_view id;                 // stable id, e.g. "entry_client"
    std::string name_nl, name_en;        // short label for the map
    std::string summary_nl, summary_en;  // one or two sentences, faithful to the rulebook; draft articles labelled
    std::vector<std::string_view> rules; // R-ids the step rests on
    std::vector<std::string_view> next;  // ids of the steps that can follow (directed edges of the map)
    ProcessPhase phase;
    int column;                          // layout hint: left-to-right order of the map (0 = entry)
    int row;                             // layout hint: lane (0 = main path; higher = side lanes)
};

const std::vector<ProcessStep>& process_steps();               // every step, in reading order of the map
const ProcessStep* find_process_step(std::string_view id);     // nullptr when the id is unknown
std::string_view process_phase_id(ProcessPhase p);             // "toeleiding" | "uitvoering" | "crosscutting"

} // namespace wams
