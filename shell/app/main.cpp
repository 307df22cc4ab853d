// main.cpp — entry point of the Wams Wegwijzer app (desktop and browser): parses options, runs the platform loop.
#include "app.hpp"
#include "platform.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>

static void print_usage() {
    std::puts("wams-app — Wams Wegwijzer\n"
              "  --smoke N            draw N frames headlessly-fast, print the test state JSON, exit\n"
              "  --smoke-click ID     during --smoke, click the widget with this id (e.g. lang.en)\n"
              "  --screenshot FILE    during --smoke, write the last frame as PPM\n"
              "Exit codes: 0 ok, 1 smoke check failed, 2 wrong usage.");
}

int main(int argc, char** argv) {
    wams::app::RunOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--help" || arg == "-h") { print_usage(); return 0; }
        if (arg == "--smoke" && has_value) { options.smoke_frames = std::atoi(argv[++i]); continue; }
        if (arg == "--smoke-click" && has_value) { options.smoke_click = argv[++i]; continue; }
        if (arg == "--screenshot" && has_value) { options.screenshot_ppm = argv[++i]; continue; }
        std::fprintf(stderr, "wams-app: unknown option %s\n", arg.c_str());
        print_usage();
        return 2;
    }
    wams::app::App app;
    return wams::app::run_platform(app, options);
}
