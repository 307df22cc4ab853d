// report.hpp — the dossier record of RULEBOOK §8.5 (R36, R66): stage, date, every walked item with its answers,
// verdict, rules, conditions, A-flags and the necessity justification, ending with a SHA-256 of the content above it.
// No clock in core: the date is a parameter.
#pragma once
#include "wams/assessment.hpp"
#include "wams/case.hpp"
#include "wams/lang.hpp"
#include "wams/pii.hpp"

#include <string>
#include <string_view>

namespace wams {

enum class ReportFormat { md, html };    // Markdown or a self-contained HTML page

struct DossierOptions {                  // what §8.5 records beside the walk
    std::string date;                    // ISO date (and time) of the record, passed in by the caller
    std::string case_id;                 // the case's id
    std::string role;                    // the professional's role (M1); "" = not recorded
};

std::string dossier_record(const Facts& facts, const Assessment& a, ReportFormat format, Lang lang,
                           const DossierOptions& options);  // the record; its last line holds the SHA-256 of all lines before it
std::string dossier_body(const std::string& record);        // the record without its closing hash line (what the hash covers)

// What the PII guard finds in a record (scan_pii), without the dates the record states itself: the rulebook
// stage's date, the dates of its status statement (stage_notice: "stand per 3 december 2026") and the record's own
// date (options.date). Those are the tool's, never a person's; before, every
// record showed "seems to contain personal data (2)". A date typed into the case itself is still blocked by the
// case's export check (export_guard.hpp); what the record adds beside the case is the role, and that is scanned.
std::vector<PiiFinding> dossier_pii(const std::string& record, const Assessment& a, const DossierOptions& options);

} // namespace wams
