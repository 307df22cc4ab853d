// cmd_report.cpp — `wams-cli report FILE|- [--format md|html] [--lang nl|en] [--date YYYY-MM-DD] [--role TEXT]`:
// the dossier record of RULEBOOK §8.5 for each case, ending with a SHA-256 of its content.
#include "command.hpp"
#include "engine_input.hpp"
#include "wams/engine.hpp"
#include "wams/report.hpp"

#include <ctime>
#include <ostream>

namespace {

constexpr const char* kUsageText =
    "wams-cli report FILE|- [FILE…] [--format md|html] [--lang nl|en] [--date YYYY-MM-DD] [--role TEXT]\n"
    "  Writes the dossier record (RULEBOOK §8.5) of each case: stage, date, every walked data item with its\n"
    "  answers, verdict, rules, conditions, ambiguity flags and the necessity justification, ending with\n"
    "  'SHA-256: <hex>' of the content above it. --date defaults to today (local time). Markdown by default.\n"
    "  Schrijft het dossierverslag per casus, afgesloten met een SHA-256 van de inhoud.";

std::string today() {
    const std::time_t t = std::time(nullptr);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", std::localtime(&t));
    return buf;
}

int run_report(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    std::vector<std::string> args = argv;
    wams::Lang lang = wams::Lang::nl;
    if (!wams::cli::take_lang(args, lang, err, "report")) return wams::cli::kUsage;
    wams::ReportFormat format = wams::ReportFormat::md;
    wams::DossierOptions opts;
    std::vector<std::string> files;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--format" && has_value && (args[i + 1] == "md" || args[i + 1] == "html")) {
            format = args[++i] == "html" ? wams::ReportFormat::html : wams::ReportFormat::md;
        } else if (a == "--date" && has_value) {
            opts.date = args[++i];
        } else if (a == "--role" && has_value) {
            opts.role = args[++i];
        } else if (a.size() > 1 && a[0] == '-') {
            err << "wams-cli report: bad option " << a << "\n" << kUsageText << "\n";
            return wams::cli::kUsage;
        } else {
            files.push_back(a);
        }
    }
    if (files.empty()) {
        err << kUsageText << "\n";
        return wams::cli::kUsage;
    }
    if (opts.date.empty()) opts.date = today();
    std::vector<wams::cli::EngineCase> cases;
    if (int rc = wams::cli::load_engine_cases(files, "report", lang, cases, err); rc != wams::cli::kOk) return rc;
    for (const auto& c : cases) {
        opts.case_id = c.id;
        out << wams::dossier_record(c.facts, wams::assess(c.facts), format, lang, opts);
    }
    return wams::cli::kOk;
}

} // namespace

WAMS_CLI_COMMAND(report, "report", "dossier record per case (§8.5), md or html, with SHA-256", kUsageText, run_report);
