// platform_native.cpp — desktop target: SDL2 window + OpenGL 3.0 context, a loop that sleeps until input.
// Also the native smoke run (--smoke N): draws N frames, optionally clicks a widget by id, prints the state JSON.
//
// [SECTION] Window and ImGui set-up
// [SECTION] Smoke run
// [SECTION] Interactive loop
#include "platform.hpp"

#include "app.hpp"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"
#include "test_hooks.hpp"
#include "wams/i18n.hpp"

#include <SDL.h>
#include <SDL_opengl.h>

#include <cstdio>
#include <fstream>
#include <functional>
#include <vector>

namespace wams::app {
namespace {

constexpr int kFramesAfterInput = 3;  // ImGui settles hover/click state within a few frames of an event

// ---- [SECTION] Window and ImGui set-up -----------------------------------------------------------------------
struct Window {
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
};

bool open_window(App& app, Window& w) {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        std::fprintf(stderr, "wams-app: SDL_Init failed: %s\n", SDL_GetError());
        return false;
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    const auto flags = static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    w.window = SDL_CreateWindow(i18n::text(app.lang, "app.window_title").c_str(), SDL_WINDOWPOS_CENTERED,
                                SDL_WINDOWPOS_CENTERED, 1200, 800, flags);
    if (!w.window) {
        std::fprintf(stderr, "wams-app: SDL_CreateWindow failed: %s\n", SDL_GetError());
        return false;
    }
    w.gl = SDL_GL_CreateContext(w.window);
    if (!w.gl) {
        std::fprintf(stderr, "wams-app: SDL_GL_CreateContext failed: %s\n", SDL_GetError());
        return false;
    }
    SDL_GL_MakeCurrent(w.window, w.gl);
    SDL_GL_SetSwapInterval(1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    setup_style();
    setup_fonts(app);
    ImGui_ImplSDL2_InitForOpenGL(w.window, w.gl);
    ImGui_ImplOpenGL3_Init("#version 130");
    return true;
}

void close_window(Window& w) {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    if (w.gl) SDL_GL_DeleteContext(w.gl);
    if (w.window) SDL_DestroyWindow(w.window);
    SDL_Quit();
}

// inject: synthetic input queued after the SDL backend's own (smoke runs), so it is not overridden.
void render_frame(App& app, const std::function<void(ImGuiIO&)>& inject = {}) {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    if (refresh_fonts(app, ImGui::GetIO().DisplayFramebufferScale.x)) {  // glyphs for the screen's density and text scale
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    if (inject) inject(ImGui::GetIO());
    ImGui::NewFrame();
    draw_frame(app);
    ImGui::Render();
    const ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    const ImVec4 bg = clear_color();
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

// ---- [SECTION] Smoke run -------------------------------------------------------------------------------------
bool write_ppm(const std::string& path, Window& w) {
    int width = 0, height = 0;
    SDL_GL_GetDrawableSize(w.window, &width, &height);
    std::vector<unsigned char> rgb(static_cast<size_t>(width) * height * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, rgb.data());
    std::ofstream out(path, std::ios::binary);
    out << "P6\n" << width << " " << height << "\n255\n";
    for (int y = height - 1; y >= 0; --y)  // GL rows are bottom-up
        out.write(reinterpret_cast<const char*>(&rgb[static_cast<size_t>(y) * width * 3]), width * 3);
    return static_cast<bool>(out);
}

int smoke_run(App& app, Window& w, const RunOptions& options) {
    bool clicked = options.smoke_click.empty();
    for (int frame = 0; frame < options.smoke_frames; ++frame) {
        SDL_Event e;
        while (SDL_PollEvent(&e)) ImGui_ImplSDL2_ProcessEvent(&e);
        // Frames 0-1 lay out; from frame 2 hover the widget, press on 3, release on 4 (ImGui's input queue).
        const auto* widget = options.smoke_click.empty() ? nullptr : test_hooks::find(options.smoke_click);
        render_frame(app, [&](ImGuiIO& io) {
            if (!widget || frame < 2) return;
            io.AddMousePosEvent(widget->x + widget->w / 2, widget->y + widget->h / 2);
            if (frame == 3) io.AddMouseButtonEvent(0, true);
            if (frame == 4) { io.AddMouseButtonEvent(0, false); clicked = true; }
        });
        if (frame + 1 == options.smoke_frames && !options.screenshot_ppm.empty() && !write_ppm(options.screenshot_ppm, w)) {
            std::fprintf(stderr, "wams-app: cannot write %s\n", options.screenshot_ppm.c_str());
            return 1;
        }
        SDL_GL_SwapWindow(w.window);
    }
    std::printf("%s\n", test_hooks::state_json(app).c_str());
    if (!clicked) {
        std::fprintf(stderr, "wams-app: smoke click target '%s' was never drawn\n", options.smoke_click.c_str());
        return 1;
    }
    if (const std::string missing = missing_glyphs(); !missing.empty()) {
        std::fprintf(stderr, "wams-app: font lacks glyphs: %s\n", missing.c_str());
        return 1;
    }
    return 0;
}

// ---- [SECTION] Interactive loop ------------------------------------------------------------------------------
// Sleeps in SDL_WaitEventTimeout while nothing happens; draws a few frames after each event or state change.
void interactive_loop(App& app, Window& w) {
    int frames_pending = kFramesAfterInput;
    bool quit = false;
    while (!quit) {
        SDL_Event e;
        bool got_event = frames_pending > 0 ? SDL_PollEvent(&e) : SDL_WaitEventTimeout(&e, 500);
        while (got_event) {
            ImGui_ImplSDL2_ProcessEvent(&e);
            if (e.type == SDL_QUIT) quit = true;
            if (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_CLOSE &&
                e.window.windowID == SDL_GetWindowID(w.window))
                quit = true;
            frames_pending = kFramesAfterInput;
            got_event = SDL_PollEvent(&e);
        }
        if (frames_pending == 0) continue;
        --frames_pending;
        app.state_changed = false;
        render_frame(app);
        SDL_GL_SwapWindow(w.window);
        if (app.state_changed) {
            frames_pending = kFramesAfterInput;
            SDL_SetWindowTitle(w.window, i18n::text(app.lang, "app.window_title").c_str());
        }
    }
}

} // namespace

int run_platform(App& app, const RunOptions& options) {
    Window w;
    if (!open_window(app, w)) return 1;
    int rc = 0;
    if (options.smoke_frames > 0) rc = smoke_run(app, w, options);
    else interactive_loop(app, w);
    close_window(w);
    return rc;
}

} // namespace wams::app
