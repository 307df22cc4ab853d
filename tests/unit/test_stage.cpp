// The rulebook stage record (assets/rules/stage.json via stage.hpp): what the rules model, the bill's real status,
// and the label that keeps every draft article number from reading as current law (issue 15 part 2).
#include <catch2/catch.hpp>
#include "wams/rules.hpp"
#include "wams/stage.hpp"

#include <string>

namespace {
bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
} // namespace

TEST_CASE("the December 2020 draft is the default stage", "[stage]") {
    REQUIRE(wams::stage_record_error().empty());
    const auto& s = wams::default_stage();
    CHECK(s.id == "concept-2020-12");
    CHECK(s.date == "2020-12-09");
    REQUIRE(wams::find_stage("concept-2020-12") == &s);
    CHECK(wams::find_stage("nonexistent") == nullptr);
}

TEST_CASE("the stage record states the bill's real status, dated", "[stage]") {
    const auto& s = wams::default_stage();
    CHECK_FALSE(s.in_force);
    CHECK(s.as_of == "2026-12-03");
    CHECK(contains(s.models_nl, "consultatieversie van december 2020"));
    CHECK(contains(s.models_en, "December 2020 consultation draft"));
    // LAW-STATUS.md: the dated steps after the modelled text, oldest first.
    const std::vector<std::pair<std::string, std::string>> expected{
        {"2021-10-13", "W13.21.0187/III"}, {"2023-01-30", "36 295"}, {"2023-09-12", "ontroversie"},
        {"2026-02-18", "nota van wijziging"}, {"2026-07-01", "Wmo 2015"}};
    for (const auto& entry : expected) {  // no structured binding: clang 14 (the sanitizer build) cannot capture one
        const auto& [date, words] = entry;
        INFO(date);
        const auto it = std::find_if(s.history.begin(), s.history.end(),
                                     [&](const auto& e) { return e.date == entry.first; });
        REQUIRE(it != s.history.end());
        CHECK(contains(it->nl, words));
        CHECK(!it->en.empty());
    }
    for (std::size_t i = 1; i < s.history.size(); ++i) CHECK(s.history[i - 1].date <= s.history[i].date);
}

TEST_CASE("the notice says what is modelled, what changed, not in force, stand per and whom to ask", "[stage]") {
    const auto nl = wams::stage_notice(wams::default_stage(), wams::Lang::nl);
    const auto en = wams::stage_notice(wams::default_stage(), wams::Lang::en);
    REQUIRE(nl.size() == 4);
    REQUIRE(en.size() == 4);
    CHECK(contains(nl[1], "Kamerstuk 36 295"));
    CHECK(contains(nl[1], "nota van wijziging"));
    CHECK(contains(nl[2], "geen geldend recht"));
    CHECK(contains(nl[2], "Stand per 3 december 2026."));
    CHECK(contains(en[2], "not law in force"));
    CHECK(contains(en[2], "As of 3 December 2026."));
    CHECK(contains(nl[3], "functionaris gegevensbescherming (FG)"));
    CHECK(contains(en[3], "data protection officer"));
    for (const auto& p : nl) CHECK(!contains(p, "1 januari 2023"));
    CHECK(wams::stage_status_line(wams::default_stage(), wams::Lang::nl) ==
          "Wetsvoorstel, niet in werking (Kamerstuk 36 295); regels volgen de consultatieversie 2020 — stand per 3 december 2026");
}

TEST_CASE("a broken stage record is an error value, never an exception", "[stage]") {
    for (const char* bad : {"", "{", "[]", "{\"stages\": []}", "{\"tool_is_not_nl\": \"x\", \"tool_is_not_en\": \"x\", \"stages\": [{\"id\": \"s\"}]}"}) {
        INFO(bad);
        wams::StageRecord r;
        REQUIRE_NOTHROW(r = wams::parse_stage_record(bad));
        CHECK(!r.error.empty());
        CHECK(r.stages.empty());
    }
}

TEST_CASE("long dates in Dutch and English", "[stage]") {
    CHECK(wams::long_date("2026-12-03", wams::Lang::nl) == "3 december 2026");
    CHECK(wams::long_date("2023-01-30", wams::Lang::en) == "30 January 2023");
    CHECK(wams::long_date("2020-12", wams::Lang::nl) == "december 2020");
    CHECK(wams::long_date("soon", wams::Lang::nl) == "soon");
}

TEST_CASE("a draft article is labelled as the draft's", "[stage][label]") {
    CHECK(wams::draft_article_label("5.4.1", wams::Lang::nl) == "art. 5.4.1 wetsvoorstel (consultatieversie 2020)");
    CHECK(wams::draft_article_label("5.4.1", wams::Lang::en) == "art. 5.4.1 (bill, 2020 consultation draft)");
    using wams::label_draft_articles;
    const auto nl = wams::Lang::nl;
    CHECK(label_draft_articles("art. 5.4.2 Wmo 2015", nl) == "art. 5.4.2 wetsvoorstel (consultatieversie 2020)");
    CHECK(label_draft_articles("zie art. 2.3a.4.", nl) == "zie art. 2.3a.4 wetsvoorstel (consultatieversie 2020).");
    CHECK(label_draft_articles("(art. 2.1.1 lid 3 Wmo 2015)", wams::Lang::en) == "(art. 2.1.1 lid 3 (bill, 2020 consultation draft))");
    CHECK(label_draft_articles("artikel 5.4.1 en art. 8d Wgs", nl) == "art. 5.4.1 wetsvoorstel (consultatieversie 2020) en art. 8d Wgs");
    // A verbatim quote stays verbatim; a labelled reference is not labelled twice.
    CHECK(label_draft_articles("«(artikel 2.3a.1 Wmo 2015)» art. 2.3a.1", nl) ==
          "«(artikel 2.3a.1 Wmo 2015)» art. 2.3a.1 wetsvoorstel (consultatieversie 2020)");
    const std::string once = label_draft_articles("art. 5.4.1", nl);
    CHECK(label_draft_articles(once, nl) == once);
    CHECK(label_draft_articles("art. 5.4.10 and art. 12.3.4", nl) == "art. 5.4.10 and art. 12.3.4");  // not the draft's
}

TEST_CASE("every article the rules cite is one of the stage's draft articles", "[stage][label]") {
    const auto& drafts = wams::default_stage().draft_articles;
    for (const auto& r : wams::all_rules()) {
        if (r.article.empty()) continue;
        INFO(r.id << " " << r.article);
        const auto where = wams::rule_where(r, wams::Lang::nl);
        CHECK(contains(where, " wetsvoorstel (consultatieversie 2020)"));
        CHECK(!contains(where, "Wmo 2015"));
        const bool known = std::any_of(drafts.begin(), drafts.end(), [&](const std::string& n) { return contains(r.article, "art. " + n + " "); });
        CHECK(known);
    }
}
