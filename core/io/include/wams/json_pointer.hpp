// json_pointer.hpp — RFC 6901 pointers into a JSON document that never throw. The browser build has no exception
// catching (and nlohmann's JSON_NOEXCEPTION turns every would-be throw into abort()), so nlohmann's own pointer
// access, which throws on a pointer through a string or a bad array index, would end the page and the open case.
// Used by the case editor (ui_model.hpp) and the what-if screen; fuzzed by tests/fuzz/fuzz_editor.cpp.
#pragma once
#include <nlohmann/json.hpp>

#include <string_view>

#include <string>

namespace wams {

std::string pointer_token(std::string_view key);  // RFC 6901 escaping of one member name: "~" → "~0", "/" → "~1"
bool is_pointer(std::string_view pointer);        // "" or "/…" with only "~0"/"~1" escapes, well-formed UTF-8

// The value at `pointer`, or nullptr when the pointer is malformed ("x", "/~2", not UTF-8), passes through a scalar, names a
// missing member or an array index that is not a canonical number below the array's size ("01", "-", "7" of 3).
const nlohmann::json* find_at(const nlohmann::json& doc, std::string_view pointer);

// Stores `value` at `pointer`. Missing members are created, a null on the way becomes an object (as nlohmann's
// operator[] does), an array index equal to the size or "-" appends. Returns false and leaves `doc` untouched when
// the pointer is malformed (also: not UTF-8), passes through a scalar, or names an array index beyond the end or not canonical.
// The empty pointer replaces the whole document.
bool store_at(nlohmann::json& doc, std::string_view pointer, nlohmann::json value);

} // namespace wams
