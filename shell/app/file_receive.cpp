// file_receive.cpp — the export web/js/casefile.js calls with the BYTES of a picked or dropped file (issue 5,
// hostile input): passed with their length, so a file whose first byte is NUL or that holds invalid UTF-8 reaches
// the loader whole and gets the loader's "geen tekstbestand (binaire gegevens)" / "ongeldige UTF-8" message with
// its place, instead of arriving as an empty, NUL-terminated string. Text from the clipboard still arrives through
// wams_app_receive_text (file_bridge.cpp).
#include "consult.hpp"
#include "training_ui.hpp"

#include <string>
#include <string_view>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
extern "C" {
// Called by web/js/casefile.js with a file's raw bytes ("picker:<name>" or "drop:<name>"); the trainer view takes
// scenario files while it is on screen, otherwise the bytes are opened as a case file.
EMSCRIPTEN_KEEPALIVE void wams_app_receive_bytes(const char* source, const char* data, int size) {
    auto& s = wams::app::consult::session();
    const std::string src = source ? source : "";
    const std::string_view bytes(data ? data : "", data && size > 0 ? static_cast<std::size_t>(size) : 0);
    if (wams::app::desk::receive_trainer_file(src, bytes)) return;
    wams::app::consult::receive_case_text(s, bytes, src);
}
}
#endif
