// privacy_ui.hpp — the privacy parts of the UI (issue 5): PII findings under every free-text field with a
// "geen persoonsgegeven" mark per finding, the export gate that blocks save/export while a finding is unresolved
// (the decision is core's: wams/export_guard.hpp), and "Wis alles" in the header of every screen.
//
// [SECTION] Field findings     field_findings
// [SECTION] Export gate        export_gate, gated_case_text
// [SECTION] Wis alles          wipe_all_button, wipe_all
#pragma once
#include "app.hpp"
#include "consult.hpp"

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace wams::app::privacy_ui {

// ---- [SECTION] Field findings ---------------------------------------------------------------------------------
void field_findings(App& app, consult::Session& s, std::string_view doc_path, const std::string& text);  // findings of one field (doc_path = JSON pointer into the case doc, e.g. "/facts/data_items/0/what"), each with its Dutch category and a "geen persoonsgegeven" button

// ---- [SECTION] Export gate ------------------------------------------------------------------------------------
bool export_gate(App& app, const nlohmann::json& doc, std::string_view id);  // draws the unresolved findings of doc (if any); true = export allowed
std::string gated_case_text(consult::Session& s);  // the case file text with live marks recorded; "" (nothing saved) while a finding is unresolved

// ---- [SECTION] Wis alles --------------------------------------------------------------------------------------
void wipe_all_button(App& app);   // the "Wis alles" button + its confirmation popup (header of every screen)
void wipe_all(App& app);          // a fresh app state (app_state.hpp); ImGui text state, JS copies, clipboard

} // namespace wams::app::privacy_ui
