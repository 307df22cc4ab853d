// "Wis alles" in core (wams/wipe.hpp; issue 5): after a wipe no earlier case text is reachable through the editor
// (case, undo history) or the wiped buffers. The marker text is written by hand.
#include <catch2/catch.hpp>
#include "wams/wipe.hpp"

#include <nlohmann/json.hpp>

#include <string>

using nlohmann::json;

namespace {
const std::string kMarker = "MARKER-Zwaluwstaart-7731";
}

TEST_CASE("wipe_case_editor: no case text, no undo history, not dirty", "[wipe]") {
    wams::ui::CaseEditor editor;
    editor.reset(wams::ui::new_case(wams::EntryRoute::professional_request, "ZAAK-9"));
    REQUIRE(editor.set_case_field("title", "titel " + kMarker));
    REQUIRE(editor.add_element("/data_items"));
    REQUIRE(editor.set("/data_items/0/what", "gegevens " + kMarker));
    REQUIRE(editor.case_doc().dump().find(kMarker) != std::string::npos);  // the marker is really in there
    REQUIRE(editor.can_undo());

    wams::wipe_case_editor(editor);
    CHECK(editor.case_doc().dump().find(kMarker) == std::string::npos);
    CHECK(editor.case_doc().dump().find("ZAAK-9") == std::string::npos);
    CHECK(editor.value("/entry/route") == "client_request");
    CHECK(editor.value("/data_items") == json::array());
    CHECK_FALSE(editor.can_undo());
    CHECK_FALSE(editor.undo());  // the history (which held every earlier answer) is gone
    CHECK(editor.case_doc().dump().find(kMarker) == std::string::npos);
    CHECK_FALSE(editor.dirty());
}

TEST_CASE("wipe_text overwrites the buffer, including spare capacity", "[wipe]") {
    std::string s = kMarker + kMarker + kMarker;
    s.resize(5);                          // the old text is still in the spare capacity
    wams::wipe_text(s);
    CHECK(s.empty());
    std::string fresh;
    fresh.reserve(kMarker.size() * 3);    // no guarantee we get the same block back; the checks above are the contract
    CHECK(fresh.empty());
}

TEST_CASE("wipe_json clears every string and leaves null", "[wipe]") {
    json j = {{"facts", {{"data_items", json::array({{{"what", kMarker}}})}}}, {"title", kMarker}, {"n", 3}};
    wams::wipe_json(j);
    CHECK(j.is_null());
    CHECK(j.dump().find(kMarker) == std::string::npos);
    json s = kMarker;
    wams::wipe_json(s);
    CHECK(s.is_null());
}
