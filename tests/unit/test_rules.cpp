// Rule metadata (assets/rules/*.json) and coverage: every R1–R67 has metadata and is fired by at least one case;
// the Dutch texts of A1–A25 and D1–D25 (translations_nl.json) are complete and keep every id, code and quotation.
#include <catch2/catch.hpp>

#include "expected_match.hpp"
#include "wams/engine.hpp"
#include "wams/rules.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <regex>
#include <set>

namespace fs = std::filesystem;

TEST_CASE("every rule R1–R67 has metadata", "[rules]") {
    REQUIRE(wams::all_rules().size() == 67);
    for (int n = 1; n <= 67; ++n) {
        const std::string id = "R" + std::to_string(n);
        const wams::RuleInfo* r = wams::find_rule(id);
        INFO(id);
        REQUIRE(r != nullptr);
        CHECK((r->kind == 'T' || r->kind == 'C'));
        CHECK(!r->title_nl.empty());
        CHECK(!r->title_en.empty());
        CHECK(!r->sections.empty());
        CHECK(!r->quotes_nl.empty());
        CHECK(r->stage == "concept-2020-12");
    }
    CHECK(wams::find_rule("R68") == nullptr);
}

TEST_CASE("context rules are exactly R9, R11, R12, R13 and R65", "[rules]") {
    std::set<std::string> context;
    for (const auto& r : wams::all_rules())
        if (r.kind == 'C') context.insert(r.id);
    CHECK(context == std::set<std::string>{"R9", "R11", "R12", "R13", "R65"});
}

TEST_CASE("articles are those named in the rulebook", "[rules]") {
    CHECK(wams::find_rule("R61")->article == "art. 5.4.2 Wmo 2015");
    CHECK(wams::find_rule("R16")->article == "art. 2.3a.1 Wmo 2015");
    CHECK(wams::find_rule("R67")->article == "art. 2.3a.4 Wmo 2015");
    CHECK(wams::find_rule("R5")->article.empty());
}

TEST_CASE("ambiguities, design choices, advisories, conditions and questions are complete", "[rules]") {
    CHECK(wams::all_ambiguities().size() == 25);
    CHECK(wams::all_design_choices().size() == 27);  // D26, D27: draft 3
    for (int n = 1; n <= 25; ++n) {
        CHECK(wams::find_ambiguity("A" + std::to_string(n)) != nullptr);
        CHECK(wams::find_design_choice("D" + std::to_string(n)) != nullptr);
    }
    CHECK(wams::find_ambiguity("A1")->quotes_nl.size() >= 2);  // both readings, side by side
    REQUIRE(wams::all_advisories().size() == 21);  // ADV_CLIENT_MAY_DECLINE: draft 3.1
    for (const auto& a : wams::all_advisories()) {
        INFO(a.code);
        CHECK(!a.rules.empty());
        CHECK(!a.nl.empty());
        CHECK(!a.en.empty());
    }
    CHECK(wams::find_condition("provider_conditions:alleen ter inzage") != nullptr);
    CHECK(wams::find_condition("bsn_only_to_ensure_right_person")->rules == std::vector<std::string>{"R63"});
    REQUIRE(wams::all_questions().size() == 13);
    for (int n = 1; n <= 13; ++n) {
        const auto* q = wams::find_question("Q" + std::to_string(n));
        REQUIRE(q != nullptr);
        CHECK(!q->nl.empty());
        CHECK(!q->answers.empty());
    }
    CHECK(wams::verdict_label("not_this_law", wams::Lang::nl) == "Valt niet onder deze wet");
}

TEST_CASE("every answer a walk step gives has a label in both languages", "[rules]") {
    for (const auto& e : fs::directory_iterator(fs::path(WAMS_SOURCE_DIR) / "scenarios" / "public")) {
        if (e.path().extension() != ".json") continue;
        const auto c = wams_test::read_json_file(e.path().string());
        const auto a = wams::assess(wams::facts_from_json(c["facts"]).value());
        for (const auto& item : a.data_items)
            for (const auto& s : item.steps) {
                const auto* q = wams::find_question(s.question);
                REQUIRE(q != nullptr);
                INFO(s.question << " " << s.answer);
                CHECK(wams::find_answer(*q, s.answer) != nullptr);
                for (const auto& cond : s.conditions) CHECK(wams::find_condition(cond) != nullptr);
                for (const auto& adv : s.advisories) CHECK(wams::find_advisory(adv) != nullptr);
            }
    }
}

TEST_CASE("every rule R1–R67 is fired by at least one scenario", "[rules][coverage]") {
    std::set<std::string> fired;
    for (const char* dir : {"public", "rules"}) {
        const fs::path p = fs::path(WAMS_SOURCE_DIR) / "scenarios" / dir;
        if (!fs::exists(p)) continue;
        for (const auto& e : fs::directory_iterator(p)) {
            if (e.path().extension() != ".json") continue;
            const auto c = wams_test::read_json_file(e.path().string());
            for (const auto& r : wams::rules_fired(wams::assess(wams::facts_from_json(c["facts"]).value()))) fired.insert(r);
        }
    }
    for (const auto& r : wams::all_rules()) {
        INFO(r.id << " is never fired");
        CHECK(fired.count(r.id) == 1);
    }
}

// ---- Dutch texts of the ambiguity and design-choice cards (assets/rules/translations_nl.json, docs/i18n.md) ----
namespace wams::embedded {
std::string_view asset_translations_nl();
std::string_view asset_ambiguities();
std::string_view asset_design_choices();
}

namespace {
// The references a translation must carry over verbatim: ids (R27, A16, D4, Q1), sections (§2.3, §3.1.1) and
// «quotations». The English's `code` spans are not carried over: the Dutch says them in words (next function).
std::vector<std::string> references(const std::string& s) {
    std::vector<std::string> out;
    static const std::regex id_or_section(R"(\b[RADQ]\d+\b|§\d+(\.\d+)*)");
    for (auto it = std::sregex_iterator(s.begin(), s.end(), id_or_section); it != std::sregex_iterator(); ++it)
        out.push_back(it->str());
    const std::string open = "«", close = "»";  // byte scan: «» are multi-byte in UTF-8
    for (std::size_t b = s.find(open); b != std::string::npos; b = s.find(open, b)) {
        const std::size_t e = s.find(close, b + open.size());
        if (e == std::string::npos) break;
        out.push_back(s.substr(b, e + close.size() - b));
        b = e + close.size();
    }
    return out;
}
// Internal codes a Dutch card must not show (issue 17: no code on a Dutch screen): a `code` span, a §0.3 value or
// field spelled with underscores (not_allowed, client_agreed_domains) or an advisory code (ADV_…).
std::vector<std::string> codes_in(const std::string& s) {
    std::vector<std::string> out;
    static const std::regex code(R"(`[^`]*`|\b[a-z]+(_[a-z0-9]+)+\b|\bADV_[A-Z_]+)");
    for (auto it = std::sregex_iterator(s.begin(), s.end(), code); it != std::sregex_iterator(); ++it)
        out.push_back(it->str());
    return out;
}
std::vector<std::string> missing_references(const std::string& en, const std::string& nl) {
    std::vector<std::string> out;
    for (const auto& r : references(en))
        if (nl.find(r) == std::string::npos) out.push_back(r);
    return out;
}
// True when the English has words to translate besides its references ("A11." and "R21." have none).
bool has_words(std::string s) {
    for (const auto& r : references(s)) s.erase(s.find(r), r.size());
    return std::regex_search(s, std::regex("[A-Za-z]{2,}"));
}
} // namespace

TEST_CASE("the reference check catches a dropped id, section, code or quotation", "[rules][i18n]") {
    const std::string en = "give `undetermined` and cite R27 (§3.1.1, D4): «daardoor».";
    CHECK(missing_references(en, "geef `undetermined` en citeer R27 (§3.1.1, D4): «daardoor».").empty());
    CHECK(missing_references(en, "geef `undetermined` en citeer R2 (§3.1.1, D4): «daardoor».") == std::vector<std::string>{"R27"});
    CHECK(missing_references(en, "geef `undetermined` en citeer R27 (§3.1, D4): «daardoor».") == std::vector<std::string>{"§3.1.1"});
    CHECK(missing_references(en, "geef 'nog niet te bepalen' en citeer R27 (§3.1.1, D4): «daardoor».").empty());
    CHECK(codes_in("geef `undetermined` en kijk naar alternative_readings en ADV_CLIENT_MAY_DECLINE") ==
          std::vector<std::string>{"`undetermined`", "alternative_readings", "ADV_CLIENT_MAY_DECLINE"});
    CHECK(codes_in("geef 'nog niet te bepalen' (R27, §3.1.1, A1, concept 3.1)").empty());
    CHECK(missing_references(en, "geef `undetermined` en citeer R27 (§3.1.1, D4): «hierdoor».") ==
          std::vector<std::string>{"«daardoor»"});
    CHECK(!has_words("A1, A2; R22, R27."));
    CHECK(!has_words("R66 «niet meer, maar ook niet minder»."));
    CHECK(has_words("A20; R37/R38 are the only coordination rules."));
}

TEST_CASE("translations_nl.json has Dutch texts for every A-id and D-id and names no other id", "[rules][i18n]") {
    const auto doc = nlohmann::json::parse(wams::embedded::asset_translations_nl());
    CHECK(doc.at("stage") == "concept-2020-12");
    const auto& amb = doc.at("ambiguities");
    const auto& dc = doc.at("design_choices");
    REQUIRE(amb.size() == wams::all_ambiguities().size());
    REQUIRE(dc.size() == wams::all_design_choices().size());
    for (const auto& [id, t] : amb.items()) {
        INFO(id);
        CHECK(wams::find_ambiguity(id) != nullptr);
        for (const auto& [key, v] : t.items()) CHECK((key == "title_nl" || key == "tool_behaviour_nl"));
    }
    for (const auto& [id, t] : dc.items()) {
        INFO(id);
        CHECK(wams::find_design_choice(id) != nullptr);
        for (const auto& [key, v] : t.items()) CHECK((key == "choice_nl" || key == "rests_on_nl"));
    }
    // Present in the file (no silent fallback to English), non-empty, and translated wherever there are words.
    auto check = [](const nlohmann::json& t, const char* key, const std::string& en, const std::string& loaded) {
        INFO(key << ": " << en);
        if (en.empty()) {
            CHECK(!t.contains(key));  // A25 has no tool behaviour in the rulebook
            return;
        }
        REQUIRE(t.contains(key));
        const std::string nl = t.at(key).get<std::string>();
        CHECK(!nl.empty());
        std::string shown = nl;  // what the cards show: the Markdown markers dropped (next test case)
        std::erase_if(shown, [](char c) { return c == '`' || c == '*'; });
        CHECK(loaded == wams::label_draft_articles(shown, wams::Lang::nl));  // draft articles labelled (stage.hpp)
        if (has_words(en)) CHECK(nl != en);
        INFO(nl);
        for (const auto& r : missing_references(en, nl)) FAIL_CHECK("dropped reference " << r);
        for (const auto& c : codes_in(nl)) FAIL_CHECK("code on a Dutch card " << c);
    };
    // The English as the rulebook data writes it (with its `code` spans, which the Dutch says in words).
    const auto raw_amb = nlohmann::json::parse(wams::embedded::asset_ambiguities()).at("ambiguities");
    const auto raw_dc = nlohmann::json::parse(wams::embedded::asset_design_choices()).at("design_choices");
    const auto raw = [](const nlohmann::json& list, const std::string& id, const char* key) {
        for (const auto& e : list)
            if (e.value("id", "") == id && e.contains(key) && e.at(key).is_string()) return e.at(key).get<std::string>();
        return std::string();
    };
    for (const auto& a : wams::all_ambiguities()) {
        INFO(a.id);
        REQUIRE(amb.contains(a.id));
        check(amb.at(a.id), "title_nl", raw(raw_amb, a.id, "title_en"), a.title_nl);
        check(amb.at(a.id), "tool_behaviour_nl", raw(raw_amb, a.id, "tool_behaviour_en"), a.tool_behaviour_nl);
    }
    for (const auto& d : wams::all_design_choices()) {
        INFO(d.id);
        REQUIRE(dc.contains(d.id));
        check(dc.at(d.id), "choice_nl", raw(raw_dc, d.id, "choice_en"), d.choice_nl);
        check(dc.at(d.id), "rests_on_nl", raw(raw_dc, d.id, "rests_on_en"), d.rests_on_nl);
    }
}

TEST_CASE("the card texts follow the language", "[rules][i18n]") {
    const wams::AmbiguityInfo* a = wams::find_ambiguity("A18");
    REQUIRE(a != nullptr);
    CHECK(wams::ambiguity_title(*a, wams::Lang::nl) == "Gegevensbronnen: smal of breed?");
    CHECK(wams::ambiguity_title(*a, wams::Lang::en) == "Data sources: narrow or broad?");
    CHECK(wams::ambiguity_tool_behaviour(*a, wams::Lang::nl) == "'nog niet te bepalen' (D12).");  // no code
    CHECK(wams::ambiguity_tool_behaviour(*a, wams::Lang::en) == "'undetermined' (D12).");
    const wams::DesignChoiceInfo* d = wams::find_design_choice("D14");
    REQUIRE(d != nullptr);
    CHECK(wams::design_choice_text(*d, wams::Lang::nl) == "Wetten worden geteld over de cliënt plus de betrokken gezinsleden.");
    CHECK(wams::design_choice_text(*d, wams::Lang::en) == "Laws are counted over the client plus the included family members.");
    CHECK(wams::design_choice_rests_on(*d, wams::Lang::nl) == "A24.");
}

TEST_CASE("card texts are plain text: the rulebook's Markdown markers are not shown", "[rules][i18n]") {
    // The data holds `code` spans (204 backticks) and *Tool:* emphasis; a card or an explanation shows the words only.
    const auto plain = [](std::string_view t) { return t.find('`') == std::string_view::npos && t.find('*') == std::string_view::npos; };
    for (const auto& a : wams::all_ambiguities())
        for (auto lang : {wams::Lang::nl, wams::Lang::en}) {
            INFO(a.id);
            CHECK(plain(wams::ambiguity_title(a, lang)));
            CHECK(plain(wams::ambiguity_tool_behaviour(a, lang)));
        }
    for (const auto& d : wams::all_design_choices())
        for (auto lang : {wams::Lang::nl, wams::Lang::en}) {
            INFO(d.id);
            CHECK(plain(wams::design_choice_text(d, lang)));
            CHECK(plain(wams::design_choice_rests_on(d, lang)));
        }
    // …and no code in either language: the English data's `code` spans are said in words when loaded (rules.cpp).
    for (const auto& a : wams::all_ambiguities())
        for (auto lang : {wams::Lang::nl, wams::Lang::en}) {
            INFO(a.id << " " << wams::ambiguity_tool_behaviour(a, lang));
            CHECK(codes_in(std::string(wams::ambiguity_title(a, lang))).empty());
            CHECK(codes_in(std::string(wams::ambiguity_tool_behaviour(a, lang))).empty());
        }
    for (const auto& d : wams::all_design_choices())
        for (auto lang : {wams::Lang::nl, wams::Lang::en}) {
            INFO(d.id << " " << wams::design_choice_text(d, lang));
            CHECK(codes_in(std::string(wams::design_choice_text(d, lang))).empty());
            CHECK(codes_in(std::string(wams::design_choice_rests_on(d, lang))).empty());
        }
    const wams::DesignChoiceInfo* d4 = wams::find_design_choice("D4");
    REQUIRE(d4 != nullptr);
    CHECK(std::string(wams::design_choice_text(*d4, wams::Lang::en)).find("'undetermined' with the outcome under each reading") != std::string::npos);
    const wams::AmbiguityInfo* a19 = wams::find_ambiguity("A19");  // "*Wegwijzer:*" in the data
    REQUIRE(a19 != nullptr);
    CHECK(std::string(wams::ambiguity_tool_behaviour(*a19, wams::Lang::nl)).find(" Wegwijzer: ") != std::string::npos);
}
