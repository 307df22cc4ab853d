// text_fold.hpp — fold UTF-8 text to lower-case ASCII for matching: "cliënt"→"client", "coördinatie"→"coordinatie",
// "ĳ"→"ij", "ß"→"ss". Used by the help-desk search (helpdesk.hpp); usable by any core module that compares
// user-typed Dutch text. Pure functions, no locale, identical natively and in wasm.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace wams {

// Lower-cases ASCII and folds Latin-1 / Latin Extended-A letters to their ASCII base ("é"→"e", "Ĳ"→"ij",
// "æ"→"ae"). Typographic apostrophes become "'"; every other non-ASCII code point and every invalid UTF-8 byte
// becomes one space, so the result is always ASCII and word boundaries survive.
std::string fold_text(std::string_view utf8);

// fold_text(), then split into tokens of [a-z0-9]; an apostrophe inside a word is dropped ("cliënt's"→"clients").
std::vector<std::string> fold_tokens(std::string_view utf8);

} // namespace wams
