// bench_helpdesk — time of search_help() over the realistic colleague queries (tests/data/helpdesk_queries.json).
// Prints the one-off cost of loading the answers and building the index, then google-benchmark figures; the
// "per_query" counter is the mean time of one query.
#include "wams/helpdesk.hpp"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::vector<std::string> load_queries() {
    std::ifstream in(std::string(WAMS_SOURCE_DIR) + "/tests/data/helpdesk_queries.json");
    std::stringstream ss;
    ss << in.rdbuf();
    std::vector<std::string> out;
    const auto doc = nlohmann::json::parse(ss.str());  // named: a range-for over a temporary's member would dangle
    for (const auto& q : doc.at("queries")) out.push_back(q.at("query").get<std::string>());
    return out;
}

const std::vector<std::string>& queries() {
    static const std::vector<std::string> q = load_queries();
    return q;
}

void BM_SearchHelpAllQueries(benchmark::State& state) {
    const auto& qs = queries();
    for (auto _ : state)
        for (const auto& q : qs) benchmark::DoNotOptimize(wams::search_help(q, 10));
    state.counters["queries"] = static_cast<double>(qs.size());
    state.counters["per_query"] = benchmark::Counter(static_cast<double>(qs.size()),
                                                     benchmark::Counter::kIsIterationInvariantRate |
                                                         benchmark::Counter::kInvert);
}
BENCHMARK(BM_SearchHelpAllQueries)->Unit(benchmark::kMicrosecond);

void BM_SearchHelpOneTypoQuery(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(wams::search_help("huisarts zonder toesteming gegevens delen", 10));
}
BENCHMARK(BM_SearchHelpOneTypoQuery)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv) {
    const auto t0 = std::chrono::steady_clock::now();
    const auto hits = wams::search_help("warm up: load answers and build the index", 1);
    const auto t1 = std::chrono::steady_clock::now();
    std::printf("first search (parse %zu answers + build index): %.0f us\n", wams::help_answers().size(),
                std::chrono::duration<double, std::micro>(t1 - t0).count());
    (void)hits;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
