// cmd_validate.cpp — `wams-cli validate FILE|- [--json] [--lang nl|en]`: checks a case or cases file against
// RULEBOOK §0.3 (wams/validate.hpp). Silent with exit 0 when valid; one line per error and exit 1 when not.
#include "command.hpp"
#include "wams/validate.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <ostream>

namespace {

constexpr const char* kUsageText =
    "wams-cli validate FILE|- [--json] [--lang nl|en]\n"
    "  Checks a case {\"id\",\"facts\",…} or a cases file {\"cases\":[…]} (RULEBOOK §0.3): JSON syntax, size\n"
    "  (at most 5 MB), nesting depth (at most 64), UTF-8, every field's type and allowed values, required and\n"
    "  unknown fields, duplicate ids and references between fields.\n"
    "  Valid: prints nothing, exit 0. Invalid: one line per error (JSON path: what was expected; what was found),\n"
    "  exit 1. --json prints {\"valid\":false,\"errors\":[{\"path\",\"expected\",\"found\",\"message\",\"message_en\"}]}.\n"
    "  --lang en gives the English messages (default: Dutch). Wrong usage or an unreadable file: exit 2.\n"
    "  Controleert een casus of casusbestand; geldig: geen uitvoer, code 0; ongeldig: één regel per fout, code 1.";

// Reads FILE or stdin, but never more than `limit` + 1 bytes: a larger input is refused by the size check without
// first filling the memory (e.g. `validate /dev/zero`).
bool read_bounded(const std::string& path, std::size_t limit, std::string& text, std::ostream& err) {
    std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (!f) {
        err << "wams-cli validate: kan bestand niet openen / cannot open file: " << path << "\n";
        return false;
    }
    text.clear();
    char buf[65536];
    while (text.size() <= limit) {
        const std::size_t want = std::min(sizeof buf, limit + 1 - text.size());
        const std::size_t got = std::fread(buf, 1, want, f);
        text.append(buf, got);
        if (got < want) break;
    }
    const bool failed = std::ferror(f) != 0;
    if (f != stdin) std::fclose(f);
    if (failed) {
        err << "wams-cli validate: leesfout / read error: " << path << "\n";
        return false;
    }
    return true;
}

// The bounded read stops one byte past the limit; for a regular file, name its real size in the "te groot" error.
void report_real_size(const std::string& path, std::size_t bytes_read, std::vector<wams::ValidationError>& errors) {
    std::error_code ec;
    if (path == "-" || errors.empty() || !std::filesystem::is_regular_file(path, ec)) return;
    const auto real = std::filesystem::file_size(path, ec);
    if (ec || real <= bytes_read) return;
    if (errors[0].found.find(std::to_string(bytes_read) + " bytes") == std::string::npos) return;  // not the size error
    char mb[64];
    std::snprintf(mb, sizeof mb, "%.1f MB (%llu bytes)", static_cast<double>(real) / (1024.0 * 1024.0),
                  static_cast<unsigned long long>(real));
    std::string mb_nl = mb;
    std::replace(mb_nl.begin(), mb_nl.end(), '.', ',');  // Dutch decimal comma
    const std::string old_en = errors[0].found;
    std::string old_nl = old_en;
    std::replace(old_nl.begin(), old_nl.end(), '.', ',');
    const auto patch = [](std::string& s, const std::string& from, const std::string& to) {
        if (const auto at = s.rfind(from); at != std::string::npos) s.replace(at, from.size(), to);
    };
    patch(errors[0].message_nl, old_nl, mb_nl);
    patch(errors[0].message_en, old_en, mb);
    patch(errors[0].found, old_en, mb);
}

int run_validate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    using namespace wams::cli;
    bool as_json = false;
    wams::Lang lang = wams::Lang::nl;
    std::string path;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& a = args[i];
        if (a == "--json") as_json = true;
        else if (a == "--lang" && i + 1 < args.size()) {
            const auto& l = args[++i];
            if (l == "nl") lang = wams::Lang::nl;
            else if (l == "en") lang = wams::Lang::en;
            else { err << "wams-cli validate: --lang nl|en\n" << kUsageText << "\n"; return kUsage; }
        } else if (a.size() > 1 && a[0] == '-' ) {
            err << "wams-cli validate: onbekende optie / unknown option: " << a << "\n" << kUsageText << "\n";
            return kUsage;
        } else if (path.empty()) path = a;
        else { err << "wams-cli validate: één bestand tegelijk / one file at a time\n" << kUsageText << "\n"; return kUsage; }
    }
    if (path.empty()) { err << "wams-cli validate: bestand ontbreekt / FILE missing\n" << kUsageText << "\n"; return kUsage; }

    const wams::InputLimits limits;
    std::string text;
    if (!read_bounded(path, limits.max_bytes, text, err)) return kUsage;
    auto loaded = wams::load_cases_text(text, limits);
    if (loaded.errors.empty()) return kOk;
    report_real_size(path, text.size(), loaded.errors);
    if (as_json) {
        const nlohmann::json doc = {{"valid", false}, {"errors", wams::errors_to_json(loaded.errors)}};
        out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
        out << wams::format_errors(loaded.errors, lang);
    }
    return kInvalidInput;
}

} // namespace

WAMS_CLI_COMMAND(validate, "validate", "check a case or cases file (RULEBOOK §0.3); silent when valid", kUsageText,
                 run_validate);
