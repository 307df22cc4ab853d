// test_grid.cpp — widgets::Grid, the screens' own table (shell/app/widgets_grid.cpp), drawn headless: columns share
// the width by weight, a cell's widgets stay inside its column, a row is as high as its highest cell, the layout goes
// on under the grid, a fitted column takes its widest cell's width, the page's accessible layer gets each cell's row
// and column, a nested grid gives its cell back, and the divider of a resizable grid moves when dragged.
#include "app.hpp"
#include "headless.hpp"
#include "test_hooks.hpp"
#include "widgets.hpp"

#include "imgui.h"

#include <catch2/catch.hpp>

#include <functional>
#include <string>

namespace {
namespace app = wams::app;
namespace widgets = wams::app::widgets;
namespace hooks = wams::app::test_hooks;

constexpr float kWidth = 800, kHeight = 600;

struct Box {
    ImVec2 min, max;
};
Box item() { return {ImGui::GetItemRectMin(), ImGui::GetItemRectMax()}; }

// One frame with a full-screen window whose contents `body` draws.
void frame(const std::function<void()>& body) {
    hooks::begin_frame();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(kWidth, kHeight));
    ImGui::Begin("grid test", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
    body();
    ImGui::End();
    ImGui::Render();
    hooks::end_frame();
}

struct Headless {
    app::App a;
    Headless() { app::testing::begin_headless(a, kWidth, kHeight); }
    ~Headless() { ImGui::DestroyContext(); }
};

const std::string kLong = "Een lange zin die in een smalle kolom over meerdere regels moet doorlopen, zonder over de "
                          "rand van die kolom heen te lopen, ook niet bij het laatste woord.";
} // namespace

TEST_CASE("grid: columns by weight, cells inside their columns, rows as high as their highest cell", "[grid]") {
    Headless h;
    float x0 = 0, avail = 0;
    Box wrapped{}, button{}, third{}, second_row{}, after{};
    ImVec2 pad;
    float cell_avail = 0;
    frame([&] {
        pad = ImGui::GetStyle().CellPadding;
        x0 = ImGui::GetCursorScreenPos().x;
        avail = ImGui::GetContentRegionAvail().x;
        {
            widgets::Grid grid("g", {{"A", 1.0f}, {"B", 2.0f}, {"C", 1.0f}}, widgets::grid_borders);
            grid.next_row();
            grid.next_column();
            ImGui::TextWrapped("%s", kLong.c_str());
            wrapped = item();
            grid.next_column();
            cell_avail = ImGui::GetContentRegionAvail().x;
            ImGui::Button("knop", ImVec2(-FLT_MIN, 0));
            button = item();
            grid.next_column();
            ImGui::TextUnformatted("kort");
            third = item();
            grid.next_row();
            grid.next_column();
            ImGui::TextUnformatted("tweede rij");
            second_row = item();
        }
        ImGui::TextUnformatted("onder de tabel");
        after = item();
    });
    const float w0 = avail / 4, w1 = avail / 2;
    // Column 0 (outer border: padded on both sides) from x0 to x0 + w0; its long text wraps inside it.
    CHECK(wrapped.min.x == Approx(x0 + pad.x).margin(0.5));
    CHECK(wrapped.max.x <= x0 + w0 - pad.x + 0.5f);
    CHECK(wrapped.max.y - wrapped.min.y > 2.5f * ImGui::GetTextLineHeight());  // it did wrap: at least three lines
    // Column 1, twice as wide: a button of the whole width fills exactly its cell.
    CHECK(cell_avail == Approx(w1 - 2 * pad.x).margin(0.5));
    CHECK(button.min.x == Approx(x0 + w0 + pad.x).margin(0.5));
    CHECK(button.max.x == Approx(x0 + w0 + w1 - pad.x).margin(0.5));
    CHECK(third.min.x == Approx(x0 + w0 + w1 + pad.x).margin(0.5));
    // All cells of a row start at its top; the next row starts under the highest cell (the wrapped text).
    CHECK(button.min.y == Approx(wrapped.min.y).margin(0.5));
    CHECK(third.min.y == Approx(wrapped.min.y).margin(0.5));
    CHECK(second_row.min.y >= wrapped.max.y + 2 * pad.y - 0.5f);
    CHECK(second_row.min.x == Approx(x0 + pad.x).margin(0.5));
    // The layout goes on under the grid, at the window's own left edge.
    CHECK(after.min.y > second_row.max.y);
    CHECK(after.min.x == Approx(x0).margin(0.5));
}

TEST_CASE("grid: a column of weight 0 is as wide as its widest cell", "[grid]") {
    Headless h;
    const std::string question = "Is het gegeven noodzakelijk voor het doel?";
    float x0 = 0, second_x = 0, text_w = 0;
    ImVec2 pad;
    for (int n = 0; n < 3; ++n)  // the width is measured in one frame and used in the next
        frame([&] {
            pad = ImGui::GetStyle().CellPadding;
            x0 = ImGui::GetCursorScreenPos().x;
            text_w = ImGui::CalcTextSize(question.c_str()).x;
            widgets::Grid grid("fit", {{"V", 0.0f}, {"Antwoord", 1.0f}}, widgets::grid_borders_inner_v);
            grid.next_column();
            ImGui::TextUnformatted("kort");
            grid.next_column();
            ImGui::TextUnformatted("x");
            grid.next_column();  // the next row
            ImGui::TextUnformatted(question.c_str());
            grid.next_column();
            ImGui::TextUnformatted("y");
            second_x = ImGui::GetItemRectMin().x;
        });
    // The first column: no padding at the outer edge (no outer border), the widest text, padding on both sides of it.
    CHECK(second_x == Approx(x0 + text_w + 2 * pad.x + pad.x).margin(1.0));
}

TEST_CASE("grid: the accessible layer gets each cell's table, row and column; a nested grid gives its cell back",
          "[grid]") {
    Headless h;
    float outer_avail_before = 0, outer_avail_after = 0;
    frame([&] {
        widgets::Grid grid("t", {{"Kop A", 1.0f}, {"Kop B", 1.0f}}, widgets::grid_row_bg);
        hooks::begin_table("tabel");
        grid.header_row("tabel");
        grid.next_row();
        grid.next_column();
        ImGui::TextUnformatted("a1");
        hooks::record_last_item("cel.a1", "a1");
        grid.next_column();
        outer_avail_before = ImGui::GetContentRegionAvail().x;
        {
            widgets::Grid inner("binnen", {{nullptr, 1.0f}, {nullptr, 1.0f}}, 0);
            inner.next_column();
            ImGui::TextUnformatted("in");
        }
        outer_avail_after = ImGui::GetContentRegionAvail().x;
        ImGui::TextUnformatted("b1");
        hooks::record_last_item("cel.b1", "b1");
        hooks::end_table();
    });
    const hooks::WidgetRect* head = hooks::find("tabel.head.1");
    REQUIRE(head != nullptr);
    CHECK(head->label == "Kop B");
    CHECK(head->sem.table == "tabel");
    CHECK(head->sem.row == 0);
    CHECK(head->sem.col == 1);
    const hooks::WidgetRect* a1 = hooks::find("cel.a1");
    REQUIRE(a1 != nullptr);
    CHECK(a1->sem.table == "tabel");
    CHECK(a1->sem.row == 1);
    CHECK(a1->sem.col == 0);
    const hooks::WidgetRect* b1 = hooks::find("cel.b1");
    REQUIRE(b1 != nullptr);
    CHECK(b1->sem.row == 1);
    CHECK(b1->sem.col == 1);  // the outer grid's cell again after the inner grid ended
    CHECK(outer_avail_after == Approx(outer_avail_before).margin(0.5));
    CHECK(b1->x + b1->w <= a1->x + 2 * (kWidth / 2));  // inside the window
}

TEST_CASE("grid: dragging the divider of a resizable grid moves the columns", "[grid]") {
    Headless h;
    float x0 = 0, avail = 0, second_x = 0;
    auto draw = [&] {
        x0 = ImGui::GetCursorScreenPos().x;
        avail = ImGui::GetContentRegionAvail().x;
        widgets::Grid grid("panes", {{nullptr, 0.5f}, {nullptr, 0.5f}}, widgets::grid_resizable);
        grid.next_column();
        ImGui::TextUnformatted("links");
        grid.next_column();
        ImGui::TextUnformatted("rechts");
        second_x = ImGui::GetItemRectMin().x;
    };
    frame(draw);
    frame(draw);
    const float divider = x0 + avail * 0.5f;
    CHECK(second_x == Approx(divider + ImGui::GetStyle().CellPadding.x).margin(0.5));
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(divider, 20);
    frame(draw);
    io.AddMouseButtonEvent(0, true);
    frame(draw);
    io.AddMousePosEvent(x0 + avail * 0.3f, 20);
    frame(draw);
    io.AddMouseButtonEvent(0, false);
    frame(draw);
    frame(draw);
    CHECK(second_x == Approx(x0 + avail * 0.3f + ImGui::GetStyle().CellPadding.x).margin(1.0));
}
