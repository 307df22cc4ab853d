// cmd_explain.cpp — `wams-cli explain FILE|- [--lang nl|en]`: the readable explanation of every case.
#include "command.hpp"
#include "engine_input.hpp"
#include "wams/engine.hpp"
#include "wams/explain.hpp"

#include <ostream>

namespace {

constexpr const char* kUsageText =
    "wams-cli explain FILE|- [FILE…] [--lang nl|en]\n"
    "  Explains the assessment of each case: for every value and verdict the rules (id, report section, article,\n"
    "  Dutch quote); for a negative or undetermined answer why not and what to ask next; ambiguities with their\n"
    "  quotations and both readings. Dutch by default. Invalid input: errors, no explanation, exit 1.\n"
    "  Legt per casus het oordeel uit, met de regels, de reden van een 'nee' en wat u nog moet vragen.";

int run_explain(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    std::vector<std::string> args = argv;
    wams::Lang lang = wams::Lang::nl;
    if (!wams::cli::take_lang(args, lang, err, "explain")) return wams::cli::kUsage;
    for (const auto& a : args)
        if (a.size() > 1 && a[0] == '-') {
            err << "wams-cli explain: unknown option " << a << "\n" << kUsageText << "\n";
            return wams::cli::kUsage;
        }
    if (args.empty()) {
        err << kUsageText << "\n";
        return wams::cli::kUsage;
    }
    std::vector<wams::cli::EngineCase> cases;
    if (int rc = wams::cli::load_engine_cases(args, "explain", lang, cases, err); rc != wams::cli::kOk) return rc;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        if (i) out << "\n";
        out << "# " << cases[i].id << "\n" << wams::explain(cases[i].facts, wams::assess(cases[i].facts), lang);
    }
    return wams::cli::kOk;
}

} // namespace

WAMS_CLI_COMMAND(explain, "explain", "explain each case's verdicts with rules, quotes and why-not", kUsageText, run_explain);
