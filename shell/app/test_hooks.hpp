// test_hooks.hpp — records where widgets were drawn, by id, so tests click real widgets, never guessed pixels.
// The recorder is plain C++ (used natively by the smoke test); platform_web.cpp exports it to JavaScript as
// wams_test_state_json() (EMSCRIPTEN_KEEPALIVE), which browser tests read through Module.ccall.
#pragma once
#include <string>
#include <string_view>

namespace wams::app {
struct App;

namespace test_hooks {

struct WidgetRect {
    std::string id;       // stable id chosen by the code, e.g. "lang.en"
    std::string label;    // the text shown (current language)
    float x, y, w, h;     // in ImGui display coordinates (CSS pixels on the web)
    float cx0, cy0, cx1, cy1;  // the clip rectangle it was drawn in (its window / child / table cell): outside = hidden
};

void begin_frame();                                                  // forget last frame's widgets
void record_last_item(std::string_view id, std::string_view label);  // the item ImGui drew last gets this id
const WidgetRect* find(std::string_view id);                         // a widget of the last drawn frame
// Text capture (tests/app_text): with capture on, every text ImGui renders in the app's window during a frame is
// kept (ImGui's log, which ImGui::End of a top-level window closes: draw_frame calls body_begin / body_end around it).
void capture_text(bool on);
const std::string& captured_text();  // the text of the last frame drawn with capture on
void body_begin();                   // draw_frame, right after its window began
void body_end();                     // draw_frame, right before its window ends
std::string state_json(const App& app);  // {screen, lang, frame_count, display:{w,h}, missing_glyphs, widgets:[{id,label,x,y,w,h,clip:[x0,y0,x1,y1]}]}

} // namespace test_hooks
} // namespace wams::app
