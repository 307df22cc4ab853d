// cmd_assess.cpp — `wams-cli assess FILE|-… [--pretty]`: the assessment of every case (RULEBOOK §0.3 EXPECTED
// shape plus the stage) as {"results":[{"id":…,"assessment":{…}},…]}.
//
// Several files are loaded and validated in parallel (one worker per core, files taken in turn), then their cases are
// assessed and serialised in chunks of 200 by whichever worker is free, and printed in the order given; any invalid
// file means no verdict at all (exit 1), as for a single file.
#include "command.hpp"
#include "engine_input.hpp"
#include "wams/engine.hpp"
#include "wams/json_write.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <ostream>
#include <sstream>
#include <thread>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

constexpr const char* kUsageText =
    "wams-cli assess FILE|- [FILE…] [--pretty]\n"
    "  Assesses a case {\"id\",\"facts\",…} or a cases file {\"cases\":[…]} (RULEBOOK §0.3) and prints\n"
    "  {\"results\":[{\"id\":…,\"assessment\":{…}},…]}: every process value, every data-item verdict with its\n"
    "  rules, conditions and ambiguity ids, the advisories, the ambiguity flags, the design choices and the\n"
    "  rulebook stage. Several files are assessed in order into one result list. --pretty indents the JSON.\n"
    "  Invalid input: the errors (JSON path, expected, found) on stderr, no verdict, exit 1. Wrong usage: exit 2.\n"
    "  Beoordeelt een casus of casusbestand en drukt het oordeel af als JSON.";

struct FileResult {          // what the workers made of one FILE argument
    int rc = wams::cli::kOk;
    std::string errors;      // printed only when rc != kOk
    std::vector<wams::cli::EngineCase> cases;
    std::vector<std::string> chunks;  // per chunk of cases: comma-separated {"assessment","id"} objects, compact JSON
};

constexpr std::size_t kChunk = 200;  // cases assessed and serialised per task

// Loads and validates one FILE into typed facts (no shared state).
void load_file(const std::string& file, FileResult& r) {
    std::ostringstream err;
    r.rc = wams::cli::load_engine_cases({file}, "assess", wams::Lang::nl, r.cases, err);
    if (r.rc != wams::cli::kOk) {
        r.errors = err.str();
        r.cases.clear();
    }
    r.chunks.resize((r.cases.size() + kChunk - 1) / kChunk);
}

// Assesses cases [first, first + kChunk) of a loaded file and writes them as compact JSON into their chunk.
void assess_chunk(FileResult& r, std::size_t chunk) {
    std::string& out = r.chunks[chunk];
    const std::size_t first = chunk * kChunk, last = std::min(r.cases.size(), first + kChunk);
    out.reserve((last - first) * 1600);
    for (std::size_t i = first; i < last; ++i) {  // {"assessment":…,"id":…}: the key order of nlohmann's dump()
        if (i != first) out += ',';
        out += "{\"assessment\":";
        wams::append_assessment_json(wams::assess(r.cases[i].facts), out);
        out += ",\"id\":";
        wams::append_json_string(r.cases[i].id, out);
        out += '}';
    }
}

// Runs every load, then every chunk, on `workers` threads. Loads go first (in argument order); a worker with no
// load left assesses chunks of files already loaded, so the last file's load and the other files' assessments
// overlap and both cores stay busy to the end.
void run_pool(const std::vector<std::string>& files, std::vector<FileResult>& done, std::size_t workers) {
    std::mutex m;
    std::condition_variable cv;
    std::size_t next_load = 0, loading = 0;
    std::deque<std::pair<std::size_t, std::size_t>> chunks;  // (file, chunk) ready to assess
    auto work = [&] {
        std::unique_lock lock(m);
        for (;;) {
            if (next_load < files.size()) {
                const std::size_t f = next_load++;
                ++loading;
                lock.unlock();
                load_file(files[f], done[f]);
                lock.lock();
                --loading;
                for (std::size_t c = 0; c < done[f].chunks.size(); ++c) chunks.emplace_back(f, c);
                cv.notify_all();
            } else if (!chunks.empty()) {
                const auto [f, c] = chunks.front();
                chunks.pop_front();
                lock.unlock();
                assess_chunk(done[f], c);
                lock.lock();
            } else if (loading > 0) {
                cv.wait(lock);
            } else {
                cv.notify_all();
                return;
            }
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t w = 1; w < workers; ++w) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
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

#if defined(__GLIBC__)
    // No glibc fast bins: freeing the parsed documents (millions of small nodes) otherwise triggers
    // malloc_consolidate over and over (≈ 12 % of the 10 000-case batch in perf; docs/core.md).
    mallopt(M_MXFAST, 0);
#endif
    std::vector<FileResult> done(files.size());
    const bool reads_stdin = std::find(files.begin(), files.end(), "-") != files.end();
    const std::size_t workers = reads_stdin ? 1 : std::min<std::size_t>(files.size(), std::max(1u, std::thread::hardware_concurrency()));
    run_pool(files, done, workers);

    for (const auto& r : done)  // the first bad file in argument order decides, exactly as a sequential run would
        if (r.rc != wams::cli::kOk) {
            err << r.errors;
            return r.rc;
        }
    if (pretty) {
        nlohmann::json results = nlohmann::json::array();
        for (const auto& r : done)
            for (const auto& chunk : r.chunks) {
                auto part = nlohmann::json::parse("[" + chunk + "]");
                for (auto& x : part) results.push_back(std::move(x));
            }
        out << nlohmann::json{{"results", std::move(results)}}.dump(2) << "\n";
        return wams::cli::kOk;
    }
    out << "{\"results\":[";
    bool first = true;
    for (const auto& r : done)
        for (const auto& chunk : r.chunks) {
            if (chunk.empty()) continue;
            if (!first) out << ',';
            out << chunk;
            first = false;
        }
    out << "]}\n";
    return wams::cli::kOk;
}

} // namespace

WAMS_CLI_COMMAND(assess, "assess", "assess cases: verdicts, rules, conditions, advisories (JSON)", kUsageText, run_assess);
