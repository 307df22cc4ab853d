// test_start_unpack.cpp — issue 18 §3: the start screen does not wait for all of core's embedded data. The data is one
// LZMA stream unpacked only as far as the files read so far end in it (wams::LazyPack, cmake/embed_pack.py; the
// translations and the stage come first, core/CMakeLists.txt). Drawing the start screen headlessly must unpack only a
// small front part; the help desk's first search then unpacks further, and every file is still there. Its own
// executable: the stream is one per process, so no other test may have read from it first.
#include "app.hpp"
#include "headless.hpp"
#include "wams/embedded_pack.hpp"
#include "wams/helpdesk.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <string_view>
#include <utility>
#include <vector>

namespace wams::embedded {
std::vector<std::pair<std::string_view, std::string_view>> asset_all();  // the generated embedded_assets.cpp
} // namespace wams::embedded

TEST_CASE("the start screen unpacks only the front of the embedded data; the help desk unpacks more", "[unpack]") {
    auto& pack = wams::embedded::asset_pack();
    REQUIRE(pack.unpacked() == 0);  // nothing read before the app starts
    namespace app = wams::app;
    app::App a;
    app::testing::begin_headless(a, 1280, 800);
    app::testing::draw_frames(a, 3);
    REQUIRE(a.screen == "start");
    const std::size_t at_start = pack.unpacked();
    std::printf("embedded data unpacked for the start screen: %zu of %zu bytes (%.1f %%)\n", at_start, pack.size(),
                100.0 * static_cast<double>(at_start) / static_cast<double>(pack.size()));
    CHECK(at_start > 0);                    // the start screen's words come from it
    CHECK(at_start * 4 < pack.size());      // but not from its back three quarters (name lists, help desk, training)
    const auto hits = wams::search_help("Mag de huisarts gegevens delen?", 3);
    CHECK(!hits.empty());
    CHECK(pack.unpacked() > at_start);      // the help desk's files lie further in
    for (const auto& [name, bytes] : wams::embedded::asset_all()) {
        INFO(name);
        CHECK(!bytes.empty());
    }
    CHECK(pack.unpacked() == pack.size());
    ImGui::DestroyContext();
}
