// pii.cpp — the PII guard's public API (wams/pii.hpp): scan_pii() runs every detector, keeps the best
// non-overlapping findings and adds code-point offsets; the check-digit validators; labels; the lexicon.
//
// [SECTION] UTF-8 and character classes
// [SECTION] Lexicon
// [SECTION] Check digits (BSN 11-proef, IBAN ISO 13616 mod-97)
// [SECTION] scan_pii
// [SECTION] Labels
#include "pii_internal.hpp"

#include "wams/asset_errors.hpp"
#include "wams/json_reader.hpp"
#include "wams/order.hpp"

#include <algorithm>
#include <ctime>
#include <utility>

namespace wams::embedded {
std::vector<std::pair<std::string_view, std::string_view>> asset_all();  // cmake/Embed.cmake
}

namespace wams::pii_detail {

// ---- [SECTION] UTF-8 and character classes ---------------------------------------------------------------------
static bool is_cont(unsigned char b) { return (b & 0xC0) == 0x80; }

CodePoint decode_at(std::string_view s, size_t i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    const size_t n = s.size();
    auto at = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
    if (b0 < 0x80) return {b0, 1};
    if (b0 >= 0xC2 && b0 <= 0xDF && i + 1 < n && is_cont(at(1)))
        return {char32_t(((b0 & 0x1F) << 6) | (at(1) & 0x3F)), 2};
    if (b0 >= 0xE0 && b0 <= 0xEF && i + 2 < n && is_cont(at(1)) && is_cont(at(2))) {
        if ((b0 == 0xE0 && at(1) < 0xA0) || (b0 == 0xED && at(1) >= 0xA0)) return {0xFFFD, 1};  // overlong/surrogate
        return {char32_t(((b0 & 0x0F) << 12) | ((at(1) & 0x3F) << 6) | (at(2) & 0x3F)), 3};
    }
    if (b0 >= 0xF0 && b0 <= 0xF4 && i + 3 < n && is_cont(at(1)) && is_cont(at(2)) && is_cont(at(3))) {
        if ((b0 == 0xF0 && at(1) < 0x90) || (b0 == 0xF4 && at(1) >= 0x90)) return {0xFFFD, 1};
        return {char32_t(((b0 & 0x07) << 18) | ((at(1) & 0x3F) << 12) | ((at(2) & 0x3F) << 6) | (at(3) & 0x3F)), 4};
    }
    return {0xFFFD, 1};
}

CodePoint decode_before(std::string_view s, size_t i) {
    if (i == 0) return {0xFFFD, 0};
    // A well-formed sequence ending at i starts at most 3 bytes earlier; otherwise the last byte stands alone.
    for (size_t back = 2; back <= 4 && back <= i; ++back) {
        const auto lead = static_cast<unsigned char>(s[i - back]);
        if (is_cont(lead)) continue;
        const CodePoint c = decode_at(s, i - back);
        if (c.len == back) return c;
        break;
    }
    return decode_at(s, i - 1).len == 1 ? decode_at(s, i - 1) : CodePoint{0xFFFD, 1};
}

bool is_letter(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c == 0xD7 || c == 0xF7) return false;
    return (c >= 0xC0 && c <= 0x24F) || (c >= 0x370 && c <= 0x3FF && c != 0x37E && c != 0x387) ||
           (c >= 0x400 && c <= 0x52F) || (c >= 0x1E00 && c <= 0x1EFF);
}

bool is_upper(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
    if (c >= 0x100 && c <= 0x17F) {
        if (c == 0x130) return true;
        if (c == 0x131 || c == 0x138 || c == 0x149) return false;
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) == 1;
        if (c == 0x178) return true;
        return (c & 1) == 0;
    }
    if (c >= 0x1E00 && c <= 0x1EFF) return (c & 1) == 0;
    return (c >= 0x391 && c <= 0x3A9) || (c >= 0x410 && c <= 0x42F);
}

static void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) out += char(c);
    else if (c < 0x800) { out += char(0xC0 | (c >> 6)); out += char(0x80 | (c & 0x3F)); }
    else if (c < 0x10000) { out += char(0xE0 | (c >> 12)); out += char(0x80 | ((c >> 6) & 0x3F)); out += char(0x80 | (c & 0x3F)); }
    else { out += char(0xF0 | (c >> 18)); out += char(0x80 | ((c >> 12) & 0x3F)); out += char(0x80 | ((c >> 6) & 0x3F)); out += char(0x80 | (c & 0x3F)); }
}

void append_lower(std::string& out, char32_t c) {
    if (is_upper(c)) {
        if (c < 0x80 || (c >= 0xC0 && c <= 0xDE) || (c >= 0x391 && c <= 0x3A9) || (c >= 0x410 && c <= 0x42F)) c += 0x20;
        else if (c == 0x130) c = 'i';
        else if (c == 0x178) c = 0xFF;
        else c += 1;   // Latin Extended-A / Additional: upper-case is the even (or odd) partner just before
    }
    append_utf8(out, c);
}

bool word_char_before(std::string_view s, size_t i) {
    if (i == 0) return false;
    const char c = s[i - 1];
    if (is_digit(c) || is_ascii_alpha(c)) return true;
    if (static_cast<unsigned char>(c) < 0x80) return false;
    return is_letter(decode_before(s, i).cp);
}

bool word_char_at(std::string_view s, size_t i) {
    if (i >= s.size()) return false;
    const char c = s[i];
    if (is_digit(c) || is_ascii_alpha(c)) return true;
    if (static_cast<unsigned char>(c) < 0x80) return false;
    return is_letter(decode_at(s, i).cp);
}

bool preceded_by_keyword(std::string_view s, size_t i, const std::vector<std::string>& keywords, size_t window) {
    const size_t from = i > window ? i - window : 0;
    std::string low;
    low.reserve(i - from);
    for (size_t k = from; k < i; ++k) low += ascii_lower(s[k]);
    for (const auto& kw : keywords) {
        for (size_t p = low.find(kw); p != std::string::npos; p = low.find(kw, p + 1)) {
            const bool left_ok = p == 0 || !is_ascii_alpha(low[p - 1]);
            const bool right_ok = p + kw.size() >= low.size() || !is_ascii_alpha(low[p + kw.size()]);
            if (left_ok && right_ok) return true;
        }
    }
    return false;
}

int current_year() {
    static const int year = [] {
        const std::time_t now = std::time(nullptr);
        const std::tm* tm = std::gmtime(&now);
        return tm ? tm->tm_year + 1900 : 2100;
    }();
    return year;
}

// ---- [SECTION] Lexicon -------------------------------------------------------------------------------------------
static std::string_view find_asset(std::string_view name) {
    for (const auto& [n, bytes] : wams::embedded::asset_all())
        if (n == name) return bytes;
    return {};
}

// One entry a line, '#' starts a comment line; returns how many entries were added. A list whose first line is
// "#front-coded" (cmake/front_code.py, how the build embeds the name lists) has each entry as one digit — how many
// leading bytes it shares with the entry before — followed by the bytes that differ.
size_t add_list_lines(WordSet& set, std::string_view text) {
    size_t added = 0;
    bool front_coded = false;
    std::string prev;
    for (bool first = true; !text.empty(); first = false) {
        const size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
        if (first && line == "#front-coded") front_coded = true;
        if (line.empty() || line.front() == '#') continue;
        if (front_coded) {
            if (line.front() < '0' || line.front() > '9') continue;  // not an entry of this format
            prev.resize(std::min(size_t(line.front() - '0'), prev.size()));
            prev.append(line.substr(1));
            added += set.insert(prev).second ? 1 : 0;
        } else {
            added += set.insert(line).second ? 1 : 0;
        }
    }
    return added;
}

Result<Lexicon> parse_pii_lexicon(std::string_view text) {
    return read_json_text<Lexicon>(text, [](const JsonReader& own) {
        Lexicon lx;
        auto fill = [&](WordSet& set, const char* key) {
            for (const auto& v : own.required(key).strings()) set.insert(v);
        };
        fill(lx.first_names, "first_names");
        fill(lx.surnames, "surnames");
        lx.own_first_names = lx.first_names.size();
        lx.own_surnames = lx.surnames.size();
        fill(lx.name_words, "name_words");
        fill(lx.particles, "particles");
        fill(lx.titles, "titles");
        fill(lx.places, "places");
        fill(lx.not_names, "not_names");
        fill(lx.unit_words, "number_unit_words");
        fill(lx.street_strong, "street_suffixes_strong");
        fill(lx.street_capitalised, "street_suffixes_capitalised");
        fill(lx.street_leading, "street_leading_words");
        lx.birth_keywords = own.required("birth_keywords").strings();
        lx.bsn_keywords = own.required("bsn_keywords").strings();
        lx.not_birth_keywords = own.required("not_birth_keywords").strings();
        own.required("months").members([&](const std::string& k, const JsonReader& v) { lx.months[k] = v.integer(); });
        return lx;
    });
}

// The own lists (pii_lexicon.json) and the third-party name lists, one entry a line, when they were embedded.
static Lexicon load_lexicon() {
    Lexicon lx = value_or_record("assets/pii/pii_lexicon.json", parse_pii_lexicon(find_asset("pii_lexicon.json")));
    const auto first = find_asset("pii_first_names.txt");
    const auto last = find_asset("pii_surnames.txt");
    const auto words = find_asset("pii_name_words.txt");
    lx.third_party = !first.empty() && !last.empty() && !words.empty();
    add_list_lines(lx.first_names, first);
    add_list_lines(lx.surnames, last);
    add_list_lines(lx.name_words, words);
    return lx;
}

const Lexicon& lexicon() {
    static const Lexicon lx = load_lexicon();
    return lx;
}

} // namespace wams::pii_detail

namespace wams {
using namespace pii_detail;

// ---- [SECTION] Check digits (BSN 11-proef, IBAN ISO 13616 mod-97) -----------------------------------------------
bool bsn_valid(std::string_view digits) {
    if (digits.size() != 9) return false;
    int sum = 0;
    bool all_zero = true;
    for (size_t i = 0; i < 9; ++i) {
        if (!is_digit(digits[i])) return false;
        const int d = digits[i] - '0';
        all_zero = all_zero && d == 0;
        sum += (i < 8 ? int(9 - i) : -1) * d;
    }
    return !all_zero && sum % 11 == 0;
}

// Lengths from the SWIFT IBAN registry (ISO 13616): country code → total IBAN length.
static int iban_length(char a, char b) {
    static constexpr struct { char cc[3]; int len; } kLengths[] = {
        {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22}, {"BH", 22},
        {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24}, {"DE", 22}, {"DJ", 27},
        {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18}, {"FK", 18}, {"FO", 18}, {"FR", 27},
        {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27}, {"GT", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22},
        {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27}, {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32},
        {"LI", 21}, {"LT", 20}, {"LU", 20}, {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19},
        {"MN", 20}, {"MR", 27}, {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23}, {"PK", 24},
        {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33}, {"SA", 24}, {"SC", 31},
        {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"SO", 23}, {"ST", 25}, {"SV", 28}, {"TL", 23},
        {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20}, {"YE", 30},
    };
    for (const auto& e : kLengths)
        if (e.cc[0] == a && e.cc[1] == b) return e.len;
    return 0;
}

// BBAN structure for the countries whose format we checked (IBAN registry notation: n digits, a capitals,
// c alphanumerics). Other registry countries are checked on length and mod-97 only.
static bool bban_structure_ok(std::string_view iban) {
    static constexpr struct { char cc[3]; const char* shape; } kShapes[] = {
        {"NL", "aaaannnnnnnnnn"}, {"BE", "nnnnnnnnnnnn"}, {"DE", "nnnnnnnnnnnnnnnnnn"},
        {"FR", "nnnnnnnnnncccccccccccnn"}, {"GB", "aaaannnnnnnnnnnnnn"}, {"IE", "aaaannnnnnnnnnnnnn"},
        {"ES", "nnnnnnnnnnnnnnnnnnnn"}, {"PL", "nnnnnnnnnnnnnnnnnnnnnnnn"}, {"AT", "nnnnnnnnnnnnnnnn"},
        {"PT", "nnnnnnnnnnnnnnnnnnnnn"}, {"DK", "nnnnnnnnnnnnnn"}, {"FI", "nnnnnnnnnnnnnn"},
        {"SE", "nnnnnnnnnnnnnnnnnnnn"}, {"NO", "nnnnnnnnnnn"}, {"IT", "annnnnnnnnncccccccccccc"},
    };
    const std::string_view bban = iban.substr(4);
    for (const auto& e : kShapes) {
        if (e.cc[0] != iban[0] || e.cc[1] != iban[1]) continue;
        const std::string_view shape = e.shape;
        if (shape.size() != bban.size()) return false;
        for (size_t k = 0; k < bban.size(); ++k) {
            if (shape[k] == 'n' && !is_digit(bban[k])) return false;
            if (shape[k] == 'a' && !(bban[k] >= 'A' && bban[k] <= 'Z')) return false;
        }
        return true;
    }
    return true;
}

bool iban_valid(std::string_view iban) {
    if (iban.size() < 15 || iban.size() > 34) return false;
    if (iban_length(iban[0], iban[1]) != int(iban.size())) return false;
    if (!is_digit(iban[2]) || !is_digit(iban[3])) return false;
    if (!bban_structure_ok(iban)) return false;
    int rem = 0;
    for (size_t k = 0; k < iban.size(); ++k) {
        const char c = iban[(k + 4) % iban.size()];   // the first four characters move to the end
        if (is_digit(c)) rem = (rem * 10 + (c - '0')) % 97;
        else if (c >= 'A' && c <= 'Z') rem = (rem * 100 + (c - 'A' + 10)) % 97;
        else return false;
    }
    return rem == 1;
}

// ---- [SECTION] scan_pii --------------------------------------------------------------------------------------------
// Precedence when candidates overlap: checksummed and unambiguous formats first, names last.
static int precedence(PiiCategory c) {
    switch (c) {
        case PiiCategory::email: return 0;
        case PiiCategory::iban: return 1;
        case PiiCategory::bsn: return 2;
        case PiiCategory::phone: return 3;
        case PiiCategory::postcode: return 4;
        case PiiCategory::birth_date: return 5;
        case PiiCategory::address: return 6;
        case PiiCategory::name: return 7;
    }
    return 8;
}

std::vector<PiiFinding> scan_pii(std::string_view text) {
    std::vector<Candidate> cands;
    find_emails(text, cands);
    find_numbers(text, cands);
    find_month_dates(text, cands);
    find_words(text, cands);

    // Stable by the order found (seq): a total order, the same as a stable sort would give.
    for (size_t i = 0; i < cands.size(); ++i) cands[i].seq = i;
    sort_by(cands, [](const Candidate& a, const Candidate& b) {
        if (precedence(a.category) != precedence(b.category)) return precedence(a.category) < precedence(b.category);
        if (a.end - a.start != b.end - b.start) return a.end - a.start > b.end - b.start;
        return a.start != b.start ? a.start < b.start : a.seq < b.seq;
    });
    std::vector<Candidate> kept;
    for (const auto& c : cands) {
        if (c.start >= c.end || c.end > text.size()) continue;
        const bool overlaps = std::any_of(kept.begin(), kept.end(),
                                          [&](const Candidate& k) { return c.start < k.end && k.start < c.end; });
        if (!overlaps) kept.push_back(c);
    }
    sort_by(kept, [](const Candidate& a, const Candidate& b) { return a.start < b.start; });

    std::vector<PiiFinding> out;
    out.reserve(kept.size());
    size_t byte = 0, cp = 0;
    auto advance_to = [&](size_t target) {
        while (byte < target) { byte += decode_at(text, byte).len; ++cp; }
        return cp;
    };
    for (const auto& k : kept) {
        PiiFinding f;
        f.category = k.category;
        f.start = k.start;
        f.end = k.end;
        f.start_cp = advance_to(k.start);
        f.end_cp = advance_to(k.end);
        f.text = std::string(text.substr(k.start, k.end - k.start));
        f.confidence = k.confidence;
        out.push_back(std::move(f));
    }
    return out;
}

PiiListSizes pii_list_sizes() {
    const auto& lx = lexicon();
    return {lx.first_names.size(), lx.surnames.size(), lx.name_words.size(), lx.third_party};
}

// ---- [SECTION] Labels ------------------------------------------------------------------------------------------------
std::string_view to_string(PiiCategory c) {
    switch (c) {
        case PiiCategory::bsn: return "bsn";
        case PiiCategory::iban: return "iban";
        case PiiCategory::phone: return "phone";
        case PiiCategory::email: return "email";
        case PiiCategory::postcode: return "postcode";
        case PiiCategory::address: return "address";
        case PiiCategory::birth_date: return "birth_date";
        case PiiCategory::name: return "name";
    }
    return "unknown";
}

std::string_view category_label(PiiCategory c, Lang lang) {
    const bool nl = lang == Lang::nl;
    switch (c) {
        case PiiCategory::bsn: return nl ? "BSN" : "citizen service number (BSN)";
        case PiiCategory::iban: return nl ? "IBAN (rekeningnummer)" : "IBAN (bank account)";
        case PiiCategory::phone: return nl ? "telefoonnummer" : "phone number";
        case PiiCategory::email: return nl ? "e-mailadres" : "e-mail address";
        case PiiCategory::postcode: return nl ? "postcode" : "postcode";
        case PiiCategory::address: return nl ? "adres" : "address";
        case PiiCategory::birth_date: return nl ? "(geboorte)datum" : "(birth) date";
        case PiiCategory::name: return nl ? "naam" : "name";
    }
    return "?";
}

} // namespace wams
