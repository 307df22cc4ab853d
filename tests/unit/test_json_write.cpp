// json_write: compact output must be byte-identical to nlohmann::json::dump() (what wams-cli assess prints).
#include <catch2/catch.hpp>

#include "wams/json_write.hpp"

#include <fstream>
#include <sstream>

using nlohmann::json;

TEST_CASE("compact_json equals dump() on awkward values", "[json_write]") {
    const json samples[] = {
        json::parse(R"({"a":[1,-2,3.5,1e300,true,false,null],"é":"cliënt","q":"say \"hi\"\\n","ctl":"\u0001\t"})"),
        json::parse(R"([[],{},"",[{"":""}],18446744073709551615,-9223372036854775808,0.1])"),
        json("coördinatie / ~ </script>"),
        json(nullptr),
    };
    for (const auto& j : samples) CHECK(wams::compact_json(j) == j.dump());
}

TEST_CASE("compact_json equals dump() on the public cases file", "[json_write]") {
    std::ifstream in(WAMS_SOURCE_DIR "/tests/data/cases_public.json");
    REQUIRE(in);
    std::stringstream ss;
    ss << in.rdbuf();
    const json doc = json::parse(ss.str());
    CHECK(wams::compact_json(doc) == doc.dump());
    CHECK(wams::compact_json(doc).size() > 10000);
}

#include "wams/engine.hpp"
#include "expected_match.hpp"

#include <filesystem>
#include <random>

namespace {

std::vector<json> public_scenarios() {
    std::vector<json> out;
    for (const auto& e : std::filesystem::directory_iterator(WAMS_SOURCE_DIR "/scenarios/public")) {
        if (e.path().extension() != ".json") continue;
        out.push_back(wams_test::read_json_file(e.path().string()));
    }
    return out;
}

std::string direct(const wams::Assessment& a) {
    std::string s;
    wams::append_assessment_json(a, s);
    return s;
}

} // namespace

TEST_CASE("append_assessment_json equals to_json(a).dump() on every public case", "[json_write]") {
    const auto cases = public_scenarios();
    REQUIRE(cases.size() >= 20);
    for (const auto& c : cases) {
        const auto a = wams::assess(wams::facts_from_json(c.at("facts")).value());
        INFO(c.at("id").get<std::string>());
        CHECK(direct(a) == wams::to_json(a).dump());
    }
}

TEST_CASE("append_assessment_json equals to_json(a).dump() on varied cases (every optional part, non-ASCII text)", "[json_write]") {
    const auto cases = public_scenarios();
    std::mt19937 rng(7);
    std::size_t with_conference = 0, with_readings = 0, with_reason = 0, with_adjacent = 0, with_agreed = 0;
    for (int round = 0; round < 30; ++round) {
        for (auto c : cases) {
            json& f = c["facts"];
            f["serious_problems"] = rng() % 2 == 0;
            for (auto& m : f["family_members"]) if (rng() % 3 == 0) m["id"] = "kind \"é\"\\" + std::to_string(rng() % 9);
            for (auto& it : f["data_items"]) {
                if (rng() % 3 == 0) it["necessity"]["assessment"] = rng() % 2 ? "stated" : "excessive";
                if (rng() % 3 == 0) it["client_objects"] = rng() % 2 ? json(true) : json(nullptr);
                if (rng() % 4 == 0) it["item_id"] = "gegevens-ü-" + std::to_string(rng() % 100);
            }
            const auto facts = wams::facts_from_json(f);
            if (!facts.ok()) continue;  // a variation the model cannot read is not what this test is about
            const auto a = wams::assess(facts.value());
            const auto& p = a.process;
            with_conference += p.case_conference.has_value();
            with_readings += p.investigation.under_s2_3 && p.investigation.under_s3_1_1;
            with_reason += p.coordination_end.reason.has_value();
            with_adjacent += p.coordination.adjacent_part.has_value();
            with_agreed += p.scope_limits.agreed_domains.has_value();
            INFO(c.at("id").get<std::string>());
            REQUIRE(direct(a) == wams::to_json(a).dump());
        }
    }
    // every optional branch of the writer was exercised at least once
    CHECK(with_conference > 0);
    CHECK(with_readings > 0);
    CHECK(with_reason > 0);
    CHECK(with_adjacent > 0);
    CHECK(with_agreed > 0);
}
