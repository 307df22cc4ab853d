// export_guard.hpp — what blocks a save or export (issue 5, "Privacy by construction"): every free-text string of
// a document (case file, dossier record, training result) is scanned with scan_pii; a finding blocks the export
// until the text is changed or the user marks it "geen persoonsgegeven". Such marks live in the document itself
// (case level `pii_exemptions: [{path, text, category}]`, validate.hpp / schema_case.cpp), so the export records
// them. The UI only shows what this decides. Pure C++, no I/O.
//
// Index
//   [SECTION] Findings per field   FieldFinding, scan_document
//   [SECTION] Marks                is_exempted, mark_not_personal, live_exemptions
//   [SECTION] Decision             ExportCheck, check_export
#pragma once
#include "wams/lang.hpp"
#include "wams/pii.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace wams {

// [SECTION] Findings per field ------------------------------------------------------------------------------------

struct FieldFinding {
    std::string path;      // JSON Pointer of the string in the document, e.g. "/facts/data_items/0/what"
    PiiFinding finding;    // what scan_pii found in that string
    bool exempted = false; // the user marked exactly this text at this path "geen persoonsgegeven"
};

std::vector<FieldFinding> scan_document(const nlohmann::json& doc);  // every string leaf (not object keys, not /pii_exemptions, not a top-level /stage block equal to one of core's stages), in document order

// [SECTION] Marks -------------------------------------------------------------------------------------------------

bool is_exempted(const nlohmann::json& doc, std::string_view path, const PiiFinding& f);  // a matching {path, text, category} in doc["pii_exemptions"]
bool mark_not_personal(nlohmann::json& doc, std::string_view path, const PiiFinding& f);  // appends the mark; false when already marked or doc is no object
nlohmann::json live_exemptions(const nlohmann::json& doc);  // the marks that still match a finding (stale marks are dropped before export)

// [SECTION] Decision ----------------------------------------------------------------------------------------------

struct ExportCheck {
    std::vector<FieldFinding> unresolved;  // findings neither removed nor marked: each one blocks the export
    std::vector<FieldFinding> exempted;    // findings marked "geen persoonsgegeven" (recorded in the export)
    bool allowed() const { return unresolved.empty(); }
};

ExportCheck check_export(const nlohmann::json& doc);           // the decision: export allowed iff no unresolved finding
nlohmann::json export_document(const nlohmann::json& doc);     // doc with pii_exemptions = live_exemptions (key dropped when none); call only when allowed
std::string describe_finding(const FieldFinding& f, Lang lang); // "BSN \"123456782\" in /facts/data_items/0/what" (Dutch label first)

} // namespace wams
