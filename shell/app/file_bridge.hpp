// file_bridge.hpp — the case file and the clipboard, between the app and the browser (issue 4: "save / open the
// anonymous case as JSON via browser download, file picker, drag-and-drop and clipboard — never the network").
// In the browser the JavaScript side is web/js/casefile.js (an Emscripten --js-library): downloads are Blob URLs,
// opening uses <input type=file>, drops and pastes on the page; nothing is sent anywhere. Natively, a download is
// written to the working directory and the picker/clipboard are unavailable.
#pragma once
#include <string>
#include <string_view>

namespace wams::app::file_bridge {

void install();                                                   // once: drop/paste listeners, beforeunload guard
void set_unsaved(bool unsaved);                                   // arms / disarms the "leave page?" warning
bool download(std::string_view filename, std::string_view mime, std::string_view text);  // save as a file (Blob download)
bool open_picker();                                               // the browser's file picker (JSON); result arrives async
bool copy_to_clipboard(std::string_view text);                    // navigator.clipboard.writeText
bool paste_from_clipboard();                                      // navigator.clipboard.readText; result arrives async
bool available();                                                 // true in the browser

} // namespace wams::app::file_bridge
