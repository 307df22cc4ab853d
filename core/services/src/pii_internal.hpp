// pii_internal.hpp — shared by core/services/src/pii*.cpp only: UTF-8 helpers, the word lists, the detectors.
//
// [SECTION] UTF-8 and character classes
// [SECTION] Lexicon (own lists from assets/pii/, third-party name lists from .cache/third_party/pii/)
// [SECTION] Candidates and detectors (each appends possibly overlapping candidates; scan_pii() resolves them)
#pragma once
#include "word_set.hpp"
#include "wams/pii.hpp"
#include "wams/result.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wams::pii_detail {

// ---- [SECTION] UTF-8 and character classes ---------------------------------------------------------------------
struct CodePoint { char32_t cp; size_t len; };   // len ≥ 1; an invalid byte decodes to U+FFFD with len 1

CodePoint decode_at(std::string_view s, size_t i);          // the code point starting at byte i (i < s.size())
CodePoint decode_before(std::string_view s, size_t i);      // the code point ending at byte i (i > 0), or U+FFFD
bool is_letter(char32_t cp);                                // Latin, Greek, Cyrillic letters (no ICU needed)
bool is_upper(char32_t cp);                                 // upper-case letter of those scripts
void append_lower(std::string& out, char32_t cp);           // appends the lower-case form as UTF-8
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }
bool word_char_before(std::string_view s, size_t i);        // a letter or digit ends right before byte i
bool word_char_at(std::string_view s, size_t i);            // a letter or digit starts at byte i
bool preceded_by_keyword(std::string_view s, size_t i, const std::vector<std::string>& keywords,
                         size_t window);                    // a keyword (lower-case) occurs in the window before i

// ---- [SECTION] Lexicon -------------------------------------------------------------------------------------------
struct Lexicon {
    WordSet first_names, surnames;                          // lower-case; surnames incl. particles ("de vries")
    WordSet name_words;                                     // names that are also ordinary lower-case words
    WordSet particles, titles, not_names, unit_words;
    WordSet places;                                         // never a name on their own: "in Breda"
    WordSet street_strong, street_capitalised, street_leading;
    WordMap<int> months;                                    // "maart"→3, "mrt"→3, "march"→3
    std::vector<std::string> birth_keywords, not_birth_keywords, bsn_keywords;
    size_t own_first_names = 0, own_surnames = 0;
    bool third_party = false;                               // .cache/third_party/pii lists were embedded
};
const Lexicon& lexicon();                                   // parsed once from the embedded assets
Result<Lexicon> parse_pii_lexicon(std::string_view text);   // the own lists of pii_lexicon.json; never throws
// A word list, one entry a line ('#' comments), plain or front-coded (cmake/front_code.py); returns entries added.
size_t add_list_lines(WordSet& set, std::string_view text);

// ---- [SECTION] Candidates and detectors --------------------------------------------------------------------------
struct Candidate { PiiCategory category; size_t start, end; double confidence; size_t seq = 0; }; // seq: found as nth

void find_numbers(std::string_view s, std::vector<Candidate>& out);   // bsn, iban, phone, postcode, numeric dates
void find_month_dates(std::string_view s, std::vector<Candidate>& out); // "3 maart 1980", "geboren 3 maart"
void find_emails(std::string_view s, std::vector<Candidate>& out);
void find_words(std::string_view s, std::vector<Candidate>& out);      // street addresses and personal names
int current_year();                                         // for "can be a date of birth": not in the future

} // namespace wams::pii_detail
