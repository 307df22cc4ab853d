// Export guard (wams/export_guard.hpp; issue 5): which findings block a save/export, the "geen persoonsgegeven"
// mark, and what the export records. Identifiers written by hand (BSN 123456782 passes the 11-proef, checked
// with python3-stdnum); expected paths written by hand from the documents below.
#include <catch2/catch.hpp>
#include "wams/assessment.hpp"
#include "wams/export_guard.hpp"
#include "wams/ui_model.hpp"

#include <nlohmann/json.hpp>

using nlohmann::json;
using wams::PiiCategory;

namespace {

json case_with(std::string what, std::string justification) {
    json c = wams::ui::new_case(wams::EntryRoute::client_request, "CASUS-1");
    c["facts"]["data_items"] = json::array({{{"item_id", "D1"}, {"what", std::move(what)},
                                             {"necessity", {{"assessment", "stated"},
                                                            {"justification", std::move(justification)}}}}});
    return c;
}

} // namespace

TEST_CASE("A clean case may be exported", "[export_guard]") {
    const json c = case_with("schuldenoverzicht van de afgelopen twee jaar", "nodig om de hulpvraag te begrijpen");
    const auto check = wams::check_export(c);
    CHECK(check.allowed());
    CHECK(check.unresolved.empty());
    CHECK(check.exempted.empty());
}

TEST_CASE("PII in any free-text field blocks the export, with the JSON path", "[export_guard]") {
    const json c = case_with("brief met BSN 123456782 erop", "bel 06-12345678 voor overleg");
    const auto check = wams::check_export(c);
    CHECK_FALSE(check.allowed());
    REQUIRE(check.unresolved.size() == 2);
    CHECK(check.unresolved[0].path == "/facts/data_items/0/necessity/justification");  // nlohmann objects: keys sorted
    CHECK(check.unresolved[0].finding.category == PiiCategory::phone);
    CHECK(check.unresolved[1].path == "/facts/data_items/0/what");
    CHECK(check.unresolved[1].finding.category == PiiCategory::bsn);
    CHECK(check.unresolved[1].finding.text == "123456782");
    CHECK(wams::describe_finding(check.unresolved[1], wams::Lang::nl) == "BSN \"123456782\" in /facts/data_items/0/what");
}

TEST_CASE("Text outside facts (title, notes, party names) is scanned too", "[export_guard]") {
    json c = case_with("inkomensgegevens", "nodig");
    c["title"] = "mail jan.jansen@example.nl";
    c["facts"]["case_conference"] = {{"phase", "investigation"}, {"proposed_organiser", "college"},
                                     {"invitees", json::array({{{"party", "wijkteam / 1234 AB 12"}}})}};
    const auto check = wams::check_export(c);
    REQUIRE(check.unresolved.size() == 2);
    CHECK(check.unresolved[0].path == "/facts/case_conference/invitees/0/party");
    CHECK(check.unresolved[0].finding.category == PiiCategory::postcode);
    CHECK(check.unresolved[1].path == "/title");
    CHECK(check.unresolved[1].finding.category == PiiCategory::email);
}

TEST_CASE("Object keys with / and ~ are escaped in paths (RFC 6901)", "[export_guard]") {
    const json doc = {{"a/b~c", "BSN 123456782"}};
    const auto check = wams::check_export(doc);
    REQUIRE(check.unresolved.size() == 1);
    CHECK(check.unresolved[0].path == "/a~1b~0c");
}

TEST_CASE("Marked 'geen persoonsgegeven': allowed, and the mark is recorded in the export", "[export_guard]") {
    json c = case_with("brief met BSN 123456782 erop", "nodig");
    auto check = wams::check_export(c);
    REQUIRE(check.unresolved.size() == 1);
    CHECK(wams::mark_not_personal(c, check.unresolved[0].path, check.unresolved[0].finding));
    CHECK_FALSE(wams::mark_not_personal(c, check.unresolved[0].path, check.unresolved[0].finding));  // once only

    check = wams::check_export(c);
    CHECK(check.allowed());
    REQUIRE(check.exempted.size() == 1);
    const json out = wams::export_document(c);
    CHECK(out["pii_exemptions"] ==
          json::array({{{"path", "/facts/data_items/0/what"}, {"text", "123456782"}, {"category", "bsn"}}}));
}

TEST_CASE("A mark covers only that text at that path", "[export_guard]") {
    json c = case_with("brief met BSN 123456782 erop", "nodig");
    c["pii_exemptions"] = json::array({{{"path", "/facts/data_items/0/what"}, {"text", "123456782"}, {"category", "bsn"}}});
    SECTION("the same text in another field still blocks") {
        c["facts"]["data_items"][0]["necessity"]["justification"] = "zie 123456782";
        const auto check = wams::check_export(c);
        REQUIRE(check.unresolved.size() == 1);
        CHECK(check.unresolved[0].path == "/facts/data_items/0/necessity/justification");
    }
    SECTION("another text in the same field still blocks") {
        c["facts"]["data_items"][0]["what"] = "BSN 123456782 en 111222333";
        const auto check = wams::check_export(c);
        REQUIRE(check.unresolved.size() == 1);
        CHECK(check.unresolved[0].finding.text == "111222333");
    }
    SECTION("a mark with the wrong category does not count") {
        c["pii_exemptions"][0]["category"] = "iban";
        CHECK_FALSE(wams::check_export(c).allowed());
    }
    SECTION("the Dutch label as category counts (as written by hand in a case file)") {
        c["pii_exemptions"][0]["category"] = "BSN";
        CHECK(wams::check_export(c).allowed());
    }
    SECTION("the marks themselves are not scanned") {
        CHECK(wams::check_export(c).exempted.size() == 1);
        CHECK(wams::check_export(c).unresolved.empty());
    }
}

TEST_CASE("Stale marks (text removed since) are dropped from the export", "[export_guard]") {
    json c = case_with("inkomensgegevens", "nodig");
    c["pii_exemptions"] = json::array({{{"path", "/facts/data_items/0/what"}, {"text", "123456782"}, {"category", "bsn"}}});
    CHECK(wams::live_exemptions(c).empty());
    const json out = wams::export_document(c);
    CHECK_FALSE(out.contains("pii_exemptions"));
}

TEST_CASE("Documents of any shape: arrays, scalars, non-objects", "[export_guard]") {
    CHECK(wams::check_export(json(nullptr)).allowed());
    CHECK(wams::check_export(json(42)).allowed());
    CHECK_FALSE(wams::check_export(json("BSN 123456782")).allowed());
    CHECK(wams::check_export(json("BSN 123456782")).unresolved[0].path.empty());
    json arr = json::array({"x", json::array({"06-12345678"})});
    const auto check = wams::check_export(arr);
    REQUIRE(check.unresolved.size() == 1);
    CHECK(check.unresolved[0].path == "/1/0");
    wams::PiiFinding f{PiiCategory::bsn, 0, 1, 0, 1, "x", 1.0};
    CHECK_FALSE(wams::mark_not_personal(arr, "/0", f));  // marks live on an object (the case) only
}

TEST_CASE("Only a top-level stage block equal to one of core's stages is left out of the scan", "[export_guard]") {
    // The training summary carries {"stage": {"id": "concept-2020-12", "date": "2020-12-09", "in_force": false,
    // "as_of": "2026-12-03"}}: the dates of the bill and of its status, which would otherwise read as birth dates
    // and block every training export (issue 5).
    const json own = {{"id", "concept-2020-12"}, {"date", "2020-12-09"}, {"in_force", false}, {"as_of", "2026-12-03"}};
    CHECK(own == wams::stage_json(wams::default_stage()));
    CHECK(wams::check_export(json{{"stage", own}, {"score", 3}}).allowed());

    // The same date anywhere else, or a stage block that is not exactly core's, is scanned like any text.
    const auto flagged_at = [](const json& doc) {
        std::vector<std::string> paths;
        for (const auto& ff : wams::check_export(doc).unresolved)
            if (ff.finding.category == PiiCategory::birth_date) paths.push_back(ff.path);
        return paths;
    };
    CHECK(flagged_at(json{{"note", "2020-12-09"}}) == std::vector<std::string>{"/note"});
    CHECK(flagged_at(json{{"stage", {{"id", "concept-2020-12"}, {"date", "1984-03-12"}}}}) ==
          std::vector<std::string>{"/stage/date"});
    CHECK(flagged_at(json{{"stage", {{"id", "unknown-stage"}, {"date", "2020-12-09"}}}}) ==
          std::vector<std::string>{"/stage/date"});
    CHECK(flagged_at(json{{"stage", {{"id", "concept-2020-12"}, {"date", "2020-12-09"}, {"note", "12-03-1984"}}}}) ==
          std::vector<std::string>{"/stage/date", "/stage/note"});
    CHECK(flagged_at(json{{"x", {{"stage", own}}}}) == std::vector<std::string>{"/x/stage/as_of", "/x/stage/date"});  // nested: scanned
    CHECK(flagged_at(json{{"stage", {{"id", "concept-2020-12"}, {"date", "2020-12-09"}}}}) ==
          std::vector<std::string>{"/stage/date"});  // the old two-field block is not core's block any more
}
