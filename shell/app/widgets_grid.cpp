// widgets_grid.cpp — Grid, the screens' own table (widgets.hpp), in place of Dear ImGui's tables: those were ≈ 21 KB
// of the page's code for six data tables and three two-column layouts (docs/perf.md "Our own tables").
//
// A cell is laid out the way ImGui's TableBeginCell does it: the window's cursor, work rectangle and columns offset
// are moved to the cell, so wrapped text, GetContentRegionAvail, Indent and child windows stay inside it, and its
// drawing is clipped to it. A row is as high as its highest cell. Row backgrounds go to a draw channel under the cells.
#include "widgets.hpp"

#include "test_hooks.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>

namespace wams::app::widgets {
namespace {
Grid*& current_grid() {
    static Grid* g = nullptr;
    return g;
}
constexpr float kBorder = 1.0f;
} // namespace

Grid::Grid(const char* id, std::initializer_list<GridColumn> columns, int flags)
    : flags_(flags), columns_(columns.begin(), columns.end()), outer_(current_grid()) {
    current_grid() = this;
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    ImGui::PushID(id);
    id_ = ImGui::GetID("##grid");
    const ImGuiStyle& style = ImGui::GetStyle();
    pad_ = style.CellPadding;
    x0_ = w->DC.CursorPos.x;
    y0_ = w->DC.CursorPos.y;
    x1_ = x0_ + std::max(ImGui::GetContentRegionAvail().x, 1.0f);
    saved_work_min_ = w->WorkRect.Min;
    saved_work_max_ = w->WorkRect.Max;
    saved_content_max_x_ = w->ContentRegionRect.Max.x;
    saved_columns_offset_ = w->DC.ColumnsOffset.x;
    saved_max_ = w->DC.CursorMaxPos;

    // Widths: a column of weight 0 is as wide as its widest cell was in the last frame (its header before that), at
    // most half the grid; the others share the rest by weight. A resizable grid's first weight may have been dragged.
    const int n = static_cast<int>(columns_.size());
    ImGuiStorage& store = w->StateStorage;
    if ((flags_ & grid_resizable) && n == 2) {
        const float sum = columns_[0].weight + columns_[1].weight;
        const float first = store.GetFloat(id_, sum > 0 ? columns_[0].weight / sum : 0.5f);
        columns_[0].weight = first;
        columns_[1].weight = 1.0f - first;
    }
    float fixed = 0.0f, weights = 0.0f;
    widths_.assign(n, 0.0f);
    for (int c = 0; c < n; ++c) {
        if (columns_[c].weight > 0) {
            weights += columns_[c].weight;
            continue;
        }
        const float header = columns_[c].header ? ImGui::CalcTextSize(columns_[c].header).x : 0.0f;
        const float seen = store.GetFloat(w->GetID(c + 1), header);  // per column, in the grid's id scope
        widths_[c] = std::min(std::max(seen, header) + 2 * pad_.x, (x1_ - x0_) * 0.5f);
        fixed += widths_[c];
    }
    const float rest = std::max(x1_ - x0_ - fixed, 0.0f);
    for (int c = 0; c < n; ++c)
        if (columns_[c].weight > 0) widths_[c] = weights > 0 ? rest * columns_[c].weight / weights : 0.0f;
    fit_.assign(n, 0.0f);
    if (split()) {  // 0: row backgrounds, 1: the cells
        w->DrawList->ChannelsSplit(2);
        w->DrawList->ChannelsSetCurrent(1);
    }
    row_y0_ = row_y1_ = y0_;
}

float Grid::column_x(int c) const {
    float x = x0_;
    for (int k = 0; k < c; ++k) x += widths_[k];
    return x;
}

void Grid::end_cell() {
    if (column_ < 0) return;
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    row_y1_ = std::max(row_y1_, w->DC.CursorMaxPos.y + pad_.y);
    fit_[column_] = std::max(fit_[column_], w->DC.CursorMaxPos.x - w->WorkRect.Min.x);
    ImGui::PopClipRect();
    column_ = -1;
}

void Grid::end_row() {
    end_cell();
    if (row_ < 0) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImU32 bg = row_bg_;
    if (!bg && (flags_ & grid_row_bg) && !header_)
        bg = ImGui::GetColorU32((data_rows_++ % 2) ? ImGuiCol_TableRowBgAlt : ImGuiCol_TableRowBg);
    if (header_) bg = ImGui::GetColorU32(ImGuiCol_TableHeaderBg);  // drawn only where rows have a background layer
    if ((bg & IM_COL32_A_MASK) && split()) {
        dl->ChannelsSetCurrent(0);
        dl->AddRectFilled(ImVec2(x0_, row_y0_), ImVec2(x1_, row_y1_), bg);
        dl->ChannelsSetCurrent(1);
    }
    const int line_flags = header_ ? (grid_borders_outer | grid_borders_inner_h) : grid_borders_inner_h;
    const bool line = (flags_ & line_flags) != 0;
    if (line)
        dl->AddLine(ImVec2(x0_, row_y1_ - kBorder), ImVec2(x1_, row_y1_ - kBorder),
                    ImGui::GetColorU32(header_ ? ImGuiCol_TableBorderStrong : ImGuiCol_TableBorderLight), kBorder);
    row_y0_ = row_y1_;
    row_bg_ = 0;
    header_ = false;
}

void Grid::next_row(bool header) {
    end_row();
    ++row_;
    cell_ = -1;
    header_ = header;
    row_y1_ = row_y0_;
}

void Grid::set_row_bg(ImU32 colour) { row_bg_ = colour; }

void Grid::next_column() {
    if (row_ < 0) next_row();
    end_cell();
    if (cell_ + 1 >= static_cast<int>(widths_.size())) next_row();  // past the last column: the next row, as ImGui's
    column_ = ++cell_;
    test_hooks::table_cell(row_, column_);
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    // Padded inside, and at the grid's outer edges only when it has an outer border (as ImGui's tables).
    const float cx = column_x(column_);
    const bool outer = (flags_ & grid_borders_outer) != 0;
    const float start = cx + (column_ > 0 || outer ? pad_.x : 0.0f);
    const bool last = column_ + 1 == static_cast<int>(widths_.size());
    const float stop = std::max(cx + widths_[column_] - (!last || outer ? pad_.x : 0.0f), start);
    w->DC.CursorPos = ImVec2(start, row_y0_ + pad_.y);
    w->DC.CursorPosPrevLine = w->DC.CursorPos;
    w->DC.CursorMaxPos = ImVec2(start, row_y0_);
    w->DC.ColumnsOffset.x = start - w->Pos.x - w->DC.Indent.x;
    w->DC.CurrLineSize = ImVec2(0, 0);
    w->DC.PrevLineSize = ImVec2(0, 0);
    w->DC.CurrLineTextBaseOffset = w->DC.PrevLineTextBaseOffset = 0.0f;
    w->DC.IsSameLine = false;
    w->WorkRect.Min.x = start;
    w->WorkRect.Max.x = stop;
    w->ContentRegionRect.Max.x = stop;  // GetContentRegionAvail() outside ImGui's own tables and columns
    ImGui::PushClipRect(ImVec2(cx, -FLT_MAX), ImVec2(cx + widths_[column_], FLT_MAX), true);
}

void Grid::header_row(std::string_view table_id) {
    next_row(true);
    for (int c = 0; c < static_cast<int>(columns_.size()); ++c) {
        next_column();
        const char* name = columns_[c].header;
        if (!name || !*name) continue;
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(name);
        ImGui::PopTextWrapPos();
        consult::rec(std::string(table_id) + ".head." + std::to_string(c), name, test_hooks::column_header());
    }
}

void Grid::end() {
    if (ended_) return;
    ended_ = true;
    end_row();
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    ImDrawList* dl = w->DrawList;
    const float y1 = row_y0_;
    // Borders: the outer frame, and the lines between columns over the grid's height.
    if (flags_ & grid_borders_outer)
        dl->AddRect(ImVec2(x0_, y0_), ImVec2(x1_, y1), ImGui::GetColorU32(ImGuiCol_TableBorderStrong), 0.0f, 0,
                    kBorder);
    const int n = static_cast<int>(widths_.size());
    if (flags_ & grid_borders_inner_v)
        for (int c = 1; c < n; ++c) {
            const float x = column_x(c);
            dl->AddLine(ImVec2(x, y0_), ImVec2(x, y1), ImGui::GetColorU32(ImGuiCol_TableBorderLight), kBorder);
        }
    if (split()) dl->ChannelsMerge();
    w->WorkRect = ImRect(saved_work_min_, saved_work_max_);
    w->ContentRegionRect.Max.x = saved_content_max_x_;
    w->DC.ColumnsOffset.x = saved_columns_offset_;
    w->DC.CursorMaxPos = saved_max_;
    // What a fitted column's cells needed this frame, for the next one.
    for (int c = 0; c < n; ++c)
        if (columns_[c].weight <= 0) w->StateStorage.SetFloat(w->GetID(c + 1), fit_[c]);
    // The divider of a resizable grid: dragged, it moves the first column's share (kept while the page is open).
    if ((flags_ & grid_resizable) && n == 2 && y1 > y0_) {
        const float x = column_x(1);
        ImGui::SetCursorScreenPos(ImVec2(x - pad_.x, y0_));
        ImGui::InvisibleButton("##divider", ImVec2(2 * pad_.x, y1 - y0_));
        if (ImGui::IsItemHovered() || ImGui::IsItemActive()) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
        if (ImGui::IsItemActive() && x1_ > x0_) {
            const float share = (ImGui::GetIO().MousePos.x - x0_) / (x1_ - x0_);
            w->StateStorage.SetFloat(id_, std::clamp(share, 0.15f, 0.85f));
        }
        w->DC.CursorMaxPos = saved_max_;
    }
    // The grid as one item of the window's layout.
    ImGui::SetCursorScreenPos(ImVec2(x0_, y0_));
    ImGui::Dummy(ImVec2(x1_ - x0_, y1 - y0_));
    ImGui::PopID();
    current_grid() = outer_;
    test_hooks::table_cell(outer_ ? outer_->row_ : -1, outer_ ? outer_->column_ : -1);
}

Grid::~Grid() { end(); }

} // namespace wams::app::widgets
