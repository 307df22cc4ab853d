// rules.cpp — loads the embedded rule metadata (assets/rules/*.json, see cmake/Embed.cmake) once, on first use.
// No file-system access at run time: the same bytes are compiled into the native and the wasm build.
#include "wams/rules.hpp"

#include "wams/stage.hpp"

#include "wams/asset_errors.hpp"
#include "wams/json_reader.hpp"

#include <algorithm>
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

// The rulebook writes its card texts in Markdown: `code` spans and *emphasis*. Screens and explanations show plain
// text, so the markers go ("`undetermined`" → "undetermined", "*Tool:*" → "Tool:"); the words stay.
std::string plain(std::string text) {
    std::erase_if(text, [](char c) { return c == '`' || c == '*'; });
    return text;
}

// The English card texts are the rulebook's own, with its `code` spans (verdicts, §0.3 fields and values, advisory
// codes). A screen says them in words (issue 17: no code on a screen; the Dutch texts are written that way in
// translations_nl.json): a verdict or value in quotes as the screens word it ('not allowed'), a field or an advisory
// as a phrase of the sentence ("criterion a under §2.3"); any other code by its own words, in quotes.
std::string english_words_for(std::string_view code) {
    struct Words { std::string_view code, words; bool quoted; };
    static constexpr Words kWords[] = {
        {"not_allowed", "not allowed", true}, {"allowed_under_conditions", "allowed under conditions", true},
        {"not_this_law", "not this law", true}, {"not_applicable", "not applicable", true},
        {"at_discretion", "at the college's discretion", true}, {"existing_dossiers_suffice", "existing files suffice", true},
        {"alternative_readings", "the outcome under each reading", false}, {"value", "the outcome", false},
        {"a_person_s23", "criterion a under §2.3", false}, {"b_environment_s23", "criterion b under §2.3", false},
        {"a_person_s311", "criterion a under §3.1.1", false}, {"b_environment_s311", "criterion b under §3.1.1", false},
        {"scope_limits", "the client's scope", false}, {"scope_limits.rules", "its rules", false},
        {"case_conference.phase", "the phase of the recorded case conference", false},
        {"ADV_CLIENT_MAY_DECLINE", "the advisory that the client may still decline", false},
        {"ADV_NO_CROSS_DOMAIN_BASIS_ELSEWHERE", "the advisory that 'not this law' does not mean allowed elsewhere", false},
    };
    for (const auto& w : kWords)
        if (w.code == code) return w.quoted ? "'" + std::string(w.words) + "'" : std::string(w.words);
    std::string w(code);  // undetermined, client_agreed_domains, self_coordinator: the words themselves
    std::replace(w.begin(), w.end(), '_', ' ');
    return "'" + w + "'";
}
std::string plain_en(const std::string& text) {
    std::string out;
    std::size_t at = 0;
    for (std::size_t b = text.find('`'); b != std::string::npos; b = text.find('`', at)) {
        const std::size_t e = text.find('`', b + 1);
        if (e == std::string::npos) break;
        out += text.substr(at, b - at);
        out += english_words_for(std::string_view(text).substr(b + 1, e - b - 1));
        at = e + 1;
    }
    out += text.substr(at);
    return plain(std::move(out));
}

// Draft article numbers in the texts are labelled as the draft's (stage.hpp); quotes stay verbatim.
std::string nl(const std::string& t) { return label_draft_articles(t, Lang::nl); }
std::string en(const std::string& t) { return label_draft_articles(t, Lang::en); }

CodeText code_text(const JsonReader& r) { return {r.str("code"), r.str("nl"), r.str("en")}; }

std::map<std::string, std::map<std::string, std::string>> texts_by_id(const JsonReader& group) {
    std::map<std::string, std::map<std::string, std::string>> out;
    group.members([&](const std::string& id, const JsonReader& fields) {
        auto& texts = out[id];
        fields.members([&](const std::string& key, const JsonReader& t) { texts[key] = t.str(); });
    });
    return out;
}

// The Dutch text of `id`'s `key`, without Markdown; `en` when there is none (test_rules.cpp makes that a failure).
std::string nl_or(const std::map<std::string, std::map<std::string, std::string>>& group, const std::string& id,
                  const char* key, const std::string& en) {
    const auto texts = group.find(id);
    if (texts == group.end()) return en;
    const auto t = texts->second.find(key);
    return t == texts->second.end() || t->second.empty() ? en : plain(t->second);
}

struct Metadata {
    std::vector<RuleInfo> rules;
    std::vector<AmbiguityInfo> ambiguities;
    std::vector<DesignChoiceInfo> design_choices;
    std::vector<AdvisoryInfo> advisories;
    RuleTexts texts;
    std::vector<QuestionInfo> questions;

    Metadata()
        : rules(value_or_record("assets/rules/rules.json", parse_rules(embedded::asset_rules()))),
          ambiguities(value_or_record("assets/rules/ambiguities.json", parse_ambiguities(embedded::asset_ambiguities()))),
          design_choices(value_or_record("assets/rules/design_choices.json", parse_design_choices(embedded::asset_design_choices()))),
          advisories(value_or_record("assets/rules/advisories.json", parse_advisories(embedded::asset_advisories()))),
          texts(value_or_record("assets/rules/rule_texts.json", parse_rule_texts(embedded::asset_rule_texts()))),
          questions(value_or_record("assets/rules/walk_questions.json", parse_walk_questions(embedded::asset_walk_questions()))) {
        // Dutch texts live apart from the rulebook extract (extract_rulebook.py regenerates the other files).
        const TranslationsNl dutch =
            value_or_record("assets/rules/translations_nl.json", parse_translations_nl(embedded::asset_translations_nl()));
        for (auto& a : ambiguities) {
            a.title_nl = nl(nl_or(dutch.ambiguities, a.id, "title_nl", a.title_en));
            a.tool_behaviour_nl = nl(nl_or(dutch.ambiguities, a.id, "tool_behaviour_nl", a.tool_behaviour_en));
        }
        for (auto& d : design_choices) {
            d.choice_nl = nl(nl_or(dutch.design_choices, d.id, "choice_nl", d.choice_en));
            d.rests_on_nl = nl(nl_or(dutch.design_choices, d.id, "rests_on_nl", d.rests_on_en));
        }
        for (auto& a : advisories)
            for (const auto& t : texts.advisories)
                if (t.code == a.code) {
                    a.nl = t.nl;
                    a.en = t.en;
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
const std::vector<ConditionInfo>& all_conditions() { return meta().texts.conditions; }
const ConditionInfo* find_condition(std::string_view code) {
    if (code.rfind("provider_conditions:", 0) == 0) code = "provider_conditions";
    return find_in(meta().texts.conditions, code, &ConditionInfo::code);
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
    if (const CodeText* v = find_in(meta().texts.verdicts, code, &CodeText::code)) return lang == Lang::nl ? v->nl : v->en;
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

// [SECTION] Parsing ------------------------------------------------------------------------------------------------

Result<std::vector<RuleInfo>> parse_rules(std::string_view text) {
    return read_json_array<RuleInfo>(text, "rules", [](const JsonReader& r) {
        RuleInfo i;
        i.id = r.str("id");
        const std::string kind = r.str("kind");
        i.kind = kind.empty() ? 'T' : kind[0];
        i.kind_note = r.str("kind_note");
        i.title_nl = nl(r.str("title_nl"));
        i.title_en = en(r.str("title_en"));
        i.chapter = r.str("chapter");
        i.sections = r.strings("sections");
        i.article = r.str_or_empty("article");
        i.quotes_nl = r.strings("quotes_nl");
        i.stage = r.str("stage");
        return i;
    });
}

Result<std::vector<AmbiguityInfo>> parse_ambiguities(std::string_view text) {
    return read_json_array<AmbiguityInfo>(text, "ambiguities", [](const JsonReader& a) {
        return AmbiguityInfo{a.str("id"), en(plain_en(a.str("title_en"))),
                             en(plain_en(a.str_or_empty("tool_behaviour_en"))), a.strings("quotes_nl"), "", ""};
    });
}

Result<std::vector<DesignChoiceInfo>> parse_design_choices(std::string_view text) {
    return read_json_array<DesignChoiceInfo>(text, "design_choices", [](const JsonReader& d) {
        return DesignChoiceInfo{d.str("id"), en(plain_en(d.str("choice_en"))), en(plain_en(d.str("rests_on_en"))), "", ""};
    });
}

Result<std::vector<AdvisoryInfo>> parse_advisories(std::string_view text) {
    return read_json_array<AdvisoryInfo>(text, "advisories", [](const JsonReader& a) {
        return AdvisoryInfo{a.str("code"), a.strings("rules"), a.str("shown_when_en"), "", ""};
    });
}

Result<std::vector<QuestionInfo>> parse_walk_questions(std::string_view text) {
    return read_json_array<QuestionInfo>(text, "questions", [](const JsonReader& q) {
        QuestionInfo i{q.str("id"), nl(q.str("nl")), en(q.str("en")), nl(q.str("ask_nl")),
                       en(q.str("ask_en")), q.strings("rules"), {}};
        q.required("answers").each([&](const JsonReader& a) {
            i.answers.push_back({a.str("code"), nl(a.str("nl")), en(a.str("en"))});
        });
        return i;
    });
}

Result<RuleTexts> parse_rule_texts(std::string_view text) {
    return read_json_text<RuleTexts>(text, [](const JsonReader& doc) {
        RuleTexts t;
        doc.required("verdicts").each([&](const JsonReader& v) { t.verdicts.push_back(code_text(v)); });
        doc.required("advisories").each([&](const JsonReader& a) { t.advisories.push_back(code_text(a)); });
        doc.required("conditions").each([&](const JsonReader& c) {
            t.conditions.push_back({c.str("code"), c.strings("rules"), c.str("nl"), c.str("en")});
        });
        return t;
    });
}

Result<TranslationsNl> parse_translations_nl(std::string_view text) {
    return read_json_text<TranslationsNl>(text, [](const JsonReader& doc) {
        return TranslationsNl{texts_by_id(doc.required("ambiguities")), texts_by_id(doc.required("design_choices"))};
    });
}

} // namespace wams
