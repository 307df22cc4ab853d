// test_asset_loaders.cpp — every loader of an embedded asset returns its error with the JSON Pointer where reading
// stopped, never throws or aborts (issue 16: the wasm build catches nothing), and the real assets load cleanly.
// Each malformed document is the real asset file with one change, so the paths are those a maintainer would see.
#include <catch2/catch.hpp>

#include "helpdesk_query.hpp"  // core/services/src: the help desk's synonym vocabulary
#include "pii_internal.hpp"    // core/services/src: the PII lexicon
#include "wams/assets.hpp"
#include "wams/embedded_pack.hpp"
#include "wams/helpdesk.hpp"
#include "wams/i18n.hpp"
#include "wams/pii.hpp"
#include "wams/rules.hpp"
#include "wams/stage.hpp"
#include "wams/training.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <fstream>
#include <functional>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using nlohmann::json;
using wams::LoadError;

std::string read_file(const std::string& relative) {
    std::ifstream in(std::string(WAMS_SOURCE_DIR) + "/" + relative, std::ios::binary);
    REQUIRE(in);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// A loader reduced to what these tests ask of it: its error, or nothing when it read the text.
using ErrorOf = std::function<std::optional<LoadError>(std::string_view)>;
template <class Parse>
ErrorOf error_of(Parse parse) {
    return [parse](std::string_view text) -> std::optional<LoadError> {
        const auto r = parse(text);
        if (r.ok()) return std::nullopt;
        return r.error();
    };
}

struct Loader {
    const char* file;          // the asset, from the source tree
    ErrorOf parse;
    const char* wrong_at;      // a member deep inside, given a value of the wrong type …
    json wrong_value;
    const char* wrong_message;  // … reported with this message
    const char* required_at;   // a required member, removed
};

const std::vector<Loader>& loaders() {
    static const std::vector<Loader> all{
        {"assets/rules/rules.json", error_of(wams::parse_rules), "/rules/5/sections/1", 7, "expected a string",
         "/rules/66/chapter"},
        {"assets/rules/ambiguities.json", error_of(wams::parse_ambiguities), "/ambiguities/3/quotes_nl", "x",
         "expected an array of strings", "/ambiguities/0/title_en"},
        {"assets/rules/design_choices.json", error_of(wams::parse_design_choices), "/design_choices/4/rests_on_en",
         true, "expected a string", "/design_choices/26/id"},
        {"assets/rules/advisories.json", error_of(wams::parse_advisories), "/advisories/2/rules/0", nullptr,
         "expected a string", "/advisories/1/shown_when_en"},
        {"assets/rules/walk_questions.json", error_of(wams::parse_walk_questions), "/questions/3/answers/1/nl", 3,
         "expected a string", "/questions/12/answers"},
        {"assets/rules/rule_texts.json", error_of(wams::parse_rule_texts), "/conditions/2/rules", "R1",
         "expected an array of strings", "/verdicts"},
        {"assets/rules/translations_nl.json", error_of(wams::parse_translations_nl), "/ambiguities/A3/title_nl", 1,
         "expected a string", "/design_choices"},
        {"assets/rules/ambiguity_links.json", error_of(wams::training::parse_ambiguity_links), "/links/4/all_of/0", 38,
         "expected a string", "/links/7/ambiguity"},
        {"assets/helpdesk/questions.json", error_of(wams::parse_help_answers), "/questions/3/answer_nl", 42,
         "expected a string", "/questions/70/process_step"},
        {"assets/helpdesk/facts.json", error_of(wams::parse_help_facts), "/charts/1/rows/0/values/0", "12",
         "expected a number", "/cards/5/body_en"},
        {"assets/helpdesk/helpdesk_synonyms.json", error_of(wams::helpdesk::parse_synonyms), "/intents/who/0", 1,
         "expected a string", "/openers"},
        {"assets/pii/pii_lexicon.json", error_of(wams::pii_detail::parse_pii_lexicon), "/months/maart", "3",
         "expected an integer", "/titles"},
    };
    return all;
}

json real_document(const Loader& l) { return json::parse(read_file(l.file)); }

} // namespace

TEST_CASE("every embedded asset loads without an error", "[assets]") {
    const auto errors = wams::asset_load_errors();
    for (const auto& e : errors) UNSCOPED_INFO(e.asset << " at \"" << e.error.path << "\": " << e.error.message);
    CHECK(errors.empty());
    CHECK(wams::all_rules().size() == 67);  // (the lists are not empty: loaded, not replaced by the empty fallback)
    CHECK(!wams::help_answers().empty());
    CHECK(!wams::training::ambiguity_links().empty());
}

TEST_CASE("each asset file in the source tree is read by its loader", "[assets]") {
    for (const auto& l : loaders()) {
        INFO(l.file);
        const auto error = l.parse(read_file(l.file));
        CHECK(!error);
    }
}

TEST_CASE("a value of the wrong type deep inside: that value's path", "[assets]") {
    for (const auto& l : loaders()) {
        INFO(l.file);
        json doc = real_document(l);
        doc[json::json_pointer(l.wrong_at)] = l.wrong_value;
        const auto error = l.parse(doc.dump());
        REQUIRE(error);
        CHECK(error->path == l.wrong_at);
        CHECK(error->message == l.wrong_message);
    }
}

TEST_CASE("a required member missing: its path, \"missing\"", "[assets]") {
    for (const auto& l : loaders()) {
        INFO(l.file);
        json doc = real_document(l);
        const json::json_pointer at(l.required_at);
        doc[at.parent_pointer()].erase(at.back());
        const auto error = l.parse(doc.dump());
        REQUIRE(error);
        CHECK(error->path == l.required_at);
        CHECK(error->message == "missing");
    }
}

TEST_CASE("a cut-off text: the parser's error where it stopped; a wrong document: an error at the root", "[assets]") {
    for (const auto& l : loaders()) {
        INFO(l.file);
        const std::string text = read_file(l.file);
        const auto cut = l.parse(std::string_view(text).substr(0, text.size() / 2));
        REQUIRE(cut);
        CHECK_THAT(cut->message, Catch::Contains("stops too early"));
        const auto array = l.parse("[1, 2]");
        REQUIRE(array);
        CHECK(array->path.empty());
        CHECK(array->message == "expected an object");
    }
}

TEST_CASE("a language file: the first value that is not a text, by its key", "[assets][i18n]") {
    json nl = json::parse(read_file("assets/i18n/nl.json"));
    REQUIRE(wams::i18n::parse_texts(nl.dump()).ok());
    nl["app.tagline"] = json{{"nl", "x"}};
    const auto nested = wams::i18n::parse_texts(nl.dump());
    REQUIRE(!nested.ok());
    CHECK(nested.error().path == "/app.tagline");
    CHECK(nested.error().message == "expected a string");
    const auto escaped = wams::i18n::parse_texts(R"({"a": "x", "b/~c": 3})");
    REQUIRE(!escaped.ok());
    CHECK(escaped.error().path == "/b~1~0c");
    CHECK(!wams::i18n::parse_texts("{\"a\": ").ok());
    CHECK(wams::i18n::parse_texts("[]").error().path.empty());
}

TEST_CASE("an unknown case-conference phase in an ambiguity link is named", "[assets][training]") {
    const auto r = wams::training::parse_ambiguity_links(R"({"links": [{"ambiguity": "A15", "all_of": ["R40"], "conference_phase": "later"}]})");
    REQUIRE(!r.ok());
    CHECK(r.error().path == "/links/0/conference_phase");
    CHECK(r.error().message == "unknown value \"later\"");
}

TEST_CASE("the stage record: the first defect with its JSON path, as the error text", "[assets][stage]") {
    json doc = json::parse(read_file("assets/rules/stage.json"));
    REQUIRE(wams::parse_stage_record(doc.dump()).error.empty());
    doc["stages"][0]["history"][0]["nl"] = 5;
    CHECK(wams::parse_stage_record(doc.dump()).error == "stage.json /stages/0/history/0/nl: expected a string");
    doc["stages"][0]["as_of"] = "";
    CHECK(wams::parse_stage_record(doc.dump()).error == "stage.json /stages/0/as_of: empty");
    doc["stages"][0]["as_of"] = "2026-12-03";
    doc["stages"][0].erase("in_force");
    CHECK(wams::parse_stage_record(doc.dump()).error == "stage.json /stages/0/in_force: missing");
}

namespace wams::embedded {
std::vector<std::pair<std::string_view, std::string_view>> asset_all();  // cmake/Embed.cmake (services' assets)
}

// The name lists are embedded front-coded (cmake/front_code.py): the reader turns them back into the same entries.
TEST_CASE("Front-coded word lists read back as the entries they encode", "[pii][assets]") {
    using wams::pii_detail::add_list_lines;
    using Words = std::set<std::string>;
    auto words = [](const wams::WordSet& set) { return Words(set.begin(), set.end()); };
    wams::WordSet set;
    CHECK(add_list_lines(set, "#front-coded\n0aarab\n3ts\n0de vries\n3\xc3\xa9\n") == 4);
    CHECK(words(set) == Words{"aarab", "aarts", "de vries", "de \xc3\xa9"});
    wams::WordSet plain;  // without the marker a line is an entry as written
    CHECK(add_list_lines(plain, "# comment\n0aarab\n3ts\n") == 2);
    CHECK(words(plain) == Words{"0aarab", "3ts"});

    // The embedded lists hold exactly the entries of the set-up files (when this machine has them).
    for (const char* name : {"pii_first_names.txt", "pii_surnames.txt", "pii_name_words.txt"}) {
        std::ifstream in(std::string(WAMS_SOURCE_DIR) + "/.cache/third_party/pii/" + name, std::ios::binary);
        if (!in) {  // no set-up lists here: then none may be embedded either
            CHECK_FALSE(wams::pii_list_sizes().third_party_lists);
            continue;
        }
        std::stringstream raw;
        raw << in.rdbuf();
        wams::WordSet expected, embedded;
        add_list_lines(expected, raw.str());
        std::string_view bytes;
        for (const auto& [file, data] : wams::embedded::asset_all())
            if (file == name) bytes = data;
        INFO(name);
        CHECK(bytes.substr(0, 13) == "#front-coded\n");
        add_list_lines(embedded, bytes);
        CHECK(embedded.size() > 1000);
        CHECK(words(embedded) == words(expected));
    }
}

// The embedded data is one LZMA stream (cmake/embed_pack.py); unpack_embedded decodes it with 7-Zip's LzmaDec.c.
// The stream below was written by Python's lzma module (raw LZMA1, the settings of embed_pack.py), an encoder
// independent of the decoder under test.
TEST_CASE("unpack_embedded: a stream from another encoder unpacks to its text; a damaged one to nothing", "[assets]") {
    const std::string text = "Wams Wegwijzer \xe2\x80\x94 \xc3\xa9\xc3\xa9n vraag, \xc3\xa9\xc3\xa9n antwoord. "
                             "Wams Wegwijzer \xe2\x80\x94 \xc3\xa9\xc3\xa9n vraag.";
    const std::string packed(
        "\x03\x00\x00\x10\x00\x00\x2b\x99\x0c\xf3\x1f\x8e\x29\xd7\xc9\x36\xee\x64\xfa\x95\xcb\x72\x91\xa7\x69\x56\x66"
        "\x84\xca\x79\x57\xa5\x37\xc0\x35\x0d\xe8\xfe\x0a\x17\xd2\xe4\xb2\x35\x97\x04\x80\x5c\x88\x9d\x12\x54\x60\x09"
        "\xef\xb4\xd6\xff\xf1\x0f\xb0\x00",
        62);
    REQUIRE(text.size() == 79);
    CHECK(wams::unpack_embedded(packed, text.size()) == text);
    CHECK(wams::unpack_embedded(packed, text.size() - 10) == text.substr(0, text.size() - 10));  // a prefix is fine
    CHECK(wams::unpack_embedded(packed.substr(0, 30), text.size()).empty());   // cut off: nothing, no crash
    CHECK(wams::unpack_embedded(packed, text.size() + 1).empty());             // asks for more than it holds
    CHECK(wams::unpack_embedded(packed.substr(0, 4), 1).empty());              // no room for the properties
    std::string bad_props = packed;
    bad_props[0] = '\xff';                                                      // lc/lp/pb out of range
    CHECK(wams::unpack_embedded(bad_props, text.size()).empty());
    // LazyPack: unpacked only as far as asked, the views it handed out stay valid while it unpacks further.
    wams::LazyPack lazy(packed, text.size());
    CHECK(lazy.unpacked() == 0);
    const std::string_view head = lazy.bytes(20);
    CHECK(head == text.substr(0, 20));
    CHECK(lazy.unpacked() >= 20);
    CHECK(lazy.unpacked() < text.size());  // not all of it for the first 20 bytes
    CHECK(lazy.bytes(text.size()) == text);
    CHECK(head == text.substr(0, 20));     // the earlier view is unchanged
    CHECK(lazy.bytes(text.size() + 1).empty());
    const std::string cut_off = packed.substr(0, 30);  // read as the pack goes: must outlive it
    wams::LazyPack cut(cut_off, text.size());
    CHECK(cut.bytes(text.size()).empty());
    CHECK(cut.bytes(text.size()).empty());  // asked again: still nothing, no crash (the decoder was let go)
    // The real stream: every asset is a view into the one unpacked buffer, and each is there.
    for (const auto& [name, bytes] : wams::embedded::asset_all()) {
        INFO(name);
        CHECK(!bytes.empty());
    }
}

// services' word lists and look-ups use one small hash set instead of std::unordered_set/map (word_set.hpp,
// session 31): it must agree with an ordered set on every insert and look-up, keep each word's index, and grow.
TEST_CASE("WordSet agrees with std::set and keeps each word's index; WordMap keeps a value per word",
          "[assets][wordset]") {
    wams::WordSet set;
    std::set<std::string> reference;
    std::vector<std::string> order;
    CHECK(set.find("") == -1);
    CHECK(set.empty());
    std::uint32_t x = 12345;
    for (int i = 0; i < 20000; ++i) {
        x = x * 1103515245u + 12345u;
        const std::string w = std::to_string(x % 7919) + (x & 0x100 ? "-de vries" : "");  // many repeats
        const bool fresh = reference.insert(w).second;
        const auto [at, added] = set.insert(w);
        REQUIRE(added == fresh);
        if (fresh) order.push_back(w);
        REQUIRE(set[static_cast<size_t>(at)] == w);
    }
    CHECK(set.size() == reference.size());
    CHECK(std::set<std::string>(set.begin(), set.end()) == reference);
    CHECK(std::vector<std::string>(set.begin(), set.end()) == order);  // insertion order
    for (size_t i = 0; i < order.size(); ++i) CHECK(set.find(order[i]) == static_cast<int>(i));
    CHECK(set.find("7919") == -1);
    CHECK(set.count("not a word") == 0);
    CHECK(set.insert("").second);  // the empty word is a word like any other
    CHECK(set.find("") == static_cast<int>(order.size()));

    wams::WordMap<std::vector<int>> map;  // a value per word, kept by the word's index
    CHECK(map.find("mrt") == nullptr);
    map["maart"].push_back(3);
    map["mrt"].push_back(3);
    map["maart"].push_back(4);
    REQUIRE(map.find("maart") != nullptr);
    CHECK(*map.find("maart") == std::vector<int>{3, 4});
    CHECK(*map.find("mrt") == std::vector<int>{3});
    CHECK(map.find("march") == nullptr);
}
