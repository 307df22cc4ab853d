// report.hpp — the dossier record of RULEBOOK §8.5 (R36, R66): stage, date, every walked item with its answers,
// verdict, rules, conditions, A-flags and the necessity justification, ending with a SHA-256 of the content above it.
// No clock in core: the date is a parameter.
#pragma once
#include "wams/assessment.hpp"
#include "wams/case.hpp"
#include "wams/lang.hpp"

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

} // namespace wams
