// `wams-cli assess / explain / report` as a user runs them: exit codes, output shape, and the 20 public cases
// passing exactly through the binary (expectations read from scenarios/public/*.json).
#include <catch2/catch.hpp>

#include "expected_match.hpp"

#include <array>
#include <cstdio>
#include <filesystem>
#include <sys/wait.h>

namespace fs = std::filesystem;

struct Run {
    int code = -1;
    std::string out;
};

static Run run(const std::string& args) {  // runs wams-cli with args (stderr discarded)
    Run r;
    const std::string cmd = std::string(WAMS_CLI) + " " + args + " 2>/dev/null";
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return r;
    std::array<char, 65536> buf{};
    std::size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
    const int status = pclose(p);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

static std::string scenario(const std::string& id) {
    return (fs::path(WAMS_SOURCE_DIR) / "scenarios" / "public" / (id + ".json")).string();
}

TEST_CASE("assess: every public case passes exactly through wams-cli", "[cli][assess]") {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(fs::path(WAMS_SOURCE_DIR) / "scenarios" / "public"))
        if (e.path().extension() == ".json") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() == 20);
    std::string all;
    for (const auto& f : files) all += " '" + f.string() + "'";
    const Run r = run("assess" + all);  // several files → one result list, in order
    REQUIRE(r.code == 0);
    const auto results = nlohmann::json::parse(r.out).at("results");
    REQUIRE(results.size() == files.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
        const auto c = wams_test::read_json_file(files[i].string());
        INFO(c["id"].get<std::string>());
        CHECK(results[i]["id"] == c["id"]);
        const auto problems = wams_test::compare_with_expected(c["expected"], results[i]["assessment"], true);
        for (const auto& p : problems) UNSCOPED_INFO(p);
        CHECK(problems.empty());
        CHECK(results[i]["assessment"]["stage"]["id"] == "concept-2020-12");
    }
}

TEST_CASE("assess: a cases file {\"cases\":[…]} from stdin", "[cli][assess]") {
    const auto c1 = wams_test::read_json_file(scenario("PUB-05"));
    const auto c2 = wams_test::read_json_file(scenario("PUB-19"));
    const std::string tmp = (fs::temp_directory_path() / "wams_engine_cli_cases.json").string();
    std::ofstream(tmp) << nlohmann::json{{"cases", {c1, c2}}}.dump();
    const Run r = run("assess - < '" + tmp + "'");
    REQUIRE(r.code == 0);
    const auto results = nlohmann::json::parse(r.out)["results"];
    REQUIRE(results.size() == 2);
    CHECK(results[0]["id"] == "PUB-05");
    CHECK(results[0]["assessment"]["investigation"]["alternative_readings"]["§3.1.1"] == "no");
    CHECK(results[1]["assessment"]["data_items"][1]["verdict"] == "not_allowed");
}

TEST_CASE("assess: invalid input gives errors and no verdict", "[cli][assess]") {
    auto c = wams_test::read_json_file(scenario("PUB-01"));
    c["facts"]["data_items"][0]["purpose"] = "investigaton";
    const std::string tmp = (fs::temp_directory_path() / "wams_engine_cli_bad.json").string();
    std::ofstream(tmp) << c.dump();
    const Run r = run("assess '" + tmp + "'");
    CHECK(r.code == 1);
    CHECK(r.out.find("verdict") == std::string::npos);
    std::ofstream(tmp) << "{\"id\": \"X\", \"facts\": {";  // truncated JSON
    CHECK(run("assess '" + tmp + "'").code == 1);
}

TEST_CASE("assess: wrong usage exits 2, --help exits 0", "[cli][assess]") {
    CHECK(run("assess").code == 2);
    CHECK(run("assess --bogus x").code == 2);
    const Run h = run("assess --help");
    CHECK(h.code == 0);
    CHECK(h.out.find("wams-cli assess") != std::string::npos);
}

// Issue 15 part 2: `wams-cli stage` says plainly what the rules model and that the bill is not law in force.
TEST_CASE("stage: names Kamerstuk 36 295, says the bill is not in force, never the 2023 planned date", "[cli][stage]") {
    const Run nl = run("stage");
    REQUIRE(nl.code == 0);
    CHECK(nl.out.find("concept-2020-12") != std::string::npos);
    CHECK(nl.out.find("Kamerstuk 36 295") != std::string::npos);
    CHECK(nl.out.find("niet in werking") != std::string::npos);
    CHECK(nl.out.find("Stand per 3 december 2026") != std::string::npos);
    CHECK(nl.out.find("functionaris gegevensbescherming (FG)") != std::string::npos);
    CHECK(nl.out.find("1 januari 2023") == std::string::npos);
    const Run en = run("stage --lang en");
    REQUIRE(en.code == 0);
    CHECK(en.out.find("Kamerstuk 36 295") != std::string::npos);
    CHECK(en.out.find("not in force") != std::string::npos);
    CHECK(en.out.find("1 January 2023") == std::string::npos);
}
