// platform_web.cpp — browser target: SDL2 (our static wasm build) + WebGL2, driven by requestAnimationFrame.
// A frame is drawn only when an event arrived or state changed; otherwise the callback returns at once and the
// canvas keeps showing the last frame. Test hooks for the browser tests are exported at the end.
//
// [SECTION] Window and ImGui set-up
// [SECTION] Main loop (skips idle frames)
// [SECTION] Test hooks exported to JavaScript
#include "platform.hpp"

#include "a11y_mirror.hpp"
#include "app.hpp"
#include "decimal.hpp"
#include "format.hpp"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"
#include "imgui_internal.h"
#include "test_hooks.hpp"
#include "wams/embedded_pack.hpp"
#include "wams/i18n.hpp"

#include <SDL.h>
#include <SDL_opengles2.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <climits>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace wams::app {
void zeroing_free(void* p) noexcept;  // platform_web_zeroing.cpp: a freed block holds no text
void start_zeroing_freed_blocks() noexcept;  // …from the main loop on
namespace {

// ImGui settles hover/click state within a few frames of an event; keyboard navigation needs two frames after the
// frame that handled a key (Tab: the move request is scored in one frame and applied at the start of the next, then
// scrolling to the new focus lands one frame later).
constexpr int kFramesAfterInput = 3;

struct WebState {
    App* app = nullptr;
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    int frames_pending = kFramesAfterInput;
    std::uint64_t drawn = 0;  // fingerprint of the last frame sent to WebGL (0 = none: draw the next one)
    std::uint64_t frames_not_sent = 0;  // frames whose draw data equalled the last one sent (for measurement)
    std::uint64_t idle_callbacks = 0;  // animation-frame callbacks that drew nothing (for later measurement)
};
WebState g_web;

// ---- [SECTION] Window and ImGui set-up -----------------------------------------------------------------------
// A User Timing mark ("wams:<step>") at each step of the start: shown in the browser's performance panel, and read
// by web/bench/start-steps.mjs beside the bare page's marks of the same names (docs/perf.md). A few µs each.
void mark(const char* step) {
    EM_ASM({ performance.mark('wams:' + UTF8ToString($0)); }, step);
}

bool open_window(App& app) {
    mark("main");
    SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        std::fprintf(stderr, "wams-app: SDL_Init failed: %s\n", SDL_GetError());
        return false;
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);  // WebGL2
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    // No depth buffer: ImGui draws in painter's order with the depth test off, and SDL's default (16 bits) made WebGL
    // keep one the size of the canvas (at the 4 bytes a pixel of 24-bit depth takes: 3.8 MB at 1200 × 800 CSS px).
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    (void)i18n::text(app.lang, "app.window_title");  // the UI texts are read here (unpacked, parsed, labelled)
    mark("texts");
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    const int w = css_w > 0 ? static_cast<int>(css_w) : 1200;
    const int h = css_h > 0 ? static_cast<int>(css_h) : 800;
    g_web.window = SDL_CreateWindow(i18n::text(app.lang, "app.window_title").c_str(), SDL_WINDOWPOS_UNDEFINED,
                                    SDL_WINDOWPOS_UNDEFINED, w, h,
                                    SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!g_web.window) {
        std::fprintf(stderr, "wams-app: SDL_CreateWindow failed: %s\n", SDL_GetError());
        return false;
    }
    g_web.gl = SDL_GL_CreateContext(g_web.window);
    if (!g_web.gl) {
        std::fprintf(stderr, "wams-app: WebGL2 context failed: %s\n", SDL_GetError());
        return false;
    }
    SDL_GL_MakeCurrent(g_web.window, g_web.gl);
    mark("webgl");

    IMGUI_CHECKVERSION();
    // ImGui's blocks (its text-input state holds what was typed) are zeroed when freed, like every C++ block.
    ImGui::SetAllocatorFunctions([](std::size_t size, void*) { return std::malloc(size); },
                                 [](void* p, void*) { zeroing_free(p); });
    ImGui::CreateContext();
    setup_style();
    // High DPI (docs/responsive.md "Sharp text"): the canvas holds a device pixel per screen pixel (SDL sizes it by the
    // device pixel ratio; ImGui still lays out in CSS px) and the glyphs are rasterised at that density.
    int css_px = 0, device_px = 0;
    SDL_GetWindowSize(g_web.window, &css_px, nullptr);
    SDL_GL_GetDrawableSize(g_web.window, &device_px, nullptr);
    const float device_per_css = css_px > 0 ? static_cast<float>(device_px) / static_cast<float>(css_px) : 1.0f;
    setup_fonts(app, wanted_font_scale(app, device_per_css));
    ImGui::GetIO().Fonts->Build();  // the glyphs rasterised (by ImGui_ImplOpenGL3_CreateDeviceObjects otherwise)
    mark("atlas");
    ImGui_ImplSDL2_InitForOpenGL(g_web.window, g_web.gl);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    // The shaders and the font atlas now, not in the first frame (where ImGui would build them): the atlas's
    // ≈ 10 000 temporary blocks (≈ 31 MB freed) are then freed before run_platform starts zeroing freed blocks
    // (platform_web_zeroing.cpp) — they hold no user text.
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    mark("fonts");
    return true;
}

// ---- [SECTION] Main loop (skips idle frames) -----------------------------------------------------------------
// What the GPU would draw for a frame: its draw lists (vertices, indices, commands with clip rectangle and texture),
// the display and the clear colour (FNV-1a). After input the app draws a few frames (kFramesAfterInput) and ImGui's
// output often settles in the first: a frame equal to the one on screen is not sent to WebGL at all, so the canvas
// is not drawn, and not read back at the next commit, again (docs/perf.md, session 17: under a software renderer the
// draw + read-back is most of a frame's time).
std::uint64_t fingerprint(const ImDrawData& dd, const ImVec4& clear) {
    std::uint64_t h = 1469598103934665603ULL;
    const auto mix = [&h](const void* data, std::size_t n) {
        const auto* b = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 1099511628211ULL;
    };
    mix(&dd.DisplayPos, sizeof dd.DisplayPos);
    mix(&dd.DisplaySize, sizeof dd.DisplaySize);
    mix(&dd.FramebufferScale, sizeof dd.FramebufferScale);
    mix(&clear, sizeof clear);
    for (int n = 0; n < dd.CmdListsCount; ++n) {
        const ImDrawList& l = *dd.CmdLists[n];
        mix(&n, sizeof n);
        mix(l.VtxBuffer.Data, static_cast<std::size_t>(l.VtxBuffer.Size) * sizeof(ImDrawVert));
        mix(l.IdxBuffer.Data, static_cast<std::size_t>(l.IdxBuffer.Size) * sizeof(ImDrawIdx));
        for (const ImDrawCmd& c : l.CmdBuffer) {
            const ImTextureID tex = c.GetTexID();
            const void* callback = reinterpret_cast<const void*>(c.UserCallback);
            mix(&c.ClipRect, sizeof c.ClipRect);
            mix(&tex, sizeof tex);
            mix(&callback, sizeof callback);
            mix(&c.VtxOffset, sizeof c.VtxOffset);
            mix(&c.IdxOffset, sizeof c.IdxOffset);
            mix(&c.ElemCount, sizeof c.ElemCount);
        }
    }
    return h == 0 ? 1 : h;
}

void frame_callback() {
    App& app = *g_web.app;
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
        ImGui_ImplSDL2_ProcessEvent(&e);
        g_web.frames_pending = kFramesAfterInput;
    }
    if (g_web.frames_pending == 0) {
        ++g_web.idle_callbacks;
        // The start screen unpacked only the front of the embedded data (wams::LazyPack); the rest is unpacked here, a
        // slice per idle animation frame (64 KB, a few ms), so the first search or typed text does not wait for it.
        auto& pack = embedded::asset_pack();
        if (pack.unpacked() < pack.size()) (void)pack.bytes(std::min(pack.size(), pack.unpacked() + (64u << 10)));
        return;
    }
    --g_web.frames_pending;
    app.state_changed = false;

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    // The screen's density changed (browser zoom, another monitor) or the app's text scale did: glyphs rasterised anew.
    if (refresh_fonts(app, ImGui::GetIO().DisplayFramebufferScale.x)) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ImGui::NewFrame();
    draw_frame(app);
    ImGui::Render();
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec4 bg = clear_color();
    const std::uint64_t fp = fingerprint(*ImGui::GetDrawData(), bg);
    if (fp != g_web.drawn) {
        glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
                   static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
        glClearColor(bg.x, bg.y, bg.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        static bool first = true;
        if (first) mark("first-frame");  // drawn and sent to WebGL; the browser's commit follows
        first = false;
        g_web.drawn = fp;
    } else {
        ++g_web.frames_not_sent;
    }

    // Input still queued in ImGui (its input queue trickles one key down/up and one character per frame): a burst of
    // keys that arrived in one callback must all be handled now, not when the next unrelated event comes.
    if (!ImGui::GetCurrentContext()->InputEventsQueue.empty()) g_web.frames_pending = kFramesAfterInput;

    if (app.state_changed) {
        g_web.frames_pending = kFramesAfterInput;
        // Keep the page language and title in step with the UI (screen readers, browser tabs).
        EM_ASM({ document.documentElement.lang = UTF8ToString($0); document.title = UTF8ToString($1); },
               std::string(i18n::lang_code(app.lang)).c_str(), i18n::text(app.lang, "app.window_title").c_str());
    }
}

} // namespace

int run_platform(App& app, const RunOptions& /*options: smoke runs are native only*/) {
    g_web.app = &app;
    if (!open_window(app)) return 1;
    start_zeroing_freed_blocks();  // before anything the user types, opens or pastes can reach the app
    emscripten_set_main_loop(frame_callback, 0, true);  // 0 = requestAnimationFrame; never returns
    return 0;
}

} // namespace wams::app

// ---- [SECTION] No GL look-up by name ---------------------------------------------------------------------------
// The page looks up no GL function by name: ImGui's OpenGL3 back end calls WebGL2 directly (GLES3 headers, no
// loader), and SDL is built without its renderer. SDL's EGL layer only keeps eglGetProcAddress's address
// (SDL_emscriptenopengles.c), for SDL_GL_GetProcAddress and EGL extensions, which SDL treats as absent on NULL. Yet
// that address linked Emscripten's eglGetProcAddress (system/lib/gl/libprocaddr.c), whose table of every GL and
// WebGL function by name pulled each one's JavaScript into wams.js and an import into the wasm: 336 GL imports where
// ImGui calls about 50 (docs/perf.md "No GL look-up by name"). This definition answers "not available" instead, and
// the linker takes it before the library's.
extern "C" void* eglGetProcAddress(const char* /*name*/) { return nullptr; }

// Numbers read without long double (decimal.hpp, docs/perf.md "No long double"): the C library's strtod works in
// 128-bit long double, done in software in WebAssembly. Its callers here are nlohmann's JSON reader (numbers with a
// fraction or exponent) and atof for two SDL hints the page never sets. The linker takes this definition before
// the library's, as for eglGetProcAddress above. strtof and strtold share the library's object file and libc++'s
// std::stof / std::stold name them (unused here), so they are defined too, or the linker would take that file.
extern "C" double strtod(const char* s, char** end) { return wams::app::parse_decimal(s, end); }
extern "C" float strtof(const char* s, char** end) { return static_cast<float>(wams::app::parse_decimal(s, end)); }
extern "C" long double strtold(const char* s, char** end) { return wams::app::parse_decimal(s, end); }

// printf's formatting without musl's (format.hpp, docs/perf.md "Our own printf"): musl's printf core and its long
// double %f were ≈ 7 KB of code for ImGui's labels and ids, SDL's messages and two numbers of our own. Every printf
// of the C library that formats is defined here, so the linker never takes musl's (as for strtod above). Each musl
// file is replaced whole, with Emscripten's integer-only twins (iprintf, __small_printf: the compiler calls them for
// a literal format without floating point) beside the standard name.
namespace {
int write_formatted(FILE* f, const char* fmt, va_list ap) {
    va_list again;
    va_copy(again, ap);
    char line[256];
    const int len = wams::app::format_v(line, sizeof line, fmt, ap);
    if (len >= 0 && static_cast<size_t>(len) < sizeof line) {
        std::fwrite(line, 1, static_cast<size_t>(len), f);
    } else if (len > 0) {
        std::string text(static_cast<size_t>(len) + 1, '\0');
        wams::app::format_v(text.data(), text.size(), fmt, again);
        std::fwrite(text.data(), 1, static_cast<size_t>(len), f);
    }
    va_end(again);
    return len;
}
} // namespace
#define WAMS_PRINTF(name, params, call)                                                                               \
    extern "C" int name params {                                                                                      \
        va_list ap;                                                                                                   \
        va_start(ap, fmt);                                                                                            \
        const int r = call;                                                                                           \
        va_end(ap);                                                                                                   \
        return r;                                                                                                     \
    }
#define WAMS_VPRINTF(name, params, call) \
    extern "C" int name params { return call; }
WAMS_VPRINTF(vfprintf, (FILE* f, const char* fmt, va_list ap), write_formatted(f, fmt, ap))
WAMS_VPRINTF(vfiprintf, (FILE* f, const char* fmt, va_list ap), write_formatted(f, fmt, ap))
WAMS_VPRINTF(__small_vfprintf, (FILE* f, const char* fmt, va_list ap), write_formatted(f, fmt, ap))
WAMS_PRINTF(fprintf, (FILE* f, const char* fmt, ...), write_formatted(f, fmt, ap))
WAMS_PRINTF(fiprintf, (FILE* f, const char* fmt, ...), write_formatted(f, fmt, ap))
WAMS_PRINTF(__small_fprintf, (FILE* f, const char* fmt, ...), write_formatted(f, fmt, ap))
WAMS_VPRINTF(vprintf, (const char* fmt, va_list ap), write_formatted(stdout, fmt, ap))
WAMS_PRINTF(printf, (const char* fmt, ...), write_formatted(stdout, fmt, ap))
WAMS_PRINTF(iprintf, (const char* fmt, ...), write_formatted(stdout, fmt, ap))
WAMS_PRINTF(__small_printf, (const char* fmt, ...), write_formatted(stdout, fmt, ap))
WAMS_VPRINTF(vsnprintf, (char* s, size_t n, const char* fmt, va_list ap), wams::app::format_v(s, n, fmt, ap))
WAMS_VPRINTF(vsniprintf, (char* s, size_t n, const char* fmt, va_list ap), wams::app::format_v(s, n, fmt, ap))
WAMS_VPRINTF(__small_vsnprintf, (char* s, size_t n, const char* fmt, va_list ap), wams::app::format_v(s, n, fmt, ap))
WAMS_PRINTF(snprintf, (char* s, size_t n, const char* fmt, ...), wams::app::format_v(s, n, fmt, ap))
WAMS_VPRINTF(vsprintf, (char* s, const char* fmt, va_list ap), wams::app::format_v(s, INT_MAX, fmt, ap))
WAMS_VPRINTF(vsiprintf, (char* s, const char* fmt, va_list ap), wams::app::format_v(s, INT_MAX, fmt, ap))
WAMS_VPRINTF(__small_vsprintf, (char* s, const char* fmt, va_list ap), wams::app::format_v(s, INT_MAX, fmt, ap))
WAMS_PRINTF(sprintf, (char* s, const char* fmt, ...), wams::app::format_v(s, INT_MAX, fmt, ap))
WAMS_PRINTF(siprintf, (char* s, const char* fmt, ...), wams::app::format_v(s, INT_MAX, fmt, ap))
WAMS_PRINTF(__small_sprintf, (char* s, const char* fmt, ...), wams::app::format_v(s, INT_MAX, fmt, ap))

// ---- [SECTION] Test hooks exported to JavaScript -------------------------------------------------------------
// Read from tests with Module.ccall('wams_test_state_json', 'string', [], []).
extern "C" {

// State of the last drawn frame: {screen, lang, frame_count, display, missing_glyphs, widgets:[{id,label,x,y,w,h}]}.
EMSCRIPTEN_KEEPALIVE const char* wams_test_state_json() {
    static std::string json;
    json = wams::app::g_web.app ? wams::app::test_hooks::state_json(*wams::app::g_web.app) : "{}";
    return json.c_str();
}

// The DOM mirror's data for the last drawn frame (JSON, see a11y_snapshot_json); web/js/mirror.js reads it.
EMSCRIPTEN_KEEPALIVE const char* wams_a11y_snapshot_json() {
    static std::string json;
    json = wams::app::a11y_snapshot_json(wams::app::g_web.app);
    return json.c_str();
}

// Animation-frame callbacks that drew nothing since start (idle frames skipped).
EMSCRIPTEN_KEEPALIVE double wams_test_idle_callbacks() { return static_cast<double>(wams::app::g_web.idle_callbacks); }

// Frames still to draw before the app idles (0 = idle: everything it was asked to show is on screen).
EMSCRIPTEN_KEEPALIVE int wams_test_frames_pending() { return wams::app::g_web.frames_pending; }

// Issue 18 §1: an action from the page's accessible DOM (web/js/mirror.js) for the widget recorded under `id`:
// "activate" (button, radio, checkbox), "focus" (move the app's keyboard focus there), "set" (a text field's new
// text = value). Queued and applied by that widget in the next frame (consult::rec); dropped when no widget of that
// frame has the id. Returns 0 for an unknown action.
EMSCRIPTEN_KEEPALIVE int wams_a11y_act(const char* id, const char* action, const char* value) {
    if (!id || !action) return 0;
    if (!wams::app::test_hooks::queue_action(id, action, value ? value : "")) return 0;
    wams::app::g_web.frames_pending = wams::app::kFramesAfterInput;
    return 1;
}

// Ask for a redraw without input (e.g. after the page became visible again).
EMSCRIPTEN_KEEPALIVE void wams_request_redraw() {
    wams::app::g_web.frames_pending = 3;
    wams::app::g_web.drawn = 0;  // draw it even when equal to the last frame (the canvas may have been cleared)
}

// Frames drawn by ImGui whose output equalled the frame on screen, so nothing was sent to WebGL (docs/perf.md).
EMSCRIPTEN_KEEPALIVE double wams_test_frames_not_sent() { return static_cast<double>(wams::app::g_web.frames_not_sent); }

} // extern "C"
