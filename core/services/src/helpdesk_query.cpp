// helpdesk_query.cpp — reading help-desk text (helpdesk_query.hpp).
//
// [SECTION] Stop words
// [SECTION] Search vocabulary (helpdesk_synonyms.json)
// [SECTION] Question part and intents
// [SECTION] analyse_query
#include "helpdesk_query.hpp"
#include "wams/text_fold.hpp"

#include "wams/asset_errors.hpp"
#include "wams/json_reader.hpp"

#include <algorithm>
#include <array>

namespace wams::embedded {
std::string_view asset_helpdesk_synonyms(); // assets/helpdesk/helpdesk_synonyms.json (cmake/Embed.cmake)
} // namespace wams::embedded

namespace wams::helpdesk {
namespace {

// [SECTION] Stop words — folded function words. Content words that are frequent in this corpus
// ("gemeente", "client", "wams") are left to IDF. Modal and question words are stop words for matching: they count
// through the intents instead. The English list holds the same kinds of filler as the Dutch one ("actually", "anyway",
// "go ahead" as "eigenlijk", "toch", "gaan"), and negations typed without an apostrophe ("doesnt"; they still count
// as the intent "not"). An opinion in the situation is filler too ("we think it's unsafe", "ik denk dat …"; session
// 34: "think" matched HD-73's "think along"); "denken" stays a word ("mee te denken"). "vraag"/"vragen" are content
// words (round 3): in this corpus they ask for something
// (a client or professional asks for an investigation, the college asks a party for data). Each list is one string of
// words between spaces: no start-up work, and no table of pointers in the wasm (docs/perf.md).
constexpr std::string_view kDutchStopWords =
        " de het een en of van in op te ten ter voor met aan bij door om als dat die dit deze der des er is "
        "zijn was waren wordt worden werd ik je jij u we wij ze zij hij mij me mijn jouw uw ons onze hun hem "
        "haar wat wie hoe waar wanneer welke welk nog al ook dan toch wel maar dus zo heel erg even eens nu "
        "hier daar naar uit over tot onder tegen na sinds omdat want hebben heeft heb had kunnen kan kun "
        "moet moeten mag mogen zou zouden zal zullen wil willen doen doet gaat gaan iets iemand elk elke "
        "ieder iedere alle alles zich daarbij daarvoor hiervoor waarom eigenlijk precies gewoon graag "
        "collega geval situatie zo'n zon nou echt zomaar allemaal hoeft hoeven ermee erbij daarover daarvan "
        "ben bent geweest kon konden kunt mocht mochten moest moesten wilde wilden wou zult denk denkt dacht ";

constexpr std::string_view kEnglishStopWords =
        " the a an and or of to for with at by on from as is are be been was were can could may might must "
        "should shall will would do does did what who whom how when which where why i we you it its this "
        "that these those our my your their they he she his her there if so than then has have had about "
        "into any all also just still ask asks question us them him me really doesn don isn won like even "
        "doesnt dont cant wont isnt arent didnt shouldnt couldnt go goes going ahead anyway actually exactly "
        "simply now here again something someone anyone anything some very too much get gets got yet am im "
        "think thinks thought ";

// True when `t` is one of the space-separated words of `list`.
bool in_list(std::string_view list, std::string_view t) {
    for (size_t at = list.find(t); at != std::string_view::npos; at = list.find(t, at + 1))
        if (at > 0 && list[at - 1] == ' ' && at + t.size() < list.size() && list[at + t.size()] == ' ') return true;
    return false;
}

bool is_stop(std::string_view t) {
    return !t.empty() && (in_list(kDutchStopWords, t) || in_list(kEnglishStopWords, t));
}

// Dutch writes a long vowel double in a closed syllable and single in an open one: "breed"/"breder", "vraag"/"vragen",
// "maakt"/"maken". Every word, indexed or asked, is keyed with doubled a, e, o, u written single, so that the forms
// meet in the prefix and inflection matching of helpdesk.cpp ("bred" → "breder"). ("ie", "oe" are other vowels.)
std::string single_vowels(const std::string& w) {
    std::string out;
    for (size_t i = 0; i < w.size(); ++i)
        if (i + 1 >= w.size() || w[i] != w[i + 1] || std::string_view("aeou").find(w[i]) == std::string_view::npos)
            out += w[i];
    return out;
}

bool keep_token(const std::string& t) { return t.size() >= 2 && !is_stop(t); }

// Particles of Dutch separable verbs ("uitnodigen", "opvragen", "meewerken", "doorgeven", "bijwonen").
constexpr std::string_view kParticles =
        " aan af bij binnen door in mee na om op over terug toe uit vast voor weg samen tegen rond ";
bool is_particle(std::string_view t) { return !t.empty() && in_list(kParticles, t); }

// [SECTION] Search vocabulary. Group members are stored folded, a member of several words by its words written together
// ("sociaal team" → "sociaalteam").
std::string joined_folded(std::string_view words) {
    std::string out;
    for (const auto& t : fold_tokens(words)) out += t;
    return out;
}

} // namespace

const Vocabulary& vocabulary() {
    static const Vocabulary v =
        value_or_record("assets/helpdesk/helpdesk_synonyms.json", parse_synonyms(embedded::asset_helpdesk_synonyms()));
    return v;
}

namespace {

// [SECTION] Question part and intents
Intents intents_of(const std::vector<std::string>& tokens) {
    Intents out = 0;
    const auto& words = vocabulary().intent_words;
    for (const auto& t : tokens)
        for (size_t i = 0; i < words.size(); ++i)
            if (words[i].count(t)) out |= 1u << i;
    return out;
}

// Folded text with English contractions spelled out. Folding drops the apostrophe, and "we're" became "were", a
// question word, so "We're a housing association … . Can the coordinator be …?" read its situation as part of the
// question; "what's" became "whats", which is none; "she'll" and "we'd" became "shell" and "wed" (session 34). "n't"
// becomes " not" ("can't", "won't": "can not", "will not"); "'s" only after the pronouns and question words below
// (elsewhere it is a possessive: "client's"). Dutch forms with an apostrophe ("zo'n", "foto's") are left as they were.
struct Contraction {
    std::string_view form, words;
    bool whole_word;  // the form is a word of its own; else it follows a word
};
constexpr Contraction kContractions[] = {
    {"can't", "can not", true},       {"won't", "will not", true},     {"it's", "it is", true},
    {"he's", "he is", true},          {"she's", "she is", true},       {"that's", "that is", true},
    {"what's", "what is", true},      {"who's", "who is", true},       {"there's", "there is", true},
    {"here's", "here is", true},      {"where's", "where is", true},   {"how's", "how is", true},
    {"n't", " not", false},           {"'re", " are", false},          {"'m", " am", false},
    {"'ll", " will", false},          {"'ve", " have", false},         {"'d", " would", false}};

std::string spelled_out(std::string_view text) {
    const std::string folded = fold_text(text);
    std::string out;
    out.reserve(folded.size() + 16);
    auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
    for (size_t i = 0; i < folded.size(); ++i) {
        const bool after_letter = i > 0 && letter(folded[i - 1]);
        const auto c = std::find_if(std::begin(kContractions), std::end(kContractions), [&](const Contraction& f) {
            const size_t end = i + f.form.size();
            return folded.compare(i, f.form.size(), f.form) == 0 && (end >= folded.size() || !letter(folded[end])) &&
                   (f.whole_word ? !after_letter : after_letter);
        });
        if (c == std::end(kContractions)) { out += folded[i]; continue; }
        out += c->words;
        i += c->form.size() - 1;
    }
    return out;
}

// The query's clauses (split at . , ; : ! ?), each as folded tokens.
std::vector<std::vector<std::string>> clauses_of(std::string_view query) {
    std::vector<std::vector<std::string>> out;
    const std::string text = spelled_out(query);
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && std::string_view(".,;:!?").find(text[i]) == std::string_view::npos) continue;
        auto tokens = fold_tokens(std::string_view(text).substr(start, i - start));
        if (!tokens.empty()) out.push_back(std::move(tokens));
        start = i + 1;
    }
    return out;
}

// Index of the first clause of the question part: the last clause that opens with a question word; 0 (the whole
// query) when none does.
size_t question_start(const std::vector<std::vector<std::string>>& clauses) {
    auto opens = [&](size_t c) { return vocabulary().openers.count(clauses[c].front()) > 0; };
    size_t c = clauses.size();
    while (c > 0 && !opens(c - 1)) --c;
    if (c == 0) return 0;
    --c;
    while (c > 0 && opens(c - 1)) --c;  // consecutive question clauses ("wat moet ik doen, wie moet ik melden")
    return c;
}

constexpr double kSituationWeight = 0.6;  // a word before the question part counts 0.6
constexpr size_t kMaxWord = 64, kMaxTerms = 32; // bounded work for pasted text

void add_term(std::vector<QueryTerm>& terms, const std::string& word, double weight) {
    for (auto& t : terms)
        if (t.word == word) { t.weight = std::max(t.weight, weight); return; }
    if (terms.size() < kMaxTerms) terms.push_back({word, weight});
}

} // namespace

std::vector<std::string> content_words(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& t : fold_tokens(spelled_out(text)))
        if (keep_token(t)) out.push_back(single_vowels(t));
    return out;
}

Intents question_intents(std::string_view question) { return intents_of(fold_tokens(spelled_out(question))); }

bool is_status_question(const std::vector<std::vector<std::string>>& clauses, size_t from) {
    const auto& v = vocabulary();
    bool validity = false, time = false, law = false;
    for (size_t c = from; c < clauses.size(); ++c)
        for (size_t i = 0; i < clauses[c].size(); ++i) {
            const std::string& w = clauses[c][i];
            if (v.status_words.count(w)) return true;
            validity = validity || v.status_validity.count(w);
            time = time || v.status_time.count(w) ||
                   (v.status_time_before_law.count(w) && i + 1 < clauses[c].size() &&
                    v.status_law.count(clauses[c][i + 1]));
            law = law || v.status_law.count(w);
        }
    return validity && time && law;
}

int laws_named(const std::vector<std::vector<std::string>>& clauses) {
    const auto& v = vocabulary();
    // Whether a word, or the word written together with the next one, begins with one of `members`.
    auto named = [&](const std::vector<std::string>& members) {
        for (const auto& c : clauses)
            for (size_t i = 0; i < c.size(); ++i) {
                const std::string two = i + 1 < c.size() ? c[i] + c[i + 1] : c[i];
                for (const auto& m : members)
                    if (c[i].starts_with(m) || two.starts_with(m)) return true;
            }
        return false;
    };
    const bool asked = std::any_of(clauses.begin(), clauses.end(), [&](const auto& c) {
        return std::any_of(c.begin(), c.end(), [&](const std::string& w) {
            return std::any_of(v.coordination_asked.begin(), v.coordination_asked.end(),
                               [&](const std::string& part) { return w.find(part) != std::string::npos; });
        });
    });
    if (!asked) return -1;
    const auto social = std::count_if(v.social_laws.begin(), v.social_laws.end(), named);
    const bool adjacent = named(v.adjacent_domains);
    if (social >= 2) return 0;
    if (social == 1) return adjacent ? 1 : 2;
    return adjacent ? 2 : -1;
}

const std::vector<std::string>& synonyms_of(const std::string& word) {
    static const std::vector<std::string> none;
    const auto* others = vocabulary().synonyms.find(word);
    return others ? *others : none;
}

// [SECTION] analyse_query
AnalysedQuery analyse_query(std::string_view query) {
    AnalysedQuery q;
    const auto clauses = clauses_of(query);
    size_t from = question_start(clauses);
    // A question part of function words only ("…, mag dat?") leaves the whole query as the question.
    const bool has_content = std::any_of(clauses.begin() + static_cast<long>(from), clauses.end(), [](const auto& c) {
        return std::any_of(c.begin(), c.end(), keep_token);
    });
    if (!has_content) from = 0;
    q.status = is_status_question(clauses, from);
    q.laws = laws_named(clauses);
    for (size_t c = 0; c < clauses.size(); ++c) {
        const double weight = c >= from ? 1.0 : kSituationWeight;
        if (c >= from) q.intents |= intents_of(clauses[c]);
        for (const auto& t : clauses[c])
            if (keep_token(t) && t.size() <= kMaxWord) add_term(q.terms, single_vowels(t), weight);
        // A Dutch separable verb split by "te" is asked as the whole verb: "uit te nodigen" → "uitnodigen",
        // "op te vragen" → "opvragen", "door te geven" → "doorgeven" (the particle alone is a stop word).
        for (size_t i = 0; i + 2 < clauses[c].size(); ++i)
            if (clauses[c][i + 1] == "te" && is_particle(clauses[c][i]) && clauses[c][i + 2].size() <= kMaxWord &&
                keep_token(clauses[c][i + 2]))
                add_term(q.terms, single_vowels(clauses[c][i] + clauses[c][i + 2]), weight);
        for (size_t i = 0; i + 1 < clauses[c].size() && q.pairs.size() < kMaxTerms; ++i) {
            const std::string& a = clauses[c][i];
            const std::string& b = clauses[c][i + 1];
            if (a.size() + b.size() > kMaxWord || a.size() + b.size() < 7) continue;
            // Each word keyed on its own: joined first, "mee eens" would lose the vowels at the seam ("meeeens" →
            // "mens") and match "mensen"; Dutch writes such a seam apart ("zee-egel", "coördinatie").
            q.pairs.push_back(single_vowels(a) + single_vowels(b));
        }
    }
    return q;
}

Result<Vocabulary> parse_synonyms(std::string_view text) {
    return read_json_text<Vocabulary>(text, [](const JsonReader& doc) {
        Vocabulary v;
        doc.required("groups").each([&](const JsonReader& g) {
            std::vector<std::string> members;
            for (const auto& m : g.strings()) members.push_back(single_vowels(joined_folded(m)));
            for (const auto& m : members)
                for (const auto& other : members)
                    if (other != m) v.synonyms[m].push_back(other);
        });
        doc.required("intents").members([&](const std::string&, const JsonReader& words) {
            WordSet set;
            for (const auto& w : words.strings()) set.insert(fold_text(w));
            v.intent_words.push_back(std::move(set));
        });
        for (const auto& w : doc.required("openers").strings()) v.openers.insert(fold_text(w));
        const JsonReader status = doc.required("status");
        for (auto [key, set] : {std::pair{"words", &v.status_words}, {"validity", &v.status_validity},
                                {"time", &v.status_time}, {"law", &v.status_law},
                                {"time_before_law", &v.status_time_before_law}})
            for (const auto& w : status.required(key).strings()) set->insert(fold_text(w));
        for (const auto& id : status.required("entries").strings()) v.status_entries.insert(id);
        const JsonReader laws = doc.required("coordination_laws");
        laws.required("social").each([&](const JsonReader& law) {
            v.social_laws.emplace_back();
            for (const auto& m : law.strings()) v.social_laws.back().push_back(joined_folded(m));
        });
        for (const auto& m : laws.required("adjacent").strings()) v.adjacent_domains.push_back(joined_folded(m));
        for (const auto& m : laws.required("asked").strings()) v.coordination_asked.push_back(fold_text(m));
        v.law_entries = laws.required("entries").strings();
        return v;
    });
}

} // namespace wams::helpdesk
