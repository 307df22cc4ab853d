// Explanations: golden files (tests/golden/explain/*.txt, reviewed by reading them) and the content rules of the
// issue — rules named with section/article/quote, why-not and ask-next for negative answers, both A1 readings.
#include <catch2/catch.hpp>

#include "expected_match.hpp"
#include "wams/engine.hpp"
#include "wams/explain.hpp"

#include <filesystem>

namespace fs = std::filesystem;

static std::string slurp(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

static std::string explained(const std::string& id, wams::Lang lang) {
    const auto c = wams_test::read_json_file((fs::path(WAMS_SOURCE_DIR) / "scenarios" / "public" / (id + ".json")).string());
    const auto facts = wams::facts_from_json(c["facts"]).value();
    return "# " + id + "\n" + wams::explain(facts, wams::assess(facts), lang);
}

TEST_CASE("explanations match the reviewed golden files", "[explain][golden]") {
    int n = 0;
    for (const auto& e : fs::directory_iterator(fs::path(WAMS_SOURCE_DIR) / "tests" / "golden" / "explain")) {
        const std::string name = e.path().filename().string();  // PUB-05.nl.txt
        const std::string id = name.substr(0, name.find('.'));
        const wams::Lang lang = name.find(".en.") != std::string::npos ? wams::Lang::en : wams::Lang::nl;
        INFO(name);
        CHECK(explained(id, lang) == slurp(e.path()));
        ++n;
    }
    CHECK(n >= 4);
}

TEST_CASE("a rule citation names id, title, section, article and a Dutch quote", "[explain]") {
    const std::string c = wams::rule_citation("R61", wams::Lang::nl);
    CHECK(c.rfind("R61 — Zorg- en jeugdhulpverleners", 0) == 0);
    CHECK(c.find("§2.3") != std::string::npos);
    CHECK(c.find("art. 5.4.2 wetsvoorstel (consultatieversie 2020)") != std::string::npos);
    CHECK(c.find("Wmo 2015") == std::string::npos);  // the draft article is never presented as current law
    CHECK(c.find("«Een hulpverlener/iemand") != std::string::npos);
    CHECK(wams::rule_citation("R65", wams::Lang::en).find("[context, decides nothing]") != std::string::npos);
}

TEST_CASE("an undetermined item says why not and what to ask next", "[explain]") {
    const std::string t = explained("PUB-01", wams::Lang::nl);  // D3: client not yet asked (R45)
    CHECK(t.find("Waarom niet: Q5") != std::string::npos);
    CHECK(t.find("Vraag nu: Vraag de cliënt hoe hij over deze verstrekking denkt") != std::string::npos);
}

TEST_CASE("A1 shows both readings and their outcomes", "[explain]") {
    const auto c = wams_test::read_json_file((fs::path(WAMS_SOURCE_DIR) / "scenarios" / "public" / "PUB-05.json").string());
    const auto facts = wams::facts_from_json(c["facts"]).value();
    const auto lines = wams::explain_lines(facts, wams::assess(facts), wams::Lang::en);
    int readings = 0;
    for (const auto& l : lines)
        if (l.kind == wams::LineKind::ambiguity && l.ref == "A1" && l.text.rfind("Reading ", 0) == 0) ++readings;
    CHECK(readings == 2);
}

TEST_CASE("an ambiguity in the explanation is titled and explained in the chosen language", "[explain][i18n]") {
    // PUB-05: professional request where the two A1 readings differ.
    const std::string nl = explained("PUB-05", wams::Lang::nl), en = explained("PUB-05", wams::Lang::en);
    const std::string title_nl = "Criteria voor een verzoek van een professional: 'of' (§2.3) tegenover 'en' (§3.1.1).";
    const std::string title_en = "Professional-request criteria: 'or' (§2.3) versus 'and' (§3.1.1).";
    CHECK(nl.find("Dubbelzinnige tekst A1 — " + title_nl) != std::string::npos);
    CHECK(nl.find("De wegwijzer past toe: beide lezingen toetsen (D4)") != std::string::npos);
    CHECK(nl.find(title_en) == std::string::npos);
    CHECK(nl.find("evaluate both readings") == std::string::npos);
    CHECK(en.find("Ambiguous text A1 — " + title_en) != std::string::npos);
    CHECK(en.find("The tool applies: evaluate both readings (D4)") != std::string::npos);
    CHECK(en.find(title_nl) == std::string::npos);
}
