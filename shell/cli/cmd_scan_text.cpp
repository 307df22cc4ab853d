// cmd_scan_text.cpp — `wams-cli scan-text FILE|-`: the PII guard (wams/pii.hpp) from outside, as JSON.
#include "command.hpp"
#include "wams/pii.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace {

constexpr const char* kUsage =
    "wams-cli scan-text FILE|-\n"
    "  Zoekt persoonsgegevens in UTF-8-tekst (BSN, IBAN, telefoon, e-mail, postcode, adres, geboortedatum, naam).\n"
    "  Finds personal data in UTF-8 text (FILE, or '-' for standard input) and prints one JSON object:\n"
    "    {\"findings\":[{\"category\":\"bsn\",\"start\":12,\"end\":21,\"text\":\"123456782\",\"confidence\":0.95},…]}\n"
    "  start/end are Unicode code-point offsets (end exclusive); categories: bsn iban phone email postcode\n"
    "  address birth_date name. Exit codes: 0 scanned (with or without findings), 1 unreadable file, 2 wrong usage.";

int run_scan_text(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.size() != 1) {
        err << "wams-cli scan-text: geef één bestand of '-' / give one FILE or '-'\n" << kUsage << "\n";
        return wams::cli::kUsage;
    }
    std::string text;
    if (!wams::cli::read_input(args[0], text, err)) return wams::cli::kInvalidInput;
    nlohmann::ordered_json findings = nlohmann::ordered_json::array();
    for (const auto& f : wams::scan_pii(text)) {
        findings.push_back({{"category", wams::to_string(f.category)},
                            {"start", f.start_cp},
                            {"end", f.end_cp},
                            {"text", f.text},
                            {"confidence", f.confidence}});
    }
    nlohmann::ordered_json doc = {{"findings", std::move(findings)}};
    // Invalid UTF-8 in a finding's text becomes U+FFFD in the JSON instead of aborting the output.
    out << doc.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    return wams::cli::kOk;
}

} // namespace

WAMS_CLI_COMMAND(scan_text, "scan-text", "find personal data (PII) in a text file, as JSON", kUsage, run_scan_text);
