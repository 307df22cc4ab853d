// The dossier record (§8.5): every walked item, its verdict, rules and justification; closing SHA-256 over the body.
#include <catch2/catch.hpp>

#include "expected_match.hpp"
#include "wams/engine.hpp"
#include "wams/report.hpp"
#include "wams/sha256.hpp"
#include "wams/ui_model.hpp"

#include <algorithm>
#include <filesystem>

static wams::Facts pub(const std::string& id) {
    const auto c = wams_test::read_json_file(std::string(WAMS_SOURCE_DIR) + "/scenarios/public/" + id + ".json");
    return wams::facts_from_json(c["facts"]).value();
}

TEST_CASE("the record ends with the SHA-256 of everything above it", "[report]") {
    const auto f = pub("PUB-09");
    for (auto fmt : {wams::ReportFormat::md, wams::ReportFormat::html}) {
        const std::string r = wams::dossier_record(f, wams::assess(f), fmt, wams::Lang::nl, {"2025-01-01", "PUB-09", "consulent"});
        const std::string body = wams::dossier_body(r);
        const auto pos = r.rfind("SHA-256: ");
        REQUIRE(pos != std::string::npos);
        CHECK(r.substr(pos + 9, 64) == wams::sha256_hex(body));
        CHECK(body.find("2025-01-01") != std::string::npos);
        CHECK(body.find("concept-2020-12") != std::string::npos);
        CHECK(body.find(" alleen ter inzage, niet opslaan (provider_conditions)") != std::string::npos);  // the provider's own words
    }
}

TEST_CASE("every walked item appears with verdict, rules and necessity justification", "[report]") {
    const auto f = pub("PUB-19");
    const std::string r = wams::dossier_record(f, wams::assess(f), wams::ReportFormat::md, wams::Lang::en, {"2025-01-01", "PUB-19", ""});
    for (const char* id : {"D1", "D2", "D3", "D4"}) CHECK(r.find(std::string("## Data item ") + id) != std::string::npos);
    CHECK(r.find("Not allowed (not_allowed)") != std::string::npos);
    CHECK(r.find("(excessive): 'Alles wat jullie hebben'") != std::string::npos);
    CHECK(r.find("**Rules**: R63") != std::string::npos);
}

TEST_CASE("the record is deterministic and changes with its date", "[report]") {
    const auto f = pub("PUB-01");
    const auto a = wams::assess(f);
    const auto r1 = wams::dossier_record(f, a, wams::ReportFormat::md, wams::Lang::nl, {"2025-01-01", "PUB-01", ""});
    CHECK(r1 == wams::dossier_record(f, a, wams::ReportFormat::md, wams::Lang::nl, {"2025-01-01", "PUB-01", ""}));
    CHECK(r1 != wams::dossier_record(f, a, wams::ReportFormat::md, wams::Lang::nl, {"2025-01-02", "PUB-01", ""}));
}

TEST_CASE("HTML escapes text from the case", "[report]") {
    auto f = pub("PUB-01");
    f.data_items[0].what = "<script>x</script>";
    const auto r = wams::dossier_record(f, wams::assess(f), wams::ReportFormat::html, wams::Lang::nl, {"d", "c", ""});
    CHECK(r.find("<script>") == std::string::npos);
    CHECK(r.find("&lt;script&gt;") != std::string::npos);
}

TEST_CASE("a Dutch record says values, answers and conditions in Dutch, each with its code", "[report]") {
    // A professional files this record: "Ja", "een Wams-casusoverleg", the conditions in words; the §0.3 code stays
    // beside each so the record can be checked against wams-cli assess. Expected words are those of
    // assets/i18n/nl.json (val.*, effect.*), walk_questions.json and rule_texts.json (conditions).
    const auto f = pub("PUB-13");
    const std::string r = wams::dossier_record(f, wams::assess(f), wams::ReportFormat::md, wams::Lang::nl, {"2025-01-01", "PUB-13", ""});
    CHECK(r.find("- **Onderzoek**: Ja (yes) — R2, R14, R15, R16\n") != std::string::npos);
    CHECK(r.find("- **Doel (Q1)**: een Wams-casusoverleg (case_conference)\n") != std::string::npos);
    CHECK(r.find("- **Fase (Q2)**: de coördinatie (coordination)\n") != std::string::npos);
    CHECK(r.find("- **Betrokkene (Q3)**: de cliënt (client)\n") != std::string::npos);
    CHECK(r.find("[Voorwaarde; R61]") != std::string::npos);  // the step's effect in words
    CHECK(r.find("(within_scope_of_explicit_consent)") != std::string::npos);
    CHECK(r.find("**Voorwaarden**: distribute_op_maat,") == std::string::npos);  // no bare code list any more
    const std::string en = wams::dossier_record(f, wams::assess(f), wams::ReportFormat::md, wams::Lang::en, {"2025-01-01", "PUB-13", ""});
    CHECK(en.find("- **Investigation**: Yes (yes) — R2, R14, R15, R16\n") != std::string::npos);
}

TEST_CASE("the record's own dates are no personal data, a name in the role is", "[report][pii]") {
    // Before: every record of every public case showed "seems to contain personal data (2)" — the stage date
    // 2020-12-09 and the record's date, both read as possible birth dates (seen on the dossier screen).
    for (const char* id : {"PUB-01", "PUB-13", "PUB-19"}) {
        INFO(id);
        const auto f = pub(id);
        const auto a = wams::assess(f);
        const wams::DossierOptions plain{"2026-12-02", id, "casemanager Wmo"};
        for (auto fmt : {wams::ReportFormat::md, wams::ReportFormat::html}) {
            const std::string r = wams::dossier_record(f, a, fmt, wams::Lang::nl, plain);
            REQUIRE(wams::scan_pii(r).size() >= 2);  // the raw scan still sees both dates
            CHECK(wams::dossier_pii(r, a, plain).empty());
        }
        const wams::DossierOptions named{"2026-12-02", id, "Jan de Vries, geboren 12-03-1980"};
        const std::string r = wams::dossier_record(f, a, wams::ReportFormat::md, wams::Lang::nl, named);
        const auto found = wams::dossier_pii(r, a, named);
        std::vector<std::string> texts;
        for (const auto& x : found) texts.push_back(x.text);
        CHECK(std::find(texts.begin(), texts.end(), "12-03-1980") != texts.end());
        CHECK(std::any_of(texts.begin(), texts.end(), [](const std::string& t) { return t.find("Vries") != std::string::npos; }));
    }
}

// The accessible layer reads a preview line by line (ui_model.hpp document_lines, issue 18 §1): a screen-reader user
// gets the same words and the same headings whichever format the record is shown in, without the markup.
TEST_CASE("a record's lines read the same in Markdown and HTML, headings included, without markup", "[report][a11y]") {
    for (const char* id : {"PUB-01", "PUB-05", "PUB-09", "PUB-14", "PUB-19"}) {
        const auto f = pub(id);
        const auto a = wams::assess(f);
        const wams::DossierOptions opt{"2025-01-01", id, "consulent & \"wijkcoach\" <team>"};
        const auto md = wams::ui::document_lines(wams::dossier_body(wams::dossier_record(f, a, wams::ReportFormat::md, wams::Lang::nl, opt)),
                                                 wams::ui::DocumentKind::markdown);
        const auto html = wams::ui::document_lines(
            wams::dossier_body(wams::dossier_record(f, a, wams::ReportFormat::html, wams::Lang::nl, opt)), wams::ui::DocumentKind::html);
        INFO(id);
        REQUIRE(md.size() == html.size());
        REQUIRE(md.size() > 10);
        int headings = 0;
        for (std::size_t i = 0; i < md.size(); ++i) {
            INFO(md[i].text);
            CHECK(md[i].text == html[i].text);
            CHECK(md[i].heading == html[i].heading);
            headings += md[i].heading > 0;
            CHECK(md[i].text.find("**") == std::string::npos);
            CHECK(html[i].text.find('<') == (html[i].text.find("<team>") == std::string::npos ? std::string::npos : html[i].text.find("<team>")));
        }
        CHECK(md.front().heading == 1);
        CHECK(md.front().text == std::string("Dossierverslag Wams — ") + id);
        CHECK(headings == 1 + static_cast<int>(a.data_items.size()));  // the title and one per data item
        const auto role = std::find_if(md.begin(), md.end(), [](const auto& l) { return l.text.rfind("Rol van de professional:", 0) == 0; });
        REQUIRE(role != md.end());
        CHECK(role->text == "Rol van de professional: consulent & \"wijkcoach\" <team>");  // the entities decoded
    }
}

TEST_CASE("document lines: blank lines skipped, each line trimmed, the HTML head left out", "[report][a11y]") {
    using wams::ui::DocumentKind;
    const auto plain = wams::ui::document_lines("{\n  \"id\": \"X\",\n\n  \"facts\": {}\r\n}\n", DocumentKind::plain);
    REQUIRE(plain.size() == 4);
    CHECK(plain[1].text == "\"id\": \"X\",");
    CHECK(plain[3].text == "}");
    const auto html = wams::ui::document_lines("<!DOCTYPE html>\n<head>\n<title>T</title>\n</head>\n<h2>A &amp;lt; B</h2>\n", DocumentKind::html);
    REQUIRE(html.size() == 1);
    CHECK(html[0].heading == 2);
    CHECK(html[0].text == "A &lt; B");
    const auto md = wams::ui::document_lines("#no heading\n### Drie\n#### Vier\n", DocumentKind::markdown);
    REQUIRE(md.size() == 3);
    CHECK(md[0].heading == 0);
    CHECK(md[1].heading == 3);
    CHECK(md[2].heading == 3);  // deeper levels are said as level 3
    CHECK(md[2].text == "Vier");
}
