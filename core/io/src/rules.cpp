// rules.cpp — loads the embedded rule metadata (assets/rules/*.json, see cmake/Embed.cmake) once, on first use.
// No file-system access at run time: the same bytes are compiled into the native and the wasm build.
#include "wams/rules.hpp"

#include "wams/stage.hpp"

#include <nlohmann/json.hpp>

#include <string_view>

namespace wams::embedded {
std::string_view asset_rules();
std::string_view asset_ambiguities();
std::string_view asset_design_choices();
std::string_view asset_advisories();
std::string_view asset_rule_texts();
std::string_view asset_walk_questions();
std::string_view asset_translations_nl();
} // namespace wams::embedded

namespace wams {
namespace {

using nlohmann::json;

std::string str(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}
std::vector<std::string> strs(const json& j, const char* key) {
    std::vector<std::string> out;
    auto it = j.find(key);
    if (it != j.end() && it->is_array())
        for (const auto& s : *it)
            if (s.is_string()) out.push_back(s.get<std::string>());
    return out;
}
json parse(std::string_view bytes) { return json::parse(bytes.begin(), bytes.end()); }

// The rulebook writes its card texts in Markdown: `code` spans and *emphasis*. Screens and explanations show plain
// text, so the markers go ("`undetermined`" → "undetermined", "*Tool:*" → "Tool:"); the words stay.
std::string plain(std::string text) {
    std::erase_if(text, [](char c) { return c == '`' || c == '*'; });
    return text;
}

struct Metadata {
    std::vector<RuleInfo> rules;
    std::vector<AmbiguityInfo> ambiguities;
    std::vector<DesignChoiceInfo> design_choices;
    std::vector<AdvisoryInfo> advisories;
    std::vector<ConditionInfo> conditions;
    std::vector<QuestionInfo> questions;
    json verdicts;

    Metadata() {
        // Each document is kept in a named variable: a range-for over parse(…)["key"] would dangle.
        const json rules_doc = parse(embedded::asset_rules()), amb_doc = parse(embedded::asset_ambiguities()),
                   dc_doc = parse(embedded::asset_design_choices()), adv_doc = parse(embedded::asset_advisories()),
                   q_doc = parse(embedded::asset_walk_questions());
        // Draft article numbers in the texts are labelled as the draft's (stage.hpp); quotes stay verbatim.
        auto nl = [](const std::string& t) { return label_draft_articles(t, Lang::nl); };
        auto en = [](const std::string& t) { return label_draft_articles(t, Lang::en); };
        for (const auto& r : rules_doc.at("rules")) {
            RuleInfo i;
            i.id = str(r, "id");
            const std::string kind = str(r, "kind");
            i.kind = kind.empty() ? 'T' : kind[0];
            i.kind_note = str(r, "kind_note");
            i.title_nl = nl(str(r, "title_nl"));
            i.title_en = en(str(r, "title_en"));
            i.chapter = str(r, "chapter");
            i.sections = strs(r, "sections");
            i.article = str(r, "article");
            i.quotes_nl = strs(r, "quotes_nl");
            i.stage = str(r, "stage");
            rules.push_back(std::move(i));
        }
        // Dutch texts live apart from the rulebook extract (extract_rulebook.py regenerates the other files);
        // a missing Dutch text falls back to the English (test_rules.cpp makes that a failure).
        const json nl_doc = parse(embedded::asset_translations_nl());
        const json& nl_amb = nl_doc.at("ambiguities");
        const json& nl_dc = nl_doc.at("design_choices");
        auto nl_or = [](const json& group, const std::string& id, const char* key, const std::string& en) {
            auto it = group.find(id);
            const std::string nl = it != group.end() ? str(*it, key) : std::string();
            return nl.empty() ? en : plain(nl);
        };
        for (const auto& a : amb_doc.at("ambiguities")) {
            AmbiguityInfo i{str(a, "id"), en(plain(str(a, "title_en"))), en(plain(str(a, "tool_behaviour_en"))), strs(a, "quotes_nl"), "", ""};
            i.title_nl = nl(nl_or(nl_amb, i.id, "title_nl", i.title_en));
            i.tool_behaviour_nl = nl(nl_or(nl_amb, i.id, "tool_behaviour_nl", i.tool_behaviour_en));
            ambiguities.push_back(std::move(i));
        }
        for (const auto& d : dc_doc.at("design_choices")) {
            DesignChoiceInfo i{str(d, "id"), en(plain(str(d, "choice_en"))), en(plain(str(d, "rests_on_en"))), "", ""};
            i.choice_nl = nl(nl_or(nl_dc, i.id, "choice_nl", i.choice_en));
            i.rests_on_nl = nl(nl_or(nl_dc, i.id, "rests_on_nl", i.rests_on_en));
            design_choices.push_back(std::move(i));
        }
        const json texts = parse(embedded::asset_rule_texts());
        verdicts = texts.at("verdicts");
        for (const auto& a : adv_doc.at("advisories")) {
            AdvisoryInfo i{str(a, "code"), strs(a, "rules"), str(a, "shown_when_en"), "", ""};
            for (const auto& t : texts.at("advisories"))
                if (str(t, "code") == i.code) {
                    i.nl = str(t, "nl");
                    i.en = str(t, "en");
                }
            advisories.push_back(std::move(i));
        }
        for (const auto& c : texts.at("conditions")) conditions.push_back({str(c, "code"), strs(c, "rules"), str(c, "nl"), str(c, "en")});
        for (const auto& q : q_doc.at("questions")) {
            QuestionInfo i{str(q, "id"), nl(str(q, "nl")), en(str(q, "en")), nl(str(q, "ask_nl")), en(str(q, "ask_en")), strs(q, "rules"), {}};
            for (const auto& a : q.at("answers")) i.answers.push_back({str(a, "code"), nl(str(a, "nl")), en(str(a, "en"))});
            questions.push_back(std::move(i));
        }
    }
};

const Metadata& meta() {
    static const Metadata m;
    return m;
}

template <class T, class Key>
const T* find_in(const std::vector<T>& v, std::string_view id, Key key) {
    for (const auto& x : v)
        if (x.*key == id) return &x;
    return nullptr;
}

} // namespace

const std::vector<RuleInfo>& all_rules() { return meta().rules; }
const RuleInfo* find_rule(std::string_view id) { return find_in(meta().rules, id, &RuleInfo::id); }
const std::vector<AmbiguityInfo>& all_ambiguities() { return meta().ambiguities; }
const AmbiguityInfo* find_ambiguity(std::string_view id) { return find_in(meta().ambiguities, id, &AmbiguityInfo::id); }
const std::vector<DesignChoiceInfo>& all_design_choices() { return meta().design_choices; }
const DesignChoiceInfo* find_design_choice(std::string_view id) { return find_in(meta().design_choices, id, &DesignChoiceInfo::id); }
const std::vector<AdvisoryInfo>& all_advisories() { return meta().advisories; }
const AdvisoryInfo* find_advisory(std::string_view code) { return find_in(meta().advisories, code, &AdvisoryInfo::code); }
const std::vector<ConditionInfo>& all_conditions() { return meta().conditions; }
const ConditionInfo* find_condition(std::string_view code) {
    if (code.rfind("provider_conditions:", 0) == 0) code = "provider_conditions";
    return find_in(meta().conditions, code, &ConditionInfo::code);
}

std::string condition_text(std::string_view code, Lang lang) {
    if (const ConditionInfo* c = find_condition(code)) {
        std::string out = lang == Lang::nl ? c->nl : c->en;
        if (code.rfind("provider_conditions:", 0) == 0) out += " " + std::string(code.substr(20));
        if (!out.empty()) return out;
    }
    return std::string(code);
}
const std::vector<QuestionInfo>& all_questions() { return meta().questions; }
const QuestionInfo* find_question(std::string_view id) { return find_in(meta().questions, id, &QuestionInfo::id); }
const AnswerInfo* find_answer(const QuestionInfo& q, std::string_view code) { return find_in(q.answers, code, &AnswerInfo::code); }

std::string verdict_label(std::string_view code, Lang lang) {
    for (const auto& v : meta().verdicts)
        if (v.value("code", "") == code) return v.value(lang == Lang::nl ? "nl" : "en", std::string(code));
    return std::string(code);
}

std::string source_where(std::string_view sections, std::string_view article, Lang lang) {
    std::string where(sections);
    if (!article.empty()) where += (where.empty() ? "" : "; ") + label_draft_articles(article, lang);
    return where;
}

std::string rule_where(const RuleInfo& r, Lang lang) {
    std::string sections;
    for (const auto& s : r.sections) sections += (sections.empty() ? "" : ", ") + s;
    return source_where(sections, r.article, lang);
}

std::string_view ambiguity_title(const AmbiguityInfo& a, Lang lang) { return lang == Lang::nl ? a.title_nl : a.title_en; }
std::string_view ambiguity_tool_behaviour(const AmbiguityInfo& a, Lang lang) {
    return lang == Lang::nl ? a.tool_behaviour_nl : a.tool_behaviour_en;
}
std::string_view design_choice_text(const DesignChoiceInfo& d, Lang lang) { return lang == Lang::nl ? d.choice_nl : d.choice_en; }
std::string_view design_choice_rests_on(const DesignChoiceInfo& d, Lang lang) {
    return lang == Lang::nl ? d.rests_on_nl : d.rests_on_en;
}

} // namespace wams
