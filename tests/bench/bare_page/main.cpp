// bare_page/main.cpp — the floor of our stack for scripts/bench-web.sh: Dear ImGui + SDL2 + WebGL2, one window
// with one button, the same render-on-input loop as shell/app/platform_web.cpp. Nothing of Wams Wegwijzer.
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"

#include <SDL.h>
#include <SDL_opengles2.h>
#include <emscripten.h>
#include <emscripten/html5.h>

namespace {
// The app's User Timing marks of the same steps (shell/app/platform_web.cpp; web/bench/start-steps.mjs).
void mark(const char* step) {
    EM_ASM({ performance.mark('wams:' + UTF8ToString($0)); }, step);
}

SDL_Window* g_window = nullptr;
int g_frames_pending = 3;
double g_frame_count = 0;
int g_clicks = 0;

void frame() {
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
        ImGui_ImplSDL2_ProcessEvent(&e);
        g_frames_pending = 3;
    }
    if (g_frames_pending == 0) return;
    --g_frames_pending;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    ImGui::Begin("Bare page");
    if (ImGui::Button("Button")) ++g_clicks;
    ImGui::End();
    ImGui::Render();
    const ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, int(io.DisplaySize.x), int(io.DisplaySize.y));
    glClearColor(0.97f, 0.97f, 0.96f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (g_frame_count == 0) mark("first-frame");  // the font atlas is built in this first frame
    ++g_frame_count;
}
} // namespace

// Frames drawn since start (the benchmark reads it as the app's frame_count).
extern "C" EMSCRIPTEN_KEEPALIVE double bare_frame_count() { return g_frame_count; }

int main() {
    mark("main");
    SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) return 1;
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    double w = 0, h = 0;
    emscripten_get_element_css_size("#canvas", &w, &h);
    g_window = SDL_CreateWindow("Bare page", 0, 0, w > 0 ? int(w) : 1200, h > 0 ? int(h) : 800,
                                SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE);
    SDL_GLContext gl = SDL_GL_CreateContext(g_window);
    SDL_GL_MakeCurrent(g_window, gl);
    mark("webgl");
    ImGui::CreateContext();
    ImGui_ImplSDL2_InitForOpenGL(g_window, gl);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_main_loop(frame, 0, true);
    return 0;
}
