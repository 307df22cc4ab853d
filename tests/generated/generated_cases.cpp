// generated_cases.cpp — wams-generated-cases: seeded schema-valid cases (case_generator) through wams::validate and
// wams::assess, every property of properties.hpp checked on each, plus the D26 phase property, determinism and the
// JSON round trip. Prints cases per second, coverage per §0.3 value and a digest of every answer (native = wasm).
//
//   wams-generated-cases [--cases N] [--seed S] [--emit DIR] [--coverage]   check N cases (default 2000, seed 1)
//   wams-generated-cases --write N FILE [--seed S]                           write N cases as {"cases":[…]}
// Exit status: 0 when every case passes validate, every §0.3 value is reached and every property holds; else 1.
//
// Index
//   [SECTION] One case      assess_json, phase variants, run_checks
//   [SECTION] Shrinking     a failing case reduced to the fewest data items that still fail
//   [SECTION] Run           the loop, the figures
//   [SECTION] main
#include "case_generator.hpp"
#include "properties.hpp"

#include "wams/case.hpp"
#include "wams/engine.hpp"
#include "wams/validate.hpp"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace wams::gen {
namespace {
using nlohmann::json;

// [SECTION] One case ----------------------------------------------------------------------------------------------

json assess_json(const json& facts) { return to_json(assess(facts_from_json(facts).value())); }

// The same facts with every derivable phase written in (`written`) or left null (`nulled`): a reuse item keeps a
// recorded phase that differs from the conference's, since that phase is its own (D26); Q1-gated items ignore it.
json with_phases(const json& facts, bool written) {
    json v = facts;
    for (auto& item : v["data_items"]) {
        const auto phase = derived_phase(item, facts);
        const json& conf = facts["case_conference"];
        const bool own_reuse_phase = item["purpose"] == "reuse_from_case_conference" && item["phase"].is_string() &&
                                     conf.is_object() && item["phase"] != conf["phase"];
        if (written && phase) item["phase"] = *phase;
        else if (!written && !own_reuse_phase) item["phase"] = nullptr;
    }
    return v;
}

void compare_items(const json& a, const json& b, const char* variant, const Report& report) {
    for (std::size_t i = 0; i < a["data_items"].size(); ++i)
        if (a["data_items"][i] != b["data_items"][i])
            report("phase_null_same_as_derived_D26",
                   std::string(variant) + ": " + a["data_items"][i].dump() + " vs " + b["data_items"][i].dump());
}

using Failures = std::map<std::string, std::string>;  // property → first detail, for one case

struct Checked {
    Failures failures;
    std::string answer;                  // the assessment's JSON text (digested)
};

Checked run_checks(const json& facts) {
    Checked c;
    const Report report = [&](const std::string& p, const std::string& d) { c.failures.emplace(p, d); };
    json out;
    try {
        out = assess_json(facts);
        c.answer = out.dump();
        check_vocabulary(out, facts["data_items"].size(), report);
        check_citations(facts, out, report);
        check_flags(facts, out, report);
        compare_items(out, assess_json(with_phases(facts, true)), "phase written in", report);
        compare_items(out, assess_json(with_phases(facts, false)), "phase null", report);
        if (assess_json(facts).dump() != c.answer) report("deterministic", "a second assess differs");
        const json round = json::parse(to_json(facts_from_json(facts).value()).dump());
        if (assess_json(round).dump() != c.answer) report("json_round_trip", "assess after to_json/parse differs");
    } catch (const std::exception& e) {
        report("answers_every_valid_case", std::string("threw: ") + e.what());
    }
    return c;
}

// [SECTION] Shrinking ---------------------------------------------------------------------------------------------

json shrink(json facts, const std::string& property) {  // drop data items while the property still fails
    for (std::size_t i = facts["data_items"].size(); i-- > 0 && facts["data_items"].size() > 1;) {
        json fewer = facts;
        fewer["data_items"].erase(i);
        if (run_checks(fewer).failures.count(property)) facts = std::move(fewer);
    }
    return facts;
}

// [SECTION] Run ---------------------------------------------------------------------------------------------------

struct Options {
    std::uint64_t cases = 2000, seed = 1;
    std::string emit_dir, write_file;
    bool coverage = false;
};

std::string case_id(const Options& o, std::uint64_t n) { return "GEN-" + std::to_string(o.seed) + "-" + std::to_string(n); }

json make_case(const Options& o, std::uint64_t n, json facts) {
    return {{"id", case_id(o, n)}, {"title", "generated case (seed " + std::to_string(o.seed) + ")"}, {"facts", std::move(facts)}};
}

std::uint64_t fnv(std::uint64_t h, const std::string& text) {  // FNV-1a 64 over the answer's bytes
    for (unsigned char ch : text) h = (h ^ ch) * 1099511628211ULL;
    return h;
}

std::string pattern_of(const std::string& pointer) {  // "/cases/0/facts/data_items/2/phase" → "/facts/data_items/*/phase"
    std::string out;
    std::size_t i = 0;
    while (i < pointer.size()) {
        const std::size_t j = pointer.find('/', i + 1);
        const std::string tok = pointer.substr(i, j == std::string::npos ? std::string::npos : j - i);
        out += tok.find_first_not_of("/0123456789") == std::string::npos ? "/*" : tok;
        i = j == std::string::npos ? pointer.size() : j;
    }
    return out;
}

struct Tally {
    std::map<std::string, std::uint64_t> refused;   // "pattern: expected (found)" → cases
    std::map<std::string, std::uint64_t> violated;  // property → cases
    std::map<std::string, json> smallest;           // property → smallest failing case
    std::map<std::string, std::string> detail;      // property → its detail
};

void record(const Options& o, std::uint64_t n, const json& facts, const Checked& c, Tally& t) {
    for (const auto& [p, d] : c.failures) {
        ++t.violated[p];
        auto it = t.smallest.find(p);
        if (it == t.smallest.end() || facts.dump().size() < it->second["facts"].dump().size()) {
            t.smallest[p] = make_case(o, n, facts);
            t.detail[p] = d;
        }
    }
}

void print_coverage(const Coverage& cov, bool all) {
    const auto missing = cov.missing();
    std::size_t values = 0;
    for (const auto& f : enumerated_fields()) values += f.values->size();
    std::printf("  coverage: %zu/%zu enumerated values of §0.3, %zu/%zu null answers of the §0.3 null table\n",
                values - std::count_if(missing.begin(), missing.end(), [](const std::string& m) { return m.find("=null") == std::string::npos; }),
                values, null_patterns().size() - std::count_if(missing.begin(), missing.end(), [](const std::string& m) { return m.find("=null") != std::string::npos; }),
                null_patterns().size());
    for (const auto& m : missing) std::printf("    NOT REACHED %s\n", m.c_str());
    if (!all) return;
    for (const auto& f : enumerated_fields()) {
        std::printf("    %s:", f.pattern.c_str());
        for (const auto& v : *f.values) std::printf(" %s=%llu", v.c_str(), (unsigned long long)cov.count(f.pattern, v));
        std::printf("\n");
    }
    for (const auto& p : null_patterns())
        std::printf("    %s: null=%llu absent=%llu\n", p.c_str(), (unsigned long long)cov.count(p, "null"),
                    (unsigned long long)cov.count(p, "<absent>"));
}

void emit(const Options& o, const std::string& property, const json& c) {
    if (o.emit_dir.empty()) return;
    std::ofstream(o.emit_dir + "/GEN-" + property + ".json") << c.dump(2) << "\n";
}

int print_report(const Options& o, const Tally& t, const Coverage& cov, std::uint64_t items, std::uint64_t digest, double secs) {
    std::printf("wams-generated-cases: %llu cases (%llu data items), seed %llu\n", (unsigned long long)o.cases,
                (unsigned long long)items, (unsigned long long)o.seed);
    std::uint64_t refused = 0;
    for (const auto& [k, n] : t.refused) refused += n;
    std::printf("  refused by wams::validate: %llu error(s)\n", (unsigned long long)refused);
    for (const auto& [k, n] : t.refused) std::printf("    %6llu × %s\n", (unsigned long long)n, k.c_str());
    print_coverage(cov, o.coverage);
    for (const auto& p : property_names()) {
        const auto it = t.violated.find(p);
        if (it == t.violated.end()) { std::printf("  ok   %s\n", p.c_str()); continue; }
        const json small = shrink(t.smallest.at(p)["facts"], p);
        std::printf("  FAIL %s: %llu case(s); smallest %s (%zu item(s)): %s\n", p.c_str(), (unsigned long long)it->second,
                    t.smallest.at(p)["id"].get<std::string>().c_str(), small["data_items"].size(), t.detail.at(p).c_str());
        json c = t.smallest.at(p);
        c["facts"] = small;
        emit(o, p, c);
    }
    std::printf("  answer digest: %016llx\n", (unsigned long long)digest);
    std::printf("  time: %.2f s, %.0f cases/s (each: validate, 4 assessments, checks)\n", secs, secs > 0 ? o.cases / secs : 0.0);
    const bool ok = refused == 0 && t.violated.empty() && cov.missing().empty();
    std::printf("%s\n", ok ? "ok: every case valid, every value reached, every property holds" : "FAILED");
    return ok ? 0 : 1;
}

int run(const Options& o) {
    Rng rng{o.seed};
    Tally t;
    Coverage cov;
    std::uint64_t digest = 1469598103934665603ULL, items = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (std::uint64_t n = 1; n <= o.cases; ++n) {
        json facts = generate_facts(rng);
        cov.add(facts);
        items += facts["data_items"].size();
        for (const auto& e : validate_case(make_case(o, n, facts), ""))
            ++t.refused[pattern_of(e.path) + ": " + e.expected + " (found " + e.found + ")"];
        const Checked c = run_checks(facts);
        digest = fnv(digest, c.answer);
        record(o, n, facts, c, t);
    }
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return print_report(o, t, cov, items, digest, secs);
}

int write_cases(const Options& o) {
    Rng rng{o.seed};
    json cases = json::array();
    for (std::uint64_t n = 1; n <= o.cases; ++n) cases.push_back(make_case(o, n, generate_facts(rng)));
    std::ofstream f(o.write_file);
    f << json{{"schema", "wams-cases/1.0"}, {"set", "generated"}, {"cases", cases}}.dump(1) << "\n";
    std::printf("wrote %llu cases (seed %llu) to %s\n", (unsigned long long)o.cases, (unsigned long long)o.seed, o.write_file.c_str());
    return f ? 0 : 1;
}

} // namespace
} // namespace wams::gen

int main(int argc, char** argv) {
    wams::gen::Options o;
    for (int i = 1; i < argc; ++i) {
        const auto arg = [&](const char* name) { return std::strcmp(argv[i], name) == 0 && i + 1 < argc; };
        if (arg("--cases")) o.cases = std::stoull(argv[++i]);
        else if (arg("--seed")) o.seed = std::stoull(argv[++i]);
        else if (arg("--emit")) o.emit_dir = argv[++i];
        else if (std::strcmp(argv[i], "--coverage") == 0) o.coverage = true;
        else if (std::strcmp(argv[i], "--write") == 0 && i + 2 < argc) { o.cases = std::stoull(argv[++i]); o.write_file = argv[++i]; }
        else { std::fprintf(stderr, "usage: %s [--cases N] [--seed S] [--emit DIR] [--coverage] | --write N FILE [--seed S]\n", argv[0]); return 2; }
    }
    return o.write_file.empty() ? wams::gen::run(o) : wams::gen::write_cases(o);
}
