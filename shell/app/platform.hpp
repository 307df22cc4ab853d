// platform.hpp — the one interface between the shared UI (app.cpp, screen_*.cpp) and a target's window + loop.
// Exactly one implementation is linked: platform_native.cpp (desktop, SDL2 + OpenGL 3) or platform_web.cpp
// (Emscripten, SDL2 + WebGL2). Both draw only when input arrived or state changed (idle frames are skipped).
#pragma once
#include <string>

namespace wams::app {
struct App;

struct RunOptions {
    int smoke_frames = 0;         // > 0: draw this many frames without waiting for input, print state JSON, exit
    std::string smoke_click;      // widget id to click (synthetic mouse events) during a smoke run
    std::string screenshot_ppm;   // write the last smoke frame as a binary PPM here
};

int run_platform(App& app, const RunOptions& options);  // opens the window, runs the loop; returns the exit code

} // namespace wams::app
