// file_bridge.cpp — browser side through web/js/casefile.js (extern "C" wams_js_*), native fallbacks otherwise;
// plus the export the JavaScript calls with received text (file picker, drop, paste, clipboard).
#include "file_bridge.hpp"

#include "consult.hpp"
#include "training_ui.hpp"

#include <cstdio>
#include <string>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
extern "C" {
void wams_js_install();
void wams_js_set_unsaved(int unsaved);
void wams_js_download(const char* name, const char* mime, const char* text);
void wams_js_open_picker();
void wams_js_copy(const char* text);
void wams_js_paste();
}
#endif

namespace wams::app::file_bridge {

#ifdef __EMSCRIPTEN__
void install() {
    static bool done = false;
    if (!done) wams_js_install();
    done = true;
}
void set_unsaved(bool unsaved) { wams_js_set_unsaved(unsaved ? 1 : 0); }
bool download(std::string_view filename, std::string_view mime, std::string_view text) {
    wams_js_download(std::string(filename).c_str(), std::string(mime).c_str(), std::string(text).c_str());
    return true;
}
bool open_picker() { wams_js_open_picker(); return true; }
bool copy_to_clipboard(std::string_view text) { wams_js_copy(std::string(text).c_str()); return true; }
bool paste_from_clipboard() { wams_js_paste(); return true; }
bool available() { return true; }
#else
void install() {}
void set_unsaved(bool) {}
bool download(std::string_view filename, std::string_view, std::string_view text) {
    // stdio, not <fstream>: keeps libc++ streams out of every build of this file (docs/perf.md)
    std::FILE* out = std::fopen(std::string(filename).c_str(), "wb");
    if (!out) return false;
    const bool written = std::fwrite(text.data(), 1, text.size(), out) == text.size();
    return std::fclose(out) == 0 && written;
}
bool open_picker() { return false; }
bool copy_to_clipboard(std::string_view) { return false; }
bool paste_from_clipboard() { return false; }
bool available() { return false; }
#endif

} // namespace wams::app::file_bridge

#ifdef __EMSCRIPTEN__
extern "C" {
// Called by web/js/casefile.js with the text of a picked, dropped or pasted file ("picker:<name>", "drop:<name>", "paste", "clipboard").
EMSCRIPTEN_KEEPALIVE void wams_app_receive_text(const char* source, const char* text) {
    auto& s = wams::app::consult::session();
    const std::string src = source ? source : "";
    if (src == "clipboard-denied" || !text || !*text) {
        wams::app::consult::file_result(s, "clipboard-denied");
        return;
    }
    if (wams::app::desk::receive_trainer_file(src, text)) return;  // the trainer view takes scenario files
    wams::app::consult::receive_case_text(s, text, src);
}
}
#endif
