// cmd_explain.cpp — `wams-cli explain FILE|- [--lang nl|en]`: the readable explanation of every case.
#include "command.hpp"
#include "engine_input.hpp"
#include "wams/engine.hpp"
#include "wams/explain.hpp"
#include "wams/verdict_words.hpp"

#include <algorithm>

#include <ostream>

namespace {

constexpr const char* kUsageText =
    "wams-cli explain FILE|- [FILE…] [--lang nl|en] [--words]\n"
    "  Explains the assessment of each case: for every value and verdict the rules (id, report section, article,\n"
    "  Dutch quote); for a negative or undetermined answer why not and what to ask next; ambiguities with their\n"
    "  quotations and both readings. Dutch by default. Invalid input: errors, no explanation, exit 1.\n"
    "  --words: instead, every verdict in words: why (the answers given), the verdict, what would change it and,\n"
    "  where the text is ambiguous, what to ask the municipality (docs/interview.md \"Verdicts in words\").\n"
    "  Legt per casus het oordeel uit, met de regels, de reden van een 'nee' en wat u nog moet vragen.";

int run_explain(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    std::vector<std::string> args = argv;
    wams::Lang lang = wams::Lang::nl;
    if (!wams::cli::take_lang(args, lang, err, "explain")) return wams::cli::kUsage;
    const auto words_flag = std::find(args.begin(), args.end(), "--words");
    const bool words = words_flag != args.end();
    if (words) args.erase(words_flag);
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
        const wams::Assessment a = wams::assess(cases[i].facts);
        out << "# " << cases[i].id << "\n"
            << (words ? wams::words_text(cases[i].facts, a, lang) : wams::explain(cases[i].facts, a, lang));
    }
    return wams::cli::kOk;
}

} // namespace

WAMS_CLI_COMMAND(explain, "explain", "explain each case's verdicts with rules, quotes and why-not", kUsageText, run_explain);
