// stem.hpp — Snowball stemmers (Dutch and English) for folded words, used by the help-desk search (helpdesk.cpp).
// The stemmers are Snowball 2.2.0's, generated from Debian's `snowball` source package by scripts/setup.sh.
#pragma once
#include <string>
#include <string_view>

namespace wams {

enum class StemLang { nl, en };

// The stem of one folded word (lower-case ASCII, text_fold.hpp): "toestemmingen" → "toestemm", "sharing" → "share".
// Words of fewer than three letters and words with digits are returned unchanged.
std::string stem_word(std::string_view folded_word, StemLang lang);

} // namespace wams
