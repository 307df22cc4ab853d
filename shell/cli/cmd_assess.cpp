// cmd_assess.cpp — `wams-cli assess FILE|-… [--pretty]`: the assessment of every case (RULEBOOK §0.3 EXPECTED
// shape plus the stage) as {"results":[{"id":…,"assessment":{…}},…]}.
#include "command.hpp"
#include "engine_input.hpp"
#include "wams/engine.hpp"

#include <ostream>

namespace {

constexpr const char* kUsageText =
    "wams-cli assess FILE|- [FILE…] [--pretty]\n"
    "  Assesses a case {\"id\",\"facts\",…} or a cases file {\"cases\":[…]} (RULEBOOK §0.3) and prints\n"
    "  {\"results\":[{\"id\":…,\"assessment\":{…}},…]}: every process value, every data-item verdict with its\n"
    "  rules, conditions and ambiguity ids, the advisories, the ambiguity flags, the design choices and the\n"
    "  rulebook stage. Several files are assessed in order into one result list. --pretty indents the JSON.\n"
    "  Invalid input: the errors (JSON path, expected, found) on stderr, no verdict, exit 1. Wrong usage: exit 2.\n"
    "  Beoordeelt een casus of casusbestand en drukt het oordeel af als JSON.";

int run_assess(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    std::vector<std::string> args = argv;
    bool pretty = false;
    std::vector<std::string> files;
    for (const auto& a : args) {
        if (a == "--pretty") pretty = true;
        else if (a.size() > 1 && a[0] == '-' && a != "-") {
            err << "wams-cli assess: unknown option " << a << "\n" << kUsageText << "\n";
            return wams::cli::kUsage;
        } else files.push_back(a);
    }
    if (files.empty()) {
        err << kUsageText << "\n";
        return wams::cli::kUsage;
    }
    std::vector<wams::cli::EngineCase> cases;
    if (int rc = wams::cli::load_engine_cases(files, "assess", wams::Lang::nl, cases, err); rc != wams::cli::kOk) return rc;
    nlohmann::json results = nlohmann::json::array();
    for (const auto& c : cases)
        results.push_back(nlohmann::json{{"id", c.id}, {"assessment", wams::to_json(wams::assess(c.facts))}});
    out << nlohmann::json{{"results", std::move(results)}}.dump(pretty ? 2 : -1) << "\n";
    return wams::cli::kOk;
}

} // namespace

WAMS_CLI_COMMAND(assess, "assess", "assess cases: verdicts, rules, conditions, advisories (JSON)", kUsageText, run_assess);
