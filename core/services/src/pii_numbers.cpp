// pii_numbers.cpp — detectors for identifiers made of digits: BSN, IBAN, phone numbers, postcodes, dates.
//
// [SECTION] Digit chunks (digit groups joined by separators such as ' ', '.', '-', "(0)")
// [SECTION] BSN and Dutch phone numbers inside a chunk
// [SECTION] International phone numbers (+CC …)
// [SECTION] IBAN
// [SECTION] Postcode (+ house number)
// [SECTION] Dates (numeric, and with a month name)
// [SECTION] find_numbers
#include "pii_internal.hpp"

#include <algorithm>

namespace wams::pii_detail {
namespace {

// ---- [SECTION] Digit chunks ------------------------------------------------------------------------------------
struct Group { size_t start, end; std::string_view sep_before; };  // digits in [start, end)

// Length of an allowed separator at k that is followed by a digit, or 0.
size_t separator_at(std::string_view s, size_t k) {
    static constexpr std::string_view kSeps[] = {" - ", " / ", ") ", " (", "\xC2\xA0", " ", ".", "-", "/", ")", "("};
    for (auto sep : kSeps) {
        if (s.substr(k, sep.size()) == sep && k + sep.size() < s.size() && is_digit(s[k + sep.size()]))
            return sep.size();
    }
    return 0;
}

// Digit groups starting at the digit at byte i, as long as separators join them (at most 12 groups).
std::vector<Group> read_chunk(std::string_view s, size_t i) {
    std::vector<Group> groups;
    std::string_view sep;
    size_t k = i;
    while (groups.size() < 12) {
        const size_t start = k;
        while (k < s.size() && is_digit(s[k])) ++k;
        groups.push_back({start, k, sep});
        const size_t len = separator_at(s, k);
        if (len == 0) break;
        sep = s.substr(k, len);
        k += len;
    }
    return groups;
}

bool sep_is_plain(std::string_view sep) { return sep == " " || sep == "." || sep == "-" || sep == "\xC2\xA0"; }

// A group "0" written as "(0)" — the trunk prefix in "+31 (0)6 …".
bool is_trunk_zero(std::string_view s, const Group& g) {
    return g.end == g.start + 1 && s[g.start] == '0' && !g.sep_before.empty() && g.sep_before.back() == '(' &&
           g.end < s.size() && s[g.end] == ')';
}

// ---- [SECTION] BSN and Dutch phone numbers inside a chunk ---------------------------------------------------------
void bsn_and_phone_in_chunk(std::string_view s, const std::vector<Group>& groups, std::vector<Candidate>& out) {
    const auto& lx = lexicon();
    const size_t n = groups.size();
    for (size_t a = 0; a < n; ++a) {
        std::string digits;
        bool all_plain = true, all_long = true;
        for (size_t b = a; b < n && b < a + 6; ++b) {
            const Group& g = groups[b];
            if (b > a && !sep_is_plain(g.sep_before)) all_plain = false;
            if (g.end - g.start < 2) all_long = false;
            digits.append(s.substr(g.start, g.end - g.start));
            if (digits.size() > 13) break;
            if (word_char_at(s, g.end)) continue;   // "1234AB": a letter glued on; not the end of a number
            const size_t start = groups[a].start, end = g.end;
            const bool whole = a == 0 && b == n - 1;
            // BSN: 9 digits, 11-proef (Wet algemene bepalingen burgerservicenummer art. 1; the check is public).
            if (digits.size() == 9 && all_plain && all_long && b - a < 4 && bsn_valid(digits)) {
                const bool kw = preceded_by_keyword(s, start, lx.bsn_keywords, 40);
                out.push_back({PiiCategory::bsn, start, end, kw ? 0.99 : (whole ? 0.95 : 0.85)});
            }
            // Eight digits: a BSN written without its leading zero; only right after "BSN", "sofinummer", ….
            if (digits.size() == 8 && a == b && bsn_valid("0" + digits) &&
                preceded_by_keyword(s, start, lx.bsn_keywords, 40))
                out.push_back({PiiCategory::bsn, start, end, 0.8});
            // Dutch number: 0 + 9 digits (Nummerplan: 06 mobile, 0xx(x) area codes, 08x/09xx services);
            // "(020) 123 4567" includes its opening parenthesis.
            const bool paren = start > 0 && s[start - 1] == '(' && b > a && groups[a + 1].sep_before.front() == ')';
            if (digits.size() == 10 && digits[0] == '0' && digits[1] != '0' && all_long)
                out.push_back({PiiCategory::phone, paren ? start - 1 : start, end, digits[1] == '6' ? 0.95 : 0.9});
            // From abroad: 0031 + 9 digits.
            if (digits.size() == 13 && digits.compare(0, 4, "0031") == 0 && digits[4] != '0')
                out.push_back({PiiCategory::phone, start, end, 0.9});
        }
    }
}

// ---- [SECTION] International phone numbers (+CC …) ----------------------------------------------------------------
void plus_phone(std::string_view s, size_t plus, std::vector<Candidate>& out) {
    const auto groups = read_chunk(s, plus + 1);
    std::string digits;
    size_t best_end = 0;
    double best_conf = 0;
    for (size_t b = 0; b < groups.size(); ++b) {
        const Group& g = groups[b];
        if (!is_trunk_zero(s, g)) digits.append(s.substr(g.start, g.end - g.start));
        if (digits.size() > 15) break;
        if (word_char_at(s, g.end)) continue;
        if (digits.compare(0, 2, "31") == 0) {
            if (digits.size() == 11 && digits[2] != '0') { best_end = g.end; best_conf = 0.95; }
        } else if (digits.size() >= 8 && digits[0] != '0') {
            best_end = g.end; best_conf = 0.75;   // other countries: E.164 allows up to 15 digits
        }
    }
    if (best_end) out.push_back({PiiCategory::phone, plus, best_end, best_conf});
}

// ---- [SECTION] IBAN -------------------------------------------------------------------------------------------------
// Returns where the IBAN-shaped run starting at i ends, valid or not, so its digit groups are not read again
// as a phone number or BSN ("NL91 ABNA 0417 1643 01" with a typo is no phone number).
size_t iban_at(std::string_view s, size_t i, std::vector<Candidate>& out) {
    std::string compact;
    size_t j = i;
    while (j < s.size() && compact.size() < 34) {
        const char c = s[j];
        if (is_digit(c) || is_ascii_alpha(c)) {
            compact += (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
            ++j;
        } else if ((c == ' ' || c == '-') && compact.size() >= 4 && j + 1 < s.size() &&
                   (is_digit(s[j + 1]) || is_ascii_alpha(s[j + 1]))) {
            ++j;   // "NL91 ABNA 0417 1643 00": groups of four
        } else {
            break;
        }
        // Stop at the first length at which the number is valid and ends at a word boundary.
        if (compact.size() >= 15 && !word_char_at(s, j) && iban_valid(compact)) {
            out.push_back({PiiCategory::iban, i, j, 0.97});
            return j;
        }
    }
    return compact.size() >= 15 ? j : i + 2;
}

// ---- [SECTION] Postcode (+ house number) ----------------------------------------------------------------------------
bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }

// Length of a house number at k ("12", "12a", "12-3", "12-A"), or 0.
size_t house_number_at(std::string_view s, size_t k) {
    size_t j = k;
    if (j >= s.size() || s[j] < '1' || s[j] > '9') return 0;
    while (j < s.size() && is_digit(s[j]) && j - k < 5) ++j;
    if (j < s.size() && is_digit(s[j])) return 0;
    if (j + 1 < s.size() && s[j] == '-' && (is_digit(s[j + 1]) || is_ascii_alpha(s[j + 1]))) {
        size_t e = j + 1;
        while (e < s.size() && is_digit(s[e]) && e - j <= 3) ++e;
        if (e == j + 1 && is_ascii_alpha(s[e])) ++e;
        if (!word_char_at(s, e)) return e - k;
    }
    if (j < s.size() && is_ascii_alpha(s[j]) && !word_char_at(s, j + 1)) return j + 1 - k;
    return word_char_at(s, j) ? 0 : j - k;
}

void postcode_at(std::string_view s, size_t i, std::vector<Candidate>& out) {
    if (i + 6 > s.size() || s[i] < '1' || s[i] > '9') return;
    for (size_t k = 1; k < 4; ++k)
        if (!is_digit(s[i + k])) return;
    if (i >= 2 && (s[i - 1] == '.' || s[i - 1] == '-' || s[i - 1] == '/' || s[i - 1] == ',') && is_digit(s[i - 2]))
        return;   // part of a longer number such as 12.1234
    size_t j = i + 4;
    bool spaced = false;
    if (s[j] == ' ') { spaced = true; ++j; }
    else if (s.substr(j, 2) == "\xC2\xA0") { spaced = true; j += 2; }
    if (j + 2 > s.size()) return;
    const char a = s[j], b = s[j + 1];
    const bool upper = is_upper_ascii(a) && is_upper_ascii(b);
    const bool lower = is_lower_ascii(a) && is_lower_ascii(b) && !spaced;   // "1234ab"; "2019 en" is not one
    if (!upper && !lower) return;
    if (word_char_at(s, j + 2)) return;
    const char A = char(a & ~0x20), B = char(b & ~0x20);
    if (A == 'S' && (B == 'A' || B == 'D' || B == 'S')) return;   // never issued by PostNL
    size_t end = j + 2;
    double conf = upper ? 0.9 : 0.7;
    if (end + 1 < s.size() && s[end] == ' ') {
        if (const size_t h = house_number_at(s, end + 1)) { end = end + 1 + h; conf += 0.05; }
    }
    out.push_back({PiiCategory::postcode, i, end, conf});
}

// ---- [SECTION] Dates ----------------------------------------------------------------------------------------------------
bool date_valid(int d, int m, int y) {
    if (m < 1 || m > 12 || d < 1) return false;
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d > kDays[m - 1]) return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return !(m == 2 && d == 29 && !leap);
}

// A date of birth lies between 1900 and today's year.
bool birth_year(int y) { return y >= 1900 && y <= current_year(); }

int read_int(std::string_view s, size_t from, size_t to) {
    int v = 0;
    for (size_t k = from; k < to; ++k) v = v * 10 + (s[k] - '0');
    return v;
}

size_t digits_from(std::string_view s, size_t k) {
    size_t j = k;
    while (j < s.size() && is_digit(s[j])) ++j;
    return j - k;
}

// dd-mm-jjjj, d/m/jjjj, dd.mm.jjjj, jjjj-mm-dd, and dd-mm-jj right after a birth keyword.
void numeric_date_at(std::string_view s, size_t i, std::vector<Candidate>& out) {
    const auto& lx = lexicon();
    const size_t n1 = digits_from(s, i);
    if (n1 == 0 || i + n1 >= s.size()) return;
    const char sep = s[i + n1];
    if (sep != '-' && sep != '/' && sep != '.') return;
    const size_t i2 = i + n1 + 1;
    const size_t n2 = digits_from(s, i2);
    if (n2 == 0 || i2 + n2 >= s.size() || s[i2 + n2] != sep) return;
    const size_t i3 = i2 + n2 + 1;
    const size_t n3 = digits_from(s, i3);
    const size_t end = i3 + n3;
    if (n3 == 0 || word_char_at(s, end)) return;
    if (end + 1 < s.size() && (s[end] == sep) && is_digit(s[end + 1])) return;   // 1-2-3-4…: not a date
    int d, m, y;
    bool two_digit_year = false;
    if (n1 == 4 && n2 <= 2 && n3 <= 2 && sep == '-') {
        y = read_int(s, i, i + n1); m = read_int(s, i2, i2 + n2); d = read_int(s, i3, end);
    } else if (n1 <= 2 && n2 <= 2 && (n3 == 4 || n3 == 2)) {
        d = read_int(s, i, i + n1); m = read_int(s, i2, i2 + n2); y = read_int(s, i3, end);
        if (n3 == 2) {
            two_digit_year = true;
            y += (2000 + y <= current_year()) ? 2000 : 1900;
        }
    } else {
        return;
    }
    if (!date_valid(d, m, y) || !birth_year(y)) return;
    const bool kw = preceded_by_keyword(s, i, lx.birth_keywords, 40);
    if (!kw && (two_digit_year || preceded_by_keyword(s, i, lx.not_birth_keywords, 20))) return;
    out.push_back({PiiCategory::birth_date, i, end, kw ? 0.95 : 0.6});
}

// ---- [SECTION] find_numbers ---------------------------------------------------------------------------------------------
} // namespace

void find_numbers(std::string_view s, std::vector<Candidate>& out) {
    const size_t n = s.size();
    size_t i = 0;
    while (i < n) {
        const char c = s[i];
        if (is_ascii_alpha(c) && i + 3 < n && is_ascii_alpha(s[i + 1]) && is_digit(s[i + 2]) && is_digit(s[i + 3]) &&
            !word_char_before(s, i)) {
            i = iban_at(s, i, out);
            continue;
        }
        if (c == '+' && i + 1 < n && is_digit(s[i + 1]) && !word_char_before(s, i)) {
            plus_phone(s, i, out);
            const auto groups = read_chunk(s, i + 1);
            i = groups.back().end;
            continue;
        }
        if (is_digit(c) && !word_char_before(s, i)) {
            const auto groups = read_chunk(s, i);
            for (const auto& g : groups) {
                postcode_at(s, g.start, out);
                numeric_date_at(s, g.start, out);
            }
            bsn_and_phone_in_chunk(s, groups, out);
            i = groups.back().end;
            continue;
        }
        ++i;
    }
}

// "3 maart 1980", "03 mrt. 1980", "3 March 1980"; "3 maart" alone only after a birth keyword.
void find_month_dates(std::string_view s, std::vector<Candidate>& out) {
    const auto& lx = lexicon();
    const size_t n = s.size();
    for (size_t i = 0; i < n; ++i) {
        if (!is_digit(s[i]) || word_char_before(s, i)) continue;
        const size_t nd = digits_from(s, i);
        if (nd > 2) { i += nd; continue; }
        const int day = read_int(s, i, i + nd);
        size_t j = i + nd;
        if (j < n && s[j] == 'e' && !word_char_at(s, j + 1)) ++j;   // "1e"
        if (j >= n || s[j] != ' ') continue;
        ++j;
        size_t w = j;
        std::string month;
        while (w < n && is_ascii_alpha(s[w]) && month.size() < 12) month += ascii_lower(s[w++]);
        if (word_char_at(s, w)) continue;
        const int* month_no = lx.months.find(month);
        if (!month_no) continue;
        size_t end = w;
        if (end < n && s[end] == '.') ++end;   // "mrt."
        int year = -1;
        if (end + 1 < n && s[end] == ' ') {
            const size_t ny = digits_from(s, end + 1);
            if (ny == 4 && !word_char_at(s, end + 1 + ny)) {
                year = read_int(s, end + 1, end + 1 + ny);
                end = end + 1 + ny;
            }
        }
        if (year < 0 && end > w) end = w;   // keep "mrt" without the sentence's full stop
        const bool kw = preceded_by_keyword(s, i, lx.birth_keywords, 40);
        if (year >= 0) {
            if (!date_valid(day, *month_no, year) || !birth_year(year)) continue;
            if (!kw && preceded_by_keyword(s, i, lx.not_birth_keywords, 20)) continue;   // "sinds 1 januari 2022"
            out.push_back({PiiCategory::birth_date, i, end, kw ? 0.95 : 0.6});
        } else if (kw && date_valid(day, *month_no, 2000)) {
            out.push_back({PiiCategory::birth_date, i, end, 0.8});
        }
    }
}

} // namespace wams::pii_detail
