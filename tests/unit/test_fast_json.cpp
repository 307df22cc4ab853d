// fast_json: wams-cli's faster reader (shell/cli/fast_json.cpp) gives exactly what core's nlohmann path gives —
// the same document, number types and errors — and declines what it does not handle (docs/core.md).
#include <catch2/catch.hpp>

#include "fast_json.hpp"
#include "wams/validate.hpp"

#include <fstream>
#include <sstream>
#include <string>

using nlohmann::json;

namespace {

std::string public_text() {
    std::ifstream in(std::string(WAMS_SOURCE_DIR) + "/tests/data/cases_public.json", std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct Counter final : nlohmann::json_sax<json> {  // counts events; accepts everything
    int events = 0;
    bool null() override { return ++events; }
    bool boolean(bool) override { return ++events; }
    bool number_integer(number_integer_t) override { return ++events; }
    bool number_unsigned(number_unsigned_t) override { return ++events; }
    bool number_float(number_float_t, const string_t&) override { return ++events; }
    bool string(string_t&) override { return ++events; }
    bool binary(binary_t&) override { return ++events; }
    bool start_object(std::size_t) override { return ++events; }
    bool key(string_t&) override { return ++events; }
    bool end_object() override { return ++events; }
    bool start_array(std::size_t) override { return ++events; }
    bool end_array() override { return ++events; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }
};

bool taken(std::string_view text, std::size_t max_depth = 64) {
    Counter c;
    return wams::cli::read_json_fast(text, max_depth, c);
}

void same_as_nlohmann_path(std::string_view text) {
    INFO(text.substr(0, 80));
    const auto fast = wams::parse_json_text(text, {}, wams::cli::read_json_fast);
    const auto plain = wams::parse_json_text(text);
    REQUIRE(fast.doc.has_value() == plain.doc.has_value());
    if (plain.doc) CHECK(fast.doc->dump() == plain.doc->dump());  // dump: number types too
    REQUIRE(fast.errors.size() == plain.errors.size());
    for (std::size_t i = 0; i < plain.errors.size(); ++i) {
        CHECK(fast.errors[i].path == plain.errors[i].path);
        CHECK(fast.errors[i].message_en == plain.errors[i].message_en);
        CHECK(fast.errors[i].message_nl == plain.errors[i].message_nl);
    }
}

} // namespace

TEST_CASE("the fast reader takes plain JSON and declines the rest", "[fast_json]") {
    CHECK(taken(public_text()));
    CHECK(taken(R"({"a":[1,-2,0,123456789012345678],"b":{"":null,"c":true},"d":"\u00e9\n"})"));
    CHECK_FALSE(taken("[1.5]"));                     // fractions: nlohmann's
    CHECK_FALSE(taken("[1234567890123456789]"));     // more than 18 digits
    CHECK_FALSE(taken(R"(["\ud83d\ude00"])"));       // surrogate pairs
    CHECK_FALSE(taken("[01]"));                      // syntax errors
    CHECK_FALSE(taken("[\"a\x01\"]"));               // a control byte: the pre-check
    CHECK_FALSE(taken("[\"\xC3\"]"));                // invalid UTF-8: the pre-check
    CHECK_FALSE(taken("[[[1]]]", 2));                // deeper than the limit: the pre-check
    CHECK(taken("[[1]]", 2));
}

TEST_CASE("parse_json_text with the fast reader equals the nlohmann path", "[fast_json]") {
    const char* texts[] = {
        R"({"a":[1,-2,0,-0,123456789012345678,-123456789012345678],"b":{"":null,"c":true,"d":false}})",
        R"(["\"\\\/\b\f\n\r\t","\u0041\u00e9\u20AC\u0000x","cliënt §2.3 \u00a7","\ud83d\ude00"])",
        R"([1234567890123456789,18446744073709551615,-9223372036854775808,1.5,-0.0,1e3,2E-2])",
        " \t\r\n{ \"a\" : [ ] , \"b\" : { } } \n", "\xEF\xBB\xBF{\"x\":[\"\x7f\"]}", "42", "null",
        "[01]", "{\"a\":1,}", "[tru]", "{} x", "[\"\\udc00\"]", R"({"a":1,"a":2,"b":[1,]})", R"({"a":1,"a":2})",
        "[\"a\x01\"]", "[\"\xC3\"]", "", "   ",
    };
    for (const char* t : texts) same_as_nlohmann_path(t);
    same_as_nlohmann_path(public_text());
    same_as_nlohmann_path(std::string(70, '[') + std::string(70, ']'));
}
