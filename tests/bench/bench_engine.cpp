// bench_engine — prints figures, asserts nothing (goals: ≤ 50 µs per case in the library, ≤ 1 s for 10 000 cases
// through `wams-cli assess`). Run: build/<dir>/tests/bench/bench_engine [--batch-only] [--runs N] (see docs/core.md).
#include <benchmark/benchmark.h>

#include <algorithm>
#include "wams/engine.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <sys/resource.h>

namespace fs = std::filesystem;
using nlohmann::json;

static std::vector<json> public_cases() {
    std::vector<json> out;
    for (const auto& e : fs::directory_iterator(fs::path(WAMS_SOURCE_DIR) / "scenarios" / "public")) {
        if (e.path().extension() != ".json") continue;
        std::ifstream in(e.path());
        std::stringstream ss;
        ss << in.rdbuf();
        out.push_back(json::parse(ss.str()));
    }
    return out;
}

static const json& largest_case() {  // the public case with the most bytes (and items)
    static const json c = [] {
        json best;
        for (const auto& c : public_cases())
            if (best.is_null() || c.dump().size() > best.dump().size()) best = c;
        return best;
    }();
    return c;
}

static void BM_assess_largest_public_case(benchmark::State& state) {
    const wams::Facts f = wams::facts_from_json(largest_case()["facts"]).value();
    for (auto _ : state) benchmark::DoNotOptimize(wams::assess(f));
    state.SetLabel(largest_case()["id"].get<std::string>());
}
BENCHMARK(BM_assess_largest_public_case)->Unit(benchmark::kMicrosecond);

static void BM_json_in_assess_json_out_largest(benchmark::State& state) {
    const std::string text = largest_case()["facts"].dump();
    for (auto _ : state) benchmark::DoNotOptimize(wams::to_json(wams::assess(wams::facts_from_json(json::parse(text)).value())).dump());
}
BENCHMARK(BM_json_in_assess_json_out_largest)->Unit(benchmark::kMicrosecond);

// 10 000 varied cases: public cases with facts varied at random (seeded), each still valid per §0.3.
static std::vector<json> generated_cases(std::size_t n) {
    const auto base = public_cases();
    std::mt19937 rng(20201209);
    auto pick = [&](std::initializer_list<const char*> v) { return std::string(*(v.begin() + rng() % v.size())); };
    std::vector<json> out;
    for (std::size_t i = 0; i < n; ++i) {
        json c = base[i % base.size()];
        c.erase("expected");
        c.erase("description_nl");
        c["id"] = "GEN-" + std::to_string(i);
        json& f = c["facts"];
        f["serious_problems"] = rng() % 2 == 0;
        for (auto& it : f["data_items"]) {
            if (rng() % 3 == 0) it["necessity"]["assessment"] = pick({"stated", "missing", "excessive"});
            if (rng() % 3 == 0) it["client_objects"] = rng() % 2 ? json(true) : json(nullptr);
            if (rng() % 4 == 0) it["explicit_consent"] = rng() % 2 ? json(true) : json(false);
            if (rng() % 4 == 0 && it["provider_response"] != "n/a")
                it["provider_response"] = pick({"provides", "zwaarwegende_redenen", "not_yet_asked"});
        }
        out.push_back(std::move(c));
    }
    return out;
}

static std::string load_average() {  // "1-min 5-min 15-min" from /proc/loadavg ("?" elsewhere)
    std::ifstream in("/proc/loadavg");
    std::string a, b, c;
    if (!(in >> a >> b >> c)) return "?";
    return a + " " + b + " " + c;
}

static void batch_through_cli(int runs) {
    const std::string cli = WAMS_CLI;
    if (cli.empty()) {
        std::printf("batch: wams-cli not built (WAMS_BUILD_CLI=OFF)\n");
        return;
    }
    const auto cases = generated_cases(10000);
    const fs::path dir = fs::temp_directory_path() / "wams_bench_batch";
    fs::create_directories(dir);
    std::vector<std::string> files;
    json chunk = json::array();
    std::size_t bytes = 0;
    auto flush = [&] {
        const std::string name = (dir / ("batch_" + std::to_string(files.size()) + ".json")).string();
        std::ofstream(name) << json{{"cases", chunk}}.dump();
        files.push_back(name);
        chunk = json::array();
        bytes = 0;
    };
    for (const auto& c : cases) {  // each file stays under the validator's 5 MB input limit
        bytes += c.dump().size();
        chunk.push_back(c);
        if (bytes > 4'000'000) flush();
    }
    if (!chunk.empty()) flush();
    std::string cmd = cli + " assess";
    for (const auto& f : files) cmd += " '" + f + "'";
    cmd += " > '" + (dir / "out.json").string() + "'";
    // Several runs: the machine is shared, so the best run is the fairest wall figure; the median shows the spread.
    std::vector<double> walls, cpus;
    double cpu_before = 0;
    for (int run = 0; run < runs; ++run) {
        const auto t0 = std::chrono::steady_clock::now();
        const int rc = std::system(cmd.c_str());
        const auto t1 = std::chrono::steady_clock::now();
        rusage ru{};
        getrusage(RUSAGE_CHILDREN, &ru);  // cumulative over runs; CPU time is the fair figure when others share the machine
        const double cpu_total = static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
                                 static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
        walls.push_back(std::chrono::duration<double>(t1 - t0).count());
        cpus.push_back(cpu_total - cpu_before);
        cpu_before = cpu_total;
        std::printf("batch run %d: %zu generated cases in %zu files through `wams-cli assess`: %.3f s wall, %.3f s CPU "
                    "over %u cores (exit %d; load average %s)\n",
                    run + 1, cases.size(), files.size(), walls.back(), cpus.back(), std::thread::hardware_concurrency(), rc,
                    load_average().c_str());
    }
    auto sorted = [](std::vector<double> v) { std::sort(v.begin(), v.end()); return v; };
    const auto w = sorted(walls), c = sorted(cpus);
    std::printf("batch: best %.3f s wall (median %.3f), best %.3f s CPU (median %.3f) over %d runs; %.1f µs/case wall "
                "(best) incl. parse, validation and JSON output\n",
                w.front(), w[w.size() / 2], c.front(), c[c.size() / 2], runs, w.front() * 1e6 / static_cast<double>(cases.size()));
}

int main(int argc, char** argv) {
    bool batch_only = false;
    int runs = 5;
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--batch-only") batch_only = true;
        if (std::string(argv[i]) == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[i + 1]));
    }
    if (!batch_only) {
        benchmark::Initialize(&argc, argv);
        benchmark::RunSpecifiedBenchmarks();
    }
    batch_through_cli(runs);
    return 0;
}
