// privacy_ui.cpp — PII findings under free-text fields, the export gate and "Wis alles" (privacy_ui.hpp).
// What blocks an export is decided in core (wams/export_guard.hpp); this file only draws it and records marks.
//
// [SECTION] Field findings
// [SECTION] Export gate
// [SECTION] Wis alles
#include "privacy_ui.hpp"

#include "app_state.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "test_hooks.hpp"
#include "widgets.hpp"
#include "wams/export_guard.hpp"
#include "wams/pii.hpp"
#include "wams/ui_model.hpp"
#include "wams/wipe.hpp"

#include <algorithm>
#include <cstring>
#include <vector>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#include <emscripten/stack.h>
#endif

namespace wams::app::privacy_ui {

using nlohmann::json;

// ---- [SECTION] Field findings ---------------------------------------------------------------------------------
void field_findings(App& app, consult::Session& s, std::string_view doc_path, const std::string& text) {
    if (text.empty()) return;
    const auto findings = scan_pii(text);
    if (findings.empty()) return;
    const auto& pal = consult::palette();
    ImGui::PushID(std::string(doc_path).c_str());
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const PiiFinding& f = findings[i];
        const bool marked = is_exempted(s.editor.case_doc(), doc_path, f);
        const std::string id = "pii" + std::string(doc_path) + "#" + std::to_string(i);
        const std::string line = std::string(marked ? "\xE2\x9C\x93 " : "\xE2\x9C\x97 ") +  // ✓ / ✗
                                 std::string(category_label(f.category, app.lang)) + ": \u201C" + f.text + "\u201D" +
                                 (marked ? std::string(" \u2014 ") + tr(app, "privacy.marked") : std::string(" \u2014 ") + tr(app, "privacy.found"));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(marked ? pal.muted : pal.red));
        ImGui::TextWrapped("%s", line.c_str());
        ImGui::PopStyleColor();
        // An unmarked finding is news the page's live region says as it appears (typing a name): a status line.
        consult::rec(id, line, marked ? test_hooks::named(line) : test_hooks::status());
        if (!marked) {
            widgets::beside(tr(app, "privacy.not_personal"));  // on the next line when it would run past the pane
            ImGui::PushID(static_cast<int>(i));
            if (widgets::chip(tr(app, "privacy.not_personal"))) {
                json marks = s.editor.case_doc().value("pii_exemptions", json::array());
                if (!marks.is_array()) marks = json::array();
                marks.push_back({{"path", std::string(doc_path)}, {"text", f.text}, {"category", std::string(to_string(f.category))}});
                s.editor.set_case_field("pii_exemptions", std::move(marks));  // an undoable change, saved with the case
                app.state_changed = true;
            }
            ImGui::PopID();
            auto mark = test_hooks::button();
            mark.description = line;  // which finding this button marks: several rows have the same button
            consult::rec(id + ".mark", tr(app, "privacy.not_personal"), mark);
        }
    }
    ImGui::PopID();
}

// ---- [SECTION] Export gate ------------------------------------------------------------------------------------
bool export_gate(App& app, const json& doc, std::string_view id) {
    const ExportCheck check = check_export(doc);
    if (check.allowed()) return true;
    const auto& pal = consult::palette();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(pal.red));
    ImGui::TextWrapped("\xE2\x9C\x97 %s", tr(app, "privacy.blocked"));
    consult::rec(std::string(id), tr(app, "privacy.blocked"), test_hooks::status());
    for (std::size_t i = 0; i < check.unresolved.size(); ++i) {
        const std::string line = describe_finding(check.unresolved[i], app.lang);
        widgets::bullet_wrapped(line);
        consult::rec(std::string(id) + "." + std::to_string(i), line);
    }
    ImGui::PopStyleColor();
    return false;
}

std::string gated_case_text(consult::Session& s) {
    if (!check_export(s.editor.case_doc()).allowed()) return {};
    s.last_saved_text = ui::case_file_text(export_document(s.editor.case_doc()));
    s.editor.mark_saved();
    return s.last_saved_text;
}

// ---- [SECTION] Wis alles --------------------------------------------------------------------------------------
namespace {
template <typename T>
void overwrite(ImVector<T>& v) {
    if (v.Data) std::memset(static_cast<void*>(v.Data), 0, sizeof(T) * static_cast<std::size_t>(v.Capacity));
    v.clear();
}

void wipe_imgui_text_state() {
    if (!ImGui::GetCurrentContext()) return;
    ImGuiContext& g = *GImGui;
    ImGui::ClearActiveID();                                   // no field keeps editing (and re-writing) old text
    overwrite(g.InputTextState.TextW);
    overwrite(g.InputTextState.TextA);
    overwrite(g.InputTextState.InitialTextA);
    std::memset(static_cast<void*>(&g.InputTextState.Stb), 0, sizeof(g.InputTextState.Stb));  // its undo buffer
    g.InputTextState.ID = 0;
    g.InputTextState.CurLenA = g.InputTextState.CurLenW = 0;
    overwrite(g.InputTextDeactivatedState.TextA);
    g.InputTextDeactivatedState.ID = 0;
    overwrite(g.ClipboardHandlerData);
    overwrite(ImGui::GetIO().InputQueueCharacters);
}

} // namespace

void wipe_all(App& app) {
    wipe_app_state(app_state());                              // case, training, help desk: one fresh value
    wipe_imgui_text_state();
#ifdef __EMSCRIPTEN__
    // JS-side copies (web/js/casefile.js keeps the last download/copy for the tests; a DOM mirror may hold text)
    // and the clipboard when it still holds what this app put there. EM_ASM is part of wams.js (no eval: CSP-safe).
    EM_ASM({
        var copied = Module.wamsLastCopy;
        delete Module.wamsLastDownload;
        delete Module.wamsLastCopy;
        if (Module.wamsFiles) Module.wamsFiles.unsaved = false;
        if (typeof window.wamsMirrorClear === 'function') window.wamsMirrorClear();
        if (copied && navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText("").catch(function () {});
    });
#endif
    app.go_to("start");
    app.reset_view();
    app.wiped_notice = true;
    app.state_changed = true;
}

void wipe_all_button(App& app) {
    if (ImGui::Button(tr(app, "privacy.wipe"))) ImGui::OpenPopup("##wipe_confirm");
    test_hooks::record_last_item("privacy.wipe", tr(app, "privacy.wipe"));
    if (app.wiped_notice) {
        ImGui::SameLine();  // next to the button, or under it when the line is full (phone layout)
        if (ImGui::GetCursorPosX() + ImGui::CalcTextSize(tr(app, "privacy.wiped")).x > ImGui::GetContentRegionMax().x)
            ImGui::NewLine();
        ImGui::TextUnformatted(tr(app, "privacy.wiped"));
        test_hooks::record_last_item("privacy.wiped", tr(app, "privacy.wiped"));
    }
    if (ImGui::BeginPopupModal("##wipe_confirm", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
        ImGui::TextWrapped("%s", tr(app, "privacy.wipe_question"));
        ImGui::PopTextWrapPos();
        test_hooks::record_last_item("privacy.wipe.question", tr(app, "privacy.wipe_question"));
        if (ImGui::Button(tr(app, "privacy.wipe_yes"))) {
            ImGui::CloseCurrentPopup();
            wipe_all(app);
        }
        test_hooks::record_last_item("privacy.wipe.yes", tr(app, "privacy.wipe_yes"));
        ImGui::SameLine();
        if (ImGui::Button(tr(app, "privacy.wipe_no"))) ImGui::CloseCurrentPopup();
        test_hooks::record_last_item("privacy.wipe.no", tr(app, "privacy.wipe_no"));
        ImGui::EndPopup();
    }
}

} // namespace wams::app::privacy_ui

#ifdef __EMSCRIPTEN__
extern "C" {
// Test hook: how often `needle` (given reversed, so the argument itself never matches) occurs in wasm memory.
EMSCRIPTEN_KEEPALIVE int wams_test_memory_count(const char* reversed) {
    std::string needle(reversed ? reversed : "");
    if (needle.size() < 8) return -1;
    std::reverse(needle.begin(), needle.end());
    const char* base = reinterpret_cast<const char*>(0);
    const std::size_t size = __builtin_wasm_memory_size(0) * 65536u;
    const std::string_view mem(base + 1, size - 1);           // address 0 itself is never read
    int count = 0;
    for (std::size_t at = mem.find(needle); at != std::string_view::npos; at = mem.find(needle, at + 1)) {
        if (mem.data() + at != needle.data()) ++count;        // skip our own copy
    }
    wams::wipe_text(needle);
    return count;
}

// Test hook (diagnostics): where those occurrences lie — "stack-used", "stack-free" (below the stack pointer), "heap" or
// "data", the address and the printable bytes before it — by the stack's bounds (Emscripten lays out data, then the
// stack, then the heap). browser_privacy names them when a wipe left one.
EMSCRIPTEN_KEEPALIVE const char* wams_test_memory_where(const char* reversed) {
    static std::string out;
    std::string needle(reversed ? reversed : "");
    out.clear();
    if (needle.size() < 8) return out.c_str();
    std::reverse(needle.begin(), needle.end());
    const std::size_t size = __builtin_wasm_memory_size(0) * 65536u;
    const std::string_view mem(reinterpret_cast<const char*>(0) + 1, size - 1);
    const auto stack_lo = emscripten_stack_get_end(), stack_hi = emscripten_stack_get_base();
    const auto sp = emscripten_stack_get_current();
    for (std::size_t at = mem.find(needle); at != std::string_view::npos; at = mem.find(needle, at + 1)) {
        if (mem.data() + at == needle.data()) continue;
        const auto addr = reinterpret_cast<std::uintptr_t>(mem.data() + at);
        const char* where = addr >= stack_lo && addr < stack_hi ? (addr < sp ? "stack-free" : "stack-used")
                            : addr >= stack_hi                 ? "heap"
                                                               : "data";
        out += std::string(where) + " " + std::to_string(addr) + " [";
        for (std::size_t i = at > 160 ? at - 160 : 0; i < at; ++i)  // what lies before it (printable bytes)
            out += mem[i] >= 32 && mem[i] < 127 ? mem[i] : '.';
        out += "]; ";
    }
    wams::wipe_text(needle);
    return out.c_str();
}
}
#endif
