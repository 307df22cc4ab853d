// i18n.hpp — user-facing UI strings by key, Dutch first, English available.
// The strings live in assets/i18n/nl.json and assets/i18n/en.json (flat objects "key": "text"), embedded at build
// time by cmake/Embed.cmake, so the same lookup works natively and in wasm. A unit test (tests/unit/test_i18n.cpp)
// checks that both files hold the same keys and that every key the UI code asks for exists.
#pragma once
#include "wams/lang.hpp"
#include "wams/result.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace wams::i18n {

const std::string& text(Lang lang, std::string_view key);  // the string; "[[key]]" when the key is missing
bool has(Lang lang, std::string_view key);                  // true when the key exists in that language
std::vector<std::string> keys(Lang lang);                   // every key of that language, sorted
std::string_view lang_code(Lang lang);                      // "nl" / "en"
Lang other(Lang lang);                                      // nl ↔ en

// One language file read on its own, never throwing: its texts by key ("_…" comment keys left out), or the first
// error with its JSON Pointer. An embedded file that fails leaves only the vocabulary's labels in that language and
// is listed by asset_load_errors() (asset_errors.hpp).
using Table = std::map<std::string, std::string, std::less<>>;
Result<Table> parse_texts(std::string_view json_text);

} // namespace wams::i18n
