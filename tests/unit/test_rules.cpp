// Rule metadata (assets/rules/*.json) and coverage: every R1–R67 has metadata and is fired by at least one case.
#include <catch2/catch.hpp>

#include "expected_match.hpp"
#include "wams/engine.hpp"
#include "wams/rules.hpp"

#include <filesystem>
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
    CHECK(wams::all_design_choices().size() == 25);
    for (int n = 1; n <= 25; ++n) {
        CHECK(wams::find_ambiguity("A" + std::to_string(n)) != nullptr);
        CHECK(wams::find_design_choice("D" + std::to_string(n)) != nullptr);
    }
    CHECK(wams::find_ambiguity("A1")->quotes_nl.size() >= 2);  // both readings, side by side
    REQUIRE(wams::all_advisories().size() == 20);
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
        const auto a = wams::assess(wams::facts_from_json(c["facts"]));
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
            for (const auto& r : wams::assess(wams::facts_from_json(c["facts"])).rules_fired) fired.insert(r);
        }
    }
    for (const auto& r : wams::all_rules()) {
        INFO(r.id << " is never fired");
        CHECK(fired.count(r.id) == 1);
    }
}
