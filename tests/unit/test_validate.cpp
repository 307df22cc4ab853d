// test_validate.cpp — wams/validate.hpp: safe parsing, the RULEBOOK §0.3 schema, cross-field checks, error text.
// Every bad-input test asserts the exact JSON path and the expected/found text, so it fails if the check is lost.
//
// Index
//   [SECTION] Helpers
//   [SECTION] The 20 public cases are valid
//   [SECTION] Parsing: truncated, empty, binary, UTF-8, size, depth, duplicate keys
//   [SECTION] Schema: wrong types, unknown values, unknown fields, missing fields, optional fields
//   [SECTION] Cross-field: duplicate ids, subject_ref, phase vs purpose (D26), article vs route
//   [SECTION] Cases files: one bad case among good ones, error cap
//   [SECTION] Output: format_errors, errors_to_json
#include <catch2/catch.hpp>

#include "wams/json_pointer.hpp"
#include "wams/validate.hpp"
#include "wams/vocabulary.hpp"

#include <fstream>
#include <random>
#include <sstream>

using nlohmann::json;
using wams::ValidationError;

// [SECTION] Helpers -----------------------------------------------------------------------------------------------

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

const std::string& public_text() {
    static const std::string text = read_file(std::string(WAMS_SOURCE_DIR) + "/tests/data/cases_public.json");
    return text;
}

json public_doc() { return json::parse(public_text()); }

json public_case(std::size_t i) { return public_doc().at("cases").at(i); }

wams::LoadedCases load(const json& doc) { return wams::load_cases_text(doc.dump()); }

// The single error expected at `path`; fails the test if there is not exactly one error in total.
ValidationError only_error(const wams::LoadedCases& r) {
    INFO(wams::format_errors(r.errors, wams::Lang::en));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.cases.empty());
    return r.errors.front();
}

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

} // namespace

// [SECTION] The 20 public cases are valid -------------------------------------------------------------------------

TEST_CASE("all 20 public cases validate clean as one cases file", "[validate][public]") {
    const auto r = wams::load_cases_text(public_text());
    INFO(wams::format_errors(r.errors, wams::Lang::en));
    REQUIRE(r.errors.empty());
    CHECK(r.is_cases_file);
    REQUIRE(r.cases.size() == 20);
    for (std::size_t i = 0; i < 20; ++i) {
        char id[8];
        std::snprintf(id, sizeof id, "PUB-%02zu", i + 1);
        CHECK(r.cases[i].id == id);
        CHECK(r.cases[i].facts.is_object());
        CHECK(r.cases[i].whole.contains("expected"));
    }
}

TEST_CASE("each public case validates clean as a single case file", "[validate][public]") {
    const auto doc = public_doc();
    for (const auto& c : doc.at("cases")) {
        const auto r = load(c);
        INFO(c.at("id").get<std::string>() << "\n" << wams::format_errors(r.errors, wams::Lang::en));
        CHECK(r.errors.empty());
        CHECK_FALSE(r.is_cases_file);
        REQUIRE(r.cases.size() == 1);
        CHECK(r.cases[0].id == c.at("id").get<std::string>());
        CHECK(wams::validate_case(c).empty());
        CHECK(wams::validate_facts(c.at("facts")).empty());
    }
}

// [SECTION] Parsing: truncated, empty, binary, UTF-8, size, depth, duplicate keys ----------------------------------

TEST_CASE("truncated JSON names where it stops and what was expected", "[validate][parse]") {
    const auto r = wams::load_cases_text(R"({"id":"X","facts":{"entry":)");
    const auto e = only_error(r);
    CHECK(e.path == "/facts/entry");
    CHECK(e.found == "end of input");
    CHECK(contains(e.message_nl, "afgebroken"));
    CHECK(contains(e.message_nl, "regel 1, kolom 28 (byte 27)"));
    CHECK(contains(e.expected, "'['"));  // a value was expected: [, { or a literal
    CHECK(contains(e.message_nl, "verwacht: "));
    CHECK(contains(e.message_nl, "gevonden: einde van het bestand"));
}

TEST_CASE("the public cases file cut anywhere is refused without a crash", "[validate][parse]") {
    const auto& text = public_text();
    for (std::size_t cut : {std::size_t{1}, text.size() / 7, text.size() / 2, text.size() - 2}) {
        INFO("cut at " << cut);
        const auto r = wams::load_cases_text(std::string_view(text).substr(0, cut));
        REQUIRE_FALSE(r.errors.empty());
        CHECK(r.cases.empty());
        CHECK(r.errors.front().found == "end of input");
    }
}

TEST_CASE("a syntax error names line and column", "[validate][parse]") {
    const auto r = wams::load_cases_text("{\n  \"id\": \"X\",\n  \"facts\": {,}\n}");
    const auto e = only_error(r);
    CHECK(e.path == "/facts");
    CHECK(contains(e.message_nl, "regel 3, kolom 13"));
    CHECK(e.found == "unexpected ','");
    CHECK(e.expected == "string literal");
    CHECK(contains(e.message_nl, "verwacht: tekst tussen aanhalingstekens; gevonden: onverwacht ','"));
}

TEST_CASE("empty input and white space only", "[validate][parse]") {
    for (std::string_view text : {std::string_view(""), std::string_view("  \n\t ")}) {
        const auto e = only_error(wams::load_cases_text(text));
        CHECK(e.path == "");
        CHECK(contains(e.message_nl, "leeg"));
        CHECK(e.expected == "a JSON document (a case or a cases file)");
    }
    CHECK(only_error(wams::load_cases_text("")).found == "empty input (0 bytes)");
}

TEST_CASE("binary garbage is refused as not text", "[validate][parse]") {
    const std::string bin("\x7f" "ELF\x02\x01\x01\x00\x00", 9);
    const auto e = only_error(wams::load_cases_text(bin));
    CHECK(e.path == "");
    CHECK(contains(e.message_nl, "binaire gegevens"));
    CHECK(contains(e.message_nl, "byte 4"));
    CHECK(e.found == "control byte 0x02");
}

TEST_CASE("invalid UTF-8 names its byte offset", "[validate][parse]") {
    const std::string text = "{\"id\":\"caf\xC3\x28\"}";  // 0xC3 followed by a non-continuation byte
    const auto e = only_error(wams::load_cases_text(text));
    CHECK(contains(e.message_nl, "UTF-8"));
    CHECK(contains(e.message_nl, "byte 10"));
    CHECK(e.found == "byte 0xC3");
    // overlong encoding of '/', and a UTF-16 surrogate encoded in UTF-8
    CHECK(only_error(wams::load_cases_text("\"\xC0\xAF\"")).found == "byte 0xC0");
    CHECK(only_error(wams::load_cases_text("\"\xED\xA0\x80\"")).found == "byte 0xED");
}

TEST_CASE("a syntax error right before a multi-byte character yields valid UTF-8 messages", "[validate][parse]") {
    // Found by fuzz_cases_file / fuzz_scenario: nlohmann's "last read: '-\xEF'" quoted half a character (here of a
    // byte-order mark), and errors_to_json(...).dump() threw type_error 316. The raw bytes are now left out.
    for (const std::string text : {std::string("1-\xEF\xBB\xBF" "7.4-"), std::string("\"R1\"-\xCF\xBF" "aP"),
                                   std::string("[-\xC3\xA9]")}) {
        INFO(text);
        const auto r = wams::load_cases_text(text);
        REQUIRE_FALSE(r.errors.empty());
        for (const auto& e : r.errors) {
            CHECK_FALSE(contains(e.message_en, "last read"));
            CHECK_NOTHROW(wams::errors_to_json(r.errors).dump());
        }
    }
    const auto e = only_error(wams::load_cases_text("1-\xEF\xBB\xBF" "7.4-"));
    CHECK(e.expected == "digit after '-'");  // the lexer's own expectation, not the parser's token after it
    CHECK(e.found == "invalid number");
    CHECK(contains(e.message_nl, "regel 1, kolom 3 (byte 2)"));
}

TEST_CASE("random bytes never crash or throw", "[validate][parse]") {
    std::mt19937 rng(20201209);
    std::uniform_int_distribution<int> byte(0, 255), len(0, 300);
    for (int round = 0; round < 2000; ++round) {
        std::string text(static_cast<std::size_t>(len(rng)), '\0');
        for (auto& ch : text) ch = static_cast<char>(byte(rng));
        wams::LoadedCases r;
        REQUIRE_NOTHROW(r = wams::load_cases_text(text));
        REQUIRE_NOTHROW(wams::errors_to_json(r.errors).dump());
        CHECK_FALSE(r.errors.empty());
        CHECK(r.cases.empty());
    }
}

TEST_CASE("a 10 MB file is refused as too large before parsing", "[validate][parse][limits]") {
    auto c = public_case(0);
    c["description_nl"] = std::string(10u * 1024u * 1024u, 'a');
    const auto text = c.dump();
    REQUIRE(text.size() > 10u * 1024u * 1024u);
    const auto e = only_error(wams::load_cases_text(text));
    CHECK(e.path == "");
    CHECK(contains(e.message_nl, "te groot"));
    CHECK(contains(e.message_nl, "verwacht: hoogstens 5,0 MB (5242880 bytes); gevonden: 10,0 MB"));
    CHECK(e.expected == "at most 5.0 MB (5242880 bytes)");
    CHECK(e.found == "10.0 MB (" + std::to_string(text.size()) + " bytes)");
    // the same case below the limit is valid
    c["description_nl"] = std::string(1024u * 1024u, 'a');
    CHECK(load(c).errors.empty());
}

TEST_CASE("10 000-deep nesting is refused cheaply, arrays and objects", "[validate][parse][limits]") {
    const std::string arrays = std::string(10000, '[') + std::string(10000, ']');
    auto e = only_error(wams::load_cases_text(arrays));
    CHECK(e.path == "");
    CHECK(contains(e.message_nl, "Te diep"));
    CHECK(contains(e.message_nl, "kolom 65 (byte 64)"));
    CHECK(e.expected == "at most 64 nested levels of [ and {");
    CHECK(e.found == "more than 64 levels");

    std::string objects;
    for (int i = 0; i < 10000; ++i) objects += "{\"a\":";
    objects += "1";
    objects += std::string(10000, '}');
    e = only_error(wams::load_cases_text(objects));
    CHECK(e.found == "more than 64 levels");

    // truncated deep nesting (no closing brackets at all) gets the same clear error
    CHECK(only_error(wams::load_cases_text(std::string(10000, '['))).found == "more than 64 levels");
}

TEST_CASE("brackets inside strings do not count as nesting; 64 levels are allowed", "[validate][parse][limits]") {
    auto c = public_case(0);
    c["notes"] = std::string(1000, '[') + "\\\"{{{";
    CHECK(load(c).errors.empty());
    const std::string ok = std::string(64, '[') + std::string(64, ']');
    const auto parsed = wams::parse_json_text(ok);
    CHECK(parsed.errors.empty());
    CHECK(parsed.doc.has_value());
    const std::string too_deep = std::string(65, '[') + std::string(65, ']');
    CHECK_FALSE(wams::parse_json_text(too_deep).doc.has_value());
}

TEST_CASE("limits can be set per call", "[validate][parse][limits]") {
    wams::InputLimits small;
    small.max_bytes = 100;
    small.max_depth = 3;
    CHECK(only_error(wams::load_cases_text(std::string(101, ' '), small)).expected == "at most 0.0 MB (100 bytes)");
    CHECK(only_error(wams::load_cases_text("[[[[]]]]", small)).found == "more than 3 levels");
}

TEST_CASE("a field given twice in one object is an error", "[validate][parse]") {
    const auto r = wams::parse_json_text(R"({"a":{"b":1,"b":2}})");
    CHECK_FALSE(r.doc.has_value());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == "/a/b");
    CHECK(r.errors[0].found == "field \"b\" again");
}

TEST_CASE("numbers out of range and lone surrogates are syntax errors, not crashes", "[validate][parse]") {
    CHECK_FALSE(wams::parse_json_text("[1e999]").doc.has_value());
    CHECK_FALSE(wams::parse_json_text(R"(["\ud800"])").doc.has_value());
    CHECK(wams::parse_json_text("\xEF\xBB\xBF{}").doc.has_value());  // a UTF-8 BOM is tolerated
}

TEST_CASE("parse_json_text yields exactly nlohmann's value (fast reader and its fallbacks)", "[validate][parse]") {
    // Each text is valid JSON; the fast reader handles some and declines others (floats, long numbers, surrogate
    // pairs, BOM): the document must equal json::parse either way, numbers with the same type.
    const char* texts[] = {
        R"({"a":[1,-2,0,-0,123456789012345678,-123456789012345678],"b":{"":null,"c":true,"d":false}})",
        R"(["\"\\\/\b\f\n\r\t","\u0041\u00e9\u20AC\u0000x","cliënt §2.3 \u00a7","\ud83d\ude00"])",
        R"([1234567890123456789,18446744073709551615,-9223372036854775808,1.5,-0.0,1e3,2E-2])",
        " \t\r\n{ \"a\" : [ ] , \"b\" : { } } \n",
        "\xEF\xBB\xBF{\"x\":[\"\x7f\"]}",
        R"("just a string")", "42", "-7", "null",
    };
    for (const char* t : texts) {
        INFO(t);
        const auto r = wams::parse_json_text(t);
        REQUIRE(r.errors.empty());
        REQUIRE(r.doc.has_value());
        const json want = json::parse(t);
        CHECK(*r.doc == want);
        CHECK(r.doc->dump() == want.dump());  // same number types (integer / unsigned / float) and text
    }
    // the public cases file, and a copy with every string escaped as \uXXXX where possible, read identically
    CHECK(*wams::parse_json_text(public_text()).doc == public_doc());
    const std::string escaped = public_doc().dump(-1, ' ', /*ensure_ascii=*/true);
    CHECK(*wams::parse_json_text(escaped).doc == public_doc());
}

TEST_CASE("texts the fast reader declines get nlohmann's errors, duplicates are still reported", "[validate][parse]") {
    const char* bad[] = {"[01]", "[1.]", "[-]", "[+1]", "[.5]", "{\"a\":1,}", "[1,]", "[tru]", "[nul]", "{\"a\" 1}",
                         "[\"a\tb\"]", "[\"\\x\"]", "[\"\\u12G4\"]", "{} x", "[1] [2]", "{\"a\":1 /*c*/}", "[\"\\udc00\"]"};
    for (const char* t : bad) {
        INFO(t);
        const auto r = wams::parse_json_text(t);
        CHECK_FALSE(r.doc.has_value());
        REQUIRE(r.errors.size() == 1);
        CHECK(contains(r.errors[0].message_en, "JSON syntax error"));
    }
    // a duplicate key before a syntax error: both reported, once each
    const auto r = wams::parse_json_text(R"({"a":1,"a":2,"b":[1,]})");
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].path == "/a");
    CHECK(r.errors[1].path == "/b/1");
}

TEST_CASE("a document that is neither a case nor a cases file", "[validate][load]") {
    auto e = only_error(wams::load_cases_text("[1,2]"));
    CHECK(e.path == "");
    CHECK(e.found == "array with 2 element(s)");
    CHECK(contains(e.expected, "a case {\"id\", \"facts\", …} or a cases file {\"cases\": […]}"));
    e = only_error(wams::load_cases_text(R"({"cases":{}})"));
    CHECK(e.path == "/cases");
    CHECK(e.found == "object with 0 field(s)");
}

// [SECTION] Schema: wrong types, unknown values, unknown fields, missing fields, optional fields -------------------

TEST_CASE("wrong types name the path, the type expected and the value found", "[validate][schema]") {
    auto c = public_case(0);
    c["facts"]["serious_problems"] = "yes";
    auto e = only_error(load(c));
    CHECK(e.path == "/facts/serious_problems");
    CHECK(e.expected == "boolean (true or false)");
    CHECK(e.found == "\"yes\"");
    CHECK(contains(e.message_nl, "verwacht: ja/nee-waarde (true of false); gevonden: \"yes\""));

    c = public_case(0);
    c["facts"]["data_items"][0]["client_objects"] = 3;
    e = only_error(load(c));
    CHECK(e.path == "/facts/data_items/0/client_objects");
    CHECK(e.expected == "boolean (true or false) or null");
    CHECK(e.found == "number 3");

    c = public_case(0);
    c["facts"]["data_items"] = json::object();
    e = only_error(load(c));
    CHECK(e.path == "/facts/data_items");
    CHECK(e.expected == "array");
    CHECK(e.found == "object with 0 field(s)");

    c = public_case(0);
    c["facts"]["serious_problems"] = nullptr;  // plain bool: null is not accepted
    CHECK(only_error(load(c)).found == "null");
}

TEST_CASE("unknown enum values list the allowed ones and suggest a near miss", "[validate][schema]") {
    auto c = public_case(0);
    c["facts"]["data_items"][0]["purpose"] = "investigaton";
    const auto e = only_error(load(c));
    CHECK(e.path == "/facts/data_items/0/purpose");
    CHECK(e.expected == "one of: investigation, coordination, case_conference, reuse_from_case_conference, "
                        "professional_request, opsporing, fraud_oneigenlijk_gebruik, non_voluntary_service, "
                        "structural_exchange, bulk_search, decision_making, other_legal_table");
    CHECK(e.found == "\"investigaton\"");
    CHECK(contains(e.message_nl, "bedoelde u \"investigation\"?"));
    CHECK(contains(e.message_en, "did you mean \"investigation\"?"));

    c = public_case(0);
    c["facts"]["entry"]["initial_request_under"] = {"Wmo 2015", "Wet op de kinderbijslag"};
    const auto e2 = only_error(load(c));
    CHECK(e2.path == "/facts/entry/initial_request_under/1");
    CHECK(e2.expected == "one of the laws: Wmo 2015, Participatiewet, Jeugdwet, Wgs");
}

TEST_CASE("domain references follow §0.3 and §1.4", "[validate][schema]") {
    auto c = public_case(0);
    auto& src = c["facts"]["data_items"][0]["source"]["domain"];
    for (const char* ok : {"social:Jeugdwet", "adjacent:onderwijs", "municipality", "client",
                           "adjacent:openbare orde en veiligheid (reclassering)"}) {
        src = ok;
        INFO(ok);
        CHECK(load(c).errors.empty());
    }
    src = "social:Wlz";
    auto e = only_error(load(c));
    CHECK(e.path == "/facts/data_items/0/source/domain");
    CHECK(e.found == "\"social:Wlz\"");
    src = "adjacent:sport";
    CHECK(only_error(load(c)).found == "\"adjacent:sport\"");

    c = public_case(0);
    c["facts"]["scope"]["client_excluded_domains"] = {"geestelijke gezondheidszorg", "Jeugdwet", "ggz"};
    e = only_error(load(c));
    CHECK(e.path == "/facts/scope/client_excluded_domains/2");
    CHECK(contains(e.expected, "a law (Wmo 2015, Participatiewet, Jeugdwet, Wgs) or an adjacent domain"));
}

TEST_CASE("unknown fields are errors with their path; the case-level extras are allowed", "[validate][schema]") {
    auto c = public_case(0);
    c["facts"]["entry"]["colour"] = "red";
    auto e = only_error(load(c));
    CHECK(e.path == "/facts/entry/colour");
    CHECK(e.found == "field \"colour\"");
    CHECK(contains(e.expected, "only the fields route, article, loket"));

    c = public_case(0);
    c["facts"]["data_items"][0]["purpos"] = "investigation";
    e = only_error(load(c));
    CHECK(e.path == "/facts/data_items/0/purpos");
    CHECK(contains(e.message_nl, "bedoelde u \"purpose\"?"));

    c = public_case(0);
    c["field/with~odd"] = 1;
    CHECK(only_error(load(c)).path == "/field~1with~0odd");  // RFC 6901 escaping

    c = public_case(0);
    c["stage"] = "concept-2020-12";
    c["notes"] = "Besproken in het wijkteam.";
    c["pii_exemptions"] = json::array({{{"path", "/description_nl"}, {"text", "Hengelo"}, {"category", "naam"}}});
    CHECK(load(c).errors.empty());

    c["stage"] = "wetsvoorstel-2099";
    e = only_error(load(c));
    CHECK(e.path == "/stage");
    CHECK(e.expected == "a known rulebook stage: concept-2020-12");

    c = public_case(0);
    c["pii_exemptions"] = json::array({{{"path", "description_nl"}, {"text", "x"}}});
    const auto r = load(c);
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].path == "/pii_exemptions/0/path");
    CHECK(r.errors[0].expected == "a JSON pointer (\"\" or \"/…\")");
    CHECK(r.errors[1].path == "/pii_exemptions/0/category");
    CHECK(r.errors[1].found == "missing");
}

TEST_CASE("missing required fields are reported each with its path", "[validate][schema]") {
    auto c = public_case(0);
    c["facts"]["data_items"][0].erase("necessity");
    c["facts"].erase("scope");
    const auto r = load(c);
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].path == "/facts/scope");
    CHECK(r.errors[0].found == "missing");
    CHECK(r.errors[0].expected == "object with fields client_excluded_domains, client_agreed_domains, college_explained_consequences");
    CHECK(r.errors[1].path == "/facts/data_items/0/necessity");
    CHECK(contains(r.errors[1].message_nl, "Verplicht veld ontbreekt"));
    CHECK(contains(r.errors[1].message_nl, "gevonden: ontbreekt"));

    c = public_case(0);
    c.erase("id");
    CHECK(only_error(load(c)).path == "/id");
    c = public_case(0);
    c["id"] = "";
    auto e = only_error(load(c));
    CHECK(e.path == "/id");
    CHECK(e.expected == "non-empty string");
}

TEST_CASE("optional fields may be absent; bool|null fields accept null", "[validate][schema]") {
    auto c = public_case(0);
    c["facts"]["scope"].erase("client_agreed_domains");
    for (auto& item : c["facts"]["data_items"]) item.erase("secrecy_regime_rebutted_because");
    c["facts"]["data_items"][0]["explicit_consent"] = nullptr;
    c["facts"]["entry"]["multiple_problems_plausible"] = nullptr;
    c["facts"]["entry"]["criteria"] = {{"a_person", true}, {"b_environment", false}, {"c_coordination_may_help", true},
                                       {"a_person_s311", nullptr}};
    c.erase("title");
    c.erase("description_nl");
    c.erase("expected");
    const auto r = load(c);
    INFO(wams::format_errors(r.errors, wams::Lang::en));
    CHECK(r.errors.empty());
}

// [SECTION] Cross-field: duplicate ids, subject_ref, phase vs purpose (D26), article vs route ---------------------

TEST_CASE("duplicate item ids", "[validate][cross]") {
    auto c = public_case(0);
    auto& items = c["facts"]["data_items"];
    REQUIRE(items.size() >= 2);
    items[1]["item_id"] = items[0]["item_id"];
    const auto e = only_error(load(c));
    CHECK(e.path == "/facts/data_items/1/item_id");
    CHECK(e.expected == "a unique item_id");
    CHECK(e.found == "\"D1\" (also at /facts/data_items/0/item_id)");
}

TEST_CASE("family members: duplicate ids and subject_ref that names no one", "[validate][cross]") {
    auto c = public_case(2);  // PUB-03: family member F1
    REQUIRE(c["facts"]["family_members"].size() == 1);
    c["facts"]["family_members"].push_back(c["facts"]["family_members"][0]);
    auto e = only_error(load(c));
    CHECK(e.path == "/facts/family_members/1/id");
    CHECK(e.found == "\"F1\" (also at /facts/family_members/0/id)");

    c = public_case(2);
    c["facts"]["data_items"][1]["subject_ref"] = "F9";
    e = only_error(load(c));
    CHECK(e.path == "/facts/data_items/1/subject_ref");
    CHECK(e.expected == "one of the family_members ids: F1");
    CHECK(e.found == "\"F9\"");

    c = public_case(0);  // no family members at all
    c["facts"]["data_items"][0]["subject_ref"] = "F1";
    e = only_error(load(c));
    CHECK(e.expected == "null (the case lists no family members)");

    c = public_case(2);
    c["facts"]["data_items"][0]["subject_ref"] = "F1";  // subject is "client"
    e = only_error(load(c));
    CHECK(e.path == "/facts/data_items/0/subject_ref");
    CHECK(e.expected == "null (the data concern the client)");

    c = public_case(2);  // §0.3 null table: a family-member subject without a reference is walked by its subject
    c["facts"]["data_items"][1]["subject_ref"] = nullptr;
    CHECK(load(c).errors.empty());
}

// D26 (draft 3.1): «op onderzoek doen tijdens de fase van de toeleiding naar dienstverlening en op coördineren van
// de dienstverlening tijdens de uitvoeringsfase» (§2.3) — the purpose fixes the phase; a contradiction is refused.
TEST_CASE("D26: a recorded phase that contradicts the purpose is refused with its JSON path", "[validate][cross]") {
    auto c = public_case(0);  // PUB-01: items 0 and 1 investigation, item 2 coordination
    for (const char* wrong : {"request", "coordination"}) {
        c["facts"]["data_items"][0]["phase"] = wrong;
        const auto e = only_error(load(c));
        CHECK(e.path == "/facts/data_items/0/phase");
        CHECK(e.found == std::string("\"") + wrong + "\"");
        CHECK(e.expected == "\"investigation\" or null");
    }
    c = public_case(0);
    c["facts"]["data_items"][2]["phase"] = "investigation";
    auto e = only_error(load(c));
    CHECK(e.path == "/facts/data_items/2/phase");
    CHECK(e.expected == "\"coordination\" or null");

    c = public_case(0);
    c["facts"]["data_items"][0]["purpose"] = "professional_request";
    e = only_error(load(c));
    CHECK(e.path == "/facts/data_items/0/phase");
    CHECK(e.expected == "\"request\" or null");
    CHECK(e.found == "\"investigation\"");

    c = public_case(0);  // a phase derived from the purpose is never an error
    c["facts"]["data_items"][0]["phase"] = nullptr;
    CHECK(load(c).errors.empty());
}

TEST_CASE("D26: Q1-gated purposes ignore the phase; conference items follow the recorded conference", "[validate][cross]") {
    auto c = public_case(13);  // PUB-14: conference in the coordination phase; items 0, 1 conference, 2 reuse, 3 gated
    c["facts"]["data_items"][3]["phase"] = "request";  // other_legal_table: the field is ignored
    CHECK(load(c).errors.empty());
    c["facts"]["data_items"][2]["phase"] = "investigation";  // reuse may come later: a recorded phase is kept
    CHECK(load(c).errors.empty());
    c["facts"]["data_items"][0]["phase"] = "investigation";  // contradicts the conference's phase
    auto e = only_error(load(c));
    CHECK(e.path == "/facts/data_items/0/phase");
    CHECK(e.expected == "\"coordination\" or null");
    c["facts"]["case_conference"] = nullptr;  // no conference: R48 decides before any phase gate, phase not checked
    CHECK(load(c).errors.empty());
}

TEST_CASE("a recorded entry.article must match entry.route; null is not recorded", "[validate][cross]") {
    auto c = public_case(0);  // client_request
    c["facts"]["entry"]["article"] = "2.3a.4";
    const auto e = only_error(load(c));
    CHECK(e.path == "/facts/entry/article");
    CHECK(e.expected == "\"2.3a.1\"");
    CHECK(e.found == "\"2.3a.4\"");
    c["facts"]["entry"]["article"] = nullptr;  // §0.3 null table: the route decides, the article is informative
    CHECK(load(c).errors.empty());
}

TEST_CASE("draft 3.1 nulls are valid: conference answers and the client's presence", "[validate][schema]") {
    auto c = public_case(13);  // PUB-14: a case conference with conference items
    c["facts"]["case_conference"]["zwaarwegende_belangen_against_client_presence"] = nullptr;
    c["facts"]["data_items"][0]["conference"]["zwaarwegende_belangen"] = nullptr;
    c["facts"]["data_items"][1]["conference"]["recipient_participation_necessary"] = nullptr;
    const auto r = load(c);
    INFO(wams::format_errors(r.errors, wams::Lang::en));
    CHECK(r.errors.empty());
}

// [SECTION] Cases files: one bad case among good ones, error cap --------------------------------------------------

TEST_CASE("a cases file with one bad case among good ones names /cases/N/…", "[validate][cases]") {
    auto doc = public_doc();
    doc["cases"][7]["facts"]["data_items"][0]["phase"] = 5;
    const auto r = load(doc);
    const auto e = only_error(r);
    CHECK(r.is_cases_file);
    CHECK(e.path == "/cases/7/facts/data_items/0/phase");
    CHECK(e.expected == "one of: investigation, coordination, request or null");
    CHECK(e.found == "number 5");
}

TEST_CASE("duplicate case ids and unknown top-level fields in a cases file", "[validate][cases]") {
    auto doc = public_doc();
    doc["cases"][5]["id"] = doc["cases"][2]["id"];
    doc["version"] = 2;
    const auto r = load(doc);
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].path == "/version");
    CHECK(r.errors[1].path == "/cases/5/id");
    CHECK(r.errors[1].found == "\"PUB-03\" (also at /cases/2/id)");

    doc = public_doc();
    doc["schema"] = "wams-cases/2.0";
    CHECK(only_error(load(doc)).path == "/schema");
    doc = public_doc();
    doc["cases"] = json::array();
    CHECK(only_error(load(doc)).found == "an empty array");
}

TEST_CASE("all errors are reported, up to a cap, then counted", "[validate][cases]") {
    auto doc = public_doc();
    for (auto& c : doc["cases"])
        for (auto& item : c["facts"]["data_items"]) {
            item["purpose"] = "x";
            item["phase"] = 1;
            item["category"] = 2;
        }
    const auto r = load(doc);
    // 39 items × 3 errors = 117 > 100
    REQUIRE(r.errors.size() == 101);
    CHECK(r.errors[0].path == "/cases/0/facts/data_items/0/purpose");
    CHECK(r.errors[100].found == "17 more error(s)");
    CHECK(r.errors[100].message_nl == "… en 17 meer fout(en) (niet afzonderlijk getoond)");
}

// [SECTION] Output: format_errors, errors_to_json -----------------------------------------------------------------

TEST_CASE("format_errors: one line per error, Dutch or English; errors_to_json shape", "[validate][output]") {
    auto c = public_case(0);
    c["facts"]["data_items"][0]["category"] = "medical";
    const auto r = load(c);
    REQUIRE(r.errors.size() == 1);
    CHECK(wams::format_errors(r.errors, wams::Lang::nl) ==
          "/facts/data_items/0/category: Onbekende waarde — verwacht: één van: general, financial, health, education, "
          "police, justice, bsn; gevonden: \"medical\"\n");
    CHECK(wams::format_errors(r.errors, wams::Lang::en) ==
          "/facts/data_items/0/category: Unknown value — expected: one of: general, financial, health, education, "
          "police, justice, bsn; found: \"medical\"\n");
    const auto j = wams::errors_to_json(r.errors);
    REQUIRE(j.size() == 1);
    CHECK(j[0]["path"] == "/facts/data_items/0/category");
    CHECK(j[0]["found"] == "\"medical\"");
    CHECK(j[0]["expected"] == "one of: general, financial, health, education, police, justice, bsn");
    CHECK(j[0]["message"].get<std::string>().rfind("Onbekende waarde", 0) == 0);
    CHECK(wams::format_errors(wams::load_cases_text("").errors, wams::Lang::nl).rfind("(hele document): ", 0) == 0);
}

TEST_CASE("long and control-character values are shown shortened and escaped", "[validate][output]") {
    auto c = public_case(0);
    c["facts"]["data_items"][0]["category"] = std::string(100, 'x') + "\n";
    auto e = only_error(load(c));
    CHECK(e.found == "\"" + std::string(60, 'x') + "…\"");
    c["facts"]["data_items"][0]["category"] = std::string("a\x01\xC3\xA9");
    e = only_error(load(c));
    CHECK(e.found == "\"a\\u0001\xC3\xA9\"");
}

TEST_CASE("syntax-error paths escape keys and keep the empty key", "[validate][parse]") {
    auto r = wams::parse_json_text(R"({"a/b":{"":[1,2,)");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == "/a~1b//2");
    CHECK(r.errors[0].found == "end of input");
}

// [SECTION] facts_still_valid: the interview's check of a derived completion ------------------------------------

namespace {
void leaf_pointers(const json& v, const std::string& at, std::vector<std::string>& out) {
    if (!at.empty()) out.push_back(at);
    if (v.is_object())
        for (auto it = v.begin(); it != v.end(); ++it) leaf_pointers(*it, at + "/" + it.key(), out);
    else if (v.is_array())
        for (std::size_t i = 0; i < v.size(); ++i) leaf_pointers(v[i], at + "/" + std::to_string(i), out);
}
std::string pattern_of(const std::string& pointer) {  // "/data_items/0/purpose" → "/data_items/*/purpose"
    std::string out;
    std::size_t at = 0;
    while (at < pointer.size()) {
        const std::size_t end = std::min(pointer.find('/', at + 1), pointer.size());
        const std::string token = pointer.substr(at + 1, end - at - 1);
        out += "/" + (token.find_first_not_of("0123456789") == std::string::npos ? std::string("*") : token);
        at = end;
    }
    return out;
}
} // namespace

// A value changed in a valid case: checking only that value and the cross-field rules says what validating the
// whole says — for every member of every public case, set to every code its field has and to values of every kind.
TEST_CASE("facts_still_valid agrees with validate_facts on one or two values changed", "[validate]") {
    std::size_t agreed = 0, refused = 0;
    const json doc = public_doc();
    for (const json& c : doc.at("cases")) {
        const json& base = c.at("facts");
        REQUIRE(wams::validate_facts(base).empty());
        std::vector<std::string> pointers;
        leaf_pointers(base, "", pointers);
        for (const std::string& p : pointers) {
            std::vector<json> values = {nullptr, true, false, "", "x", 3, json::object(), json::array()};
            if (const auto* f = wams::vocab::find(pattern_of(p)))
                for (const auto& v : f->values) values.emplace_back(std::string(v.code));
            for (const json& v : values) {
                json facts = base;
                REQUIRE(wams::store_at(facts, p, v));
                const bool whole = wams::validate_facts(facts).empty();
                INFO(c.value("id", "") << " " << p << " = " << v.dump());
                CHECK(wams::facts_still_valid(facts, {p}) == whole);
                ++agreed;
                refused += whole ? 0 : 1;
            }
        }
        // Two values at once: the item's purpose and its phase (D26 ties them: only the cross-field rules see it).
        if (base.contains("data_items") && !base["data_items"].empty())
            for (const char* purpose : {"investigation", "coordination", "case_conference"})
                for (const json& phase : {json("investigation"), json("coordination"), json(nullptr)}) {
                    json facts = base;
                    facts["data_items"][0]["purpose"] = purpose;
                    facts["data_items"][0]["phase"] = phase;
                    const bool whole = wams::validate_facts(facts).empty();
                    CHECK(wams::facts_still_valid(facts, {"/data_items/0/purpose", "/data_items/0/phase"}) == whole);
                    ++agreed;
                    refused += whole ? 0 : 1;
                }
    }
    INFO(agreed << " changes, " << refused << " refused");
    CHECK(refused > 1000);  // the check is exercised on both sides
    CHECK(agreed - refused > 1000);
}
