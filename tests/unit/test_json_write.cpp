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
