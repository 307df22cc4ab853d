// verdict_words.cpp — every verdict in words (issue 17 part 4; verdict_words.hpp). Reads the assessment and re-runs
// assess() on the case with one answer changed; decides nothing itself.
//
// Index
//   [SECTION] Templates      fill, say: the "words.*" sentences of assets/i18n
//   [SECTION] Targets        what is put in words: one item's verdict or one process value
//   [SECTION] Re-assessing   the case with one answer changed; the A1 readings
//   [SECTION] Answers        the decisive answers given and their labels
//   [SECTION] Sentences      because, verdict, would change, depends
//   [SECTION] Entry points
#include "wams/verdict_words.hpp"

#include "wams/engine.hpp"
#include "wams/i18n.hpp"
#include "wams/json_pointer.hpp"
#include "wams/rules.hpp"
#include "wams/ui_model.hpp"
#include "wams/validate.hpp"
#include "wams/vocabulary.hpp"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <utility>

namespace wams {
namespace {
using nlohmann::json;

constexpr std::size_t kMaxAnswers = 3;  // answers named in "because"
constexpr std::size_t kMaxChanges = 2;  // answers named in "would change"
constexpr std::string_view kReadingPointer = "/entry/municipality_criteria_reading";  // A1: the municipality's reading

// [SECTION] Templates ---------------------------------------------------------------------------------------------

using Slots = std::initializer_list<std::pair<std::string_view, std::string>>;

std::string fill(std::string text, Slots slots) {  // "{name}" → value
    for (const auto& [name, value] : slots) {
        const std::string slot = "{" + std::string(name) + "}";
        for (auto at = text.find(slot); at != std::string::npos; at = text.find(slot, at + value.size()))
            text.replace(at, slot.size(), value);
    }
    return text;
}

std::string say(Lang lang, std::string_view key, Slots slots = {}) {
    return fill(i18n::text(lang, "words." + std::string(key)), slots);
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : std::string(sep)) + p;
    return out;
}

// [SECTION] Targets -----------------------------------------------------------------------------------------------

struct Target {
    std::optional<std::size_t> item;  // a data item's verdict, else `process`
    ProcessValue process = ProcessValue::investigation;
};

std::string outcome_code(const Assessment& a, const Target& t) {  // the §0.3 value or verdict; "" when there is none
    if (t.item) return std::string(to_string(a.data_items.at(*t.item).verdict));
    const ProcessWalk& p = a.process;
    switch (t.process) {
    case ProcessValue::investigation: return std::string(to_code(p.investigation.value));
    case ProcessValue::coordination: return std::string(to_code(p.coordination.value));
    case ProcessValue::case_conference:
        return p.case_conference ? std::string(to_code(p.case_conference->may_be_organised)) : "";
    }
    return "";
}

std::string outcome_label(const Target& t, const std::string& code, Lang lang) {
    return t.item ? verdict_label(code, lang) : i18n::text(lang, "val." + code);
}

const Ids& target_rules(const Assessment& a, const Target& t) {
    static const Ids none;
    if (t.item) return a.data_items.at(*t.item).rules;
    const ProcessWalk& p = a.process;
    switch (t.process) {
    case ProcessValue::investigation: return p.investigation.rules;
    case ProcessValue::coordination: return p.coordination.rules;
    case ProcessValue::case_conference: return p.case_conference ? p.case_conference->rules : none;
    }
    return none;
}

std::string target_subject(const Assessment& a, const Target& t) {
    if (t.item) return "data_items/" + a.data_items.at(*t.item).item_id;
    static const char* names[] = {"investigation", "coordination", "case_conference"};
    return names[static_cast<int>(t.process)];
}

// [SECTION] Re-assessing ------------------------------------------------------------------------------------------

struct Alternative {  // the case with one answer changed, assessed
    std::string pointer;
    json value;
    Assessment assessment;
};

struct Context {
    const Facts& facts;
    const Assessment& a;
    Lang lang;
    json facts_json;
    std::vector<Alternative> alternatives;  // every other allowed answer of every choice/yes-no answer present
    std::vector<Alternative> readings;      // A1 flagged: the case under each reading the municipality may fix
};

std::optional<Assessment> assess_with(const Context& c, std::string_view pointer, const json& value) {
    json changed = c.facts_json;
    if (!store_at(changed, pointer, value) || !validate_facts(changed).empty()) return std::nullopt;
    auto read = facts_from_json(changed);
    if (!read.ok()) return std::nullopt;
    return assess(read.value(), c.a.stage ? *c.a.stage : default_stage());
}

void add_alternatives(Context& c, const std::string& pointer) {
    const ui::FieldSpec* spec = ui::find_field(pointer);
    const json* current = find_at(c.facts_json, pointer);
    if (!spec || !current) return;
    for (const json& value : ui::field_answers(*spec, pointer, c.facts_json))
        if (value != *current)
            if (auto changed = assess_with(c, pointer, value)) c.alternatives.push_back({pointer, value, std::move(*changed)});
}

Context make_context(const Facts& facts, const Assessment& a, Lang lang) {
    Context c{facts, a, lang, to_json(facts), {}, {}};
    for (const auto& pointer : ui::what_if_candidates(c.facts_json)) add_alternatives(c, pointer);
    if (has_id(a.process.investigation.ambiguities, "A1"))
        for (auto code : vocab::codes(kReadingPointer))
            if (auto read = assess_with(c, kReadingPointer, json(std::string(code))))
                c.readings.push_back({std::string(kReadingPointer), json(std::string(code)), std::move(*read)});
    return c;
}

// [SECTION] Answers -----------------------------------------------------------------------------------------------

bool shares_rule(const vocab::Field& f, const Ids& rules) {
    return std::any_of(f.rules.begin(), f.rules.end(), [&](std::string_view r) { return has_id(rules, r); });
}

bool answerable(const vocab::Field& f) { return f.kind == vocab::Kind::choice || f.kind == vocab::Kind::flag; }

// Case-level answers present in the case that feed one of `rules` (the vocabulary's "rules" of each field).
void case_answers(const Context& c, const Ids& rules, std::vector<std::string>& out) {
    for (const vocab::Field& f : vocab::fields()) {
        const std::string path(f.path);
        if (!answerable(f) || path.find('*') != std::string::npos || !shares_rule(f, rules)) continue;
        if (find_at(c.facts_json, path) && std::find(out.begin(), out.end(), path) == out.end()) out.push_back(path);
    }
}

// The item's own answers asked on the page of a walked question (Q1 … Q12), present in the case.
void item_answers(const Context& c, std::size_t item, const WalkStep& s, std::vector<std::string>& out) {
    constexpr std::string_view prefix = "/data_items/*/";
    for (const vocab::Field& f : vocab::fields()) {
        if (!answerable(f) || f.page != s.question || f.path.substr(0, prefix.size()) != prefix) continue;
        const std::string pointer = "/data_items/" + std::to_string(item) + "/" + std::string(f.path.substr(prefix.size()));
        if (find_at(c.facts_json, pointer) && std::find(out.begin(), out.end(), pointer) == out.end()) out.push_back(pointer);
    }
}

bool decisive_step(const WalkStep& s, Verdict v) {  // the steps the verdict was combined from (§8.4)
    if (s.effect == Effect::stop) return s.stop_verdict == v;
    switch (v) {
    case Verdict::allowed: return s.effect == Effect::continue_ && !s.rules.empty();
    case Verdict::allowed_under_conditions: return s.effect == Effect::condition;
    case Verdict::not_allowed: return s.effect == Effect::block;
    case Verdict::undetermined: return s.effect == Effect::ask;
    case Verdict::not_this_law: return false;
    }
    return false;
}

std::vector<const WalkStep*> decisive_steps(const ItemAssessment& it) {
    std::vector<const WalkStep*> out;
    for (const auto& s : it.steps)
        if (decisive_step(s, it.verdict)) out.push_back(&s);
    return out;
}

std::vector<std::string> decisive_answers(const Context& c, const Target& t) {  // pointers, most specific first
    std::vector<std::string> out;
    if (!t.item) {
        case_answers(c, target_rules(c.a, t), out);
        return out;
    }
    const auto steps = decisive_steps(c.a.data_items.at(*t.item));
    for (const WalkStep* s : steps) item_answers(c, *t.item, *s, out);
    for (const WalkStep* s : steps) case_answers(c, s->rules, out);
    return out;
}

bool moves(const Context& c, const Target& t, const Alternative& alt) {
    return outcome_code(alt.assessment, t) != outcome_code(c.a, t);
}

bool any_move(const Context& c, const Target& t, const std::string& pointer) {
    return std::any_of(c.alternatives.begin(), c.alternatives.end(),
                       [&](const Alternative& alt) { return alt.pointer == pointer && moves(c, t, alt); });
}

std::string question_label(std::string_view pointer, Lang lang) {
    const ui::FieldSpec* spec = ui::find_field(pointer);
    return spec ? i18n::text(lang, ui::field_label_key(*spec)) : std::string();
}

std::string answer_label(std::string_view pointer, const json& value, Lang lang) {
    const ui::FieldSpec* spec = ui::find_field(pointer);
    return spec ? i18n::text(lang, ui::option_label_key(*spec, value)) : std::string();
}

std::string answer_given(const Context& c, const std::string& pointer) {  // "«Doel» — Het Wams-onderzoek"
    return say(c.lang, "answer", {{"question", question_label(pointer, c.lang)},
                                  {"answer", answer_label(pointer, *find_at(c.facts_json, pointer), c.lang)}});
}

std::string step_given(const WalkStep& s, Lang lang) {  // a walked question in the walk's own words
    const QuestionInfo* q = find_question(s.question);
    const AnswerInfo* ans = q ? find_answer(*q, s.answer) : nullptr;
    if (!ans) return "";
    const bool nl = lang == Lang::nl;
    return say(lang, "answer", {{"question", nl ? q->nl : q->en}, {"answer", nl ? ans->nl : ans->en}});
}

// [SECTION] Sentences ---------------------------------------------------------------------------------------------

std::string because(const Context& c, const Target& t) {
    const std::vector<std::string> pointers = decisive_answers(c, t);
    std::string moving;  // per pointer '1' when another answer to it moves the verdict: those are said first
    for (const auto& p : pointers) moving += any_move(c, t, p) ? '1' : '0';
    std::vector<std::string> given;
    for (const char first : {'1', '0'})  // (a stable partition, without its code in the wasm)
        for (size_t i = 0; i < pointers.size(); ++i)
            if (moving[i] == first && given.size() < kMaxAnswers) given.push_back(answer_given(c, pointers[i]));
    if (given.empty() && t.item)
        for (const WalkStep* s : decisive_steps(c.a.data_items.at(*t.item)))
            if (auto g = step_given(*s, c.lang); !g.empty() && given.size() < kMaxAnswers) given.push_back(g);
    if (!given.empty()) return say(c.lang, "because", {{"answers", join(given, "; ")}});
    return target_rules(c.a, t).empty() ? "" : say(c.lang, "because_rules");
}

std::string verdict_sentence(const Context& c, const Target& t) {
    const std::string code = outcome_code(c.a, t);
    if (!t.item)
        return say(c.lang, "process." + target_subject(c.a, t), {{"value", outcome_label(t, code, c.lang)}});
    std::vector<std::string> conditions;
    for (const auto& cond : c.a.data_items.at(*t.item).conditions) conditions.push_back(condition_text(cond, c.lang));
    return say(c.lang, "verdict." + code, {{"conditions", join(conditions, " ")}});
}

std::vector<AnswerChange> changes(const Context& c, const Target& t) {
    const std::vector<std::string> decisive = decisive_answers(c, t);
    std::vector<const Alternative*> moving;
    for (const auto& alt : c.alternatives)
        if (moves(c, t, alt)) moving.push_back(&alt);
    auto is_decisive = [&](const Alternative* alt) {
        return std::find(decisive.begin(), decisive.end(), alt->pointer) != decisive.end();
    };
    if (std::any_of(moving.begin(), moving.end(), is_decisive))  // the decisive answers; others only when none moves it
        moving.erase(std::remove_if(moving.begin(), moving.end(), [&](auto* alt) { return !is_decisive(alt); }), moving.end());
    std::vector<AnswerChange> out;
    for (const bool known : {true, false})  // a known answer first, then "not known" (a stable partition)
        for (const Alternative* alt : moving) {
            const auto said = [&](const AnswerChange& ch) { return ch.pointer == alt->pointer; };
            if (alt->value.is_null() != known && out.size() < kMaxChanges && std::none_of(out.begin(), out.end(), said))
                out.push_back({alt->pointer, alt->value, outcome_code(alt->assessment, t)});
        }
    return out;
}

std::string would_change(const Context& c, const Target& t, const std::vector<AnswerChange>& changes) {
    std::vector<std::string> sentences;
    for (const auto& ch : changes)
        sentences.push_back(say(c.lang, "change", {{"question", question_label(ch.pointer, c.lang)},
                                                   {"answer", answer_label(ch.pointer, ch.value, c.lang)},
                                                   {"outcome", outcome_label(t, ch.outcome, c.lang)}}));
    return sentences.empty() ? say(c.lang, "change_none") : join(sentences, " ");
}

std::string depends_on_reading(const Context& c, const Target& t) {  // A1: the outcome under each reading
    std::vector<std::string> outcomes, codes;
    for (const auto& r : c.readings) {
        codes.push_back(outcome_code(r.assessment, t));
        outcomes.push_back(say(c.lang, "reading", {{"reading", answer_label(r.pointer, r.value, c.lang)},
                                                   {"outcome", outcome_label(t, codes.back(), c.lang)}}));
    }
    if (std::adjacent_find(codes.begin(), codes.end(), std::not_equal_to<>()) == codes.end()) return "";
    std::vector<std::string> pointers, given;  // the answers each reading weighs: those feeding the reading's rules
    if (const vocab::Field* f = vocab::find(kReadingPointer))
        case_answers(c, Ids(f->rules.begin(), f->rules.end()), pointers);
    for (const auto& p : pointers)
        if (p != kReadingPointer && given.size() < kMaxAnswers) given.push_back(answer_given(c, p));
    return say(c.lang, "depends_a1", {{"answers", join(given, "; ")}, {"readings", join(outcomes, "; ")}});
}

const Ids& target_ambiguities(const Assessment& a, const Target& t) {
    static const Ids none;
    if (t.item) return a.data_items.at(*t.item).ambiguities;
    return t.process == ProcessValue::investigation ? a.process.investigation.ambiguities : none;
}

std::string depends(const Context& c, const Target& t) {
    std::vector<std::string> sentences;
    if (auto a1 = depends_on_reading(c, t); !a1.empty()) sentences.push_back(a1);
    for (const auto& id : target_ambiguities(c.a, t)) {
        const AmbiguityInfo* info = find_ambiguity(id);
        if (id == "A1" || !info) continue;
        sentences.push_back(say(c.lang, "depends", {{"title", std::string(ambiguity_title(*info, c.lang))}}));
    }
    return join(sentences, " ");
}

std::string target_title(const Context& c, const Target& t) {
    if (t.item) return *t.item < c.facts.data_items.size() ? c.facts.data_items[*t.item].what : "";
    static const char* keys[] = {"out.investigation", "out.coordination", "out.conference_may_be_organised"};
    return i18n::text(c.lang, keys[static_cast<int>(t.process)]);
}

VerdictWords words_for(const Context& c, const Target& t) {
    std::vector<AnswerChange> moving = changes(c, t);
    std::string change_words = would_change(c, t, moving);
    return VerdictWords{target_subject(c.a, t), target_title(c, t), because(c, t), verdict_sentence(c, t),
                        std::move(change_words), std::move(moving), depends(c, t), target_rules(c.a, t)};
}

} // namespace

// [SECTION] Entry points ------------------------------------------------------------------------------------------

VerdictWords verdict_in_words(const Facts& facts, const Assessment& a, std::size_t item, Lang lang) {
    return words_for(make_context(facts, a, lang), Target{item});
}

VerdictWords process_in_words(const Facts& facts, const Assessment& a, ProcessValue which, Lang lang) {
    return words_for(make_context(facts, a, lang), Target{std::nullopt, which});
}

std::vector<VerdictWords> all_in_words(const Facts& facts, const Assessment& a, Lang lang) {
    const Context c = make_context(facts, a, lang);
    std::vector<VerdictWords> out;
    for (auto which : {ProcessValue::investigation, ProcessValue::coordination, ProcessValue::case_conference})
        if (!outcome_code(a, Target{std::nullopt, which}).empty()) out.push_back(words_for(c, Target{std::nullopt, which}));
    for (std::size_t i = 0; i < a.data_items.size(); ++i) out.push_back(words_for(c, Target{i}));
    return out;
}

std::string words_text(const Facts& facts, const Assessment& a, Lang lang) {
    std::string out;
    for (const auto& w : all_in_words(facts, a, lang)) {
        out += "## " + w.title + "\n";
        for (const auto* s : {&w.because, &w.verdict, &w.depends, &w.would_change})
            if (!s->empty()) out += *s + "\n";
        if (!w.rules.empty()) out += say(lang, "rules", {{"rules", join(w.rules, ", ")}}) + "\n";
    }
    return out;
}

} // namespace wams
