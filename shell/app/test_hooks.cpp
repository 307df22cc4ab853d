// test_hooks.cpp — widget rectangle recorder and the state JSON read by the smoke and browser tests.
#include "test_hooks.hpp"

#include "app.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "wams/i18n.hpp"

#include <nlohmann/json.hpp>
#include <vector>

namespace wams::app::test_hooks {
namespace {
std::vector<WidgetRect>& widgets() {
    static std::vector<WidgetRect> list;
    return list;
}
} // namespace

void begin_frame() { widgets().clear(); }

namespace {
struct Capture {
    bool on = false;
    std::string text;
};
Capture& capture() {
    static Capture c;
    return c;
}
} // namespace

void capture_text(bool on) { capture().on = on; }
const std::string& captured_text() { return capture().text; }

void body_begin() {
    if (capture().on) ImGui::LogToBuffer();
}

void body_end() {
    if (!capture().on) return;
    capture().text = GImGui->LogBuffer.c_str();
    ImGui::LogFinish();
}

void record_last_item(std::string_view id, std::string_view label) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 size = ImGui::GetItemRectSize();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 c0 = dl->GetClipRectMin(), c1 = dl->GetClipRectMax();
    widgets().push_back({std::string(id), std::string(label), min.x, min.y, size.x, size.y, c0.x, c0.y, c1.x, c1.y});
}

const WidgetRect* find(std::string_view id) {
    for (const auto& w : widgets())
        if (w.id == id) return &w;
    return nullptr;
}

std::string state_json(const App& app) {
    nlohmann::json j;
    j["screen"] = app.screen;
    j["lang"] = std::string(i18n::lang_code(app.lang));
    j["frame_count"] = app.frame_count;
    const ImVec2 display = ImGui::GetCurrentContext() ? ImGui::GetIO().DisplaySize : ImVec2(0, 0);
    j["display"] = {{"w", display.x}, {"h", display.y}};
    j["missing_glyphs"] = missing_glyphs();
    j["widgets"] = nlohmann::json::array();
    for (const auto& w : widgets())
        j["widgets"].push_back({{"id", w.id}, {"label", w.label}, {"x", w.x}, {"y", w.y}, {"w", w.w}, {"h", w.h},
                                {"clip", {w.cx0, w.cy0, w.cx1, w.cy1}}});
    return j.dump();
}

} // namespace wams::app::test_hooks
