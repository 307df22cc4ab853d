// text_fold.cpp — UTF-8 → lower-case ASCII folding (see text_fold.hpp).
//
// [SECTION] Code-point table (U+00C0..U+017F)
// [SECTION] UTF-8 decoding
// [SECTION] fold_text / fold_tokens
#include "wams/text_fold.hpp"

#include <array>
#include <cstdint>

namespace wams {
namespace {

// [SECTION] Code-point table (U+00C0..U+017F): ASCII replacement for each Latin-1 Supplement / Latin Extended-A
// letter, lower case; "" where the code point is not a letter (×, ÷), which then folds to a space.
constexpr std::array<const char*, 0x180 - 0xC0> kLatinFold = {
    // U+00C0 ÀÁÂÃÄÅÆÇ ÈÉÊËÌÍÎÏ
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    // U+00D0 ÐÑÒÓÔÕÖ× ØÙÚÛÜÝÞß
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
    // U+00E0 àáâãäåæç èéêëìíîï
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    // U+00F0 ðñòóôõö÷ øùúûüýþÿ
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
    // U+0100 ĀāĂăĄąĆć ĈĉĊċČčĎď
    "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
    // U+0110 ĐđĒēĔĕĖė ĘęĚěĜĝĞğ
    "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
    // U+0120 ĠġĢģĤĥĦħ ĨĩĪīĬĭĮį
    "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
    // U+0130 İıĲĳĴĵĶķ ĸĹĺĻļĽľĿ
    "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
    // U+0140 ŀŁłŃńŅņŇ ňŉŊŋŌōŎŏ
    "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
    // U+0150 ŐőŒœŔŕŖŗ ŘřŚśŜŝŞş
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
    // U+0160 ŠšŢţŤťŦŧ ŨũŪūŬŭŮů
    "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
    // U+0170 ŰűŲųŴŵŶŷ ŸŹźŻżŽžſ
    "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
};

// [SECTION] UTF-8 decoding: one code point from s[i], advancing i; returns 0xFFFFFFFF for an invalid sequence
// (then i advances by one byte).
std::uint32_t next_code_point(std::string_view s, size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) { ++i; return b0; }
    int len = (b0 & 0xE0) == 0xC0 ? 2 : (b0 & 0xF0) == 0xE0 ? 3 : (b0 & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || i + len > s.size()) { ++i; return 0xFFFFFFFFu; }
    std::uint32_t cp = b0 & (0x7F >> len);
    for (int k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) { ++i; return 0xFFFFFFFFu; }
        cp = (cp << 6) | (b & 0x3F);
    }
    i += len;
    return cp;
}

} // namespace

// [SECTION] fold_text / fold_tokens
std::string fold_text(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    for (size_t i = 0; i < utf8.size();) {
        const std::uint32_t cp = next_code_point(utf8, i);
        if (cp < 0x80) {
            const char c = static_cast<char>(cp);
            out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        } else if (cp >= 0xC0 && cp < 0x180 && *kLatinFold[cp - 0xC0] != '\0') {
            out += kLatinFold[cp - 0xC0];
        } else if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BC) {  // ‘ ’ ʼ
            out += '\'';
        } else {
            out += ' ';
        }
    }
    return out;
}

std::vector<std::string> fold_tokens(std::string_view utf8) {
    const std::string folded = fold_text(utf8);
    std::vector<std::string> tokens;
    std::string cur;
    auto is_word = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    for (size_t i = 0; i < folded.size(); ++i) {
        const char c = folded[i];
        if (is_word(c)) {
            cur += c;
        } else if (c == '\'' && !cur.empty() && i + 1 < folded.size() && is_word(folded[i + 1])) {
            continue;  // "cliënt's" → "clients"
        } else if (!cur.empty()) {
            tokens.push_back(std::move(cur));
            cur.clear();
        }
    }
    if (!cur.empty()) tokens.push_back(std::move(cur));
    return tokens;
}

} // namespace wams
