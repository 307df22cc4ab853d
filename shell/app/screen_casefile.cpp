// screen_casefile.cpp — the anonymous case file: save as JSON (browser download), open with the file picker, by
// dropping a file on the page, or from the clipboard; never the network (web/js/casefile.js). Saving then opening
// gives back exactly the same case (ui::case_file_text / ui::open_case_text, unit-tested). A cases file with
// several cases lets the user pick one. The case name is a label, never a person's name: the PII guard warns.
#include "app.hpp"
#include "app_state.hpp"
#include "consult.hpp"
#include "file_bridge.hpp"
#include "imgui.h"
#include "privacy_ui.hpp"
#include "widgets.hpp"
#include "wams/i18n.hpp"
#include "wams/pii.hpp"

namespace {

using nlohmann::json;
using wams::app::tr;
namespace consult = wams::app::consult;
namespace widgets = wams::app::widgets;
namespace file_bridge = wams::app::file_bridge;
namespace privacy_ui = wams::app::privacy_ui;

void case_label_field(wams::app::App& app, consult::Session& s, const char* key, const char* label_key) {
    auto& buf = wams::app::app_state().fields.case_label;  // edited in place by ImGui
    const json v = s.editor.case_doc().contains(key) ? s.editor.case_doc()[key] : json("");
    buf = v.is_string() ? v.get<std::string>() : std::string();
    ImGui::TextUnformatted(tr(app, label_key));
    ImGui::SetNextItemWidth(wams::app::widgets::fit_width(24));
    ImGui::PushID(key);
    bool edited = widgets::input_text("##v", buf);
    ImGui::PopID();
    edited |= consult::rec_text(std::string("case/") + key, tr(app, label_key), buf);  // the page's text field
    if (edited) {
        s.editor.set_case_field(key, buf);
        app.state_changed = true;
    }
    if (!wams::scan_pii(buf).empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(consult::palette().red));
        ImGui::TextWrapped("\xE2\x9C\x97 %s", tr(app, "ui.pii_warning"));
        ImGui::PopStyleColor();
    }
}

std::string file_name(const consult::Session& s) {
    std::string id = s.editor.case_doc().value("id", "casus");
    for (char& c : id)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') c = '_';
    return id + ".wams.json";
}

void draw_casefile(wams::app::App& app) {
    auto& s = consult::session();
    widgets::nav_bar(app, s);
    widgets::section_title(app, tr(app, "nav.casefile"));
    wams::app::widgets::push_wrap(50);
    ImGui::TextWrapped("%s", tr(app, "file.intro"));
    ImGui::PopTextWrapPos();

    if (s.case_started) {
        ImGui::SeparatorText(tr(app, "file.this_case"));
        case_label_field(app, s, "id", "file.case_id");
        case_label_field(app, s, "title", "file.case_title");
        // Issue 5: blocked while a PII finding is neither removed nor marked "geen persoonsgegeven" (export_guard.hpp).
        const bool may_export = privacy_ui::export_gate(app, s.editor.case_doc(), "privacy.blocked.casefile");
        ImGui::BeginDisabled(!may_export);
        if (ImGui::Button(tr(app, "file.save"))) {
            const std::string text = privacy_ui::gated_case_text(s);
            if (!text.empty()) {
                file_bridge::download(file_name(s), "application/json", text);
                file_bridge::set_unsaved(false);
                consult::file_result(s, "saved");
            }
            app.state_changed = true;
        }
        consult::rec("file.save", tr(app, "file.save"));
        widgets::beside(tr(app, "file.copy"));
        if (ImGui::Button(tr(app, "file.copy"))) {
            const std::string text = privacy_ui::gated_case_text(s);
            if (!text.empty()) {
                file_bridge::copy_to_clipboard(text);
                file_bridge::set_unsaved(false);
                consult::file_result(s, "copied");
            }
            app.state_changed = true;
        }
        consult::rec("file.copy", tr(app, "file.copy"));
        ImGui::EndDisabled();
    }

    ImGui::SeparatorText(tr(app, "file.open_title"));
    if (ImGui::Button(tr(app, "file.open"))) file_bridge::open_picker();
    consult::rec("file.open", tr(app, "file.open"));
    widgets::beside(tr(app, "file.paste"));
    if (ImGui::Button(tr(app, "file.paste"))) file_bridge::paste_from_clipboard();
    consult::rec("file.paste", tr(app, "file.paste"));
    ImGui::TextDisabled("%s", tr(app, "file.drop_hint"));
    if (!file_bridge::available()) ImGui::TextDisabled("%s", tr(app, "file.native_note"));

    // Result of the last action.
    if (!s.file_message.empty()) {
        ImGui::Spacing();
        const auto& pal = consult::palette();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(consult::file_result_is_error(s) ? pal.red : pal.green));
        std::string text;
        if (s.file_message == "saved") text = tr(app, "file.msg.saved");
        else if (s.file_message == "copied") text = tr(app, "file.msg.copied");
        else if (s.file_message == "clipboard-denied") text = tr(app, "file.msg.clipboard_denied");
        else if (s.file_message == "invalid")
            text = std::string(tr(app, "file.msg.invalid")) + "\n" + wams::format_errors(s.file_errors, app.lang);
        else text = std::string(tr(app, "file.msg.opened")) + " (" + s.file_message + ")";
        ImGui::TextWrapped("%s %s", consult::file_result_is_error(s) ? "\xE2\x9C\x97" : "\xE2\x9C\x93", text.c_str());
        ImGui::PopStyleColor();
        consult::rec("file.message", text, consult::file_result_is_error(s) ? wams::app::test_hooks::error_text() : wams::app::test_hooks::status());
    }

    // A cases file with several cases: pick one.
    if (!s.pending_cases.empty()) {
        ImGui::SeparatorText(tr(app, "file.pick"));
        consult::rec("file.pick", tr(app, "file.pick"), wams::app::test_hooks::heading(3));
        for (std::size_t i = 0; i < s.pending_cases.size(); ++i) {
            const std::string label = s.pending_cases[i].value("id", "?") + " — " + s.pending_cases[i].value("title", "");
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Selectable(label.c_str())) {
                json picked = s.pending_cases[i];
                consult::open_case(s, std::move(picked));
                app.go_to("process");
            }
            ImGui::PopID();
            consult::rec("file.pick." + std::to_string(i), label);
        }
    }

    if (!s.case_started) return;
    const bool preview_open = ImGui::TreeNode(tr(app, "file.preview"));
    consult::rec("file.preview", tr(app, "file.preview"), wams::app::test_hooks::disclosure(preview_open));
    if (preview_open) {
        const std::string text = wams::ui::case_file_text(s.editor.case_doc());
        widgets::document("file.preview.text", tr(app, "casefile.preview_name"), text, wams::ui::DocumentKind::plain, 14);
        ImGui::TreePop();
    }
}

} // namespace

WAMS_APP_SCREEN(casefile, {"casefile", "nav.casefile", 60, draw_casefile});
