// cmd_assess.cpp — `wams-cli assess FILE|-… [--pretty]`: the assessment of every case (RULEBOOK §0.3 EXPECTED
// shape plus the stage) as {"results":[{"id":…,"assessment":{…}},…]}.
//
// Several files are loaded, validated, assessed and serialised in parallel (one worker per core, files taken in
// turn) and printed in the order given; any invalid file means no verdict at all (exit 1), as for a single file.
#include "command.hpp"
#include "engine_input.hpp"
#include "wams/engine.hpp"
#include "wams/json_write.hpp"

#include <algorithm>
#include <atomic>
#include <ostream>
#include <sstream>
#include <thread>

namespace {

constexpr const char* kUsageText =
    "wams-cli assess FILE|- [FILE…] [--pretty]\n"
    "  Assesses a case {\"id\",\"facts\",…} or a cases file {\"cases\":[…]} (RULEBOOK §0.3) and prints\n"
    "  {\"results\":[{\"id\":…,\"assessment\":{…}},…]}: every process value, every data-item verdict with its\n"
    "  rules, conditions and ambiguity ids, the advisories, the ambiguity flags, the design choices and the\n"
    "  rulebook stage. Several files are assessed in order into one result list. --pretty indents the JSON.\n"
    "  Invalid input: the errors (JSON path, expected, found) on stderr, no verdict, exit 1. Wrong usage: exit 2.\n"
    "  Beoordeelt een casus of casusbestand en drukt het oordeel af als JSON.";

struct FileResult {          // what one worker made of one FILE argument
    int rc = wams::cli::kOk;
    std::string errors;      // printed only when rc != kOk
    std::string results;     // comma-separated {"id","assessment"} objects, compact JSON
};

// Loads, validates, assesses and serialises one FILE (the whole chain for one file, no shared state).
FileResult assess_file(const std::string& file) {
    FileResult r;
    std::ostringstream err;
    std::vector<wams::cli::EngineCase> cases;
    r.rc = wams::cli::load_engine_cases({file}, "assess", wams::Lang::nl, cases, err);
    if (r.rc != wams::cli::kOk) {
        r.errors = err.str();
        return r;
    }
    r.results.reserve(cases.size() * 1600);
    for (std::size_t i = 0; i < cases.size(); ++i) {  // {"assessment":…,"id":…}: the key order of nlohmann's dump()
        if (i) r.results += ',';
        r.results += "{\"assessment\":";
        wams::append_assessment_json(wams::assess(cases[i].facts), r.results);
        r.results += ",\"id\":";
        wams::append_json_string(cases[i].id, r.results);
        r.results += '}';
    }
    return r;
}

int run_assess(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    bool pretty = false;
    std::vector<std::string> files;
    for (const auto& a : argv) {
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

    std::vector<FileResult> done(files.size());
    const bool reads_stdin = std::find(files.begin(), files.end(), "-") != files.end();
    const std::size_t workers = reads_stdin ? 1 : std::min<std::size_t>(files.size(), std::max(1u, std::thread::hardware_concurrency()));
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i; (i = next++) < files.size();) done[i] = assess_file(files[i]);
    };
    std::vector<std::thread> pool;
    for (std::size_t w = 1; w < workers; ++w) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();

    for (const auto& r : done)  // the first bad file in argument order decides, exactly as a sequential run would
        if (r.rc != wams::cli::kOk) {
            err << r.errors;
            return r.rc;
        }
    if (pretty) {
        nlohmann::json results = nlohmann::json::array();
        for (const auto& r : done)
            if (!r.results.empty()) {
                auto part = nlohmann::json::parse("[" + r.results + "]");
                for (auto& x : part) results.push_back(std::move(x));
            }
        out << nlohmann::json{{"results", std::move(results)}}.dump(2) << "\n";
        return wams::cli::kOk;
    }
    out << "{\"results\":[";
    bool first = true;
    for (const auto& r : done) {
        if (r.results.empty()) continue;
        if (!first) out << ',';
        out << r.results;
        first = false;
    }
    out << "]}\n";
    return wams::cli::kOk;
}

} // namespace

WAMS_CLI_COMMAND(assess, "assess", "assess cases: verdicts, rules, conditions, advisories (JSON)", kUsageText, run_assess);
