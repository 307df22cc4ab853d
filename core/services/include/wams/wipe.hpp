// wipe.hpp — "Wis alles" (issue 5): clear case content from memory. Buffers we own (UI text buffers, staged
// clipboard text, JSON copies) are overwritten before release, so a reused buffer does not show the old text; the
// case editor is reset to a new empty case with no undo history (the history holds every earlier answer — its
// strings are released by CaseEditor, not overwritten). Pure C++, no I/O.
#pragma once
#include "wams/ui_model.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace wams {

void wipe_text(std::string& s);                 // overwrite every byte (and the spare capacity) with 0, then empty it
void wipe_json(nlohmann::json& j);              // wipe_text on every string value inside j, then j = null (keys are §0.3 field names)
void wipe_case_editor(ui::CaseEditor& editor);  // reset to ui::new_case(client_request, "CASUS-1"): no history, not dirty

} // namespace wams
