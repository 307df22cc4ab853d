// bench_validate.cpp — how long wams::load_cases_text takes (parse + §0.3 schema + cross-field checks) on the
// public cases file, on a ~4.9 MB cases file just under the size limit, and how cheaply hostile inputs are refused.
// Run: cmake -S . -B build/bench -DCMAKE_BUILD_TYPE=Release -DWAMS_BUILD_BENCH=ON -DWAMS_BUILD_APP=OFF &&
//      cmake --build build/bench -j2 --target bench_validate && build/bench/tests/bench/bench_validate
#include <benchmark/benchmark.h>

#include "wams/validate.hpp"

#include <fstream>
#include <sstream>

namespace {

std::string public_text() {
    std::ifstream in(std::string(WAMS_SOURCE_DIR) + "/tests/data/cases_public.json", std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// A valid cases file of about `bytes`, made of renamed copies of the public cases.
std::string big_cases_file(std::size_t bytes) {
    auto doc = nlohmann::json::parse(public_text());
    const auto cases = doc["cases"];
    doc["cases"] = nlohmann::json::array();
    std::size_t size = 0;
    for (std::size_t n = 0; size < bytes; ++n) {
        auto c = cases[n % cases.size()];
        c["id"] = "GEN-" + std::to_string(n);
        size += c.dump().size() + 1;
        if (size >= bytes) break;
        doc["cases"].push_back(std::move(c));
    }
    return doc.dump();
}

void run(benchmark::State& state, const std::string& text, bool expect_valid) {
    for (auto _ : state) {
        auto r = wams::load_cases_text(text);
        if (r.errors.empty() != expect_valid) state.SkipWithError("unexpected validation result");
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
    state.counters["input_bytes"] = static_cast<double>(text.size());
}

void BM_public_cases_file(benchmark::State& s) { static const auto t = public_text(); run(s, t, true); }
void BM_cases_file_4_9MB(benchmark::State& s) { static const auto t = big_cases_file(4'900'000); run(s, t, true); }
void BM_refuse_10MB(benchmark::State& s) { static const std::string t(10u << 20, ' '); run(s, t, false); }
void BM_refuse_10000_deep(benchmark::State& s) {
    static const std::string t = std::string(10000, '[') + std::string(10000, ']');
    run(s, t, false);
}
void BM_refuse_truncated_public(benchmark::State& s) {
    static const auto t = public_text().substr(0, public_text().size() / 2);
    run(s, t, false);
}

} // namespace

BENCHMARK(BM_public_cases_file)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_cases_file_4_9MB)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_refuse_10MB)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_refuse_10000_deep)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_refuse_truncated_public)->Unit(benchmark::kMicrosecond);
BENCHMARK_MAIN();
