// helpdesk.cpp — help-desk answers, their search, and the report's facts (see helpdesk.hpp).
//
// [SECTION] Embedded data and loading
// [SECTION] Index (BM25F over folded words; reading text: helpdesk_query.cpp)
// [SECTION] Letter trigrams (a second, spelling-tolerant likeness of query and entry)
// [SECTION] Term matching (exact, prefix, compound part, edit distance)
// [SECTION] search_help
// [SECTION] Facts (RULEBOOK §12)
#include "wams/helpdesk.hpp"
#include "helpdesk_query.hpp"
#include "word_set.hpp"
#include "wams/stage.hpp"

#include "wams/asset_errors.hpp"
#include "wams/json_reader.hpp"
#include "wams/order.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>

namespace wams::embedded {
std::string_view asset_questions(); // assets/helpdesk/questions.json (cmake/Embed.cmake)
std::string_view asset_facts();     // assets/helpdesk/facts.json
} // namespace wams::embedded

namespace wams {
namespace {

// [SECTION] Embedded data and loading

HelpAnswer read_answer(const JsonReader& q) {
    HelpAnswer a;
    a.id = q.str("id");
    a.question_nl = q.str("question_nl");
    a.question_en = q.str("question_en");
    a.answer_nl = q.str("answer_nl");
    a.answer_en = q.str("answer_en");
    a.process_step = q.str("process_step");
    a.rules = q.optional_strings("rules");
    a.ambiguities = q.optional_strings("ambiguities");
    a.keywords_nl = q.optional_strings("keywords_nl");
    a.keywords_en = q.optional_strings("keywords_en");
    // How colleagues ask this entry's question in other words, and the question parts of labelled colleague questions
    // it answers (issue 19, round 4): searched with the keywords (embedded as one bag of words, core/CMakeLists.txt).
    for (const char* key : {"asked_nl", "examples_nl"})
        for (auto& w : q.optional_strings(key)) a.keywords_nl.push_back(std::move(w));
    for (const char* key : {"asked_en", "examples_en"})
        for (auto& w : q.optional_strings(key)) a.keywords_en.push_back(std::move(w));
    return a;
}

// [SECTION] Index (BM25F over the folded content words of each text). Fields, with weight w and length
// normalisation b:
//   question (nl+en) w 3.0 b 0.5 · keywords (nl+en, rule/ambiguity ids, step id) w 2.0 b 0.3 ·
//   answer (nl+en) w 1.0 b 0.75.   k1 = 1.2.
constexpr int kFields = 3;
constexpr std::array<double, kFields> kFieldWeight{3.0, 2.0, 1.0};
constexpr std::array<double, kFields> kFieldB{0.5, 0.3, 0.75};
constexpr double kK1 = 1.2;
// In an entry's answer text a word of the situation (before the question part) counts with 0.3 of the answer field's
// weight: the answer explains around its question and names many actors and laws in passing ("de huisarts, de
// wijkagent, de corporatie …"), so a situation that names one should not pull that entry up. In the question and the
// keywords a situation word counts as before (issue 19, round 3).
constexpr double kSituationInAnswer = 0.3;
// The idf is flattened (idf^0.75): the words a question shares with an entry count more by how many of them match and
// less by how rare each is, so one rare word of the situation does not outweigh the asked notions ("onderzoek",
// "gegevens", "coördinatie"), which occur in many entries (round 3; build_index).

struct Posting {
    int doc;
    std::array<int, kFields> tf;
};

// [SECTION] Letter trigrams. BM25F matches words (with prefixes, compound parts and typos); inflections and
// derivations it does not know ("obliged" / "obligation", "invited" / "invitation", "coördinator" / "coordinate")
// still share most of their letter trigrams. Each entry's question and keywords are a tf-idf vector of the trigrams of
// their content words (" ob", "obl", …, "ed "), normalised; the query's content words make another (a situation word
// with its lower weight); their cosine raises an entry's score by up to kGramWeight (search_help). Measured on the
// help desk's labelled sets (docs/helpdesk.md, session 22). A trigram is a number below 37³ (a–z, 0–9, anything else);
// each trigram found in the index gets a slot (≈ 5 000 of them); an entry's vector is a list of slots and one of
// their weights, a query's is dense over the slots, so no list is ever sorted.
constexpr double kGramWeight = 1.0;
constexpr int kGramLetters = 37, kGrams = kGramLetters * kGramLetters * kGramLetters;

// Adds the trigrams of `word` with `weight` to the dense vector `dense`; a trigram that was 0 goes to `touched`. With
// `slot` each trigram is its slot, and one without a slot (not in the index: it cannot match) is left out.
void add_grams(const std::string& word, double weight, std::vector<double>& dense, std::vector<int>& touched,
               const std::vector<int>* slot = nullptr) {
    int g = 0;  // the leading space is letter 0
    for (size_t i = 0; i <= word.size(); ++i) {
        const char c = i < word.size() ? word[i] : ' ';
        const int letter = c >= 'a' && c <= 'z' ? 1 + (c - 'a') : c >= '0' && c <= '9' ? 27 + (c - '0') : 0;
        g = (g * kGramLetters + letter) % kGrams;
        if (i == 0) continue;  // " ob", "obl", …, "ed "
        const int at = slot ? (*slot)[g] : g;
        if (at < 0) continue;
        if (dense[at] == 0) touched.push_back(at);
        dense[at] += weight;
    }
}

// Each touched weight times its idf (a term-frequency weight first when `log_tf`), then the vector scaled to length 1.
void weigh(const std::vector<int>& touched, std::vector<double>& dense, const std::vector<double>& idf, bool log_tf) {
    double norm = 0;
    for (int g : touched) {
        dense[g] = (log_tf ? 1.0 + std::log(dense[g]) : dense[g]) * idf[g];
        norm += dense[g] * dense[g];
    }
    norm = std::sqrt(norm);
    for (int g : touched) dense[g] = norm > 0 ? dense[g] / norm : 0.0;
}

struct Index {
    WordSet terms;                                  // term id (its index) → folded term
    std::vector<std::vector<Posting>> postings;     // term id → postings (one per doc containing the term)
    std::vector<double> idf;                        // term id → BM25 idf
    std::vector<std::array<int, kFields>> doc_len;  // doc → field lengths in tokens
    std::array<double, kFields> avg_len{};
    int docs = 0;
    std::vector<int> sorted;                        // term ids in lexicographic order (prefix look-ups)
    std::vector<std::vector<int>> by_length;        // term length → term ids (typo look-ups)
    std::vector<std::uint64_t> letters;             // term id → set of its characters (letter_set)
    size_t longest = 0;                             // length of the longest term
    std::vector<helpdesk::Intents> intents;         // doc → what its question asks
    std::vector<char> status;                       // doc → answers questions about the law's status (0/1)
    std::vector<int> law_entry;                     // doc → its index in Vocabulary::law_entries, -1 when none
    std::vector<int> gram_slot;                     // trigram → its slot, -1 when no entry has it (kGrams values)
    std::vector<std::vector<int>> grams;            // doc → the slots of the trigrams of its question and keywords
    std::vector<std::vector<double>> gram_weights;  // doc → their weights
    std::vector<double> gram_idf;                   // slot → idf
};

// The set of characters of a folded word as bits (a–z, 0–9). One edit changes at most two members, so two words
// within distance d differ in at most 2·d members: a cheap filter before the distance itself.
std::uint64_t letter_set(std::string_view w) {
    std::uint64_t m = 0;
    for (char c : w) m |= std::uint64_t{1} << (c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + (c - '0') : 63);
    return m;
}

// The words of field f of an entry: question (0), keywords with rule, ambiguity ids (1), answer (2); Dutch and English.
std::vector<std::string> field_words(const HelpAnswer& a, int f) {
    auto both = [](const std::string& nl, const std::string& en) { return helpdesk::content_words(nl + " \n " + en); };
    auto joined = [](const std::vector<std::string>& list) {
        std::string out;
        for (const auto& k : list) out += k + " \n ";
        return out;
    };
    if (f == 0) return both(a.question_nl, a.question_en);
    if (f == 2) return both(a.answer_nl, a.answer_en);
    auto out = both(joined(a.keywords_nl), joined(a.keywords_en));
    for (auto& t : helpdesk::content_words(joined(a.rules) + joined(a.ambiguities))) out.push_back(std::move(t));
    return out;
}

Index build_index(const std::vector<HelpAnswer>& answers) {
    Index ix;
    ix.docs = static_cast<int>(answers.size());
    ix.doc_len.resize(answers.size());
    std::vector<double> dense(kGrams, 0.0), df(kGrams, 0.0);
    std::vector<std::array<int, kFields>> tf;  // term id → its counts in the entry being indexed (zero between entries)
    for (int d = 0; d < ix.docs; ++d) {
        const HelpAnswer& a = answers[d];
        ix.intents.push_back(helpdesk::question_intents(a.question_nl + " \n " + a.question_en));
        ix.status.push_back(helpdesk::vocabulary().status_entries.count(a.id) > 0);
        const auto& law_entries = helpdesk::vocabulary().law_entries;
        const auto law = std::find(law_entries.begin(), law_entries.end(), a.id);
        ix.law_entry.push_back(law == law_entries.end() ? -1 : static_cast<int>(law - law_entries.begin()));
        std::vector<int> doc_terms;  // the terms of this entry, in the order first met; their counts in tf
        std::vector<int> grams;
        for (int f = 0; f < kFields; ++f) {
            const auto toks = field_words(a, f);
            ix.doc_len[d][f] = static_cast<int>(toks.size());
            for (const auto& t : toks) {
                const auto [term, fresh] = ix.terms.insert(t);
                if (fresh) { ix.postings.emplace_back(); tf.emplace_back(); }
                if (tf[term] == std::array<int, kFields>{}) doc_terms.push_back(term);
                ++tf[term][f];
                if (f < 2) add_grams(t, 1.0, dense, grams);  // question and keywords
            }
        }
        for (const int term : doc_terms) {
            ix.postings[term].push_back({d, tf[term]});
            tf[term] = {};
        }
        std::vector<double> counts;
        for (int g : grams) {
            df[g] += 1;
            counts.push_back(dense[g]);
            dense[g] = 0;
        }
        ix.grams.push_back(std::move(grams));
        ix.gram_weights.push_back(std::move(counts));
    }
    ix.gram_slot.assign(kGrams, -1);
    for (auto& grams : ix.grams)
        for (int& g : grams) {
            if (ix.gram_slot[g] < 0) {
                ix.gram_slot[g] = static_cast<int>(ix.gram_idf.size());
                ix.gram_idf.push_back(std::log(ix.docs / df[g]));
            }
            g = ix.gram_slot[g];
        }
    for (int d = 0; d < ix.docs; ++d) {  // each entry's trigram counts → weights
        const auto& grams = ix.grams[d];
        auto& weights = ix.gram_weights[d];
        for (size_t i = 0; i < grams.size(); ++i) dense[grams[i]] = weights[i];
        weigh(grams, dense, ix.gram_idf, true);
        for (size_t i = 0; i < grams.size(); ++i) { weights[i] = dense[grams[i]]; dense[grams[i]] = 0; }
    }
    for (int f = 0; f < kFields; ++f) {
        double sum = 0;
        for (const auto& l : ix.doc_len) sum += l[f];
        ix.avg_len[f] = ix.docs ? std::max(1.0, sum / ix.docs) : 1.0;
    }
    ix.sorted.resize(ix.terms.size());
    for (size_t t = 0; t < ix.terms.size(); ++t) {
        ix.sorted[t] = static_cast<int>(t);
        const size_t len = ix.terms[t].size();
        if (ix.by_length.size() <= len) ix.by_length.resize(len + 1);
        ix.longest = std::max(ix.longest, len);
        ix.by_length[len].push_back(static_cast<int>(t));
    }
    sort_by(ix.sorted, [&](int a, int b) { return ix.terms[a] < ix.terms[b]; });
    for (const auto& t : ix.terms) ix.letters.push_back(letter_set(t));
    ix.idf.resize(ix.terms.size());
    for (size_t t = 0; t < ix.terms.size(); ++t) {
        const double n = static_cast<double>(ix.postings[t].size());
        const double idf = std::log(1.0 + (ix.docs - n + 0.5) / (n + 0.5));
        ix.idf[t] = std::sqrt(idf) * std::sqrt(std::sqrt(idf));  // idf^0.75 (two square roots: no pow() in the wasm)
    }
    return ix;
}

const Index& help_index() {
    static const Index ix = build_index(help_answers());
    return ix;
}

// BM25F term score of one posting (without idf).
// answer_scale weighs the answer field (kSituationInAnswer for a situation word).
double bm25f(const Index& ix, const Posting& p, double answer_scale) {
    double wtf = 0;
    for (int f = 0; f < kFields; ++f) {
        if (p.tf[f] == 0) continue;
        const double norm = 1.0 - kFieldB[f] + kFieldB[f] * ix.doc_len[p.doc][f] / ix.avg_len[f];
        wtf += (f == 2 ? answer_scale : 1.0) * kFieldWeight[f] * p.tf[f] / norm;
    }
    return wtf * (kK1 + 1.0) / (wtf + kK1);
}

// [SECTION] Term matching. Optimal-string-alignment distance (a transposition counts 1), abandoned as soon as it
// must exceed max_d; returns max_d + 1 then.
int bounded_distance(std::string_view a, std::string_view b, int max_d) {
    constexpr int kMaxLen = 63;  // longer words are never typo-matched
    const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
    if (std::abs(n - m) > max_d || n > kMaxLen || m > kMaxLen) return max_d + 1;
    std::array<int, kMaxLen + 1> row0{}, row1{}, row2{};
    int* prev2 = row0.data();
    int* prev = row1.data();
    int* cur = row2.data();
    for (int j = 0; j <= m; ++j) prev[j] = j;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        int row_min = cur[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
            row_min = std::min(row_min, v);
        }
        if (row_min > max_d) return max_d + 1;
        int* recycled = prev2;
        prev2 = prev;
        prev = cur;
        cur = recycled;
    }
    return prev[m];
}

// Which kinds of near match a query term may use.
enum class MatchMode {
    Full,       // a token not in the vocabulary (likely a typo): prefix, compound part and edit distance
    NoTypos,    // a token that is in the vocabulary: prefix and compound part only (its spelling is a real word)
    PrefixOnly, // two adjacent query words written together ("casus overleg" → "casusoverleg")
};

// True when `longer` is `stem` plus a Dutch or English inflection ("samenhang"+"ende", "verzoek"+"en", "share"+"d").
bool is_inflection(std::string_view stem, std::string_view longer) {
    static constexpr std::string_view kSuffixes[] = {"e", "n", "en", "s", "es", "de", "den", "te", "ten", "d", "t",
                                                     "ende", "end", "er", "ers", "ing", "ingen", "ed"};
    if (stem.size() < 4 || longer.size() <= stem.size() || longer.substr(0, stem.size()) != stem) return false;
    const std::string_view rest = longer.substr(stem.size());
    return std::find(std::begin(kSuffixes), std::end(kSuffixes), rest) != std::end(kSuffixes);
}

// Word forms whose base is not a prefix of them, as (the base's end, the form's ending) pairs: English drops a final
// "e" before -ing/-ed/-er and -(at)ion and writes a final "y" as "ie" before -s/-d ("organise" → "organising",
// "organisation", "apply" → "applies"); both languages double a final consonant before a vowel ("stop" → "stoppen",
// "stopped"; "plan" → "plannen"); Dutch voices a final f or s between vowels ("brief" → "brieven", "huis" → "huizen").
// The prefix match cannot see these.
const std::vector<std::pair<std::string, std::string>>& form_endings() {
    static const auto pairs = [] {
        std::vector<std::pair<std::string, std::string>> p = {{"e", "ing"}, {"e", "ed"}, {"e", "er"}, {"e", "ers"},
                                                              {"y", "ies"}, {"y", "ied"}, {"f", "ven"}, {"f", "ve"},
                                                              {"s", "zen"}, {"s", "ze"}, {"e", "ion"}, {"e", "ation"}};
        for (char c : std::string_view("bdfgklmnprst"))
            for (const char* ending : {"en", "e", "er", "ers", "ing", "ed"})
                p.push_back({std::string(1, c), std::string(2, c) + ending});
        return p;
    }();
    return pairs;
}
bool is_other_form(std::string_view base, std::string_view form) {
    for (const auto& [end, ending] : form_endings()) {
        const size_t stem = base.size() - end.size();
        if (base.size() >= 4 && base.ends_with(end) && form.size() == stem + ending.size() &&
            form.compare(0, stem, base, 0, stem) == 0 && form.ends_with(ending))
            return true;
    }
    return false;
}

// How well vocabulary term t stands for query term q (0 = not at all, 1 = exact).
double term_match_weight(const std::string& q, const std::string& t, MatchMode mode) {
    if (q == t) return 1.0;
    // (Another form shares all but the base's last letter and is at most 5 letters longer or shorter.)
    if (mode != MatchMode::PrefixOnly && q.size() >= 4 && t.size() >= 4 && q.compare(0, 3, t, 0, 3) == 0 &&
        (q.size() > t.size() ? q.size() - t.size() : t.size() - q.size()) <= 5 &&
        (is_other_form(q, t) || is_other_form(t, q)))
        return 0.95;
    const double qs = static_cast<double>(q.size()), ts = static_cast<double>(t.size());
    double w = 0;
    // Prefix either way ("huisarts"/"huisartsen", "coord"/"coordinatie"), scaled by how much is shared; an
    // inflection of the same word counts nearly as the word itself.
    if (q.size() >= 4 && t.size() > q.size() && t.compare(0, q.size(), q) == 0)
        w = std::max(w, is_inflection(q, t) ? 0.95 : 0.8 * std::sqrt(qs / ts));
    if (mode == MatchMode::PrefixOnly) return w;
    if (t.size() >= 4 && q.size() > t.size() && q.compare(0, t.size(), t) == 0)
        w = std::max(w, is_inflection(t, q) ? 0.95 : 0.8 * std::sqrt(ts / qs));
    // Part of a Dutch compound ("overleg" in "casusoverleg", "verslaving" in "verslavingszorg").
    if (q.size() >= 5 && t.size() > q.size() && t.find(q) != std::string::npos) w = std::max(w, 0.55 * std::sqrt(qs / ts));
    if (t.size() >= 5 && q.size() > t.size() && q.find(t) != std::string::npos) w = std::max(w, 0.55 * std::sqrt(ts / qs));
    // Typos: distance 1 from 4 letters, distance 2 from 8 letters.
    const int max_d = mode != MatchMode::Full ? 0 : q.size() >= 8 ? 2 : q.size() >= 4 ? 1 : 0;
    if (max_d > 0 && w < 0.8) {
        const int d = bounded_distance(q, t, max_d);  // max_d + 1 means "farther than max_d"
        if (d == 1) w = std::max(w, 0.8);
        else if (d == 2 && max_d >= 2) w = std::max(w, 0.6);
    }
    return w;
}

struct Expansion {
    int term;
    double weight; // match weight × idf
};

// A word of the query's synonym groups (helpdesk_synonyms.json) stands for the other members that occur in the
// answers, a little below the word itself and never above its idf.
constexpr double kSynonymWeight = 0.7;
void add_synonyms(const Index& ix, const std::string& q, double idf_cap, std::vector<Expansion>& out) {
    for (const auto& s : helpdesk::synonyms_of(q)) {
        const int hit = ix.terms.find(s);
        if (hit >= 0) out.push_back({hit, kSynonymWeight * std::min(ix.idf[hit], idf_cap)});
    }
}

// The vocabulary terms a query term stands for. When the query term itself is in the vocabulary, no near match may
// count for more than the exact term's idf: a rare variant ("onderzoeksfase") must not outweigh the word typed.
std::vector<Expansion> expand(const Index& ix, const std::string& q, bool adjacent_pair, bool with_synonyms) {
    const int exact = ix.terms.find(q);
    const MatchMode mode = adjacent_pair ? MatchMode::PrefixOnly
                           : exact >= 0 ? MatchMode::NoTypos : MatchMode::Full;
    const double idf_cap = exact >= 0 ? ix.idf[exact] : 1e9;
    // Candidates: every term that can have a non-zero term_match_weight(), found by look-ups, not by a full scan.
    std::vector<int> candidates;
    if (exact >= 0) candidates.push_back(exact);
    // t starts with q
    auto it = std::lower_bound(ix.sorted.begin(), ix.sorted.end(), q,
                               [&](int t, const std::string& key) { return ix.terms[t] < key; });
    for (; it != ix.sorted.end() && ix.terms[*it].compare(0, q.size(), q) == 0; ++it) candidates.push_back(*it);
    if (mode != MatchMode::PrefixOnly) {
        // t is a prefix (≥ 4 letters) or a part (≥ 5 letters) of q
        for (size_t from = 0; from < q.size(); ++from)
            for (size_t len = from == 0 ? 4 : 5; len <= ix.longest && from + len < q.size() + (from == 0 ? 0 : 1); ++len) {
                const int hit = ix.terms.find(std::string_view(q).substr(from, len));
                if (hit >= 0) candidates.push_back(hit);
            }
        // t is q in another form (form_endings), either way
        for (const auto& [end, ending] : form_endings()) {
            const auto look = [&](const std::string& form) {
                const int hit = ix.terms.find(form);
                if (hit >= 0) candidates.push_back(hit);
            };
            if (q.ends_with(ending) && q.size() > ending.size())
                look(q.substr(0, q.size() - ending.size()) + end);
            if (q.ends_with(end)) look(q.substr(0, q.size() - end.size()) + ending);
        }
        // q is a part of a longer t
        const std::uint64_t q_letters = letter_set(q);
        if (q.size() >= 5)
            for (size_t t = 0; t < ix.terms.size(); ++t)
                if ((ix.letters[t] & q_letters) == q_letters && ix.terms[t].size() > q.size() &&
                    ix.terms[t].find(q) != std::string::npos)
                    candidates.push_back(static_cast<int>(t));
        // typos: terms of a length within the distance
        if (mode == MatchMode::Full && q.size() >= 4) {
            const size_t d = q.size() >= 8 ? 2 : 1;
            for (size_t len = q.size() - d; len <= q.size() + d; ++len)
                if (len < ix.by_length.size())
                    for (int t : ix.by_length[len])
                        if (static_cast<size_t>(std::popcount(ix.letters[t] ^ q_letters)) <= 2 * d) candidates.push_back(t);
        }
    }
    sort_by(candidates);
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    std::vector<Expansion> out;
    for (int t : candidates) {
        const double w = term_match_weight(q, ix.terms[t], mode);
        if (w > 0) out.push_back({t, w * std::min(ix.idf[t], idf_cap)});
    }
    if (with_synonyms) add_synonyms(ix, q, idf_cap, out);
    return out;
}

} // namespace

const std::vector<HelpAnswer>& help_answers() {
    static const std::vector<HelpAnswer> answers =
        value_or_record("assets/helpdesk/questions.json", parse_help_answers(embedded::asset_questions()));
    return answers;
}

const HelpAnswer* find_help_answer(std::string_view id) {
    for (const auto& a : help_answers())
        if (a.id == id) return &a;
    return nullptr;
}

std::string help_question(const HelpAnswer& a, std::string_view lang) {
    return lang == "en" ? label_draft_articles(a.question_en, Lang::en) : label_draft_articles(a.question_nl, Lang::nl);
}

std::string help_answer_text(const HelpAnswer& a, std::string_view lang) {
    return lang == "en" ? label_draft_articles(a.answer_en, Lang::en) : label_draft_articles(a.answer_nl, Lang::nl);
}

// [SECTION] search_help: the query is read by helpdesk::analyse_query (folded words, the question part
// weighing more than the situation, intents). Per query term the best-matching expansion per document counts (so a
// term never scores twice through near-duplicates or synonyms); the sum is scaled by the weighted share of query terms
// matched, and raised when the entry's question asks what the query asks (a shared intent: may, must, who, when, how,
// not), and by the likeness of their letter trigrams (above). Two adjacent query words written together are tried as
// one extra term (Dutch compounds: "casus overleg", "in werking"); that term adds score but does not count for coverage.
constexpr double kIntentBonus = 0.1;  // per intent shared by the query's question part and the entry's question
// The R37–R39 entry that the laws a coordination question names point to (helpdesk::laws_named) is raised and the
// other two lowered: "jeugdhulp en schuldhulp, moeten we coördineren?" is R37's case and "Wmo en de corporatie" R38's,
// whatever words the entries share with the question (issue 19, session 30; docs/helpdesk.md).
constexpr double kLaws = 0.4;  // that entry × 1.4, the other two × 0.6
constexpr double kStatusAbove = 1.01;  // a status question's status entry: its score + 1.01 × the best other one + 1.01

// True when another word of the query belongs to a synonym group of `term`: then each word counts for itself, so that
// "gezinsleden … partner kinderen" does not count the one notion three times.
bool group_in_query(const helpdesk::AnalysedQuery& q, const std::string& term) {
    const auto& synonyms = helpdesk::synonyms_of(term);
    return std::any_of(q.terms.begin(), q.terms.end(), [&](const helpdesk::QueryTerm& t) {
        return t.word != term && std::find(synonyms.begin(), synonyms.end(), t.word) != synonyms.end();
    });
}

std::vector<HelpHit> search_help(std::string_view query, size_t max_results) {
    const Index& ix = help_index();
    const helpdesk::AnalysedQuery q = helpdesk::analyse_query(query);
    // Stop words are not indexed either: a query of only those finds nothing.
    if (q.terms.empty() || max_results == 0) return {};
    std::vector<double> score(ix.docs, 0.0), matched(ix.docs, 0.0), best(ix.docs);
    auto add_term = [&](const std::string& term, double weight, bool adjacent_pair) {
        std::fill(best.begin(), best.end(), 0.0);
        const double answer_scale = weight < 1.0 ? kSituationInAnswer : 1.0;
        for (const auto& e : expand(ix, term, adjacent_pair, !adjacent_pair && !group_in_query(q, term)))
            for (const auto& p : ix.postings[e.term]) best[p.doc] = std::max(best[p.doc], e.weight * bm25f(ix, p, answer_scale));
        for (int d = 0; d < ix.docs; ++d) {
            if (best[d] <= 0) continue;
            score[d] += weight * best[d];
            if (!adjacent_pair) matched[d] += weight;
        }
    };
    double total_weight = 0;
    for (const auto& t : q.terms) { add_term(t.word, t.weight, false); total_weight += t.weight; }
    for (const auto& pair : q.pairs) add_term(pair, 1.0, true);

    std::vector<double> query_grams(ix.gram_idf.size(), 0.0);
    std::vector<int> touched;
    for (const auto& t : q.terms) add_grams(t.word, t.weight, query_grams, touched, &ix.gram_slot);
    weigh(touched, query_grams, ix.gram_idf, false);

    std::vector<HelpHit> hits;
    const auto& answers = help_answers();
    // A question about the law's own status is answered by the status entries first, whatever their score (issue 19:
    // "the status questions answered with the status in the answer's text"): their scores are raised above every other
    // entry's (below), so the hits stay ordered by score and every score stays above 0.
    auto first = [&](int d) { return q.status && ix.status[d]; };
    for (int d = 0; d < ix.docs; ++d) {
        if (score[d] <= 0 && !first(d)) continue;
        const double coverage = matched[d] / total_weight;
        const double intent = 1.0 + kIntentBonus * std::popcount(q.intents & ix.intents[d]);
        double cosine = 0;
        for (size_t i = 0; i < ix.grams[d].size(); ++i) cosine += query_grams[ix.grams[d][i]] * ix.gram_weights[d][i];
        const double likeness = 1.0 + kGramWeight * cosine;
        const int law = ix.law_entry[d];
        const double laws = q.laws < 0 || law < 0 ? 1.0 : law == q.laws ? 1.0 + kLaws : 1.0 - kLaws;
        hits.push_back({&answers[d], score[d] * (0.5 + 0.5 * coverage) * intent * likeness * laws});
    }
    if (q.status) {  // the status entries score above every other entry (their own score keeps their order)
        auto is_first = [&](const HelpHit& h) { return first(static_cast<int>(h.answer - answers.data())); };
        double best = 0;
        for (const auto& h : hits)
            if (!is_first(h)) best = std::max(best, h.score);
        for (auto& h : hits)
            if (is_first(h)) h.score += best * kStatusAbove + kStatusAbove;
    }
    sort_by(hits, [](const HelpHit& a, const HelpHit& b) {
        return a.score != b.score ? a.score > b.score : a.answer->id < b.answer->id;
    });
    if (hits.size() > max_results) hits.resize(max_results);
    return hits;
}

// [SECTION] Facts (RULEBOOK §12)
namespace {
FactCard read_card(const JsonReader& c) {
    FactCard card;
    card.id = c.str("id");
    card.group = c.str("group");
    card.title_nl = c.str("title_nl");
    card.title_en = c.str("title_en");
    card.body_nl = c.str("body_nl");
    card.body_en = c.str("body_en");
    card.quote_nl = c.at("quote_nl").opt_str().value_or("");
    card.source = c.str("source");
    card.rules = c.optional_strings("rules");
    return card;
}

FactChartRow read_row(const JsonReader& r) {
    FactChartRow row;
    row.key = r.str("key");
    row.label_nl = r.str("label_nl");
    row.label_en = r.str("label_en");
    row.values = r.required("values").numbers();
    row.share_text = r.at("share_text").opt_str().value_or("");
    row.total = r.at("total").opt_bool().value_or(false);
    return row;
}

FactChart read_chart(const JsonReader& c) {
    FactChart chart;
    chart.id = c.str("id");
    chart.title_nl = c.str("title_nl");
    chart.title_en = c.str("title_en");
    chart.caption_nl = c.str("caption_nl");
    chart.caption_en = c.str("caption_en");
    chart.unit = c.str("unit");
    chart.source = c.str("source");
    chart.series_nl = c.optional_strings("series_nl");
    chart.series_en = c.optional_strings("series_en");
    chart.notes_nl = c.optional_strings("notes_nl");
    chart.notes_en = c.optional_strings("notes_en");
    c.required("rows").each([&](const JsonReader& r) { chart.rows.push_back(read_row(r)); });
    return chart;
}
} // namespace

Result<std::vector<HelpAnswer>> parse_help_answers(std::string_view text) {
    return read_json_array<HelpAnswer>(text, "questions", read_answer);
}

Result<HelpFacts> parse_help_facts(std::string_view text) {
    return read_json_text<HelpFacts>(text, [](const JsonReader& doc) {
        HelpFacts f;
        f.stage = doc.str("stage");
        doc.required("cards").each([&](const JsonReader& c) { f.cards.push_back(read_card(c)); });
        doc.required("charts").each([&](const JsonReader& c) { f.charts.push_back(read_chart(c)); });
        return f;
    });
}

const HelpFacts& help_facts() {
    static const HelpFacts facts = value_or_record("assets/helpdesk/facts.json", parse_help_facts(embedded::asset_facts()));
    return facts;
}

std::string_view help_facts_json() { return embedded::asset_facts(); }

} // namespace wams
