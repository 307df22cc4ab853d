// ui_model.cpp — the question/answer catalogue, case templates, the editor with undo, case-file text, the bundled
// request check and the what-if difference (ui_model.hpp). Nothing here decides a verdict: assess() does.
//
// [SECTION] Catalogue
// [SECTION] Templates
// [SECTION] Editor
// [SECTION] Case file
// [SECTION] Checks
// [SECTION] What-if
#include "wams/ui_model.hpp"

#include "wams/json_pointer.hpp"
#include "wams/text_fold.hpp"
#include "wams/validate.hpp"
#include "wams/vocabulary.hpp"
#include "validate_internal.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <utility>

namespace wams::ui {

using nlohmann::json;

// ---- [SECTION] Catalogue -------------------------------------------------------------------------------------------
namespace {

// The catalogue is the vocabulary (assets/vocabulary.json) in asking order: kind, page, answers in screen order.
FieldKind kind_of(vocab::Kind k) {
    switch (k) {
    case vocab::Kind::choice: return FieldKind::choice;
    case vocab::Kind::flag: return FieldKind::flag;
    case vocab::Kind::text: return FieldKind::text;
    case vocab::Kind::text_list: return FieldKind::text_list;
    case vocab::Kind::object: return FieldKind::object;
    case vocab::Kind::array: return FieldKind::array;
    }
    return FieldKind::text;
}

std::vector<FieldSpec> build_catalogue() {
    std::vector<FieldSpec> out;
    for (const vocab::Field& f : vocab::fields())
        out.push_back({f.path, kind_of(f.kind), f.nullable, f.page, vocab::screen_codes(f),
                       {f.suggestions.begin(), f.suggestions.end()}});
    return out;
}

} // namespace

const std::vector<FieldSpec>& field_catalogue() {
    static const std::vector<FieldSpec> catalogue = build_catalogue();
    return catalogue;
}

bool pointer_matches(std::string_view pattern, std::string_view pointer) {
    std::size_t i = 0, k = 0;
    while (i < pattern.size() && k < pointer.size()) {
        if (pattern[i] != '/' || pointer[k] != '/') return false;
        std::size_t pi = pattern.find('/', i + 1), ki = pointer.find('/', k + 1);
        if (pi == std::string_view::npos) pi = pattern.size();
        if (ki == std::string_view::npos) ki = pointer.size();
        const std::string_view pt = pattern.substr(i + 1, pi - i - 1), kt = pointer.substr(k + 1, ki - k - 1);
        if (pt == "*") {
            if (kt.empty() || !std::all_of(kt.begin(), kt.end(), [](char c) { return c >= '0' && c <= '9'; }))
                return false;
        } else if (pt != kt) {
            return false;
        }
        i = pi;
        k = ki;
    }
    return i == pattern.size() && k == pointer.size();
}

const FieldSpec* find_field(std::string_view pointer) {
    for (const auto& spec : field_catalogue())
        if (pointer_matches(spec.pattern, pointer)) return &spec;
    return nullptr;
}

std::string field_label_key(const FieldSpec& spec) { return vocab::field_key(spec.pattern); }

std::string option_label_key(const FieldSpec& spec, const json& value) {
    if (value.is_null()) return spec.kind == FieldKind::flag ? "opt.unknown" : "opt.not_recorded";
    if (value.is_boolean()) return value.get<bool>() ? "opt.yes" : "opt.no";
    if (value.is_string()) return vocab::option_key(spec.pattern, value.get<std::string>());
    return "opt.unknown";
}

std::vector<json> field_answers(const FieldSpec& spec) {
    std::vector<json> out;
    if (spec.kind == FieldKind::choice)
        for (auto o : spec.options) out.emplace_back(std::string(o));
    else if (spec.kind == FieldKind::flag)
        out = {json(true), json(false)};
    // null only where the case may hold it: "low | high" or a yes/no value inside a recorded object is never null
    // (§0.3); not known there is the question left unanswered.
    if (spec.nullable && (spec.kind == FieldKind::choice || spec.kind == FieldKind::flag) &&
        schema_accepts_null(spec.pattern))
        out.emplace_back(nullptr);
    return out;
}

std::vector<json> field_answers(const FieldSpec& spec, std::string_view pointer, const json& facts) {
    if (spec.pattern == "/entry/article") {
        // The route fixes the article (R14, R20): offered are its article and "not recorded"; a contradicting recorded
        // value stays visible so it can be cleared.
        const json* route = find_at(facts, "/entry/route");
        if (!route || !route->is_string()) return field_answers(spec);
        std::vector<json> out;
        if (const std::string_view a = article_of_route(route->get_ref<const std::string&>()); !a.empty())
            out.emplace_back(std::string(a));
        const json* current = find_at(facts, pointer);
        if (current && !current->is_null() && std::find(out.begin(), out.end(), *current) == out.end())
            out.push_back(*current);
        out.emplace_back(nullptr);
        return out;
    }
    if (spec.pattern != "/data_items/*/phase") return field_answers(spec);
    // D26 (draft 3.1): the purpose fixes the phase (a reuse item may record its own; a Q1-gated purpose ignores it).
    // Offered: that phase and "not recorded" (derived the same way); a contradicting recorded value stays visible so
    // it can be cleared.
    const std::string item(pointer.substr(0, pointer.rfind('/')));
    const json* purpose = find_at(facts, item + "/purpose");
    const std::string p = purpose && purpose->is_string() ? purpose->get<std::string>() : "";
    std::vector<json> out;
    if (p == "investigation" || p == "coordination") out.emplace_back(p);
    else if (p == "professional_request") out.emplace_back("request");
    else if (p == "reuse_from_case_conference") out = {json("investigation"), json("coordination")};
    else if (const json* cc = find_at(facts, "/case_conference/phase"); p == "case_conference" && cc && cc->is_string())
        out.push_back(*cc);
    else if (p != "case_conference") return field_answers(spec);  // Q1-gated purposes: the field is ignored
    const json* current = find_at(facts, pointer);
    if (current && !current->is_null() && std::find(out.begin(), out.end(), *current) == out.end()) out.push_back(*current);
    out.emplace_back(nullptr);
    return out;
}

std::vector<std::string> settle_dependents(json& facts, std::string_view changed) {
    // The answers another one decides (§0.3): an item's phase follows its purpose, and a conference item's the case
    // conference's phase (D26); the article follows the entry route (R14, R20); an item about the client names no
    // family member (R31). A recorded dependent the validator refuses after the change is set to what the new answer
    // gives: the route's article, otherwise null (not recorded).
    const auto cut = changed.rfind('/');
    if (cut == std::string_view::npos) return {};
    const std::string parent(changed.substr(0, cut));
    const std::string_view key = changed.substr(cut + 1);
    std::vector<std::string> candidates;
    if (key == "purpose" && pointer_matches("/data_items/*", parent)) candidates.push_back(parent + "/phase");
    else if (key == "subject" && pointer_matches("/data_items/*", parent))
        candidates.push_back(parent + "/subject_ref");
    else if (key == "route" && parent == "/entry") candidates.emplace_back("/entry/article");
    else if (key == "phase" && parent == "/case_conference")
        if (const json* items = find_at(facts, "/data_items"); items && items->is_array())
            for (std::size_t i = 0; i < items->size(); ++i)
                candidates.push_back("/data_items/" + std::to_string(i) + "/phase");
    std::vector<std::string> set;
    std::vector<ValidationError> errors;
    bool validated = false;
    for (const std::string& c : candidates) {
        const json* now = find_at(facts, c);
        if (!now || now->is_null()) continue;
        if (!validated) errors = validate_facts(facts, "");
        validated = true;
        if (std::none_of(errors.begin(), errors.end(), [&](const ValidationError& e) { return e.path == c; })) continue;
        json repaired = nullptr;
        if (c == "/entry/article")
            if (const json* route = find_at(facts, changed); route && route->is_string())
                if (const std::string_view a = article_of_route(route->get_ref<const std::string&>()); !a.empty())
                    repaired = std::string(a);
        if (store_at(facts, c, std::move(repaired))) set.push_back(c);
    }
    return set;
}

std::vector<std::string_view> process_pages() {
    return {"entry", "requester", "criteria", "scope", "family", "outcome", "coordination", "conference", "items"};
}

std::vector<std::string_view> walk_pages() {
    return {"item", "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "Q10", "Q11", "Q12"};
}

std::vector<std::string> label_keys_used() {
    std::set<std::string> keys;
    for (const auto& spec : field_catalogue()) {
        keys.insert(field_label_key(spec));
        for (const auto& answer : field_answers(spec)) keys.insert(option_label_key(spec, answer));
    }
    for (auto page : process_pages()) keys.insert("page." + std::string(page));
    for (auto page : walk_pages()) keys.insert("walk." + std::string(page) + ".question");
    return {keys.begin(), keys.end()};
}

// ---- [SECTION] Templates -------------------------------------------------------------------------------------------

namespace {
json route_article(EntryRoute route) {  // entry.article as the route fixes it: null without a Wams entry
    const std::string_view a = article_of_route(to_string(route));
    return a.empty() ? json(nullptr) : json(std::string(a));
}
} // namespace

json new_case(EntryRoute route, std::string_view case_id) {
    const bool client = route == EntryRoute::client_request, professional = route == EntryRoute::professional_request;
    json entry = {
        {"route", std::string(to_string(route))},
        {"article", route_article(route)},
        {"loket", client ? "physical" : "n/a"},
        {"client_status", "unknown"},
        {"initial_request_under", json::array()},
        {"multiple_problems_indicated_by", professional ? "requester" : "none"},
        {"multiple_problems_plausible", nullptr},
        {"client_declines_investigation", nullptr},
        {"requester", professional ? object_template("/entry/requester") : json(nullptr)},
        {"criteria", professional ? object_template("/entry/criteria") : json(nullptr)},
        {"municipality_criteria_reading", nullptr},
        {"municipality_decision", nullptr},
    };
    json facts = {
        {"entry", entry},
        {"serious_problems", false},
        {"client_involvement_possible", true},
        {"scope", {{"client_excluded_domains", json::array()}, {"client_agreed_domains", nullptr},
                   {"college_explained_consequences", false}}},
        {"family_members", json::array()},
        {"investigation_outcome", nullptr},
        {"coordination", nullptr},
        {"case_conference", nullptr},
        {"data_items", json::array()},
    };
    return {{"id", std::string(case_id)}, {"title", ""}, {"facts", facts}};
}

json object_template(std::string_view pattern) {
    if (pattern == "/entry/requester")
        return {{"kind", "professional"}, {"role", ""}, {"organisation_domain", "none"}, {"domain_name", ""},
                {"involved_with_person", false}, {"request_motivated", false}};
    if (pattern == "/entry/criteria")
        return {{"a_person", false}, {"b_environment", false}, {"c_coordination_may_help", false}};
    if (pattern == "/investigation_outcome")
        return {{"connected_problems", false}, {"coordinated_approach_can_help", false}, {"needs", json::array()},
                {"complexity", nullptr}};
    if (pattern == "/coordination")
        return {{"self_coordination_offers", json::array()}, {"municipality_chooses_to_coordinate", nullptr},
                {"form_chosen", nullptr}, {"coordinator_reports", nullptr}};
    if (pattern == "/case_conference")
        return {{"phase", "investigation"}, {"proposed_organiser", "college"}, {"invitees", json::array()},
                {"zwaarwegende_belangen_against_client_presence", false}};
    if (pattern == "/data_items/*/conference")
        return {{"recipient_participation_necessary", nullptr}, {"zwaarwegende_belangen", nullptr}};
    if (pattern == "/data_items/*/bsn") return {{"user_authorised_for_bsn", nullptr}, {"identification_necessary", nullptr}};
    return json::object();
}

namespace {
// The next free "<prefix><n>" id among the elements' `key` values (F1, F2, … / D1, D2, …).
std::string next_id(const json& elements, std::string_view key, std::string_view prefix) {
    std::set<std::string> used;
    if (elements.is_array())
        for (const auto& e : elements)
            if (e.is_object() && e.contains(key) && e[std::string(key)].is_string()) used.insert(e[std::string(key)].get<std::string>());
    for (int n = 1;; ++n) {
        std::string id = std::string(prefix) + std::to_string(n);
        if (!used.count(id)) return id;
    }
}
// How deep `v` nests ([ and {), counted up to `cap` (a value from a fuzzer or a paste may be thousands deep).
std::size_t nesting(const json& v, std::size_t cap) {
    if (cap == 0 || !v.is_structured()) return 0;
    std::size_t deepest = 0;
    for (const auto& e : v) deepest = std::max(deepest, nesting(e, cap - 1));
    return 1 + deepest;
}
// True when a case holding `v` at `pointer` in FACTS can be saved and opened again: the loader refuses nesting
// beyond InputLimits::max_depth (case object, facts, one level per pointer token, then the value's own levels).
bool reopens(std::string_view pointer, const json& v) {
    const std::size_t max = InputLimits{}.max_depth;
    const auto tokens = static_cast<std::size_t>(std::count(pointer.begin(), pointer.end(), '/'));
    if (tokens >= max) return false;
    return 1 + tokens + nesting(v, max) <= max;
}
// Every string in `v` (keys too) as well-formed UTF-8: text typed or pasted in the browser can hold a lone UTF-16
// surrogate, which JSON output refuses (in the browser: abort, the case lost at the next save).
json well_formed(json v) {
    if (v.is_string()) return validate_internal::valid_utf8(v.get<std::string>());
    if (v.is_array())
        for (auto& e : v) e = well_formed(std::move(e));
    if (v.is_object()) {
        json out = json::object();
        for (auto it = v.begin(); it != v.end(); ++it) out[validate_internal::valid_utf8(it.key())] = well_formed(it.value());
        return out;
    }
    return v;
}

json at_or_null(const json& doc, std::string_view pointer) {
    const json* found = find_at(doc, pointer);
    return found ? *found : json(nullptr);
}
} // namespace

json element_template(std::string_view array_pointer, const json& facts) {
    const json current = at_or_null(facts, array_pointer);
    if (array_pointer == "/family_members")
        return {{"id", next_id(current, "id", "F")}, {"relation", ""}, {"possibly_involved", true},
                {"client_agrees_to_include", nullptr}, {"member_consents", nullptr}};
    if (array_pointer == "/investigation_outcome/needs")
        return {{"label", ""}, {"legal_basis", nullptr}, {"domain", ""}, {"reported_as", ""}};
    if (array_pointer == "/coordination/self_coordination_offers")
        return {{"by", "client"}, {"plausibly_naar_behoren", false}};
    if (array_pointer == "/case_conference/invitees")
        return {{"party", ""}, {"domain", nullptr}, {"participation_necessary", nullptr}};
    if (array_pointer == "/data_items")
        return {{"item_id", next_id(current, "item_id", "D")},
                {"what", ""},
                {"purpose", "investigation"},
                {"phase", nullptr},  // D26: derived from the purpose
                {"source", {{"type", "client_self"}, {"party", ""}, {"domain", "client"}}},
                {"recipient", "college"},
                {"subject", "client"},
                {"subject_ref", nullptr},
                {"category", "general"},
                {"in_client_excluded_domain", false},
                {"client_objects", nullptr},
                {"secrecy_regime", "none"},
                {"secrecy_regime_rebutted_because", nullptr},
                {"skj_registered", nullptr},
                {"explicit_consent", nullptr},
                {"goed_hulpverlenerschap", nullptr},
                {"special_law", "none"},
                {"special_law_permits", nullptr},
                {"provider_response", "n/a"},
                {"provider_conditions", nullptr},
                {"conference", nullptr},
                {"provider_consents_to_reuse", nullptr},
                {"bsn", nullptr},
                {"necessity", {{"assessment", "missing"}, {"justification", nullptr}}}};
    return "";  // a string list (domains, laws)
}

// Issue 17: a case, element or object with nothing answered for the user (ui_model.hpp).
json blank_case(EntryRoute route, std::string_view case_id) {
    const bool professional = route == EntryRoute::professional_request;
    // The route is the user's choice on the start screen; the article is the route's (2.3a.1 / 2.3a.4, D-route), and
    // the requester and criteria pages exist only on the professional route: there they are recorded with nothing
    // answered, elsewhere they are not part of the case (null), as in every case file of the other route.
    json entry = {{"route", std::string(to_string(route))},
                  {"article", route_article(route)},
                  {"requester", professional ? blank_object("/entry/requester") : json(nullptr)},
                  {"criteria", professional ? blank_object("/entry/criteria") : json(nullptr)}};
    if (!professional) {  // the rest of the criteria page, which only the professional route shows
        entry["municipality_criteria_reading"] = nullptr;
        entry["municipality_decision"] = nullptr;
    }
    // scope holds the scope page's questions and is not itself asked (like a data item's source and necessity).
    return {{"id", std::string(case_id)}, {"title", ""}, {"facts", {{"entry", entry}, {"scope", json::object()}}}};
}

json blank_element(std::string_view array_pointer, const json& facts) {
    const json current = at_or_null(facts, array_pointer);
    if (array_pointer == "/family_members") return {{"id", next_id(current, "id", "F")}};
    if (array_pointer == "/data_items")  // source and necessity hold questions of Q6 and Q12; they are not themselves asked
        return {{"item_id", next_id(current, "item_id", "D")}, {"source", json::object()}, {"necessity", json::object()}};
    if (element_template(array_pointer, facts).is_object()) return json::object();
    return "";  // a string list (domains, laws): the new line is typed in
}

json blank_object(std::string_view) { return json::object(); }

namespace {
// Every concrete pointer of `pattern` ("/family_members/*/relation") whose parent exists in `facts`.
void concrete(const json& facts, std::string_view pattern, std::string prefix, std::vector<std::string>& out) {
    const auto star = pattern.find("/*");
    if (star == std::string_view::npos) {
        const std::string p = prefix + std::string(pattern);
        const auto cut = p.find_last_of('/');
        const json* parent = cut == 0 ? &facts : find_at(facts, p.substr(0, cut));
        if (parent && parent->is_object()) out.push_back(p);
        return;
    }
    const std::string list = prefix + std::string(pattern.substr(0, star));
    const json* arr = find_at(facts, list);
    if (!arr || !arr->is_array()) return;
    for (std::size_t i = 0; i < arr->size(); ++i)
        concrete(facts, pattern.substr(star + 2), list + "/" + std::to_string(i), out);
}
} // namespace

std::vector<std::pair<std::string, json>> left_empty(std::string_view page, const json& facts, std::string_view item_base) {
    std::vector<std::pair<std::string, json>> out;
    for (const FieldSpec& spec : field_catalogue()) {
        if (spec.page != page) continue;
        if (spec.kind != FieldKind::text && spec.kind != FieldKind::text_list && spec.kind != FieldKind::array) continue;
        std::string_view pattern = spec.pattern;
        std::vector<std::string> pointers;
        const std::string_view items = "/data_items/*";
        if (!item_base.empty() && pattern.substr(0, items.size()) == items)
            concrete(facts, pattern.substr(items.size()), std::string(item_base), pointers);
        else
            concrete(facts, pattern, "", pointers);
        for (const std::string& p : pointers) {
            if (find_at(facts, p)) continue;  // answered (null included)
            json v = spec.nullable ? json(nullptr) : spec.kind == FieldKind::text ? json("") : json::array();
            out.emplace_back(p, std::move(v));
        }
    }
    return out;
}

// ---- [SECTION] Editor ----------------------------------------------------------------------------------------------

CaseEditor::CaseEditor() { reset(new_case(EntryRoute::client_request, "CASUS-1")); }

void CaseEditor::reset(json case_doc) {
    if (!case_doc.is_object()) case_doc = json::object();
    if (!case_doc.contains("facts") || !case_doc["facts"].is_object()) case_doc["facts"] = json::object();
    doc_ = std::move(case_doc);
    history_.clear();
    dirty_ = false;
    ++revision_;
}

json CaseEditor::value(std::string_view pointer) const { return at_or_null(facts(), pointer); }

bool CaseEditor::answered(std::string_view pointer) const { return find_at(facts(), pointer) != nullptr; }

bool CaseEditor::apply(std::string pointer, json after) {
    if (pointer.empty()) return false;  // FACTS as a whole is never one answer
    if (!reopens(pointer, after)) return false;  // a case the app could save but never open again: refused
    if (const json* now = find_at(doc_["facts"], pointer); now && *now == after) return false;  // unchanged (absent ≠ null)
    json& facts = doc_["facts"];
    // A change that creates members or an element is recorded at the deepest part of the path that exists now,
    // so that undo takes away what it created instead of leaving a null behind.
    std::string at = pointer;
    while (!at.empty() && find_at(facts, at) == nullptr) {
        const auto cut = at.rfind('/');
        at.erase(cut == std::string::npos ? 0 : cut);
    }
    json recorded_before = *find_at(facts, at);  // what is there now (a null list that add_element saw as [] stays null)
    if (!store_at(facts, pointer, std::move(after))) return false;  // malformed, or through a scalar: nothing changes
    json recorded_after = *find_at(facts, at);
    history_.push_back({std::move(at), std::move(recorded_before), std::move(recorded_after)});
    dirty_ = true;
    ++revision_;
    return true;
}

bool CaseEditor::set(std::string_view pointer, json v, bool merge_with_last) {
    if (pointer.empty()) return false;  // FACTS as a whole is never one answer
    v = well_formed(std::move(v));
    if (merge_with_last && !history_.empty() && history_.back().pointer == pointer) {
        if (value(pointer) == v || !reopens(pointer, v)) return false;
        if (!store_at(doc_["facts"], pointer, v)) return false;  // one undo step for one field typed in one go
        history_.back().after = v;
        if (history_.back().before == v) history_.pop_back();       // typed back to where it was
        dirty_ = true;
        ++revision_;
        return true;
    }
    if (!apply(std::string(pointer), std::move(v))) return false;
    // The answers this one decides (settle_dependents) follow it, in the same undo step.
    const json before = doc_["facts"];
    for (const std::string& d : settle_dependents(doc_["facts"], pointer))
        history_.push_back({d, *find_at(before, d), *find_at(doc_["facts"], d), true});
    return true;
}

bool CaseEditor::set_case_field(std::string_view key, json v) {
    const std::string k = validate_internal::valid_utf8(std::string(key));
    if (k == "facts") return false;
    v = well_formed(std::move(v));
    if (!reopens("", v)) return false;
    const json before = doc_.contains(k) ? doc_[k] : json(nullptr);
    if (before == v) return false;
    // Case fields share the history: pointer "#<key>" marks a field of the case, not of FACTS.
    doc_[k] = v;
    history_.push_back({"#" + k, before, std::move(v)});
    dirty_ = true;
    ++revision_;
    return true;
}

bool CaseEditor::add_element(std::string_view array_pointer, bool blank) {
    json list = value(array_pointer);
    if (list.is_null()) list = json::array();
    if (!list.is_array()) return false;  // an answer is there and it is not a list
    list.push_back(blank ? blank_element(array_pointer, facts()) : element_template(array_pointer, facts()));
    return apply(std::string(array_pointer), std::move(list));
}

bool CaseEditor::remove_element(std::string_view array_pointer, std::size_t index) {
    json list = value(array_pointer);
    if (!list.is_array() || index >= list.size()) return false;
    list.erase(list.begin() + static_cast<std::ptrdiff_t>(index));
    return apply(std::string(array_pointer), std::move(list));
}

bool CaseEditor::undo() {
    if (history_.empty()) return false;
    for (bool more = true; more && !history_.empty();) {  // an answer and the answers it decided (joined) together
        Change last = std::move(history_.back());
        history_.pop_back();
        more = last.joined;
        if (!last.pointer.empty() && last.pointer[0] == '#') {
            const std::string key = last.pointer.substr(1);
            if (last.before.is_null()) doc_.erase(key);
            else doc_[key] = last.before;
        } else {
            store_at(doc_["facts"], last.pointer, last.before);  // the pointer was stored once, so it stores again
        }
    }
    dirty_ = true;
    ++revision_;
    return true;
}

// ---- [SECTION] Case file -------------------------------------------------------------------------------------------

std::string case_file_text(const json& case_doc) { return case_doc.dump(2) + "\n"; }

// ---- Documents ----------------------------------------------------------------------------------------------------
namespace {
std::string_view trim_view(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}
void erase_all(std::string& s, std::string_view what) {
    for (auto at = s.find(what); at != std::string::npos; at = s.find(what, at)) s.erase(at, what.size());
}
// Tags dropped and &lt; &gt; &quot; &#39; &amp; decoded (the entities report.cpp's HTML writer uses).
std::string html_text(std::string_view line) {
    std::string out;
    bool in_tag = false;
    for (const char c : line) {
        if (c == '<') in_tag = true;
        else if (c == '>') in_tag = false;
        else if (!in_tag) out += c;
    }
    static constexpr std::pair<std::string_view, std::string_view> kEntities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
    for (const auto& [from, to] : kEntities)
        for (auto at = out.find(from); at != std::string::npos; at = out.find(from, at + to.size())) out.replace(at, from.size(), to);
    return std::string(trim_view(out));
}
} // namespace

std::vector<DocumentLine> document_lines(std::string_view text, DocumentKind kind) {
    std::vector<DocumentLine> out;
    bool in_head = false;
    for (int number = 0; !text.empty(); ++number) {
        const auto nl = text.find('\n');
        const std::string_view raw = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
        const std::string_view line = trim_view(raw);
        if (line.empty()) continue;
        DocumentLine d;
        d.line = number;
        if (kind == DocumentKind::markdown) {
            std::size_t hashes = 0;
            while (hashes < line.size() && line[hashes] == '#') ++hashes;
            std::string_view body = line;
            if (hashes > 0 && hashes < line.size() && line[hashes] == ' ') {
                d.heading = static_cast<int>(std::min<std::size_t>(hashes, 3));
                body = trim_view(line.substr(hashes));
            } else if (line.rfind("- ", 0) == 0) {
                body = trim_view(line.substr(2));
            }
            d.text = std::string(body);
            erase_all(d.text, "**");
        } else if (kind == DocumentKind::html) {
            if (line.rfind("<head", 0) == 0) in_head = true;
            if (in_head) {  // the <head> (the title repeats the <h1>), up to and with its closing line
                in_head = line.find("</head>") == std::string_view::npos;
                continue;
            }
            if (line.size() > 3 && line[0] == '<' && line[1] == 'h' && line[2] >= '1' && line[2] <= '6') d.heading = std::min(line[2] - '0', 3);
            d.text = html_text(line);
        } else {
            d.text = std::string(line);
        }
        if (!d.text.empty()) out.push_back(std::move(d));
    }
    return out;
}

OpenedCases open_case_text(std::string_view text) {
    OpenedCases out;
    LoadedCases loaded = load_cases_text(text);
    out.errors = std::move(loaded.errors);
    if (!out.errors.empty()) return out;
    for (auto& c : loaded.cases) out.cases.push_back(std::move(c.whole));
    return out;
}

// ---- [SECTION] Checks ----------------------------------------------------------------------------------------------

std::optional<std::string> bundled_request(std::string_view what) {
    // §8.3: "a data item is one category of data, from one source, to one recipient, for one purpose";
    // Q12 / D13 name "everything", "the whole file", "to be safe" as broader than necessary.
    static const std::vector<std::string_view> kBundles{
        "alles wat jullie hebben", "alles wat u heeft", "alles wat je hebt", "alle gegevens", "alle informatie",
        "het hele dossier", "het volledige dossier", "het complete dossier", "hele dossier", "alles over",
        "voor de zekerheid", "alles wat", "everything", "all you have", "all data", "all information",
        "the whole file", "the entire file", "the complete file", "to be safe", "just in case"};
    const std::string folded = fold_text(what);
    for (auto phrase : kBundles) {
        const std::string p = fold_text(phrase);
        std::size_t at = folded.find(p);
        while (at != std::string::npos) {
            const bool start_ok = at == 0 || !std::isalnum(static_cast<unsigned char>(folded[at - 1]));
            const std::size_t end = at + p.size();
            const bool end_ok = end >= folded.size() || !std::isalnum(static_cast<unsigned char>(folded[end]));
            if (start_ok && end_ok) return std::string(phrase);
            at = folded.find(p, at + 1);
        }
    }
    return std::nullopt;
}

// ---- [SECTION] What-if ---------------------------------------------------------------------------------------------

namespace {
void collect_candidates(const json& node, const std::string& pointer, std::vector<std::string>& out) {
    if (const FieldSpec* spec = find_field(pointer);
        spec && (spec->kind == FieldKind::choice || spec->kind == FieldKind::flag))
        out.push_back(pointer);
    if (node.is_object()) {
        for (auto it = node.begin(); it != node.end(); ++it)
            collect_candidates(it.value(), pointer + "/" + it.key(), out);
    } else if (node.is_array()) {
        for (std::size_t i = 0; i < node.size(); ++i) collect_candidates(node[i], pointer + "/" + std::to_string(i), out);
    }
}

std::size_t catalogue_rank(std::string_view pointer) {
    const auto& cat = field_catalogue();
    for (std::size_t i = 0; i < cat.size(); ++i)
        if (pointer_matches(cat[i].pattern, pointer)) return i;
    return cat.size();
}

bool decisive_key(std::string_view key) {
    return key == "value" || key == "verdict" || key == "started" || key == "included_as_client" ||
           key == "may_attend" || key == "may_be_organised" || key == "organiser" || key == "§2.3" ||
           key == "§3.1.1" || key == "excluded_domains" || key == "agreed_domains" || key == "conditions";
}

bool is_leaf(const json& v) {
    if (v.is_object()) return false;
    if (v.is_array()) return std::none_of(v.begin(), v.end(), [](const json& e) { return e.is_object() || e.is_array(); });
    return true;
}

void diff_node(const json& a, const json& b, const std::string& pointer, std::string_view key,
               std::vector<AssessmentDifference>& out) {
    if (a == b) return;
    if (a.is_object() && b.is_object()) {
        std::vector<std::string> keys;
        for (auto it = a.begin(); it != a.end(); ++it) keys.push_back(it.key());
        for (auto it = b.begin(); it != b.end(); ++it)
            if (!a.contains(it.key())) keys.push_back(it.key());
        for (const auto& k : keys)
            diff_node(a.contains(k) ? a[k] : json(nullptr), b.contains(k) ? b[k] : json(nullptr),
                      pointer + "/" + pointer_token(k), k, out);
        return;
    }
    if (a.is_array() && b.is_array() && !is_leaf(a) && !is_leaf(b)) {
        const std::size_t n = std::max(a.size(), b.size());
        for (std::size_t i = 0; i < n; ++i)
            diff_node(i < a.size() ? a[i] : json(nullptr), i < b.size() ? b[i] : json(nullptr),
                      pointer + "/" + std::to_string(i), "", out);
        return;
    }
    if (a.is_object() || b.is_object() || (a.is_array() && !is_leaf(a)) || (b.is_array() && !is_leaf(b))) {
        // one side missing or of another shape: report the whole subtree as one difference
        out.push_back({pointer, a, b, true});
        return;
    }
    out.push_back({pointer, a, b, decisive_key(key)});
}
} // namespace

std::vector<std::string> what_if_candidates(const json& facts) {
    std::vector<std::string> found;
    collect_candidates(facts, "", found);
    std::vector<std::size_t> rank;
    for (const auto& p : found) rank.push_back(catalogue_rank(p));
    std::vector<std::string> out;  // by catalogue rank, equal ranks in the order found (a stable sort, in less code)
    for (std::size_t r = 0; r <= field_catalogue().size(); ++r)
        for (std::size_t i = 0; i < found.size(); ++i)
            if (rank[i] == r) out.push_back(std::move(found[i]));
    return out;
}

std::vector<AssessmentDifference> diff_assessments(const json& a, const json& b) {
    std::vector<AssessmentDifference> out;
    diff_node(a, b, "", "", out);
    return out;
}

} // namespace wams::ui
