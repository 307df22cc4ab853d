// json_enum.hpp — a vocabulary value (RULEBOOK §0.3 spelling, the generated wams/vocabulary_enums.hpp) read through
// the non-throwing JsonReader: an unknown spelling is the reader's error `unknown value "x"` at its path.
#pragma once
#include "wams/json_reader.hpp"
#include "wams/vocabulary_enums.hpp"

#include <optional>

namespace wams {

template <class E>
E enumeration(const JsonReader& r) {  // the first enumerator when the value is unreadable (the error is recorded)
    const auto& table = vocab::EnumCodes<E>::table;
    const std::string& s = r.text();
    for (const auto& [e, name] : table)
        if (name == s) return e;
    if (r.j.is_string()) r.fail_here("unknown value \"" + s + "\"");  // (not a string: text() said so)
    return table[0].first;
}

template <class E>
std::optional<E> opt_enumeration(const JsonReader& r) {  // null (or absent) = none
    return r.is_null() ? std::nullopt : std::optional(enumeration<E>(r));
}

} // namespace wams
