// Verdicts in words (issue 17 part 4, wams/verdict_words.hpp): the sentences name the answers given in the
// vocabulary's Dutch labels (written here by hand from assets/vocabulary.json and RULEBOOK §8.3), every answer named
// as one that would change the outcome really changes it (checked here by assess), the A1 case says it depends on
// the municipality's reading and what to ask, and no §0.3 code or JSON pointer appears in any Dutch sentence.
#include <catch2/catch.hpp>

#include "expected_match.hpp"
#include "wams/engine.hpp"
#include "wams/json_pointer.hpp"
#include "wams/verdict_words.hpp"

#include <cctype>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const fs::path kRoot(WAMS_SOURCE_DIR);

json public_cases() { return wams_test::read_json_file((kRoot / "tests/data/cases_public.json").string())["cases"]; }

json public_case(const std::string& id) {
    for (const json& c : public_cases())
        if (c["id"] == id) return c;
    FAIL("no public case " << id);
    return {};
}

std::vector<json> every_case() {  // the 20 public cases and the draft-3 regression set
    std::vector<json> out;
    for (const json& c : public_cases()) out.push_back(c);
    for (const auto& e : fs::directory_iterator(kRoot / "scenarios/draft3"))
        if (e.path().extension() == ".json") out.push_back(wams_test::read_json_file(e.path().string()));
    return out;
}

wams::Facts facts_of(const json& c) { return wams::facts_from_json(c["facts"]).value(); }

wams::VerdictWords item_words(const std::string& id, std::size_t item) {
    const wams::Facts f = facts_of(public_case(id));
    return wams::verdict_in_words(f, wams::assess(f), item, wams::Lang::nl);
}

std::string outcome_of(const wams::Assessment& a, const std::string& subject) {  // the value or verdict a words record is about
    if (subject == "investigation") return std::string(wams::to_code(a.process.investigation.value));
    if (subject == "coordination") return std::string(wams::to_code(a.process.coordination.value));
    if (subject == "case_conference") return std::string(wams::to_code(a.process.case_conference->may_be_organised));
    for (const auto& it : a.data_items)
        if (subject == "data_items/" + it.item_id) return std::string(wams::to_string(it.verdict));
    FAIL("unknown subject " << subject);
    return "";
}

// Every code of the vocabulary and the rule texts ("code" members), except one that its own Dutch label contains
// ("§2.3", "Wpg", "regisseur": the label shows the same word).
std::set<std::string> codes() {
    std::set<std::string> out;
    std::function<void(const json&)> walk = [&](const json& j) {
        if (j.is_object()) {
            if (j.contains("code") && j["code"].is_string()) {
                const std::string code = j["code"];
                const std::string label = j.contains("nl") && j["nl"].is_string() ? j["nl"].get<std::string>() : "";
                if (label.find(code) == std::string::npos) out.insert(code);
            }
            for (const auto& [k, v] : j.items()) walk(v);
        } else if (j.is_array()) {
            for (const auto& v : j) walk(v);
        }
    };
    for (const char* file : {"assets/vocabulary.json", "assets/rules/rule_texts.json", "assets/rules/walk_questions.json"})
        walk(wams_test::read_json_file((kRoot / file).string()));
    return out;
}

bool word_char(char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_'; }

bool contains_word(const std::string& text, const std::string& word) {  // `word` with no letter, digit or _ beside it
    for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        const bool left = at == 0 || !word_char(text[at - 1]);
        const bool right = at + word.size() == text.size() || !word_char(text[at + word.size()]);
        if (left && right) return true;
    }
    return false;
}

std::vector<std::string> leaks(const std::string& sentence, const std::set<std::string>& codes) {
    std::vector<std::string> out;
    for (const auto& code : codes)
        if (contains_word(sentence, code)) out.push_back(code);
    for (std::size_t i = 0; i < sentence.size(); ++i) {
        if (sentence[i] == '_' && i > 0 && word_char(sentence[i - 1])) out.push_back("snake_case");
        if (sentence[i] == '/' && i + 1 < sentence.size() && std::islower(static_cast<unsigned char>(sentence[i + 1])) &&
            (i == 0 || sentence[i - 1] == ' ' || sentence[i - 1] == '#'))
            out.push_back("pointer");
    }
    return out;
}

} // namespace

TEST_CASE("the sentences name the decisive answers in the vocabulary's Dutch labels", "[words]") {
    SECTION("PUB-14 D2: police data, the Wpg does not permit it") {
        const auto w = item_words("PUB-14", 1);
        CHECK_THAT(w.because, Catch::Contains("Omdat u antwoordde") && Catch::Contains("«Bijzondere wet» — Wet politiegegevens (Wpg)") &&
                                  Catch::Contains("«Staat die wet de verstrekking toe?» — Nee"));
        CHECK(w.verdict == "U mag dit gegeven niet delen.");
        CHECK_THAT(w.would_change, Catch::Contains("«Staat die wet de verstrekking toe?»: Ja") &&
                                       Catch::Contains("Toegestaan onder voorwaarden"));
        CHECK(w.rules == wams::Ids{"R62"});
    }
    SECTION("PUB-03 D2: the provider was not asked yet, so it may refuse (R60)") {
        const auto w = item_words("PUB-03", 1);
        CHECK_THAT(w.because, Catch::Contains("«Antwoord van de verstrekker» — Nog niet gevraagd"));
        CHECK_THAT(w.verdict, Catch::StartsWith("U mag dit gegeven delen, alleen onder deze voorwaarden:") &&
                                  Catch::Contains("zwaarwegende redenen"));
        CHECK_THAT(w.would_change, Catch::Contains("«Antwoord van de verstrekker»: Verstrekt, dan wordt het: Toegestaan."));
    }
    SECTION("PUB-01 D3: whether the client objects is not known") {
        const auto w = item_words("PUB-01", 2);
        CHECK_THAT(w.because, Catch::Contains("«Heeft de cliënt bezwaar?» — Onbekend"));
        CHECK(w.verdict == "Of u dit gegeven mag delen, is nog niet te zeggen.");
        CHECK_THAT(w.would_change, Catch::Contains("«Heeft de cliënt bezwaar?»: Ja, dan wordt het: Niet toegestaan."));
    }
    SECTION("PUB-14 D4: a table under other legislation is outside this law") {
        const auto w = item_words("PUB-14", 3);
        CHECK_THAT(w.because, Catch::Contains("«Doel» — Een bestaand overleg onder andere wetgeving"));
        CHECK_THAT(w.verdict, Catch::Contains("andere wetgeving"));
    }
    SECTION("English uses the English labels") {
        const wams::Facts f = facts_of(public_case("PUB-14"));
        const auto w = wams::verdict_in_words(f, wams::assess(f), 1, wams::Lang::en);
        CHECK_THAT(w.because, Catch::StartsWith("Because you answered") && Catch::Contains("«Special law»"));
        CHECK(w.verdict == "You may not share this data.");
    }
}

TEST_CASE("the investigation of the A1 case depends on the municipality's reading, and says what to ask", "[words]") {
    const wams::Facts f = facts_of(public_case("PUB-05"));  // criterion b not met: (a OR b) AND c yes, a AND b AND c no
    const auto w = wams::process_in_words(f, wams::assess(f), wams::ProcessValue::investigation, wams::Lang::nl);
    CHECK(w.verdict == "Of er een onderzoek komt: Nog niet te bepalen.");
    CHECK_THAT(w.depends, Catch::Contains("hangt af van hoe de gemeente de criteria a, b en c leest") &&
                              Catch::Contains("«b — omgevingscriterium: hinder of overlast, of een veiligheidsrisico» — Nee") &&
                              Catch::Contains("§2.3: (a of b) en c wordt het Naar keuze van het college") &&
                              Catch::Contains("§3.1.1: a en b en c wordt het Nee") &&
                              Catch::Contains("Vraag de gemeente welke lezing"));
    SECTION("a case without A1 says nothing about readings") {
        const wams::Facts g = facts_of(public_case("PUB-01"));
        CHECK(wams::process_in_words(g, wams::assess(g), wams::ProcessValue::investigation, wams::Lang::nl).depends.empty());
    }
}

TEST_CASE("every answer named as changing the outcome changes it, by assess", "[words]") {
    std::size_t checked = 0;
    for (const json& c : every_case()) {
        const wams::Facts f = facts_of(c);
        const wams::Assessment a = wams::assess(f);
        for (const auto& w : wams::all_in_words(f, a, wams::Lang::nl)) {
            INFO(c["id"] << " " << w.subject);
            CHECK(!w.would_change.empty());
            for (const auto& ch : w.changes) {
                json changed = c["facts"];
                REQUIRE(wams::find_at(changed, ch.pointer));
                REQUIRE(*wams::find_at(changed, ch.pointer) != ch.value);
                REQUIRE(wams::store_at(changed, ch.pointer, ch.value));
                const wams::Assessment b = wams::assess(wams::facts_from_json(changed).value());
                CHECK(outcome_of(b, w.subject) != outcome_of(a, w.subject));
                CHECK(outcome_of(b, w.subject) == ch.outcome);
                ++checked;
            }
        }
    }
    CHECK(checked > 100);
}

TEST_CASE("no §0.3 code or JSON pointer in any Dutch sentence of any public or draft-3 case", "[words]") {
    const auto known = codes();
    REQUIRE(known.count("client_self"));
    REQUIRE(known.count("not_yet_asked"));
    CHECK(leaks("«Bron» — client_self", known) == std::vector<std::string>{"client_self", "snake_case"});
    CHECK(!leaks("zie /facts/entry", known).empty());
    std::size_t sentences = 0;
    for (const json& c : every_case()) {
        const wams::Facts f = facts_of(c);
        for (const auto& w : wams::all_in_words(f, wams::assess(f), wams::Lang::nl))
            for (const std::string* s : {&w.because, &w.verdict, &w.would_change, &w.depends}) {
                INFO(c["id"] << " " << w.subject << ": " << *s);
                CHECK(leaks(*s, known).empty());
                sentences += !s->empty();
            }
    }
    CHECK(sentences > 150);
}
