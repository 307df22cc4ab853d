// pii_text.cpp — detectors for identifiers made of words: e-mail addresses, street addresses, personal names.
//
// [SECTION] E-mail addresses
// [SECTION] Word tokens (letters with inner '-' or '\'', initials "J.", sentence starts)
// [SECTION] Street addresses
// [SECTION] Personal names
#include "pii_internal.hpp"

#include <algorithm>

namespace wams::pii_detail {
namespace {

// ---- [SECTION] E-mail addresses ----------------------------------------------------------------------------------
bool local_char(char c) {
    return is_digit(c) || is_ascii_alpha(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
}
bool domain_char(char c) { return is_digit(c) || is_ascii_alpha(c) || c == '-' || c == '.'; }

} // namespace

void find_emails(std::string_view s, std::vector<Candidate>& out) {
    for (size_t at = s.find('@'); at != std::string_view::npos; at = s.find('@', at + 1)) {
        size_t b = at;
        while (b > 0 && at - b < 64) {
            if (local_char(s[b - 1])) { --b; continue; }
            const auto c = static_cast<unsigned char>(s[b - 1]);
            if (c >= 0x80) {
                const CodePoint cp = decode_before(s, b);
                if (is_letter(cp.cp)) { b -= cp.len; continue; }
            }
            break;
        }
        while (b < at && (s[b] == '.' || s[b] == '\'' || s[b] == '-')) ++b;
        if (b == at) continue;
        size_t e = at + 1;
        while (e < s.size() && e - at < 255 && domain_char(s[e])) ++e;
        while (e > at + 1 && (s[e - 1] == '.' || s[e - 1] == '-')) --e;
        const std::string_view domain = s.substr(at + 1, e - at - 1);
        const size_t dot = domain.rfind('.');
        if (dot == std::string_view::npos || dot == 0 || domain.find("..") != std::string_view::npos) continue;
        const std::string_view tld = domain.substr(dot + 1);
        if (tld.size() < 2 || !std::all_of(tld.begin(), tld.end(), is_ascii_alpha)) continue;
        out.push_back({PiiCategory::email, b, e, 0.97});
    }
}

namespace {

// ---- [SECTION] Word tokens ----------------------------------------------------------------------------------------
struct Token {
    size_t start = 0, end = 0;     // bytes; an initial's end includes its full stop
    std::string lower;             // lower-case UTF-8 (no full stop)
    bool cap = false;              // first letter upper-case, not all capitals ("Jansen", "J.")
    bool all_caps = false;         // two or more letters, all upper-case ("GGZ")
    bool initial = false;          // one capital letter followed by '.': "J."
    bool sentence_start = false;   // first word of the text, of a sentence, of a line or after ':'
    bool joined = false;           // only spaces/tabs between the previous token and this one
    bool name_shaped = true;       // every '-'/'\'' part capitalised or a particle: "Jansen-de", not "GGD-arts"
    bool particle = false, title = false, not_name = false;   // looked up once in the lexicon
};

bool is_space(char c) { return c == ' ' || c == '\t'; }

std::vector<Token> tokenize(std::string_view s) {
    const auto& lx = lexicon();
    std::vector<Token> toks;
    const size_t n = s.size();
    size_t i = 0, prev_end = 0;
    while (i < n) {
        // "'t" (het) is a particle token of its own.
        const bool apostrophe_t = s[i] == '\'' && i + 1 < n && (s[i + 1] == 't' || s[i + 1] == 'T') &&
                                  !word_char_at(s, i + 2) && !word_char_before(s, i);
        CodePoint c = decode_at(s, i);
        if (!apostrophe_t && !is_letter(c.cp)) { i += c.len; continue; }
        Token t;
        t.start = i;
        size_t upper = 0, letters = 0;
        size_t part_start = 0, part_upper = 0, part_letters = 0;   // the current '-'/'\'' part, in t.lower
        bool part_cap = false;
        bool joined_parts = false;
        auto close_part = [&] {
            const bool caps = part_letters >= 2 && part_upper == part_letters;
            if (part_cap && !caps) return;
            t.name_shaped = t.name_shaped && joined_parts && lx.particles.count(t.lower.substr(part_start)) > 0;
        };
        if (apostrophe_t) { t.lower = "'t"; i += 2; letters = 1; }
        while (!apostrophe_t && i < n) {
            c = decode_at(s, i);
            if (is_letter(c.cp)) {
                if (letters == 0) t.cap = is_upper(c.cp);
                if (part_letters == 0) part_cap = is_upper(c.cp);
                upper += is_upper(c.cp) ? 1 : 0;
                part_upper += is_upper(c.cp) ? 1 : 0;
                ++letters;
                ++part_letters;
                append_lower(t.lower, c.cp);
                i += c.len;
                continue;
            }
            // Inner hyphen or apostrophe between letters: "Jan-Willem", "D'Hondt", "O’Brien".
            const size_t joiner = (s[i] == '-' || s[i] == '\'') ? 1 : (s.substr(i, 3) == "\xE2\x80\x99" ? 3 : 0);
            if (joiner && i + joiner < n && is_letter(decode_at(s, i + joiner).cp)) {
                joined_parts = true;
                close_part();
                t.lower += s[i] == '-' ? '-' : '\'';
                part_start = t.lower.size();
                part_upper = part_letters = 0;
                i += joiner;
                continue;
            }
            break;
        }
        if (!apostrophe_t && joined_parts) close_part();
        if (word_char_at(s, i) || (i < n && is_digit(s[i]))) {   // "A4", "B12": not a word for us
            while (i < n && (is_digit(s[i]) || word_char_at(s, i))) i += decode_at(s, i).len;
            prev_end = i;
            continue;
        }
        t.end = i;
        t.all_caps = letters >= 2 && upper == letters;
        if (t.all_caps) t.cap = false;
        if (letters == 1 && t.cap && i < n && s[i] == '.') { t.initial = true; t.end = i + 1; i += 1; }
        // What lies between the previous token and this one decides "joined" and "sentence start".
        const std::string_view gap = s.substr(prev_end, t.start - prev_end);
        t.joined = !toks.empty() && std::all_of(gap.begin(), gap.end(), is_space);   // "J.P.": empty gap
        t.particle = lx.particles.count(t.lower) > 0;
        t.title = lx.titles.count(t.lower) > 0;
        t.not_name = t.cap && lx.not_names.count(t.lower) > 0;
        t.sentence_start = toks.empty() || gap.find_first_of(".!?:;\n") != std::string_view::npos ||
                           (toks.back().initial && !t.joined) ||
                           (gap.find(')') != std::string_view::npos && toks.back().end - toks.back().start <= 2);  // "a) Er"
        toks.push_back(std::move(t));
        prev_end = i;
    }
    return toks;
}

// ---- [SECTION] Street addresses --------------------------------------------------------------------------------------
bool ends_with(std::string_view w, std::string_view suffix) {
    return w.size() >= suffix.size() && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
}

size_t house_number_len(std::string_view s, size_t k) {
    size_t j = k;
    if (j >= s.size() || s[j] < '1' || s[j] > '9') return 0;
    while (j < s.size() && is_digit(s[j])) ++j;
    if (j - k > 5) return 0;
    if (j + 1 < s.size() && s[j] == '-' && (is_digit(s[j + 1]) || is_ascii_alpha(s[j + 1]))) {
        size_t e = j + 1;   // "12-3", "12-A", "5-II", "7-bis"
        while (e < s.size() && is_digit(s[e]) && e - j <= 4) ++e;
        if (e == j + 1)
            while (e < s.size() && is_ascii_alpha(s[e]) && e - j <= 3) ++e;
        if (!word_char_at(s, e)) return e - k;
    }
    if (j < s.size() && is_ascii_alpha(s[j]) && !word_char_at(s, j + 1)) return j + 1 - k;
    if (word_char_at(s, j)) return 0;
    if (j + 1 < s.size() && (s[j] == ':' || s[j] == ',' || s[j] == '.' || s[j] == '%') && is_digit(s[j + 1])) return 0;
    return j - k;
}

// The house number after a street name: " 12", " 12a", " 12-3" (not "12 jaar").
size_t house_number_after(std::string_view s, const std::vector<Token>& toks, size_t ti) {
    const size_t e = toks[ti].end;
    if (e + 1 >= s.size() || s[e] != ' ') return 0;
    const size_t len = house_number_len(s, e + 1);
    if (!len) return 0;
    const size_t end = e + 1 + len;
    for (size_t k = ti + 1; k < toks.size(); ++k) {
        if (toks[k].start < end) continue;
        if (toks[k].start == end + 1 && s[end] == ' ' && lexicon().unit_words.count(toks[k].lower)) return 0;
        break;
    }
    if (s.substr(end, 1) == "%") return 0;
    return end;
}

bool street_word(const Token& t) {
    const auto& lx = lexicon();
    for (const auto& suf : lx.street_strong)
        if (t.lower.size() >= suf.size() + 2 && ends_with(t.lower, suf)) return true;
    if (t.cap)
        for (const auto& suf : lx.street_capitalised)
            if (t.lower.size() >= suf.size() + 3 && ends_with(t.lower, suf)) return true;
    return false;
}

} // namespace

static void find_addresses(std::string_view s, const std::vector<Token>& toks, std::vector<Candidate>& out) {
    const auto& lx = lexicon();
    for (size_t i = 0; i < toks.size(); ++i) {
        const Token& t = toks[i];
        if (t.all_caps || t.initial) continue;
        // "Laan van Meerdervoort 52": a leading street word, particles, capitalised words, a number.
        if (t.cap && lx.street_leading.count(t.lower)) {
            size_t k = i + 1, particles = 0, words = 0;
            while (k < toks.size() && toks[k].joined && toks[k].particle && particles < 3) { ++k; ++particles; }
            while (k < toks.size() && toks[k].joined && toks[k].cap && words < 3) {
                ++words;
                if (const size_t end = house_number_after(s, toks, k)) {
                    if (particles > 0) out.push_back({PiiCategory::address, t.start, end, 0.8});
                    break;
                }
                ++k;
            }
        }
        // "Oude Gracht 12", "Nieuwe Markt 5": the suffix as a word of its own after a capitalised word.
        const bool split_street = t.cap && i > 0 && toks[i].joined && toks[i - 1].cap &&
                                  (lx.street_strong.count(t.lower) || lx.street_capitalised.count(t.lower));
        if (!split_street && !street_word(t)) continue;
        const size_t end = house_number_after(s, toks, i);
        if (!end) continue;
        size_t first = i;
        if (t.cap) {   // "Van Baerlestraat", "Burgemeester de Withstraat", "Jan van Goyenkade"
            size_t k = i;
            while (k > 0 && i - (k - 1) <= 4 && toks[k].joined &&
                   (toks[k - 1].cap || toks[k - 1].initial || toks[k - 1].particle) &&
                   !toks[k].sentence_start)
                --k;
            while (k < i && !toks[k].cap && !toks[k].initial) ++k;   // no leading lower-case particle
            first = k;
        }
        out.push_back({PiiCategory::address, toks[first].start, end, t.cap ? 0.85 : 0.6});
    }
}

namespace {

// ---- [SECTION] Personal names ------------------------------------------------------------------------------------------
// Hyphenated names count when a part is known: "Jan-Willem" (first), "Jansen-Bakker" (surname).
bool known_in(const WordSet& set, std::string_view w) {
    if (set.count(w)) return true;
    const size_t h = w.find('-');
    if (h == std::string_view::npos) return false;
    return set.count(w.substr(0, h)) > 0 || set.count(w.substr(h + 1)) > 0;
}

struct NameContext {
    const std::vector<Token>& toks;
    const Lexicon& lx;
    bool particle(size_t k) const { return toks[k].particle; }
    bool capword(size_t k) const {   // a capitalised word that can be part of a name
        const Token& t = toks[k];
        return t.cap && t.name_shaped && !t.initial && !t.not_name && !t.particle && !t.title;
    }
    bool first_name(size_t k) const { return capword(k) && known_in(lx.first_names, toks[k].lower); }
    bool place(size_t k) const { return lx.places.count(toks[k].lower) > 0; }
    bool surname(size_t k) const { return capword(k) && !place(k) && known_in(lx.surnames, toks[k].lower); }
    bool common(size_t k) const { return lx.name_words.count(toks[k].lower) > 0; }
    // particles + word as one surname: "de vries", "van den berg"
    bool surname_with_particles(size_t from, size_t last) const {
        std::string full;
        for (size_t k = from; k <= last; ++k) { if (k > from) full += ' '; full += toks[k].lower; }
        return lx.surnames.count(full) > 0;
    }
};

} // namespace

static void find_names(std::string_view s, const std::vector<Token>& toks, std::vector<Candidate>& out) {
    const auto& lx = lexicon();
    const NameContext nc{toks, lx};
    const size_t n = toks.size();
    auto emit = [&](size_t a, size_t b, double conf) { out.push_back({PiiCategory::name, toks[a].start, toks[b].end, conf}); };

    size_t i = 0;
    while (i < n) {
        const Token& t = toks[i];
        // 1. After a title: "mevrouw De Vries", "dhr. J. Jansen", "de heer van Dijk", "meneer jansen".
        if (t.title && !t.all_caps && i + 1 < n) {
            size_t k = i + 1;
            const std::string_view gap = s.substr(t.end, toks[k].start - t.end);
            if (gap == " " || gap == ". ") {
                const size_t from = k;
                while (k < n && (k == from || toks[k].joined) && toks[k].initial) ++k;
                while (k < n && (k == from || toks[k].joined) && nc.capword(k) && k - from < 3) ++k;
                while (k < n && (k == from || toks[k].joined) && nc.particle(k) && k - from < 5) ++k;
                size_t last = k;
                while (k < n && (k == from || toks[k].joined) &&
                       (nc.capword(k) || (!toks[k].all_caps && known_in(lx.surnames, toks[k].lower))) && k - from < 6)
                    last = ++k;
                while (last > from && nc.particle(last - 1)) --last;   // never end on "van"
                if (last > from) {
                    emit(from, last - 1, 0.85);
                    i = last;
                    continue;
                }
            }
        }
        // 2. Lower-case particles before a known surname: "bij de Vries thuis", "van den Berg".
        if (!t.cap && !t.initial && nc.particle(i)) {
            size_t k = i;
            while (k < n && k - i < 3 && nc.particle(k) && !toks[k].cap && (k == i || toks[k].joined)) ++k;
            if (k < n && k > i && toks[k].joined && nc.capword(k) && !nc.place(k) && nc.surname_with_particles(i, k)) {
                emit(i, k, 0.75);
                i = k + 1;
                continue;
            }
        }
        if (!t.cap && !t.initial) { ++i; continue; }
        // 3. A run of joined capitalised words, initials and particles: "Jan de Vries", "J.P. Jansen", "Van Gogh".
        size_t k = i + 1;
        while (k < n && toks[k].joined && k - i < 6 &&
               (nc.capword(k) || toks[k].initial || nc.particle(k)))
            ++k;
        size_t last = k - 1;
        while (last > i && nc.particle(last)) --last;
        if (last > i && nc.capword(last)) {
            const bool starts_initial = t.initial;
            const bool starts_first = nc.first_name(i) && !(t.sentence_start && nc.common(i) && !nc.capword(i + 1));
            const bool cap_particle = nc.particle(i) && t.cap;
            size_t p = i;   // first particle before the last word
            while (p < last && !nc.particle(p)) ++p;
            const bool known_last = nc.surname(last) || (p < last && nc.surname_with_particles(p, last));
            std::string whole;
            for (size_t q = i; q <= last; ++q) { if (q > i) whole += ' '; whole += toks[q].lower; }
            if (lx.not_names.count(whole)) {   // "Den Haag", "Albert Heijn": none of its words is a name here
                i = last + 1;
                continue;
            }
            double conf = 0;
            if (starts_first) conf = known_last ? 0.95 : 0.85;
            else if (starts_initial) conf = 0.85;
            else if (cap_particle && (known_last || !t.sentence_start)) conf = 0.7;
            else if (known_last && nc.capword(i) && !t.sentence_start) conf = 0.75;
            if (conf > 0) {
                emit(i, last, conf);
                i = last + 1;
                continue;
            }
        }
        // 4. One known name on its own: "Jansen belde", "met Roos gesproken" (not "Roos" opening a sentence).
        if ((nc.first_name(i) || nc.surname(i)) && !nc.place(i)) {
            const bool common = nc.common(i);
            if (!(common && t.sentence_start))
                emit(i, i, common ? 0.5 : (t.sentence_start ? 0.7 : 0.8));
        }
        ++i;
    }
}

void find_words(std::string_view s, std::vector<Candidate>& out) {
    const auto toks = tokenize(s);
    find_addresses(s, toks, out);
    find_names(s, toks, out);
}

} // namespace wams::pii_detail
