// interview_session.cpp — the question people have, as an interview (interview_session.hpp).
#include "wams/interview_session.hpp"

#include "wams/json_pointer.hpp"
#include "wams/text_fold.hpp"
#include "wams/vocabulary.hpp"
#include "wams/wipe.hpp"

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace wams::interview {
using nlohmann::json;

namespace {
// The words of a question, read from its folded text (text_fold.hpp): verbs, prepositions and articles as
// professionals write them. Plain token matching (no std::regex: it would add tens of kilobytes to the page).
using Words = std::vector<std::string>;

bool one_of(const std::string& w, std::initializer_list<const char*> set) {
    return std::any_of(set.begin(), set.end(), [&](const char* x) { return w == x; });
}
bool request_verb(const std::string& w) {
    return one_of(w, {"vragen", "opvragen", "navragen", "inzien", "krijgen", "ontvangen", "checken", "nagaan", "raadplegen"});
}
bool share_verb(const std::string& w) {
    return one_of(w, {"delen", "doorgeven", "doorsturen", "geven", "sturen", "mailen", "verstrekken", "vertellen",
                      "melden", "doorspelen", "overdragen"});
}
bool article(const std::string& w) {
    return one_of(w, {"de", "het", "een", "die", "dat", "deze", "onze", "mijn", "zijn", "haar", "hun"});
}
bool modal(const std::string& w) { return one_of(w, {"mag", "kan", "moet", "mogen", "kunnen", "moeten"}); }

std::string phrase(const Words& w, std::size_t from, std::size_t to) {  // words [from, to) without leading articles
    while (from < to && article(w[from])) ++from;
    std::string out;
    for (std::size_t i = from; i < to; ++i) out += (out.empty() ? "" : " ") + w[i];
    return out;
}

// Sentences of the folded text as words (fold_text keeps punctuation, fold_tokens splits words).
std::vector<Words> sentences(const std::string& folded) {
    std::vector<Words> out;
    std::string cur;
    for (char c : folded + ".") {
        if (c == '.' || c == ';' || c == '?' || c == '!' || c == ':') {
            if (Words w = fold_tokens(cur); !w.empty()) out.push_back(std::move(w));
            cur.clear();
        } else {
            cur += c;
        }
    }
    return out;
}

std::string role_of(const std::vector<Words>& ss) {  // "ik ben (een) wijkcoach" → "wijkcoach"
    for (const Words& w : ss)
        for (std::size_t i = 0; i + 2 < w.size(); ++i) {
            if (w[i] != "ik" || w[i + 1] != "ben") continue;
            std::size_t j = i + 2;
            while (j < w.size() && (article(w[j]) || w[j] == "als")) ++j;
            std::size_t k = j;
            while (k < w.size() && k - j < 4 && !one_of(w[k], {"en", "bij", "in", "van", "met", "voor", "op"})) ++k;
            if (k > j) return phrase(w, j, k);
        }
    return "";
}

// The object and the party when a preposition starts the question ("bij de X de Y opvragen"): split at the article
// that starts the second phrase.
bool split_at_article(const Words& w, std::size_t from, std::size_t to, std::string& first, std::string& second) {
    std::size_t i = from;
    while (i < to && article(w[i])) ++i;
    for (std::size_t k = i + 1; k < to; ++k)
        if (article(w[k])) {
            first = phrase(w, from, k);
            second = phrase(w, k, to);
            return !first.empty() && !second.empty();
        }
    return false;
}
} // namespace

std::optional<Question0> understand(std::string_view text) {
    const std::vector<Words> ss = sentences(fold_text(text));
    Question0 q;
    q.role = role_of(ss);
    // The question part: the last sentence with "mag ik", "kunnen wij" …, from the word after the pronoun.
    const Words* asked = nullptr;
    std::size_t from = 0;
    for (const Words& w : ss)
        for (std::size_t i = 0; i + 1 < w.size(); ++i)
            if (modal(w[i]) && one_of(w[i + 1], {"ik", "wij", "we"})) {
                asked = &w;
                from = i + 2;
            }
    if (!asked) return std::nullopt;
    const Words& w = *asked;
    while (from < w.size() && one_of(w[from], {"nu", "dan", "ook", "zomaar", "gewoon", "eigenlijk"})) ++from;
    std::size_t verb = w.size();
    for (std::size_t i = from; i < w.size(); ++i)
        if (request_verb(w[i]) || share_verb(w[i])) {
            verb = i;
            break;
        }
    if (verb == w.size()) return std::nullopt;
    const bool request = request_verb(w[verb]);
    q.direction = request ? Direction::request : Direction::share;
    const std::size_t after = verb + 1;
    auto ok = [&] { return !q.what.empty() && !q.party.empty() ? std::optional<Question0>(q) : std::nullopt; };
    if (after < w.size()) {  // "X vragen naar Y", "Y opvragen bij X", "Y delen met X"
        const std::string& prep = w[after];
        if (request && one_of(prep, {"naar", "om", "over"})) {
            q.party = phrase(w, from, verb);
            q.what = phrase(w, after + 1, w.size());
            return ok();
        }
        if ((request && prep == "bij") || (!request && one_of(prep, {"met", "aan"}))) {
            q.what = phrase(w, from, verb);
            q.party = phrase(w, after + 1, w.size());
            return ok();
        }
    }
    // "bij de X de Y opvragen", "met de X de Y delen"
    if (from < verb && ((request && w[from] == "bij") || (!request && one_of(w[from], {"met", "aan"}))) &&
        split_at_article(w, from + 1, verb, q.party, q.what))
        return ok();
    // "de X de Y geven" (share: recipient first), "Y opvragen" with a party elsewhere: not understood
    return std::nullopt;
}

std::vector<std::string> missing(const Question0& q) {
    std::vector<std::string> out;
    if (!q.direction) out.emplace_back("direction");
    if (q.what.empty()) out.emplace_back("what");
    if (q.party.empty()) out.emplace_back("party");
    return out;
}

json case_of(const Question0& q) {
    json item = {{"item_id", "D1"}, {"what", q.what}};
    const bool request = q.direction.value_or(Direction::request) == Direction::request;
    const std::string& source = request ? q.party : q.role;
    const std::string& recipient = request ? q.role : q.party;
    if (!source.empty()) item["source"] = {{"party", source}};
    if (!recipient.empty()) item["recipient"] = recipient;
    if (q.purpose) item["purpose"] = *q.purpose;
    return {{"id", "vraag"}, {"facts", {{"data_items", json::array({item})}}}};
}

const vocab::Field* field_of(const std::string& pointer) {
    const std::string prefix = "/facts";
    if (pointer.rfind(prefix + "/", 0) != 0) return nullptr;
    std::string pattern;
    std::size_t i = prefix.size();
    while (i < pointer.size()) {
        const std::size_t next = pointer.find('/', i + 1);
        const std::string token = pointer.substr(i + 1, next == std::string::npos ? std::string::npos : next - i - 1);
        const bool index = !token.empty() && std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
        pattern += "/" + (index ? std::string("*") : token);
        if (next == std::string::npos) break;
        i = next;
    }
    return vocab::find(pattern);
}

AskSession::AskSession(json case_json, std::vector<std::string> goals)
    : case_(std::move(case_json)), goals_(std::move(goals)) {}

bool AskSession::answer(const std::string& pointer, json value) {
    if (!started() || !field_of(pointer)) return false;
    if (std::any_of(answers_.begin(), answers_.end(), [&](const Answer& a) { return a.pointer == pointer; })) return false;
    json after = case_;
    if (!store_at(after, pointer, value)) return false;
    if (after.contains("facts")) absent_objects_to_null(after["facts"]);  // "there is none": the object is null
    before_.push_back(std::exchange(case_, std::move(after)));
    answers_.push_back({pointer, std::move(value)});
    dirty_ = true;
    return true;
}

bool AskSession::undo() {
    if (answers_.empty()) return false;
    case_ = std::move(before_.back());
    before_.pop_back();
    answers_.pop_back();
    dirty_ = true;
    return true;
}

void AskSession::update(const Options& options) {
    Options o = options;
    if (o.goals.empty()) o.goals = goals_;
    result_ = run(case_, o);
    dirty_ = false;
}

void AskSession::wipe() {
    wipe_json(case_);
    for (json& j : before_) wipe_json(j);
    for (Answer& a : answers_) {
        wipe_text(a.pointer);
        wipe_json(a.value);
    }
    wipe_json(result_.assessment);
    *this = AskSession{};
}

} // namespace wams::interview
