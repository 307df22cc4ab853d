// screen_dossier.cpp — the dossier record (RULEBOOK §8.5, R36, R66): stage, date, answers, verdicts, rules,
// conditions, justifications and a SHA-256 of the content, produced by core's dossier_record (wams/report.hpp) as
// Markdown or a printable HTML page, exported as a browser download. No identifying data: the record holds only the
// anonymous facts; the PII guard scans it before export and warns.
#include "app.hpp"
#include "app_state.hpp"
#include "consult.hpp"
#include "file_bridge.hpp"
#include "imgui.h"
#if __has_include("privacy_ui.hpp")  // issue 5's export guard, when that screen helper is present
#include "privacy_ui.hpp"
#define WAMS_DOSSIER_EXPORT_GATE 1
#endif
#include "widgets.hpp"
#include "wams/pii.hpp"
#include "wams/report.hpp"

#include <ctime>

namespace {

using wams::app::tr;
namespace consult = wams::app::consult;
namespace widgets = wams::app::widgets;
namespace file_bridge = wams::app::file_bridge;


std::string today_iso() {       // the shell owns the clock; core takes the date as a parameter
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
#ifdef _WIN32
    gmtime_s(&tm, &t);
#else
    gmtime_r(&t, &tm);
#endif
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

std::string make_record(wams::app::App& app, consult::Session& s, wams::ReportFormat format, wams::DossierOptions& opt) {
    opt.date = today_iso();
    opt.case_id = s.editor.case_doc().value("id", "");
    opt.role = wams::app::app_state().dossier.role;
    return wams::dossier_record(*s.facts, *s.assessment, format, app.lang, opt);
}

void draw_dossier(wams::app::App& app) {
    auto& s = consult::session();
    widgets::nav_bar(app, s);
    widgets::section_title(app, tr(app, "nav.dossier"));
    wams::app::widgets::push_wrap(50);
    ImGui::TextWrapped("%s", tr(app, "dossier.intro"));
    ImGui::PopTextWrapPos();
    if (!s.case_started || !s.assessment || !s.facts) {
        if (!s.errors.empty()) widgets::draw_errors(app, s);
        else if (s.case_started && consult::partial(s)) ImGui::TextWrapped("%s", tr(app, "ui.needs_all_answers"));
        else ImGui::TextWrapped("%s", tr(app, "ui.no_case"));
        return;
    }
    auto& d = wams::app::app_state().dossier;
    ImGui::TextUnformatted(tr(app, "dossier.role"));
    ImGui::SetNextItemWidth(wams::app::widgets::fit_width(20));
    bool role_edited = widgets::input_text("##role", d.role);
    role_edited |= consult::rec_text("dossier.role", tr(app, "dossier.role"), d.role);  // the page's field
    if (role_edited) app.state_changed = true;

    ImGui::TextUnformatted(tr(app, "dossier.format"));  // the format radios' legend (issue 18 §1)
    consult::rec("dossier.format", tr(app, "dossier.format"), wams::app::test_hooks::radio_group());
    if (widgets::radio(tr(app, "dossier.md"), d.format == wams::ReportFormat::md)) {
        d.format = wams::ReportFormat::md;
        app.state_changed = true;
    }
    consult::rec("dossier.format.md", tr(app, "dossier.md"),
                 wams::app::test_hooks::radio("dossier.format", d.format == wams::ReportFormat::md));
    widgets::beside(tr(app, "dossier.html"));
    if (widgets::radio(tr(app, "dossier.html"), d.format == wams::ReportFormat::html)) {
        d.format = wams::ReportFormat::html;
        app.state_changed = true;
    }
    consult::rec("dossier.format.html", tr(app, "dossier.html"),
                 wams::app::test_hooks::radio("dossier.format", d.format == wams::ReportFormat::html));

    wams::DossierOptions opt;
    d.preview = make_record(app, s, d.format, opt);
    const auto pii = wams::dossier_pii(d.preview, *s.assessment, opt);
    if (!pii.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(consult::palette().red));
        ImGui::TextWrapped("\xE2\x9C\x97 %s (%d)", tr(app, "dossier.pii"), static_cast<int>(pii.size()));
        ImGui::PopStyleColor();
        consult::rec("dossier.pii", tr(app, "dossier.pii"), wams::app::test_hooks::error_text());
        int n = 0;
        for (const auto& f : pii) {  // what was found, so the user knows what to take out
            const std::string line = std::string(wams::category_label(f.category, app.lang)) + ": \u201C" + f.text + "\u201D";
            widgets::bullet_wrapped(line);
            consult::rec("text.dossier.pii." + std::to_string(n++), line);
        }
    }
    const std::string id = s.editor.case_doc().value("id", "casus");
    // Issue 5: blocked while the case holds an unresolved PII finding (export_guard.hpp).
#ifdef WAMS_DOSSIER_EXPORT_GATE
    const bool may_export = wams::app::privacy_ui::export_gate(app, s.editor.case_doc(), "privacy.blocked.dossier");
#else
    const bool may_export = true;
#endif
    ImGui::BeginDisabled(!may_export);
    if (ImGui::Button(tr(app, "dossier.export")) && may_export) {
        const bool md = d.format == wams::ReportFormat::md;
        file_bridge::download(id + "-dossier" + (md ? ".md" : ".html"), md ? "text/markdown" : "text/html", d.preview);
    }
    ImGui::EndDisabled();
    consult::rec("dossier.export", tr(app, "dossier.export"), wams::app::test_hooks::button());
    widgets::beside_text(tr(app, "dossier.print_hint"));
    widgets::push_wrap(200);
    ImGui::TextDisabled("%s", tr(app, "dossier.print_hint"));
    consult::rec("text.dossier.print_hint", tr(app, "dossier.print_hint"));
    ImGui::PopTextWrapPos();
    // Read-only text (not a control): the record "Download" saves, said line by line in the page's layer.
    widgets::document("dossier.preview", tr(app, "dossier.preview_name"), d.preview,
                      d.format == wams::ReportFormat::md ? wams::ui::DocumentKind::markdown : wams::ui::DocumentKind::html, 22);
}

} // namespace

WAMS_APP_SCREEN(dossier, {"dossier", "nav.dossier", 70, draw_dossier});
