// Issue 15 part 2: every article number the app or an export shows is labelled as the draft's ("art. 5.4.1
// wetsvoorstel (consultatieversie 2020)" / "art. 5.4.1 (bill, 2020 consultation draft)"), every export states the
// law's real status, and the old planned date (1 January 2023) is gone. The check below is written apart from
// core's label_draft_articles (a regular expression over the shown text), so the code under test does not judge itself.
#include <catch2/catch.hpp>
#include "engine_fixtures.hpp"
#include "wams/explain.hpp"
#include "wams/helpdesk.hpp"
#include "wams/i18n.hpp"
#include "wams/process_steps.hpp"
#include "wams/report.hpp"
#include "wams/rules.hpp"
#include "wams/training.hpp"

#include <regex>
#include <string>
#include <vector>

namespace {

// Every "art. N.N.N" / "artikel N.N.N" (the draft's numbering: three parts, e.g. 2.3a.4) outside «verbatim quotes»
// that is not followed by the draft label; the offending references, with what follows them.
std::vector<std::string> unlabelled(const std::string& text) {
    static const std::regex quote("\xC2\xAB[\\s\\S]*?\xC2\xBB");  // «…», shortest
    static const std::regex ref(R"(\bart(?:\.|ikel) \d+\.\d+[a-z]?\.\d+(?: lid \d+)?)");
    static const std::regex label(R"(^ (?:wetsvoorstel \(consultatieversie 2020\)|\(bill, 2020 consultation draft\)))");
    const std::string shown = std::regex_replace(text, quote, "«»");
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(shown.begin(), shown.end(), ref); it != std::sregex_iterator(); ++it) {
        const std::string after = it->suffix().str();
        if (!std::regex_search(after, label)) out.push_back(it->str() + after.substr(0, 30));
    }
    return out;
}

void check_labelled(const std::string& what, const std::string& text) {
    INFO(what);
    CHECK(unlabelled(text) == std::vector<std::string>{});
    CHECK(text.find("1 januari 2023") == std::string::npos);
    CHECK(text.find("1 January 2023") == std::string::npos);
}

// The statement every export carries (stage_notice), checked by its words.
void check_status(const std::string& what, const std::string& text, wams::Lang lang) {
    INFO(what);
    const bool nl = lang == wams::Lang::nl;
    CHECK(text.find("Kamerstuk 36 295") != std::string::npos);
    CHECK(text.find(nl ? "geen geldend recht" : "not law in force") != std::string::npos);
    CHECK(text.find(nl ? "Stand per 3 december 2026" : "As of 3 December 2026") != std::string::npos);
    CHECK(text.find(nl ? "consultatieversie van december 2020" : "December 2020 consultation draft") != std::string::npos);
    CHECK(text.find(nl ? "(FG)" : "gegevensbescherming, FG)") != std::string::npos);
}

std::vector<std::string> public_ids() {
    std::vector<std::string> ids;
    for (int i = 1; i <= 20; ++i) ids.push_back((i < 10 ? "PUB-0" : "PUB-") + std::to_string(i));
    return ids;
}

} // namespace

TEST_CASE("the label check itself finds an unlabelled draft article", "[label]") {
    CHECK(unlabelled("zie art. 5.4.2 Wmo 2015") == std::vector<std::string>{"art. 5.4.2 Wmo 2015"});
    CHECK(unlabelled("art. 2.1.1 lid 3 (bill, 2020 consultation draft)").empty());
    CHECK(unlabelled("«artikel 2.3a.1 Wmo 2015» en art. 8d Wgs").empty());
    CHECK(unlabelled("artikel 2.3a.4 wetsvoorstel").size() == 1);
}

TEST_CASE("every rule card and citation labels its draft article", "[label]") {
    std::size_t with_article = 0;
    for (const auto& r : wams::all_rules()) {
        with_article += r.article.empty() ? 0 : 1;
        for (const auto lang : {wams::Lang::nl, wams::Lang::en}) {
            check_labelled(r.id + " card", r.id + " — " + r.title_nl + r.title_en + " " + wams::rule_where(r, lang));
            check_labelled(r.id + " citation", wams::rule_citation(r.id, lang));
        }
    }
    CHECK(with_article >= 10);  // the rules do cite draft articles: the check above had something to check
}

TEST_CASE("every export of the 20 public cases labels draft articles and states the law's status", "[label]") {
    for (const auto& id : public_ids()) {
        const wams::Facts facts = pub_facts(id);
        const wams::Assessment a = wams::assess(facts);
        for (const auto lang : {wams::Lang::nl, wams::Lang::en}) {
            const std::string l = lang == wams::Lang::nl ? " nl" : " en";
            const std::string explained = wams::explain(facts, a, lang);
            check_labelled(id + " explain" + l, explained);
            check_status(id + " explain" + l, explained, lang);
            for (const auto fmt : {wams::ReportFormat::md, wams::ReportFormat::html}) {
                const std::string record = wams::dossier_record(facts, a, fmt, lang, {"2026-12-03", id, ""});
                const std::string f = fmt == wams::ReportFormat::md ? " md" : " html";
                check_labelled(id + " report" + l + f, record);
                check_status(id + " report" + l + f, record, lang);
            }
        }
    }
}

TEST_CASE("the record's own status statement is not read as personal data", "[label][report]") {
    const wams::Facts facts = pub_facts("PUB-01");
    const wams::Assessment a = wams::assess(facts);
    const wams::DossierOptions o{"2026-12-03", "PUB-01", ""};
    for (const auto lang : {wams::Lang::nl, wams::Lang::en})
        CHECK(wams::dossier_pii(wams::dossier_record(facts, a, wams::ReportFormat::md, lang, o), a, o).empty());
}

TEST_CASE("the training summary export states the law's status", "[label][training]") {
    const wams::training::Session empty;
    for (const auto lang : {wams::Lang::nl, wams::Lang::en}) {
        const std::string md = wams::training::training_summary_markdown(empty, lang);
        check_labelled("training summary", md);
        check_status("training summary", md, lang);
    }
}

TEST_CASE("UI texts, process steps, walk questions and help-desk texts label draft articles", "[label]") {
    for (const auto lang : {wams::Lang::nl, wams::Lang::en})
        for (const auto& key : wams::i18n::keys(lang)) check_labelled("i18n " + key, wams::i18n::text(lang, key));
    for (const auto& s : wams::process_steps())
        check_labelled("step " + std::string(s.id), s.name_nl + s.name_en + " " + s.summary_nl + " " + s.summary_en);
    for (const auto& q : wams::all_questions()) {
        std::string text = q.nl + " " + q.en + " " + q.ask_nl + " " + q.ask_en;
        for (const auto& an : q.answers) text += " " + an.nl + " " + an.en;
        check_labelled("walk " + q.id, text);
    }
    for (const auto& x : wams::all_ambiguities())
        check_labelled(x.id, x.title_nl + " " + x.title_en + " " + x.tool_behaviour_nl + " " + x.tool_behaviour_en);
    for (const auto& d : wams::all_design_choices())
        check_labelled(d.id, d.choice_nl + " " + d.choice_en + " " + d.rests_on_nl + " " + d.rests_on_en);
    for (const auto& h : wams::help_answers())
        for (const char* lang : {"nl", "en"})
            check_labelled(h.id, wams::help_question(h, lang) + " " + wams::help_answer_text(h, lang));
    for (const auto& c : wams::help_facts().cards) check_labelled(c.id, c.title_nl + " " + c.title_en + " " + c.body_nl + " " + c.body_en);
}
