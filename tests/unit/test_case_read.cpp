// case_read: facts_from_json returns a Result (result.hpp) — the typed facts, or the first error with its JSON path;
// it never throws (issue 16). Expectations are written by hand from the input each test breaks.
#include <catch2/catch.hpp>

#include "expected_match.hpp"
#include "wams/case.hpp"

#include <string>

using nlohmann::json;

namespace {

json pub01_facts() { return wams_test::read_json_file(std::string(WAMS_SOURCE_DIR) + "/scenarios/public/PUB-01.json").at("facts"); }

} // namespace

TEST_CASE("valid facts read as facts", "[case_read]") {
    const auto read = wams::facts_from_json(pub01_facts());
    REQUIRE(read.ok());
    CHECK(wams::to_json(read.value()) == pub01_facts());
}

TEST_CASE("a bad facts document gives the first error and its JSON path, without an exception", "[case_read]") {
    json facts = pub01_facts();
    facts["serious_problems"] = "yes";
    const auto wrong_type = wams::facts_from_json(facts);
    REQUIRE_FALSE(wrong_type.ok());
    CHECK(wrong_type.error().path == "/serious_problems");
    CHECK(wrong_type.error().message == "expected a boolean");

    facts = pub01_facts();
    facts["data_items"][0]["purpose"] = "gossip";
    facts["data_items"][0]["subject"] = 7;  // read after purpose: the first error is the one reported
    const auto unknown = wams::facts_from_json(facts);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().path == "/data_items/0/purpose");
    CHECK(unknown.error().message == "unknown value \"gossip\"");

    facts = pub01_facts();
    facts["entry"] = json::array();
    const auto not_object = wams::facts_from_json(facts);
    REQUIRE_FALSE(not_object.ok());
    CHECK(not_object.error().path == "/entry");
    CHECK(not_object.error().message == "expected an object");

    const auto not_facts = wams::facts_from_json(json::array({1, 2}));
    REQUIRE_FALSE(not_facts.ok());
    CHECK(not_facts.error().path == "");
    CHECK(not_facts.error().message == "expected an object");
}
