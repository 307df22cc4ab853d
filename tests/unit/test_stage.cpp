// Rulebook stage registry (RULEBOOK §12.1).
#include <catch2/catch.hpp>
#include "wams/stage.hpp"

TEST_CASE("the December 2020 draft is the default stage", "[stage]") {
    const auto& s = wams::default_stage();
    CHECK(s.id == "concept-2020-12");
    CHECK(s.date == "2020-12-09");
    REQUIRE(wams::find_stage("concept-2020-12") == &s);
    CHECK(wams::find_stage("nonexistent") == nullptr);
}
