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
// professionals write them, Dutch and English. Plain token matching (no std::regex: it would add tens of kilobytes
// to the page). What is not recognised is not guessed: understand() then offers nothing.
using Words = std::vector<std::string>;

bool one_of(const std::string& w, std::initializer_list<const char*> set) {
    return std::any_of(set.begin(), set.end(), [&](const char* x) { return w == x; });
}
bool ends_with(const std::string& w, const char* tail) {
    const std::string_view t(tail);
    return w.size() >= t.size() && w.compare(w.size() - t.size(), t.size(), t) == 0;
}
bool request_verb(const std::string& w) {
    return one_of(w, {"vragen", "opvragen", "navragen", "inzien", "krijgen", "ontvangen", "checken", "nagaan",
                      "raadplegen", "opvraag", "ophalen", "halen",
                      "ask", "request", "get", "obtain", "retrieve"});
}
bool share_verb(const std::string& w) {
    return one_of(w, {"delen", "doorgeven", "doorsturen", "geven", "sturen", "mailen", "verstrekken", "vertellen",
                      "melden", "doorspelen", "overdragen", "meesturen", "meegeven", "appen", "deel", "doorstuur",
                      "share", "send", "give", "pass", "forward", "disclose", "email", "mail", "tell", "provide"});
}
bool article(const std::string& w) {
    return one_of(w, {"de", "het", "een", "die", "dat", "deze", "onze", "mijn", "zijn", "haar", "hun", "ons", "dit",
                      "the", "a", "an", "my", "our", "his", "her", "their", "this", "that"});
}
bool pronoun(const std::string& w) { return one_of(w, {"ik", "wij", "we", "i"}); }
// Modals and auxiliaries: the data and the party lie between the last of them and the verb ("… en wil bij de X Y
// opvragen").
bool modal(const std::string& w) {
    return one_of(w, {"mag", "kan", "moet", "mogen", "kunnen", "moeten", "wil", "willen", "wilde", "ga", "gaan", "zou",
                      "zouden", "mocht", "kon", "can", "may", "could", "should", "must", "want", "allowed", "to"});
}
// Words that say nothing about the data or the party ("mag ik nu gewoon …", "voor de zekerheid").
bool filler(const std::string& w) {
    return one_of(w, {"nu", "dan", "ook", "zomaar", "gewoon", "eigenlijk", "alvast", "even", "toch", "zelf", "nog",
                      "wel", "al", "meteen", "direct", "still", "also", "just", "now", "then", "simply"});
}
// Words that end a phrase: prepositions that start another part, conjunctions, verbs of the sentence.
bool phrase_end(const std::string& w) {
    return request_verb(w) || share_verb(w) || modal(w) || pronoun(w) ||
           one_of(w, {"bij", "met", "aan", "naar", "om", "voor", "zodat", "omdat", "als", "want", "maar", "en", "of",
                      "dan", "zonder", "tijdens", "in", "op", "tot", "door", "te", "is", "zijn", "heeft", "hebben",
                      "wordt", "worden", "staat", "staan", "er", "wat", "hoe", "welke", "waar",
                      "with", "to", "from", "for", "about", "at", "so", "because", "if", "whether", "and", "or",
                      "but", "without", "during", "on", "are", "has", "have"});
}
// The words naming data: a party phrase ends before them ("bij de werkgever gegevens opvragen").
bool data_word(const std::string& w) {
    return one_of(w, {"gegevens", "info", "informatie", "dossier", "dossiers", "stukken", "rapport", "rapportage",
                      "verslag", "diagnose", "bsn", "burgerservicenummer", "data", "details", "file", "records",
                      "information", "report"});
}
// A party to request from or share with: an organisation or a professional, never "hem" or "toestemming".
bool party_word(const std::string& w) {
    if (one_of(w, {"huisarts", "dokter", "arts", "wijkagent", "politie", "agent", "school", "leerkracht", "juf",
                   "meester", "mentor", "leerplicht", "woningcorporatie", "corporatie", "verhuurder", "schuldhulp",
                   "bewindvoerder", "jeugdhulp", "jeugdzorg", "ggz", "reclassering", "werkgever", "uwv", "svb",
                   "gemeente", "wijkteam", "buurtteam", "casusregisseur", "regisseur", "coordinator", "instelling",
                   "instantie", "ketenpartner", "thuiszorg", "wijkverpleging", "ziekenhuis", "psychiater",
                   "psycholoog", "behandelaar", "kinderopvang", "consultatiebureau", "jgz", "ggd", "voogd",
                   "zorgverzekeraar", "gp", "doctor", "police", "teacher", "landlord", "employer", "municipality",
                   "council", "probation", "clinic", "hospital", "agency", "association", "corporation"}))
        return true;
    for (const char* tail : {"verlener", "verlening", "aanbieder", "instelling", "organisatie", "consulent", "coach",
                             "zorg", "team", "dienst", "ambtenaar", "werker", "kundige", "arts", "counsellor",
                             "counselor", "officer", "provider", "manager", "worker", "service", "services"})
        if (ends_with(w, tail)) return true;
    return false;
}

std::string joined(const Words& w, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) out += (out.empty() ? "" : " ") + w[i];
    return out;
}

// The noun phrase at w[from…): articles and fillers first are skipped; it ends at a phrase_end word, at an article that
// starts a new phrase (unless "van"/"over"/"uit" ties it to the one before: "schoolverzuim van de zoon"), at a
// data word when `party` (the party phrase ends where the data starts), after 10 words, or at `to`. Returns the end.
std::size_t noun_phrase(const Words& w, std::size_t from, std::size_t to, bool party, std::string& out) {
    std::size_t i = from;
    while (i < to && (article(w[i]) || filler(w[i]))) ++i;
    const std::size_t start = i;
    for (; i < to && i - start < 10; ++i) {
        const bool tied = i > start && one_of(w[i - 1], {"van", "over", "uit", "about", "of"});
        if (tied && article(w[i])) continue;
        // English "of the": inside the phrase ("records of the son"); Dutch "of" (or, whether) ends it.
        if (i > start && w[i] == "of" && i + 1 < to && one_of(w[i + 1], {"the", "a", "an", "his", "her", "my", "their", "our"}))
            continue;
        if (phrase_end(w[i])) break;
        if (i > start && article(w[i])) break;
        if (party && i > start && data_word(w[i])) break;
        // A party ends with its name unless "van"/"uit" follows ("de huisarts van de cliënt")
        if (party && party_word(w[i]) && !(i + 1 < to && (one_of(w[i + 1], {"van", "uit", "of"}) || party_word(w[i + 1])))) {
            ++i;
            break;
        }
    }
    out = joined(w, start, i);
    return i;
}

bool says_party(const std::string& phrase) {
    const Words w = fold_tokens(phrase);
    return std::any_of(w.begin(), w.end(), party_word);
}

// The asker's role: "ik ben (een) X", "ik werk als X", "als X" after the pronoun or opening the sentence ("Als
// huisarts wil ik …"); its organisation ("van de gemeente") is not part of it.
std::string role_of(const std::vector<Words>& ss) {
    for (const Words& w : ss)
        for (std::size_t i = 0; i + 1 < w.size(); ++i) {
            std::size_t j = 0;
            if (pronoun(w[i]) && w[i + 1] == "ben") j = i + 2;
            else if (w[i] == "als" && (i == 0 || pronoun(w[i - 1]) || modal(w[i - 1]) || w[i - 1] == "werk")) j = i + 1;
            else if (one_of(w[i], {"as"}) && i > 0 && (pronoun(w[i - 1]) || w[i - 1] == "work")) j = i + 1;
            else continue;
            while (j < w.size() && (article(w[j]) || w[j] == "als")) ++j;
            std::size_t k = j;
            while (k < w.size() && k - j < 4 && !phrase_end(w[k]) && !one_of(w[k], {"van", "bij", "of", "at"}) &&
                   !data_word(w[k]) && !(k > j && article(w[k])))
                ++k;
            if (k < w.size() && pronoun(w[k]) && k - j >= 2) --k;  // "Als wijkagent ken ik …": the verb before "ik"
            if (k > j) return joined(w, j, k);
        }
    return "";
}

// Words [from, to) with the filler, "zonder (haar) toestemming" and the role's "als X (van de Y)" left out.
Words core_words(const Words& w, std::size_t from, std::size_t to) {
    Words out;
    for (std::size_t i = from; i < to; ++i) {
        if (filler(w[i])) continue;
        if (w[i] == "voor" && i + 2 < to && w[i + 1] == "de" && w[i + 2] == "zekerheid") { i += 2; continue; }
        if (one_of(w[i], {"zonder", "without"})) {  // "zonder (haar) toestemming"
            std::size_t k = i + 1;
            while (k < to && article(w[k])) ++k;
            if (k < to && one_of(w[k], {"toestemming", "consent", "permission"})) { i = k; continue; }
        }
        if (w[i] == "als" || w[i] == "as") {  // the asker's role ("als consulent van de gemeente")
            std::size_t k = i + 1;
            while (k < to && (article(w[k]) || !phrase_end(w[k])) && !data_word(w[k]) && k - i < 4 &&
                   !(k > i + 1 && article(w[k])) && !one_of(w[k], {"van", "bij", "of", "at"}))
                ++k;
            if (k + 1 < to && one_of(w[k], {"van", "bij"})) {
                std::string org;
                k = noun_phrase(w, k + 1, to, true, org);
            }
            i = k - 1;
            continue;
        }
        out.push_back(w[i]);
    }
    return out;
}

// One clause read as a question about one piece of data, or nothing.
std::optional<Question0> read_clause(const Words& w) {
    std::size_t p = 0;
    while (p < w.size() && !pronoun(w[p])) ++p;
    if (p == w.size()) return std::nullopt;  // not about what I or we do ("mag de huisarts dat delen")
    for (std::size_t v = p + 1; v < w.size(); ++v) {
        const bool request = request_verb(w[v]), share = share_verb(w[v]);
        if (!request && !share) continue;
        if (w[v - 1] == "te" || article(w[v - 1])) continue;  // "om gegevens te delen", "een vraag"
        Question0 q;
        q.direction = request ? Direction::request : Direction::share;
        std::size_t pv = v - 1;  // the pronoun of this verb ("… meesturen als ik gegevens opvraag bij X")
        while (!pronoun(w[pv])) --pv;
        // Someone else acts ("… afspreken dat ze ons een lijst sturen"): not a question about what I do.
        if (std::any_of(w.begin() + static_cast<long>(pv), w.begin() + static_cast<long>(v), [](const std::string& x) {
                return one_of(x, {"ze", "zij", "hij", "they", "he", "she"});
            }))
            continue;
        std::size_t from = pv + 1;
        for (std::size_t i = pv + 1; i < v; ++i)
            if (modal(w[i])) from = i + 1;
        const Words before = core_words(w, from, v);
        const std::string next = v + 1 < w.size() ? w[v + 1] : "";
        // "X vragen naar/om/over Y", "X vragen of er Y zijn", "ask X for/about Y"
        if (request && one_of(w[v], {"vragen", "navragen", "ask"}) &&
            one_of(next, {"naar", "om", "over", "of", "for", "about"}) && !before.empty()) {
            noun_phrase(before, 0, before.size(), true, q.party);
            std::size_t at = v + 2;
            if (at < w.size() && w[at] == "er") ++at;
            noun_phrase(w, at, w.size(), false, q.what);
        } else if (request && w[v] == "ask" && before.empty()) {  // "ask the GP for / about X"
            const std::size_t end = noun_phrase(w, v + 1, w.size(), true, q.party);
            if (end < w.size() && one_of(w[end], {"for", "about"})) noun_phrase(w, end + 1, w.size(), false, q.what);
        } else {
            // The party: "bij X" (request), "met / aan / naar X" (share), "from X", "with / to X" — before or after
            // the verb, the first that names a party.
            auto party_at = [&](const Words& ws, std::size_t i0, std::size_t i1, std::size_t& pp, std::size_t& pe) {
                for (std::size_t i = i0; i + 1 < i1; ++i) {
                    const bool prep = request ? one_of(ws[i], {"bij", "from", "at"})
                                              : one_of(ws[i], {"met", "aan", "naar", "with", "to"});
                    if (!prep) continue;
                    std::string party;
                    const std::size_t end = noun_phrase(ws, i + 1, i1, true, party);
                    if (!party.empty() && says_party(party)) {
                        q.party = party;
                        pp = i;
                        pe = end;
                        return true;
                    }
                }
                return false;
            };
            std::size_t pp = 0, pe = 0;
            Words what_words = before;
            if (party_at(before, 0, before.size(), pp, pe))
                what_words.erase(what_words.begin() + static_cast<long>(pp), what_words.begin() + static_cast<long>(pe));
            else
                party_at(w, v + 1, w.size(), pp, pe);
            noun_phrase(what_words, 0, what_words.size(), false, q.what);
            if (q.what.empty()) {  // "share the report with …", "opvragen hoe hoog de huurachterstand is"
                std::size_t at = v + 1;
                if (at < w.size() && one_of(w[at], {"on"})) ++at;
                if (at < w.size() && one_of(w[at], {"hoe", "hoeveel", "wat", "welke", "wanneer", "waarom"}))
                    q.what = joined(w, at, std::min(w.size(), at + 10));  // the question as asked
                else
                    noun_phrase(w, at, w.size(), false, q.what);
            }
            if (q.party.empty() && request) {  // "het dossier van de jeugdzorg opvragen": the data names its holder
                const Words ww = fold_tokens(q.what);
                for (std::size_t i = 0; i + 1 < ww.size(); ++i)
                    if (one_of(ww[i], {"van", "from"})) {
                        std::string holder;
                        noun_phrase(ww, i + 1, ww.size(), true, holder);
                        if (says_party(holder)) q.party = holder;
                    }
            }
        }
        // A pronoun or "iets" is not a piece of data one can check ("mag ik dat delen", "mag ik iets vragen").
        const Words what = fold_tokens(q.what);
        if (what.empty() || (what.size() == 1 && one_of(what[0], {"dat", "dit", "het", "iets", "hem", "haar", "it",
                                                                    "something", "that", "this"})))
            continue;
        // Asking for an investigation, help or consent is not a question about data ("de gemeente vragen om een
        // onderzoek": the help desk answers that one).
        if (one_of(what.back(), {"onderzoek", "investigation", "hulp", "help", "toestemming", "consent", "casusoverleg"}))
            continue;
        if (q.party.empty() || !says_party(q.party)) continue;  // perhaps the next verb ("… meesturen als ik … opvraag bij X")
        return q;
    }
    return std::nullopt;
}

// Clauses of the folded text as words: sentences split at . ; : ? ! and commas.
std::vector<Words> clauses(const std::string& folded) {
    std::vector<Words> out;
    std::string cur;
    for (char c : folded + ".") {
        if (c == '.' || c == ';' || c == '?' || c == '!' || c == ':' || c == ',') {
            if (Words w = fold_tokens(cur); !w.empty()) out.push_back(std::move(w));
            cur.clear();
        } else {
            cur += c;
        }
    }
    return out;
}
} // namespace

std::optional<Question0> understand(std::string_view text) {
    const std::vector<Words> cs = clauses(fold_text(text));
    // The question comes last: the last clause that reads as one wins ("Ik wil de wijkagent vragen of …, mag de
    // politie dat?" is read from its first clause when the last one is about what another party does).
    for (auto it = cs.rbegin(); it != cs.rend(); ++it)
        if (auto q = read_clause(*it)) {
            q->role = role_of(cs);
            return q;
        }
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
    take_seen();
    return true;
}

bool AskSession::undo() {
    if (answers_.empty()) return false;
    case_ = std::move(before_.back());
    before_.pop_back();
    answers_.pop_back();
    dirty_ = true;
    take_seen();
    return true;
}

const Result& AskSession::result() const {
    static const Result none;  // a session moved from
    return result_ ? *result_ : none;
}

void AskSession::wipe_seen(Seen& x) {  // the case's texts are in its text, its answers in the result
    wipe_text(x.case_text);
    wipe_json(x.result->assessment);
    if (x.result->next)
        for (json& d : x.result->next->domain) wipe_json(d);
}

void AskSession::take_seen() {
    if (!options_) return;
    const std::string text = case_.dump();
    for (const Seen& s : seen_)
        if (s.options == *options_ && s.case_text == text) {
            result_ = s.result;  // shared, not copied
            dirty_ = false;
            return;
        }
}

void AskSession::update(const Options& options) {
    Options o = options;
    if (o.goals.empty()) o.goals = goals_;
    options_ = o;
    dirty_ = true;
    take_seen();
    if (!dirty_) return;
    result_ = std::make_shared<Result>(run(case_, o));
    ++runs_;
    dirty_ = false;
    if (seen_.size() == 16) {  // the oldest state forgotten, its texts overwritten (wipe.hpp)
        wipe_seen(seen_.front());
        seen_.erase(seen_.begin());
    }
    seen_.push_back({case_.dump(), std::move(o), result_});
}

void AskSession::wipe() {
    wipe_json(case_);
    for (json& j : before_) wipe_json(j);
    for (Answer& a : answers_) {
        wipe_text(a.pointer);
        wipe_json(a.value);
    }
    if (result_) wipe_json(result_->assessment);
    for (Seen& x : seen_) wipe_seen(x);
    *this = AskSession{};
}

} // namespace wams::interview
