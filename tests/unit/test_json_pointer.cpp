// Non-throwing RFC 6901 access (core/io/include/wams/json_pointer.hpp) and the case editor built on it. Where a pointer
// is valid the expectation is nlohmann's own (throwing) json_pointer, an independent implementation; the refusals
// are written by hand from RFC 6901 and the header's contract.
#include <catch2/catch.hpp>

#include "wams/json_pointer.hpp"
#include "wams/ui_model.hpp"

#include <string>
#include <vector>

using nlohmann::json;

namespace {
const json kDoc = json::parse(R"({
  "a": {"b": [10, {"c": "x"}, null], "": 1, "s/l": 2, "t~l": 3},
  "flag": true, "n": null, "text": "abc", "list": []
})");

// Every pointer to a value of `node`, with the keys escaped.
void all_pointers(const json& node, const std::string& at, std::vector<std::string>& out) {
    out.push_back(at);
    if (node.is_object())
        for (auto it = node.begin(); it != node.end(); ++it) {
            std::string k;
            for (char c : it.key()) k += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
            all_pointers(it.value(), at + "/" + k, out);
        }
    if (node.is_array())
        for (std::size_t i = 0; i < node.size(); ++i) all_pointers(node[i], at + "/" + std::to_string(i), out);
}
} // namespace

TEST_CASE("find_at finds what nlohmann's json_pointer finds, escapes included", "[json_pointer]") {
    std::vector<std::string> pointers;
    all_pointers(kDoc, "", pointers);
    REQUIRE(pointers.size() == 14);
    for (const auto& p : pointers) {
        INFO(p);
        const json* found = wams::find_at(kDoc, p);
        REQUIRE(found != nullptr);
        CHECK(*found == kDoc.at(json::json_pointer(p)));
    }
    CHECK(*wams::find_at(kDoc, "/a/s~1l") == 2);
    CHECK(*wams::find_at(kDoc, "/a/t~0l") == 3);
    CHECK(*wams::find_at(kDoc, "/a/") == 1);
}

TEST_CASE("find_at answers nullptr instead of throwing", "[json_pointer]") {
    for (const char* p : {"a", "/a/~2", "/a/~", "/missing", "/text/0", "/flag/x", "/n/x", "/a/b/3", "/a/b/-",
                          "/a/b/01", "/a/b/+1", "/a/b/1e0", "/a/b/x", "/a/b/99999999999999999999", "/list/0"}) {
        INFO(p);
        CHECK(wams::find_at(kDoc, p) == nullptr);
    }
}

TEST_CASE("store_at stores where nlohmann would, and appends at the end of an array", "[json_pointer]") {
    json d = kDoc;
    REQUIRE(wams::store_at(d, "/a/b/1/c", "y"));
    CHECK(d["a"]["b"][1]["c"] == "y");
    REQUIRE(wams::store_at(d, "/a/b/3", 4));  // index == size: appended
    CHECK(d["a"]["b"].size() == 4);
    REQUIRE(wams::store_at(d, "/list/-", "z"));
    CHECK(d["list"] == json::array({"z"}));
    REQUIRE(wams::store_at(d, "/n/deep/er", 5));  // through null: objects are created
    CHECK(d["n"] == json::parse(R"({"deep":{"er":5}})"));
    REQUIRE(wams::store_at(d, "/new/x", true));
    CHECK(d["new"]["x"] == true);
    REQUIRE(wams::store_at(d, "/a/s~1l", 7));
    CHECK(d["a"]["s/l"] == 7);
    json whole = 1;
    REQUIRE(wams::store_at(whole, "", "replaced"));
    CHECK(whole == "replaced");
}

TEST_CASE("store_at refuses, and changes nothing, where nlohmann would throw or pad", "[json_pointer]") {
    for (const char* p : {"a", "/a/~2", "/text/0", "/text/x/y", "/flag/x", "/a/b/5", "/a/b/01", "/a/b/x",
                          "/a/b/-/c", "/a/b/3/c", "/list/1", "/new\xD7key", "/a/\xED\xA0\x80"}) {
        INFO(p);
        json d = kDoc;
        CHECK_FALSE(wams::store_at(d, p, 1));
        CHECK(d == kDoc);
    }
}

TEST_CASE("the case editor refuses a pointer through a scalar without a history entry", "[json_pointer][ui_model]") {
    wams::ui::CaseEditor ed;
    const json initial = ed.value("/entry/route");
    REQUIRE(initial.is_string());
    REQUIRE(ed.set("/entry/route", "professional_request"));
    const json before = ed.facts();
    const bool could_undo = ed.can_undo();
    CHECK_FALSE(ed.set("/entry/route/oops", true));
    CHECK_FALSE(ed.set("/data_items/not-a-number/what", "x"));
    CHECK_FALSE(ed.set("", json::array()));              // FACTS as a whole is never one answer
    CHECK_FALSE(ed.add_element(""));                      // FACTS is an object, not a list
    CHECK_FALSE(ed.add_element("/entry/route"));          // an answer that is not a list
    CHECK(ed.facts() == before);
    CHECK(ed.can_undo() == could_undo);
    CHECK(ed.value("/entry/route/oops").is_null());
    REQUIRE(ed.undo());
    CHECK(ed.value("/entry/route") == initial);
}

TEST_CASE("undo takes away what a change created, leaving no null behind", "[json_pointer][ui_model]") {
    wams::ui::CaseEditor ed;
    const json start = ed.facts();
    REQUIRE(ed.set("/not_yet/there", "x"));  // creates a member and its parent
    CHECK(ed.value("/not_yet/there") == "x");
    const json items = ed.value("/data_items");
    REQUIRE(items.is_array());
    REQUIRE(ed.set("/data_items/" + std::to_string(items.size()), json::object()));  // appends an element
    CHECK(ed.value("/data_items").size() == items.size() + 1);
    REQUIRE(ed.undo());
    REQUIRE(ed.undo());
    CHECK(ed.facts() == start);
    CHECK_FALSE(ed.facts().contains("not_yet"));
}

TEST_CASE("undo of add_element on a list that was null gives back null, not an empty list", "[json_pointer][ui_model]") {
    wams::ui::CaseEditor ed;
    REQUIRE(ed.set("/some_list", json::array({"x"})));
    REQUIRE(ed.set("/some_list", nullptr));
    const json start = ed.facts();
    REQUIRE(ed.add_element("/some_list"));
    CHECK(ed.value("/some_list").size() == 1);
    REQUIRE(ed.undo());
    CHECK(ed.value("/some_list").is_null());
    CHECK(ed.facts() == start);
}

TEST_CASE("pointer_token and is_pointer follow RFC 6901", "[json_pointer]") {
    CHECK(wams::pointer_token("a/b~c") == "a~1b~0c");
    CHECK(wams::pointer_token("~1") == "~01");  // not "~1" twice: the order of the two replacements matters
    CHECK(wams::pointer_token("") == "");
    for (const char* p : {"", "/", "/a", "/a~0b", "/a~1b/0", "//"}) CHECK(wams::is_pointer(p));
    for (const char* p : {"a", "/~", "/~2", "/a~", "/\xFF"}) CHECK_FALSE(wams::is_pointer(p));
}
