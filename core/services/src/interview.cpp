// interview.cpp — see interview.hpp and docs/interview.md.
//
// Index
//   [SECTION] Pointers        splitting the vocabulary's path patterns, reading a case by pointer
//   [SECTION] Domains         the answers a completion may give one unasked field
//   [SECTION] Unasked fields  the slots of a partial case, in the vocabulary's order
//   [SECTION] Outcomes        one completion assessed and flattened to {path → value, rules}
//   [SECTION] Run             samples, probes, decided vs open, the next question
//   [SECTION] JSON            question_json, answer_label
#include "wams/interview.hpp"

#include "wams/assessment.hpp"
#include "wams/case.hpp"
#include "wams/engine.hpp"
#include "wams/json_pointer.hpp"
#include "wams/order.hpp"
#include "word_set.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <map>
#include <memory>
#include <random>
#include <set>

namespace wams::interview {
using nlohmann::json;

namespace {

// [SECTION] Pointers ----------------------------------------------------------------------------------------------

std::vector<std::string> split(std::string_view pattern) {  // "/data_items/*/purpose" → {"data_items","*","purpose"}
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < pattern.size()) {
        std::size_t j = pattern.find('/', i + 1);
        if (j == std::string_view::npos) j = pattern.size();
        out.emplace_back(pattern.substr(i + 1, j - i - 1));
        i = j;
    }
    return out;
}

bool is_container(const vocab::Field& f) { return f.kind == vocab::Kind::object || f.kind == vocab::Kind::array; }

// The vocabulary's fields one level below `pattern` (an object's members, or an array's element members).
std::vector<const vocab::Field*> children(std::string_view pattern, bool array) {
    const std::string prefix = std::string(pattern) + (array ? "/*/" : "/");
    std::vector<const vocab::Field*> out;
    for (const vocab::Field& f : vocab::fields()) {
        if (f.path.size() <= prefix.size() || f.path.substr(0, prefix.size()) != prefix) continue;
        if (f.path.substr(prefix.size()).find('/') == std::string_view::npos) out.push_back(&f);
    }
    return out;
}

// [SECTION] Domains -----------------------------------------------------------------------------------------------

using Rng = std::mt19937_64;  // its sequence is fixed by the standard: the same on every platform

// Fisher–Yates with the draws spelled out: std::shuffle's use of the generator differs between standard libraries
// (libstdc++ natively, libc++ in the wasm build), and the app must ask what `wams-cli interview` asks.
template <class It>
void shuffle(It first, It last, Rng& rng) {
    for (auto n = last - first; n > 1; --n) std::iter_swap(first + (n - 1), first + static_cast<std::ptrdiff_t>(rng() % static_cast<std::uint64_t>(n)));
}

std::vector<json> leaf_domain(const vocab::Field& f, const json& facts);
json random_value(const vocab::Field& f, const json& facts, Rng& rng);

json random_element(std::string_view pattern, const json& facts, Rng& rng, std::size_t index) {
    json element = json::object();
    for (const vocab::Field* c : children(pattern, true)) {
        const std::string key = split(c->path).back();
        if (key == "id") element[key] = "F" + std::to_string(index + 1);
        else element[key] = random_value(*c, facts, rng);
    }
    return element;
}

json random_value(const vocab::Field& f, const json& facts, Rng& rng) {
    if (f.kind == vocab::Kind::object) {
        if (f.nullable && rng() % 4 == 0) return nullptr;
        json o = json::object();
        for (const vocab::Field* c : children(f.path, false)) o[split(c->path).back()] = random_value(*c, facts, rng);
        return o;
    }
    if (f.kind == vocab::Kind::array) {
        json a = json::array();
        const std::size_t n = rng() % 4;  // 0 to 3 elements
        for (std::size_t i = 0; i < n; ++i) a.push_back(random_element(f.path, facts, rng, i));
        return a;
    }
    const std::vector<json> d = leaf_domain(f, facts);
    return d[rng() % d.size()];
}

// The domain names the case schema accepts in each kind of domain field (schema_case.cpp): "social:<law>",
// "adjacent:<domain>", a bare adjacent-domain name, "municipality", "client", "none".
std::vector<std::string> domain_names(bool social_refs, bool adjacent_refs, bool bare_laws, bool bare_adjacent,
                                      std::initializer_list<const char*> extra) {
    std::vector<std::string> out;
    for (const vocab::Value& law : vocab::laws()) {
        if (social_refs) out.push_back("social:" + std::string(law.code));
        if (bare_laws) out.emplace_back(law.code);
    }
    for (std::string_view a : vocab::adjacent_domains()) {
        if (adjacent_refs) out.push_back("adjacent:" + std::string(a));
        if (bare_adjacent) out.emplace_back(a);
    }
    for (const char* e : extra) out.emplace_back(e);
    return out;
}

// Where the schema is stricter than the vocabulary's screen hints (a null the screens offer inside an object that is
// itself asked as "not known", suggestions that are examples rather than the accepted set), the schema decides: a
// completion must be a valid case. tests/unit/test_interview.cpp checks every domain value against the schema.
bool schema_nullable(std::string_view path, bool vocab_nullable) {
    if (path == "/entry/requester/domain_name") return true;  // str_or_null in the schema (a requester without one)
    return vocab_nullable && schema_accepts_null(path);
}

std::vector<json> leaf_domain(const vocab::Field& f, const json& facts) {
    std::vector<json> d;
    const std::string key = split(f.path).back();
    const bool nullable = schema_nullable(f.path, f.nullable);
    std::vector<std::string> names;
    if (f.path == "/investigation_outcome/needs/*/domain") names = domain_names(true, false, false, true, {});
    else if (f.path == "/data_items/*/source/domain") names = domain_names(true, true, false, false, {"municipality", "client"});
    else if (f.path == "/case_conference/invitees/*/domain")
        names = domain_names(true, true, false, false, {"municipality", "client", "none"});
    else if (f.path == "/scope/client_excluded_domains" || f.path == "/scope/client_agreed_domains" ||
             f.path == "/entry/requester/domain_name")
        names = domain_names(false, false, true, true, {});
    else if (f.path == "/entry/initial_request_under") names = domain_names(false, false, true, false, {});
    switch (f.kind) {
    case vocab::Kind::choice:
        for (const vocab::Value& v : f.values) d.emplace_back(std::string(v.code));
        if (d.empty() && key == "legal_basis")  // the four laws (value set "law")
            for (const vocab::Value& v : vocab::laws()) d.emplace_back(std::string(v.code));
        break;
    case vocab::Kind::flag:
        d = {true, false};
        break;
    case vocab::Kind::text:
        if (!names.empty()) {
            for (const std::string& n : names) d.emplace_back(n);
        } else {
            for (std::string_view s : f.suggestions) d.emplace_back(std::string(s));
        }
        if (key == "subject_ref") {  // the family members recorded so far
            if (const json* fm = find_at(facts, "/family_members"); fm && fm->is_array())
                for (const json& m : *fm)
                    if (m.is_object() && m.contains("id") && m["id"].is_string()) d.push_back(m["id"]);
        } else if (key == "recipient") {  // the invitees recorded so far
            if (const json* inv = find_at(facts, "/case_conference/invitees"); inv && inv->is_array())
                for (const json& m : *inv)
                    if (m.is_object() && m.contains("party") && m["party"].is_string()) d.push_back(m["party"]);
        } else if (key == "proposed_organiser") {
            d.emplace_back("wijkteam");  // any other party
        }
        if (d.empty() && key != "subject_ref") d.emplace_back("tekst");
        break;
    case vocab::Kind::text_list: {
        d.push_back(json::array());
        std::vector<std::string> s = names;
        if (s.empty()) s.assign(f.suggestions.begin(), f.suggestions.end());
        for (const std::string& one : s) d.push_back(json::array({one}));
        for (std::size_t i = 0; i + 1 < s.size() && i < 4; ++i) d.push_back(json::array({s[i], s[i + 1]}));
        break;
    }
    default:
        break;
    }
    if (nullable) d.emplace_back(nullptr);
    return d;
}

// A container's domain: null (where allowed) and a few representative values, the same for the same seed.
bool is_optional_member(std::string_view pattern);

// One list element built without chance: every member its domain's answer number v (cycled; ids F1, F2, …), or
// with `last` every nullable member null and every other its last answer (a domain field's last name is an adjacent
// domain's). A member that is itself a list or an object is drawn at random.
json spread_element(std::string_view pattern, const json& facts, std::size_t v, bool last, std::size_t index, Rng& rng) {
    json element = json::object();
    for (const vocab::Field* c : children(pattern, true)) {
        const std::string key = split(c->path).back();
        if (key == "id") {
            element[key] = "F" + std::to_string(index + 1);
        } else if (is_container(*c)) {
            element[key] = random_value(*c, facts, rng);
        } else {
            const std::vector<json> d = leaf_domain(*c, facts);
            if (d.empty()) continue;
            if (!last) element[key] = d[v % d.size()];
            else element[key] = schema_nullable(c->path, c->nullable) ? json(nullptr) : d[d.size() - 1 - (d.back().is_null() ? 1 : 0)];
        }
    }
    return element;
}

// The lists every list answer's domain holds whatever the seed (issue 17, soundness): one element; two elements
// that differ in every member (two laws, where a need's legal basis is the member); an element and one with its
// open members null and its names last (one law and an adjacent domain). Random lists alone left these to chance:
// a partial case of PUB-03 whose investigation_outcome domain held no list with two laws had coordination and its
// coordination-phase item decided wrongly (tests/interview/interview_soundness.py found it).
std::vector<json> spread_lists(std::string_view pattern, const json& facts, Rng& rng) {
    const json a0 = spread_element(pattern, facts, 0, false, 0, rng);
    json a1 = spread_element(pattern, facts, 1, false, 1, rng);
    json al = spread_element(pattern, facts, 0, true, 1, rng);
    return {json::array({a0}), json::array({a0, std::move(a1)}), json::array({a0, std::move(al)})};
}

// A container's domain: null (where allowed), for an object every combination of its closed answers (choices and
// flags with a value, a text's few suggestions; optional members left out; lists drawn at random) when there are at
// most 64 — so "every criterion met" or "an eligible requester" is always among them — and 24 seeded random values
// (nulls and optional members included). The same for the same seed.
std::vector<json> container_domain(const vocab::Field& f, const json& facts, std::uint64_t seed) {
    std::vector<json> d;
    auto add = [&](json v) {
        if (std::find(d.begin(), d.end(), v) == d.end()) d.push_back(std::move(v));
    };
    if (f.nullable) d.emplace_back(nullptr);
    if (f.kind == vocab::Kind::array) d.push_back(json::array());
    Rng rng(seed);
    if (f.kind == vocab::Kind::object) {
        std::vector<const vocab::Field*> closed, other;
        std::vector<std::vector<json>> closed_values;
        for (const vocab::Field* c : children(f.path, false)) {
            if (is_optional_member(c->path)) continue;
            std::vector<json> values;
            if (c->kind == vocab::Kind::choice || c->kind == vocab::Kind::flag ||
                (c->kind == vocab::Kind::text && !c->suggestions.empty() && c->suggestions.size() <= 4))
                for (json& v : leaf_domain(*c, facts))
                    if (!v.is_null()) values.push_back(std::move(v));
            if (values.empty()) other.push_back(c);
            else {
                closed.push_back(c);
                closed_values.push_back(std::move(values));
            }
        }
        std::size_t product = 1;
        for (const auto& v : closed_values) product *= v.size();
        bool has_list = false;  // a list member: each combination with four random lists (needs, invitees, offers)
        for (const vocab::Field* c : other) has_list = has_list || c->kind == vocab::Kind::array;
        // the lists that do not depend on the seed, per list member (drawn from their own generator, so the random
        // values below are the ones drawn before)
        Rng spread_rng(seed ^ 0x5bd1e995ULL);
        std::map<const vocab::Field*, std::vector<json>> spread;
        for (const vocab::Field* c : other)
            if (c->kind == vocab::Kind::array) spread[c] = spread_lists(c->path, facts, spread_rng);
        if (product <= 64) {
            std::vector<std::size_t> idx(closed.size(), 0);
            for (std::size_t n = 0; n < product; ++n) {
                for (int copy = 0; copy < (has_list ? 4 : 1); ++copy) {
                    json o = json::object();
                    for (std::size_t i = 0; i < closed.size(); ++i)
                        o[split(closed[i]->path).back()] = closed_values[i][idx[i]];
                    for (const vocab::Field* c : other) {
                        json v = random_value(*c, facts, rng);
                        // the first three copies: the spread lists instead of random ones (the fourth stays random)
                        if (auto it = spread.find(c); it != spread.end() && copy < 3) v = it->second[copy];
                        o[split(c->path).back()] = std::move(v);
                    }
                    add(std::move(o));
                }
                for (std::size_t i = 0; i < closed.size(); ++i) {
                    if (++idx[i] < closed_values[i].size()) break;
                    idx[i] = 0;
                }
            }
        }
    }
    if (f.kind == vocab::Kind::array) {  // the spread lists first (their own generator), then the random ones
        Rng spread_rng(seed ^ 0x5bd1e995ULL);
        for (json& l : spread_lists(f.path, facts, spread_rng)) add(std::move(l));
    }
    for (int i = 0; i < (f.kind == vocab::Kind::object ? 24 : 40); ++i) add(random_value(f, facts, rng));
    return d;
}

// [SECTION] Unasked fields ----------------------------------------------------------------------------------------

// Members the schema lets a given object leave out, meaning the same as null (§0.3): the reading-specific criteria
// (absent = use the shared answer). Once the object is answered, their absence is part of the answer.
bool is_optional_member(std::string_view pattern) {
    return pattern == "/entry/criteria/a_person_s23" || pattern == "/entry/criteria/b_environment_s23" ||
           pattern == "/entry/criteria/a_person_s311" || pattern == "/entry/criteria/b_environment_s311";
}

// Walks `tokens` from `node`: every concrete pointer of the pattern whose value is absent, where the field (not a
// container above it) is the one to ask. `asked_whole` holds the container patterns answered as one value.
void expand(const json* node, const std::vector<std::string>& tokens, std::size_t i, const std::string& pointer,
            const std::string& pattern, std::vector<std::string>& out) {
    if (i == tokens.size()) {
        if (!node) out.push_back(pointer);
        return;
    }
    const std::string& t = tokens[i];
    const std::string sub_pattern = pattern + "/" + t;
    if (t == "*") {
        if (!node || !node->is_array()) return;  // no elements yet: the array itself is asked
        for (std::size_t k = 0; k < node->size(); ++k)
            expand(&(*node)[k], tokens, i + 1, pointer + "/" + std::to_string(k), sub_pattern, out);
        return;
    }
    if (node && !node->is_object()) return;      // null (answered: not recorded) or a value of another kind
    const json* child = nullptr;
    if (node) {
        auto it = node->find(t);
        if (it != node->end()) child = &*it;
    }
    if (i + 1 == tokens.size() && !child && node && is_optional_member(sub_pattern)) return;  // absent = not recorded
    if (i + 1 < tokens.size()) {
        const vocab::Field* container = vocab::find(sub_pattern);
        if (!child && container && is_container(*container)) return;  // asked as a whole
        if (child && child->is_null()) return;                          // answered null
    }
    expand(child, tokens, i + 1, pointer + "/" + pointer_token(t), sub_pattern, out);
}

// [SECTION] Outcomes ----------------------------------------------------------------------------------------------

// Every completion's outcomes refer to one kept copy of each path, code and rule list (interned): assessing ≈ 11 000
// completions for one question builds no string for them, and equal texts are equal pointers. The pool only grows;
// it holds the rulebook's paths, codes and rule ids, never a case's words. It and the reused buffers below have no
// lock: the interview runs on one thread (the page, the app, wams-cli; `assess` is the only threaded command).
using Text = const std::string*;

Text intern(std::string_view s) {
    // Looked up in a WordSet (a hash, one comparison; ≈ 3.4 million look-ups for one question); each text is kept in a
    // block of its own, so its address never changes as the pool grows.
    static WordMap<std::unique_ptr<const std::string>> pool;
    auto& kept = pool[s];
    if (!kept) kept = std::make_unique<const std::string>(s);
    return kept.get();
}

// A rule list as one text: each id followed by "," ("R37,R35,"), in the list's order.
Text intern_rules(const Ids& rules) {
    static std::string joined;  // reused: no allocation once it is long enough
    joined.clear();
    for (const auto& r : rules) joined.append(r).append(",");
    return intern(joined);
}

std::vector<std::string> rules_of(Text joined) {
    std::vector<std::string> out;
    for (std::size_t at = 0, comma; (comma = joined->find(',', at)) != std::string::npos; at = comma + 1)
        out.push_back(joined->substr(at, comma - at));
    return out;
}

struct TextLess {  // by the texts, as a map of strings orders them
    using is_transparent = void;
    bool operator()(Text a, Text b) const { return *a < *b; }
    bool operator()(Text a, std::string_view b) const { return std::string_view(*a) < b; }
    bool operator()(std::string_view a, Text b) const { return a < std::string_view(*b); }
};

struct Coded {  // one outcome: its §0.3 code and its rules ("R37,R35,")
    Text value;
    Text rules;
};
using Outcomes = std::map<Text, Coded, TextLess>;  // JSON path → the outcome

template <class V>
Coded coded_text(const Outcome<V>& o) { return {intern(to_code(o.value)), intern_rules(o.rules)}; }

bool is_outcome_key(const std::string& k) {
    return k == "value" || k == "verdict" || k == "included_as_client" || k == "may_be_organised" || k == "may_attend";
}

std::vector<std::string> rule_list(const json& parent) {
    std::vector<std::string> r;
    if (auto it = parent.find("rules"); it != parent.end() && it->is_array())
        for (const json& x : *it)
            if (x.is_string()) r.push_back(x.get<std::string>());
    return r;
}

void flatten(const json& j, const std::string& path, Outcomes& out) {
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string p = path + "/" + pointer_token(it.key());
            if (is_outcome_key(it.key()) && it->is_string())
                out.insert_or_assign(intern(p),
                                     Coded{intern(it->get_ref<const std::string&>()), intern_rules(rule_list(j))});
            else if (it.key() == "case_conference" && path.empty()) {
                out.insert_or_assign(intern(p + "#present"),
                                     Coded{intern(it->is_null() ? "null" : "object"), intern("")});
                flatten(*it, p, out);
            } else if (it->is_object() || it->is_array()) flatten(*it, p, out);
        }
    } else if (j.is_array()) {
        for (std::size_t k = 0; k < j.size(); ++k) flatten(j[k], path + "/" + std::to_string(k), out);
    }
}

// The list entries of an assessment, as "<list pointer>|<entry>": what the decided view keeps when all share it.
void list_entries(const json& a, std::set<std::string>& out) {
    auto add = [&](const std::string& ptr, const json& list) {
        if (!list.is_array()) return;
        for (const json& x : list) {
            if (x.is_string()) out.insert(ptr + "|" + x.get<std::string>());
            else if (x.is_object() && x.contains("code") && x["code"].is_string()) out.insert(ptr + "|" + x["code"].get<std::string>());
        }
    };
    for (const char* key : {"advisories", "ambiguity_flags", "design_choices_applied"})
        if (a.contains(key)) add(std::string("/") + key, a[key]);
    if (a.contains("data_items") && a["data_items"].is_array())
        for (std::size_t i = 0; i < a["data_items"].size(); ++i)
            for (const char* key : {"conditions", "ambiguities"})
                if (a["data_items"][i].contains(key))
                    add("/data_items/" + std::to_string(i) + "/" + key, a["data_items"][i][key]);
}

void keep_shared(json& a, const std::set<std::string>& shared) {
    auto filter = [&](const std::string& ptr) {
        const json* list = find_at(a, ptr);
        if (!list || !list->is_array()) return;
        json kept = json::array();
        for (const json& x : *list) {
            std::string key;
            if (x.is_string()) key = x.get<std::string>();
            else if (x.is_object() && x.contains("code") && x["code"].is_string()) key = x["code"].get<std::string>();
            if (shared.count(ptr + "|" + key)) kept.push_back(x);
        }
        store_at(a, ptr, kept);
    };
    for (const char* key : {"advisories", "ambiguity_flags", "design_choices_applied"}) filter(std::string("/") + key);
    if (const json* items = find_at(a, "/data_items"); items && items->is_array())
        for (std::size_t i = 0; i < items->size(); ++i)
            for (const char* key : {"conditions", "ambiguities"}) filter("/data_items/" + std::to_string(i) + "/" + key);
}

// An assessment's list entries ("<list pointer>|<entry>", as list_entries writes them), interned, in the order of
// their texts, each once: the decided view keeps those every completion has.
using Extras = std::vector<Text>;

void add_extra(Extras& extras, std::string_view list, std::string_view entry) {
    static std::string text;  // reused: no allocation once it is long enough
    text.assign(list).append("|").append(entry);
    const Text t = intern(text);
    const auto at = std::lower_bound(extras.begin(), extras.end(), t, TextLess{});
    if (at == extras.end() || *at != t) extras.insert(at, t);
}

struct Evaluated {
    bool valid = false;
    Outcomes outcomes;
    Extras extras;  // list_entries of the assessment
    json assessment;
};

// The same outcomes and list entries as flatten and list_entries give on to_json(a), read from the typed assessment
// (writing the JSON of every completion would cost as much as assessing it). With WAMS_INTERVIEW_CHECK set (as
// test_interview does) every evaluation compares both and aborts on a difference.
void typed_outcomes(const Assessment& a, Outcomes& out, Extras& extras) {
    const ProcessWalk& p = a.process;
    auto put = [&](std::string_view path, Coded c) { out.insert_or_assign(intern(path), c); };
    put("/investigation/value", {intern(to_code(p.investigation.value)), intern_rules(p.investigation.rules)});
    put("/client_role/value", coded_text(p.client_role));
    put("/requesting_professional_involved/value", coded_text(p.requesting_professional_involved));
    put("/coordination/value", coded_text(p.coordination));
    if (p.coordination.adjacent_part)
        put("/coordination/adjacent_part/value",
            {intern(to_code(p.coordination.adjacent_part->value)), intern_rules(p.coordination.adjacent_part->rules)});
    put("/coordinator_appointed/value", coded_text(p.coordinator_appointed));
    put("/coordination_form/value", coded_text(p.coordination_form));
    put("/coordination_file/value", coded_text(p.coordination_file));
    put("/coordination_mode/value", coded_text(p.coordination_mode));
    put("/coordination_end/value", coded_text(p.coordination_end));
    put("/case_conference#present", {intern(p.case_conference ? "object" : "null"), intern("")});
    if (p.case_conference) {
        put("/case_conference/may_be_organised",
            {intern(to_code(p.case_conference->may_be_organised)), intern_rules(p.case_conference->rules)});
        put("/case_conference/client_invited/value", coded_text(p.case_conference->client_invited));
    }
    static std::string path;  // reused: no allocation once it is long enough
    for (std::size_t i = 0; i < p.family_members.size(); ++i) {
        path.assign("/family_members/").append(std::to_string(i)).append("/included_as_client");
        put(path, {intern(to_code(p.family_members[i].included_as_client)), intern_rules(p.family_members[i].rules)});
    }
    for (std::size_t i = 0; i < a.data_items.size(); ++i) {
        const std::string at = "/data_items/" + std::to_string(i);
        put(at + "/verdict", {intern(to_string(a.data_items[i].verdict)), intern_rules(a.data_items[i].rules)});
        for (const auto& c : a.data_items[i].conditions) add_extra(extras, at + "/conditions", c);
        for (const auto& x : a.data_items[i].ambiguities) add_extra(extras, at + "/ambiguities", x);
    }
    for (const auto& ad : a.advisories) add_extra(extras, "/advisories", ad.code);
    for (const auto& x : a.ambiguity_flags) add_extra(extras, "/ambiguity_flags", x);
    for (const auto& x : a.design_choices_applied) add_extra(extras, "/design_choices_applied", x);
}

// A completion assessed. `changed`: the completion differs from one found valid only in the values at these
// pointers, so only they and the cross-field rules are checked (facts_still_valid); null: the whole is validated.
Evaluated evaluate(const json& facts, bool keep_json, std::vector<ValidationError>* errors = nullptr,
                   const std::vector<std::string_view>* changed = nullptr) {
#ifdef WAMS_INTERVIEW_NO_SELF_CHECK
    constexpr bool check = false;  // the web build (core/CMakeLists.txt)
#else
    static const bool check = std::getenv("WAMS_INTERVIEW_CHECK") != nullptr;
#endif
    Evaluated e;
    if (changed) {
        const bool valid = facts_still_valid(facts, *changed);
        if (check && valid != validate_facts(facts).empty()) {
            std::fprintf(stderr, "interview: the changed values' check differs from the whole case's\n");
            std::abort();
        }
        if (!valid) return e;
    } else {
        std::vector<ValidationError> found = validate_facts(facts);
        if (!found.empty()) {
            if (errors) *errors = std::move(found);
            return e;
        }
    }
    auto typed = facts_from_json(facts);
    if (!typed.ok()) return e;
    const Assessment assessment = assess(typed.value());
    typed_outcomes(assessment, e.outcomes, e.extras);
    e.valid = true;
    if (keep_json || check) {
        json a = to_json(assessment);
        if (check) {
            Outcomes o;
            std::set<std::string> x;
            flatten(a, "", o);
            list_entries(a, x);
            bool same = o.size() == e.outcomes.size() && x.size() == e.extras.size() &&
                        std::equal(x.begin(), x.end(), e.extras.begin(),
                                   [](const std::string& text, Text t) { return text == *t; });
            for (const auto& [path, v] : o) {
                auto it = e.outcomes.find(path);
                same = same && it != e.outcomes.end() && it->second.value == v.value && it->second.rules == v.rules;
            }
            if (!same) {
                std::fprintf(stderr, "interview: typed outcomes differ from the JSON\n");
                std::abort();
            }
        }
        if (keep_json) e.assessment = std::move(a);
    }
    return e;
}

std::size_t leaf_count(const json& v) {  // the values an answer holds (an empty list or object: one)
    if (v.is_object() || v.is_array()) {
        std::size_t n = 0;
        for (const json& x : v) n += leaf_count(x);
        return std::max<std::size_t>(1, n);
    }
    return 1;
}

std::string strip_facts(const std::string& pointer) { return pointer.substr(std::string("/facts").size()); }

std::uint64_t hash_text(const std::string& s, std::uint64_t h) {
    for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
    return h;
}

} // namespace

std::vector<Slot> unasked_fields(const json& facts) {
    std::vector<Slot> slots;
    const std::uint64_t seed = hash_text(facts.dump(), 0xcbf29ce484222325ULL);
    for (const vocab::Field& f : vocab::fields()) {
        std::vector<std::string> pointers;
        expand(&facts, split(f.path), 0, "", "", pointers);
        for (const std::string& p : pointers) {
            Slot s;
            s.pointer = "/facts" + p;
            s.field = &f;
            s.domain = is_container(f) ? container_domain(f, facts, hash_text(p, seed)) : leaf_domain(f, facts);
            slots.push_back(std::move(s));
        }
    }
    return slots;
}

// A nullable object asked by one of its members (issue 17: parts of an object are asked one at a time, so an
// object's members that cannot change anything are never asked): the first member asked is one that cannot be null,
// so the answer null ("there is none") means the object itself does not exist. Such an object — members present,
// all null, one of them one that cannot be null — is the object null.
namespace {
bool required_member(const vocab::Field& c) {
    if (is_optional_member(c.path)) return false;
    if (c.kind == vocab::Kind::array) return true;  // a list is never null (the empty list is its "none")
    return !schema_nullable(c.path, c.nullable);
}

template <class F>
void for_each_at(json& node, const std::vector<std::string>& tokens, std::size_t i, const F& fn) {
    if (i == tokens.size()) {
        fn(node);
        return;
    }
    if (tokens[i] == "*") {
        if (node.is_array())
            for (json& x : node) for_each_at(x, tokens, i + 1, fn);
        return;
    }
    if (!node.is_object()) return;
    auto it = node.find(tokens[i]);
    if (it != node.end()) for_each_at(*it, tokens, i + 1, fn);
}
} // namespace

void absent_objects_to_null(json& facts) {
    for (const vocab::Field& f : vocab::fields()) {
        if (f.kind != vocab::Kind::object || !f.nullable) continue;
        for_each_at(facts, split(f.path), 0, [&](json& node) {
            if (!node.is_object() || node.empty()) return;
            bool all_null = true, required = false;
            for (auto it = node.begin(); it != node.end(); ++it) {
                all_null = all_null && it->is_null();
                if (const vocab::Field* c = vocab::find(std::string(f.path) + "/" + it.key()); c && required_member(*c))
                    required = true;
            }
            if (all_null && required) node = nullptr;
        });
    }
}

// [SECTION] Run ---------------------------------------------------------------------------------------------------

namespace {

// The answers of a field to try: all of them, or of a long list its first two (null and the empty list or the
// first combination, which a random pick of a few among forty would often miss) and seeded others up to `limit`.
std::vector<std::size_t> answers_to_try(const Slot& slot, std::size_t limit, Rng& rng) {
    std::vector<std::size_t> tried;
    for (std::size_t v = 0; v < slot.domain.size(); ++v) tried.push_back(v);
    if (tried.size() > limit) {
        shuffle(tried.begin() + 2, tried.end(), rng);
        tried.resize(std::max<std::size_t>(limit, 2));
    }
    return tried;
}

// The completions of one partial case: assessed, kept by their answer indices, and the JSON of those reused.
struct Search {
    const json& facts;
    const std::vector<Slot>& slots;
    std::vector<std::string> at_facts;       // each slot's pointer into facts
    std::vector<std::size_t> case_level;     // slots outside data_items: what the process walk reads
    std::vector<Evaluated> evaluated;        // the valid completions
    std::vector<std::vector<std::size_t>> valid_choices;  // per completion: the domain index of every slot
    std::map<std::size_t, json> built;       // completions kept as JSON (parents of mutations, probe bases)
    std::vector<ValidationError> given_errors;  // errors no unasked field can repair: in the answers given
    bool exhaustive = false;
    // Derived completions already assessed, by their answer indices: the search reaches the same completion again
    // (≈ 16 % of the derived ones on the Vraag screen's first question), and its assessment is the same. Kept only
    // when no slot lies inside another, so the indices alone say what the completion's JSON is.
    bool memo_exact = true;
    std::map<std::vector<std::size_t>, std::size_t> memo;  // indices → their position in `evaluated`
    std::set<std::vector<std::size_t>> memo_invalid;       // indices the schema refused

    Search(const json& f, const std::vector<Slot>& s) : facts(f), slots(s) {
        for (std::size_t k = 0; k < slots.size(); ++k) {
            at_facts.push_back(strip_facts(slots[k].pointer));
            if (at_facts.back().rfind("/data_items/", 0) != 0) case_level.push_back(k);
        }
        for (const std::string& a : at_facts)
            for (const std::string& b : at_facts)
                if (&a != &b && b.size() > a.size() && b.compare(0, a.size(), a) == 0 && b[a.size()] == '/')
                    memo_exact = false;
    }
    json complete(const std::vector<std::size_t>& idx) const {
        json c = facts;
        for (std::size_t k = 0; k < slots.size(); ++k) store_at(c, at_facts[k], slots[k].domain[idx[k]]);
        return c;
    }
    json& built_of(std::size_t n) {
        auto it = built.find(n);
        if (it == built.end()) it = built.emplace(n, complete(valid_choices[n])).first;
        return it->second;
    }
    // Completion n with the slots in `changed` set as in idx, evaluated. The answers are swapped into completion n's
    // JSON in place and swapped back in reverse order afterwards (a completion holds every slot, so each pointer
    // exists): copying the whole case for every derived completion cost more than assessing it.
    // Every caller keeps a valid result at once as evaluated[evaluated.size()], so that is where the memo points.
    Evaluated evaluate_derived(std::size_t n, const std::vector<std::size_t>& idx, const std::vector<std::size_t>& changed) {
        if (memo_exact) {
            if (auto it = memo.find(idx); it != memo.end()) return evaluated[it->second];
            if (memo_invalid.count(idx)) return Evaluated{};
        }
        Evaluated e = assess_derived(n, idx, changed);
        if (memo_exact) {
            if (e.valid) memo.emplace(idx, evaluated.size());
            else memo_invalid.insert(idx);
        }
        return e;
    }
    Evaluated assess_derived(std::size_t n, const std::vector<std::size_t>& idx, const std::vector<std::size_t>& changed) {
        json& c = built_of(n);
        std::vector<std::pair<json*, json>> swapped;
        swapped.reserve(changed.size());
        for (std::size_t k : changed) {
            json* at = const_cast<json*>(find_at(c, at_facts[k]));
            if (!at) break;
            swapped.emplace_back(at, std::exchange(*at, slots[k].domain[idx[k]]));
        }
        Evaluated e;
        if (swapped.size() == changed.size()) {  // completion n was valid: only the swapped values are new
            std::vector<std::string_view> pointers;
            pointers.reserve(changed.size());
            for (std::size_t k : changed) pointers.emplace_back(at_facts[k]);
            e = evaluate(c, false, nullptr, &pointers);
        } else {  // not reached for a complete completion; kept exact rather than assumed
            json copy = c;
            for (std::size_t k : changed) store_at(copy, at_facts[k], slots[k].domain[idx[k]]);
            e = evaluate(copy, false);
        }
        for (auto it = swapped.rbegin(); it != swapped.rend(); ++it) *it->first = std::move(it->second);
        return e;
    }
    void run(const Options& options) {
        sample(options);
        explore(options);
    }
    void sample(const Options& options);   // every completion, or a seeded sample
    void explore(const Options& options);  // coverage-guided exploration from the sample (sampled mode only)
    std::size_t seed_states(const std::vector<std::vector<std::size_t>>& states);
};

void Search::sample(const Options& options) {
    // The completions: all of them when few, else a seeded sample.
    std::size_t product = 1;
    for (const Slot& s : slots) {
        product *= std::max<std::size_t>(1, s.domain.size());
        if (product > options.exhaustive_limit) break;
    }
    exhaustive = product <= options.exhaustive_limit;
    std::vector<std::vector<std::size_t>> choices;  // per completion: the domain index of every slot
    if (exhaustive) {
        std::vector<std::size_t> idx(slots.size(), 0);
        for (std::size_t n = 0; n < product; ++n) {
            choices.push_back(idx);
            for (std::size_t k = 0; k < slots.size(); ++k) {
                if (++idx[k] < slots[k].domain.size()) break;
                idx[k] = 0;
            }
        }
    }

    if (exhaustive) {  // a completion the schema refuses is skipped; the answers given are refused only when all are
        std::vector<ValidationError> first_errors;
        for (const auto& idx : choices) {
            std::vector<ValidationError> errors;
            Evaluated e = evaluate(complete(idx), evaluated.empty(), &errors);
            if (!e.valid) {
                if (first_errors.empty()) first_errors = errors;
                continue;
            }
            evaluated.push_back(std::move(e));
            valid_choices.push_back(idx);
        }
        if (evaluated.empty()) given_errors = first_errors;
    } else {  // seeded random completions; a completion the schema refuses is redrawn where the errors point
        std::vector<ValidationError> first_errors;
        Rng rng(hash_text(facts.dump(), options.seed));
        for (int n = 0; n < options.samples; ++n) {
            std::vector<std::size_t> idx(slots.size());
            for (std::size_t k = 0; k < slots.size(); ++k)  // a long list's first answers (null, []) a quarter of the time
                idx[k] = slots[k].domain.size() > 8 && rng() % 4 == 0 ? rng() % 2 : rng() % slots[k].domain.size();
            for (int attempt = 0; attempt < 24; ++attempt) {
                std::vector<ValidationError> errors;
                Evaluated e = evaluate(complete(idx), evaluated.empty(), &errors);
                if (e.valid) {
                    evaluated.push_back(std::move(e));
                    valid_choices.push_back(idx);
                    break;
                }
                bool repairable = true;
                for (const ValidationError& err : errors) {
                    const std::string& at = err.path;  // validate_facts reports "/facts/…"
                    bool hit = false;
                    for (std::size_t k = 0; k < slots.size(); ++k) {
                        const std::string& p = slots[k].pointer;
                        if (at == p || at.rfind(p + "/", 0) == 0) {
                            idx[k] = rng() % slots[k].domain.size();
                            hit = true;
                        }
                    }
                    repairable = repairable && hit;
                }
                if (!repairable) {  // a cross-field error (e.g. the article vs the route): draw every slot anew
                    if (first_errors.empty()) first_errors = errors;
                    for (std::size_t k = 0; k < slots.size(); ++k) idx[k] = rng() % slots[k].domain.size();
                }
            }
        }
        if (evaluated.empty()) given_errors = first_errors;
    }
}

// Each of `states` (the case-level answers, in case_level's order, of a completion of the item-free search) put into
// a sampled completion in place of its case-level answers; the valid ones join the completions (and, reaching
// something new, the exploration's parents). Returns how many were valid.
std::size_t Search::seed_states(const std::vector<std::vector<std::size_t>>& states) {
    if (exhaustive || !given_errors.empty() || evaluated.empty()) return 0;
    const std::size_t samples = evaluated.size();
    std::size_t added = 0;
    for (std::size_t s = 0; s < states.size(); ++s) {
        for (std::size_t attempt = 0; attempt < 3; ++attempt) {  // another base when the items refuse this state
            const std::size_t base = (s * 7 + attempt * 13) % samples;
            std::vector<std::size_t> idx = valid_choices[base];
            for (std::size_t j = 0; j < case_level.size(); ++j) idx[case_level[j]] = states[s][j];
            Evaluated e = evaluate_derived(base, idx, case_level);
            if (!e.valid) continue;
            evaluated.push_back(std::move(e));
            valid_choices.push_back(std::move(idx));
            ++added;
            break;
        }
    }
    return added;
}

void Search::explore(const Options& options) {
    // Exploration: completions that differ from one already seen in one or two answers, kept as parents when they
    // give an outcome or a rule set not seen before (coverage-guided, as a fuzzer). Deep conditions (an active
    // coordination needs a started investigation, an outcome and two laws) are reached step by step this way.
    if (!exhaustive && given_errors.empty() && !evaluated.empty()) {
        // coverage: each outcome's path with its value ("path=value") and with its whole rule set ("path#R37,R35,").
        // The texts are interned (equal texts, equal addresses), so a key is the two addresses and a tag (17 bytes,
        // 9 in the page), hashed into a WordSet. This runs for every completion: ≈ 11 % of the search when the keys
        // were an ordered set of freshly built strings, ≈ 5 % as hashed strings of the texts.
        WordSet seen;
        auto add = [&](Text path, char tag, Text text) {
            char key[2 * sizeof(Text) + 1];
            std::memcpy(key, &path, sizeof(Text));
            key[sizeof(Text)] = tag;
            std::memcpy(key + sizeof(Text) + 1, &text, sizeof(Text));
            return seen.insert(std::string_view(key, sizeof key)).second;
        };
        auto novel = [&](const Outcomes& o) {
            bool fresh = false;
            for (const auto& [path, out] : o) {
                fresh = add(path, '=', out.value) || fresh;
                // the whole rule set too: a completion with one blocking answer fewer is new (a not_allowed item
                // cites its decisive rules), which leads the search towards the answers that license it
                fresh = add(path, '#', out.rules) || fresh;
            }
            return fresh;
        };
        std::vector<std::size_t> parents;
        for (std::size_t n = 0; n < evaluated.size(); ++n)
            if (novel(evaluated[n].outcomes)) parents.push_back(n);
        Rng rng(hash_text(facts.dump(), options.seed + 1));
        auto try_child = [&](std::size_t parent, std::vector<std::size_t> idx, const std::vector<std::size_t>& changed) {
            Evaluated e = evaluate_derived(parent, idx, changed);
            if (!e.valid) return;
            const bool fresh = novel(e.outcomes);
            evaluated.push_back(std::move(e));
            valid_choices.push_back(std::move(idx));
            if (fresh) parents.push_back(evaluated.size() - 1);
        };
        // Two thirds of the budget: depth first over what the process walk reads. The newest completion that reached
        // something new has each case-level answer changed in turn (a long list: six of its answers), so chains of
        // conditions (route → requester → criteria → decision) are followed one answer at a time.
        std::map<std::size_t, std::pair<std::vector<std::size_t>, std::size_t>> cursor;  // parent → (order, next)
        std::vector<std::size_t> base_order = case_level;  // case-level answers first, then the items'
        for (std::size_t k = 0; k < slots.size(); ++k)
            if (std::find(case_level.begin(), case_level.end(), k) == case_level.end()) base_order.push_back(k);
        auto finished = [&](std::size_t p) {
            auto it = cursor.find(p);
            return it != cursor.end() && it->second.second >= it->second.first.size();
        };
        const int budget = options.mutations * 2 / 3;
        int spent = 0;
        while (spent < budget) {
            // the newest parent with fields left to change
            std::size_t parent = parents.size();
            for (std::size_t i = parents.size(); i-- > 0;)
                if (!finished(parents[i])) {
                    parent = parents[i];
                    break;
                }
            if (parent == parents.size()) break;
            auto [it, fresh_parent] = cursor.try_emplace(parent);
            if (fresh_parent) {  // its own order (case-level answers first), so the search does not circle
                it->second.first = base_order;
                auto& order = it->second.first;
                shuffle(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(case_level.size()), rng);
                shuffle(order.begin() + static_cast<std::ptrdiff_t>(case_level.size()), order.end(), rng);
            }
            const std::size_t before = parents.size();
            while (it->second.second < it->second.first.size() && parents.size() == before && spent < budget) {
                const std::size_t k = it->second.first[it->second.second++];
                std::vector<std::size_t> tried = answers_to_try(slots[k], options.dfs_values, rng);
                for (std::size_t v : tried) {
                    if (v == valid_choices[parent][k]) continue;
                    std::vector<std::size_t> idx = valid_choices[parent];
                    idx[k] = v;
                    try_child(parent, std::move(idx), {k});
                    ++spent;
                }
            }  // something new: go deeper from there first; this parent's other fields wait their turn
        }
        // The rest: random changes of one to three answers anywhere, from any completion that reached
        // something new (the newest ones half the time), as a coverage-guided fuzzer does.
        for (int m = spent; m < options.mutations; ++m) {
            const std::size_t pick = rng() % 2 == 0 ? parents.size() - 1 - rng() % std::min<std::size_t>(4, parents.size())
                                                     : rng() % parents.size();
            std::vector<std::size_t> idx = valid_choices[parents[pick]];
            const int changes_n = 1 + static_cast<int>(rng() % 3);
            std::vector<std::size_t> changed;
            for (int c = 0; c < changes_n; ++c) {
                const std::size_t k = rng() % slots.size();
                idx[k] = rng() % slots[k].domain.size();
                changed.push_back(k);
            }
            try_child(parents[pick], std::move(idx), changed);
        }
    }
}

} // namespace

Result run(const json& case_json, const Options& options) {
    Result r;
    json facts = case_json.is_object() && case_json.contains("facts") ? case_json["facts"] : json::object();
    if (!facts.is_object()) {
        r.errors.push_back({"/facts", "object", facts.type_name(), "de feiten moeten een object zijn",
                            "the facts must be an object"});
        return r;
    }
    absent_objects_to_null(facts);
    const std::vector<Slot> slots = unasked_fields(facts);
    Search main_search(facts, slots);
    main_search.sample(options);
    r.exhaustive = main_search.exhaustive;
    std::vector<Evaluated>& evaluated = main_search.evaluated;
    std::vector<std::vector<std::size_t>>& valid_choices = main_search.valid_choices;
    const std::vector<ValidationError>& given_errors = main_search.given_errors;
    auto derive = [&](std::size_t n, const std::vector<std::size_t>& idx, const std::vector<std::size_t>& changed) {
        return main_search.evaluate_derived(n, idx, changed);
    };

    // The process walk reads no data item: its values are searched again on the case without items, where the
    // whole budget goes to the case-level answers (chains such as route → requester → criteria → decision).
    std::vector<Evaluated> process_only;
    if (!main_search.exhaustive && given_errors.empty() && facts.contains("data_items") &&
        !facts["data_items"].empty()) {
        json bare = facts;
        bare["data_items"] = json::array();
        std::vector<Slot> case_slots;
        for (std::size_t k : main_search.case_level) case_slots.push_back(slots[k]);
        if (!case_slots.empty()) {
            Search process_search(bare, case_slots);
            Options more = options;  // a case without items is quick to assess: a larger budget
            more.samples = options.samples * 4;
            more.mutations = options.mutations * options.process_budget_factor;
            more.dfs_values = 64;  // every answer of a case-level field, objects included
            process_search.run(more);
            // Every process state the item-free search reached (its values and their rules) is tried with the
            // items too: an item's gates read that state (a coordination-phase item needs an active coordination,
            // a conference item a valid conference), and the search with the items, whose budget is shared with
            // their answers, did not always reach the chain of case-level answers that opens them — an item was
            // then decided not_this_law where the full case walks it (interview_soundness.py: PUB-01, PUB-03,
            // PUB-13, PUB-14).
            std::set<std::string> seen_states;
            std::vector<std::vector<std::size_t>> states;
            for (std::size_t n = 0; n < process_search.evaluated.size(); ++n) {
                std::string key;
                for (const auto& [path, o] : process_search.evaluated[n].outcomes) {
                    key.append(*path).append("=").append(*o.value).append(":").append(*o.rules).append(";");
                }
                if (seen_states.insert(key).second) states.push_back(process_search.valid_choices[n]);
            }
            const std::size_t seeded = main_search.seed_states(states);
#ifndef WAMS_INTERVIEW_NO_SELF_CHECK  // diagnostics of the native build (core/CMakeLists.txt)
            if (std::getenv("WAMS_INTERVIEW_DEBUG"))
                std::fprintf(stderr, "interview: %zu process states, %zu seeded, %zu process completions\n",
                             states.size(), seeded, process_search.evaluated.size());
#else
            (void)seeded;
#endif
            process_only = std::move(process_search.evaluated);
        }
    }
    main_search.explore(options);

    if (evaluated.empty() || !given_errors.empty()) {  // the answers given cannot make a valid case: say where
        r.errors = given_errors;
        if (r.errors.empty())
            r.errors.push_back({"", "a valid case", "no valid completion", "geen geldige casus mogelijk",
                                "no valid case possible"});
        return r;
    }

    // Falsification: a data item whose verdict looks decided as not_allowed or undetermined may still be allowed
    // when every one of its blocking answers goes the other way at once — a combination random changes rarely
    // make. From a few completions, greedy descent over the item's own unasked fields: keep a change when it
    // leaves fewer decisive rules (or fewer conditions, for allowed_under_conditions), until the verdict changes or
    // nothing improves.
    if (!main_search.exhaustive && facts.contains("data_items") && facts["data_items"].is_array()) {
        Rng rng(hash_text(facts.dump(), options.seed + 3));
        for (std::size_t i = 0; i < facts["data_items"].size(); ++i) {
            const std::string at = "/data_items/" + std::to_string(i);
            const std::string verdict_path = at + "/verdict";
            std::vector<std::size_t> own;
            for (std::size_t k = 0; k < slots.size(); ++k)
                if (slots[k].pointer.rfind("/facts" + at + "/", 0) == 0) own.push_back(k);
            if (own.empty()) continue;
            std::set<std::string> seen_values;
            for (const Evaluated& e : evaluated)
                if (auto it = e.outcomes.find(verdict_path); it != e.outcomes.end())
                    seen_values.insert(*it->second.value);
            if (seen_values.size() != 1) continue;  // already open
            const std::string v = *seen_values.begin();
            if (v != "not_allowed" && v != "undetermined" && v != "allowed_under_conditions") continue;
            auto badness = [&](const Evaluated& e) -> std::size_t {
                auto it = e.outcomes.find(verdict_path);
                if (it == e.outcomes.end() || *it->second.value != v) return 0;  // changed: done
                if (v != "allowed_under_conditions")  // 1 + the number of its rules
                    return 1 + static_cast<std::size_t>(
                                   std::count(it->second.rules->begin(), it->second.rules->end(), ','));
                std::size_t n = 1;
                for (Text x : e.extras) n += x->rfind(at + "/conditions|", 0) == 0 ? 1 : 0;
                return n;
            };
            for (int start = 0; start < 3; ++start) {
                std::size_t current = rng() % evaluated.size();
                std::size_t bad = badness(evaluated[current]);
                for (int round = 0; round < 8 && bad > 0; ++round) {
                    bool improved = false;
                    shuffle(own.begin(), own.end(), rng);
                    for (std::size_t k : own) {
                        for (std::size_t val = 0; val < slots[k].domain.size() && bad > 0; ++val) {
                            if (val == valid_choices[current][k]) continue;
                            std::vector<std::size_t> idx = valid_choices[current];
                            idx[k] = val;
                            Evaluated e = derive(current, idx, {k});
                            if (!e.valid) continue;
                            const std::size_t b = badness(e);
                            evaluated.push_back(std::move(e));
                            valid_choices.push_back(std::move(idx));
                            if (b < bad) {
                                bad = b;
                                current = evaluated.size() - 1;
                                improved = true;
                            }
                        }
                    }
                    if (!improved) break;
                }
                if (bad == 0) break;  // a completion with another verdict: the item is open
            }
        }
    }

    // Probes: every answer of every unasked field, on a few of the completions. What changes marks the field as
    // one an outcome waits for.
    std::vector<std::map<std::string, int>> changes(slots.size());  // per slot: outcome path → times changed
    if (!main_search.exhaustive) {
        const std::size_t bases = std::min<std::size_t>(options.probe_bases, evaluated.size());
        Rng probe_rng(options.seed + 2);
        std::vector<std::size_t> base_at;  // spread over samples and explored completions
        for (std::size_t i = 0; i < bases; ++i) base_at.push_back(i * evaluated.size() / bases);
        for (std::size_t k = 0; k < slots.size(); ++k) {
            for (std::size_t bi = 0; bi < bases; ++bi) {
                const std::size_t b = base_at[bi];
                std::vector<std::size_t> tried = answers_to_try(slots[k], 6, probe_rng);
                for (std::size_t v : tried) {
                    if (v == valid_choices[b][k]) continue;
                    std::vector<std::size_t> idx = valid_choices[b];
                    idx[k] = v;
                    Evaluated e = derive(b, idx, {k});
                    if (!e.valid) continue;
                    for (const auto& [path, o] : e.outcomes) {
                        auto it = evaluated[b].outcomes.find(path);
                        if (it == evaluated[b].outcomes.end() || it->second.value != o.value) ++changes[k][*path];
                    }
                    for (const auto& [path, o] : evaluated[b].outcomes)
                        if (!e.outcomes.count(path)) ++changes[k][*path];
                    evaluated.push_back(std::move(e));
                    valid_choices.push_back(std::move(idx));
                }
            }
        }
    } else {  // exhaustive: a field changes an outcome when two completions differing only there disagree
        std::map<std::vector<std::size_t>, std::size_t> at;
        for (std::size_t n = 0; n < valid_choices.size(); ++n) at[valid_choices[n]] = n;
        for (std::size_t n = 0; n < valid_choices.size(); ++n)
            for (std::size_t k = 0; k < slots.size(); ++k) {
                std::vector<std::size_t> idx = valid_choices[n];
                if (++idx[k] >= slots[k].domain.size()) continue;
                auto other = at.find(idx);
                if (other == at.end()) continue;
                const Outcomes& a = evaluated[n].outcomes;
                const Outcomes& b = evaluated[other->second].outcomes;
                for (const auto& [path, o] : a) {
                    auto it = b.find(path);
                    if (it == b.end() || it->second.value != o.value) ++changes[k][*path];
                }
                for (const auto& [path, o] : b)
                    if (!a.count(path)) ++changes[k][*path];
            }
    }
    r.completions = evaluated.size();

    // Decided: the same value in every completion (and present in every one).
    std::map<std::string, std::set<std::string>> values;
    std::map<std::string, std::size_t> present;
    for (const Evaluated& e : evaluated)
        for (const auto& [path, o] : e.outcomes) {
            values[*path].insert(*o.value);
            ++present[*path];
        }
    std::map<std::string, std::size_t> present_bare;  // in the item-free search: process values only
    for (const Evaluated& e : process_only)
        for (const auto& [path, o] : e.outcomes) {
            if (path->rfind("/data_items/", 0) == 0) continue;
            values[*path].insert(*o.value);
            ++present_bare[*path];
        }
    std::set<std::string> open;
    for (const auto& [path, vs] : values)
        if (vs.size() > 1 || present[path] != evaluated.size() ||
            (!process_only.empty() && path.rfind("/data_items/", 0) != 0 && present_bare[path] != process_only.size()))
            open.insert(path);

    // The assessment: the first completion's, with what every completion agrees on.
    json a = evaluated.front().assessment;
    for (const auto& [path, vs] : values) {
        if (open.count(path) || path.find('#') != std::string::npos) continue;
        // decided: the rules every completion cites
        std::vector<std::string> common;
        bool first = true;
        for (const Evaluated& e : evaluated) {
            auto it = e.outcomes.find(path);
            if (it == e.outcomes.end()) continue;
            std::vector<std::string> rs = rules_of(it->second.rules);
            sort_by(rs);
            if (first) common = rs;
            else {
                std::vector<std::string> both;
                std::set_intersection(common.begin(), common.end(), rs.begin(), rs.end(), std::back_inserter(both));
                common = std::move(both);
            }
            first = false;
        }
        const std::string parent = path.substr(0, path.rfind('/'));
        if (const json* p = find_at(a, parent); p && p->is_object() && p->contains("rules")) {
            json kept = json::array();
            for (const json& x : (*p)["rules"])
                if (x.is_string() && std::binary_search(common.begin(), common.end(), x.get<std::string>()))
                    kept.push_back(x);
            store_at(a, parent + "/rules", kept);
        }
    }
    // Lists: only what every completion shares (advisories, A-flags, D-ids, each item's conditions and ambiguities).
    Extras shared = evaluated.front().extras;
    for (const Evaluated& e : evaluated) {
        Extras both;
        std::set_intersection(shared.begin(), shared.end(), e.extras.begin(), e.extras.end(), std::back_inserter(both),
                              TextLess{});
        shared = std::move(both);
    }
    std::set<std::string> shared_texts;
    for (Text t : shared) shared_texts.insert(*t);
    keep_shared(a, shared_texts);
    // Open values: "open", no rules, and the questions they wait for.
    for (const std::string& path : open) {
        OpenValue ov;
        ov.path = path;
        for (std::size_t k = 0; k < slots.size(); ++k)
            if (changes[k].count(path)) ov.waits_for.push_back(slots[k].pointer);
        r.open.push_back(ov);
        const std::size_t hash = path.find('#');
        if (hash != std::string::npos) {  // whether a case conference exists is open
            const std::string obj = path.substr(0, hash);
            json o = {{"may_be_organised", "open"}, {"waits_for", ov.waits_for}};
            store_at(a, obj, o);
            continue;
        }
        const std::string parent = path.substr(0, path.rfind('/'));
        const json* p = find_at(a, parent);
        if (!p || !p->is_object()) {
            store_at(a, parent, json{{path.substr(path.rfind('/') + 1), "open"}, {"waits_for", ov.waits_for}});
            continue;
        }
        store_at(a, path, "open");
        store_at(a, parent + "/waits_for", ov.waits_for);
        if (p->contains("rules")) store_at(a, parent + "/rules", json::array());
        for (const char* k : {"conditions", "ambiguities", "alternative_readings"})
            if (const json* q = find_at(a, parent); q && q->contains(k)) {
                json copy = *q;
                copy.erase(k);
                store_at(a, parent, copy);
            }
    }
    r.assessment = std::move(a);

    // The next question: among the fields that can change an open value (the probes), the one after whose answer
    // the most open values are expected to be decided — over the completions assessed, grouped by that field's
    // answer, the open values that are the same throughout a group, weighted by the group's size (a greedy
    // information gain, as decision-tree learners pick a split). Ties: the most open values it can change, then
    // the asking order.
    // Only the open values the user wants decided count (Options::goals; none given: all of them).
    auto wanted = [&](const std::string& path) {
        if (path.find('#') != std::string::npos) return false;
        if (options.goals.empty()) return true;
        return std::any_of(options.goals.begin(), options.goals.end(),
                           [&](const std::string& g) { return path.rfind(g, 0) == 0; });
    };
    std::vector<std::string> open_list;
    for (const std::string& path : open)
        if (wanted(path)) open_list.push_back(path);
    std::vector<std::vector<int>> coded(evaluated.size(), std::vector<int>(open_list.size(), -1));
    {
        std::vector<std::map<std::string, int>> codes(open_list.size());
        for (std::size_t n = 0; n < evaluated.size(); ++n)
            for (std::size_t o = 0; o < open_list.size(); ++o) {
                auto it = evaluated[n].outcomes.find(open_list[o]);
                if (it == evaluated[n].outcomes.end()) continue;
                coded[n][o] = codes[o].emplace(*it->second.value, static_cast<int>(codes[o].size())).first->second;
            }
    }
    // The gain of asking a question whose answer puts completion n in group key(n) (see above), per value it costs.
    auto gain_of = [&](const std::vector<std::size_t>& key) {
        std::map<std::size_t, std::pair<std::size_t, std::vector<int>>> groups;  // answer → (size, code or -2)
        for (std::size_t n = 0; n < evaluated.size(); ++n) {
            auto& g = groups[key[n]];
            if (g.first == 0) g.second = coded[n];
            else
                for (std::size_t o = 0; o < open_list.size(); ++o)
                    if (g.second[o] != coded[n][o]) g.second[o] = -2;
            ++g.first;
        }
        double gain = 0.0;
        for (const auto& [answer, g] : groups) {
            int decided_here = 0;
            for (int c : g.second) decided_here += c == -2 ? 0 : 1;
            gain += static_cast<double>(g.first) * decided_here;
        }
        return gain / static_cast<double>(evaluated.size());
    };
    double best_gain = -1.0;
    int best_moves = 0;
    auto consider = [&](double gain, double cost, int moves, const Slot& question) {
        // per value it costs to answer: a list or an object counts its values (issue 17 counts answers so), so a
        // cheap question that decides as much goes first and a costly one waits until it still matters
        gain /= std::max(1.0, cost);
        if (gain > best_gain + 1e-9 || (gain > best_gain - 1e-9 && moves > best_moves)) {
            best_gain = gain;
            best_moves = moves;
            r.next = question;
        }
    };
    std::vector<std::size_t> key(evaluated.size());
    for (std::size_t k = 0; k < slots.size(); ++k) {
        int moves = 0;
        for (const auto& [path, n] : changes[k])
            if (open.count(path) && wanted(path) && n > 0) ++moves;
        if (moves == 0) continue;
        const Slot& slot = slots[k];
        for (std::size_t n = 0; n < evaluated.size(); ++n) key[n] = valid_choices[n][k];
        double cost = 0.0;
        for (const json& v : slot.domain) cost += static_cast<double>(leaf_count(v));
        consider(gain_of(key), cost / static_cast<double>(slot.domain.size()), moves, slot);
        // An object not asked yet: each of its members that cannot be null, asked on its own, is a question too —
        // its answer null says there is no such object (absent_objects_to_null), any other answer that there is one,
        // and the object's other members are asked only where they still matter.
        if (slot.field->kind != vocab::Kind::object) continue;
        // Not an object with optional members (entry.criteria's readings): once it is recorded their absence is
        // part of the answer (is_optional_member), so asked by one member they would never be asked at all
        // (draft-3 D3-C07: b_environment_s311 = false was lost and the investigation decided wrongly).
        const std::vector<const vocab::Field*> members = children(slot.field->path, false);
        if (std::any_of(members.begin(), members.end(), [](const vocab::Field* c) { return is_optional_member(c->path); }))
            continue;
        for (const vocab::Field* c : members) {
            if (!required_member(*c)) continue;
            const std::string member = split(c->path).back();
            std::map<std::string, std::size_t> ids;  // the member's answer in each domain value → group
            std::vector<std::size_t> group_of(slot.domain.size());
            double member_cost = 0.0;
            for (std::size_t v = 0; v < slot.domain.size(); ++v) {
                const json& o = slot.domain[v];
                const json* m = o.is_object() && o.contains(member) ? &o[member] : nullptr;
                const std::string text = o.is_null() ? std::string("#none") : m ? m->dump() : std::string("#absent");
                group_of[v] = ids.emplace(text, ids.size()).first->second;
                member_cost += m ? static_cast<double>(leaf_count(*m)) : 1.0;
            }
            for (std::size_t n = 0; n < evaluated.size(); ++n) key[n] = group_of[valid_choices[n][k]];
            Slot part;
            part.pointer = slot.pointer + "/" + pointer_token(member);
            part.field = c;
            part.domain = is_container(*c) ? container_domain(*c, facts, hash_text(part.pointer, 0x9e3779b97f4a7c15ULL))
                                           : leaf_domain(*c, facts);
            if (std::find(part.domain.begin(), part.domain.end(), json(nullptr)) == part.domain.end())
                part.domain.emplace_back(nullptr);  // "there is none"
            part.absent_means_none = true;
            consider(gain_of(key), member_cost / static_cast<double>(slot.domain.size()), moves, part);
        }
    }
    // Open values no probe could move (the completions disagree, but no single answer changed them on the probe
    // bases): ask the first unasked field of the same data item, or of the case, rather than stop with them open.
    if (!r.next) {
        for (const std::string& path : open_list) {
            std::string prefix = "/facts/";
            if (path.rfind("/data_items/", 0) == 0) prefix = "/facts" + path.substr(0, path.find('/', 12) + 1);
            for (const Slot& slot : slots) {
                const bool in_items = slot.pointer.rfind("/facts/data_items/", 0) == 0;
                if (slot.pointer.rfind(prefix, 0) == 0 && (prefix != "/facts/" || !in_items)) {
                    r.next = slot;
                    break;
                }
            }
            if (r.next) break;
        }
    }
    return r;
}

// [SECTION] JSON --------------------------------------------------------------------------------------------------

std::string answer_label(const vocab::Field& field, const json& value, Lang lang, bool absent_means_none) {
    const bool nl = lang == Lang::nl;
    if (value.is_null() && absent_means_none) return nl ? "niet van toepassing (is er niet)" : "not applicable (there is none)";
    if (value.is_null()) return nl ? "niet bekend" : "not known";
    if (value.is_boolean()) return value.get<bool>() ? (nl ? "ja" : "yes") : (nl ? "nee" : "no");
    if (value.is_string()) {
        const std::string s = value.get<std::string>();
        if (const vocab::Value* v = vocab::find_value(field, s)) return std::string(vocab::text(v->label, lang));
        return s;
    }
    return value.dump();
}

json question_json(const Slot& slot) {
    json q;
    q["pointer"] = slot.pointer;
    q["question"] = {{"nl", std::string(slot.field->ask.nl)}, {"en", std::string(slot.field->ask.en)}};
    static const char* kinds[] = {"choice", "flag", "text", "text_list", "object", "array"};
    q["kind"] = kinds[static_cast<int>(slot.field->kind)];
    if (slot.absent_means_none)  // a member asked on its own: the object it belongs to
        if (const vocab::Field* parent = vocab::find(slot.field->path.substr(0, slot.field->path.rfind('/'))))
            q["part_of"] = {{"nl", std::string(parent->label.nl)}, {"en", std::string(parent->label.en)}};
    json options = json::array();
    if (slot.field->kind == vocab::Kind::choice || slot.field->kind == vocab::Kind::flag) {
        for (const json& v : slot.domain)
            options.push_back({{"value", v}, {"nl", answer_label(*slot.field, v, Lang::nl, slot.absent_means_none)},
                               {"en", answer_label(*slot.field, v, Lang::en, slot.absent_means_none)}});
    } else if (slot.field->nullable || slot.absent_means_none) {
        options.push_back({{"value", nullptr}, {"nl", answer_label(*slot.field, nullptr, Lang::nl, slot.absent_means_none)},
                           {"en", answer_label(*slot.field, nullptr, Lang::en, slot.absent_means_none)}});
    }
    q["options"] = options;
    return q;
}

} // namespace wams::interview
