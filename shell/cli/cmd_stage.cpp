// cmd_stage.cpp — `wams-cli stage [--lang nl|en]`: which rulebook stages are encoded and what the law really is
// (assets/rules/stage.json via stage.hpp): the text modelled, the bill's dated history, not in force, stand per.
#include "command.hpp"
#include "engine_input.hpp"
#include "wams/stage.hpp"

#include <ostream>

namespace {

constexpr const char* kUsageText =
    "wams-cli stage [--lang nl|en]\n"
    "  Prints each encoded rulebook stage: id, date, title, its status (not law in force), the text the rules model,\n"
    "  the bill's dated history (Kamerstuk 36 295) and what the tool does not tell. Dutch by default.\n"
    "  Toont welke versie van het wetsvoorstel de regels volgen en dat het wetsvoorstel niet in werking is.";

void print_stage(const wams::RulebookStage& s, wams::Lang lang, std::ostream& out) {
    const bool nl = lang == wams::Lang::nl;
    out << s.id << "\t" << s.date << "\t" << wams::stage_name(s, lang) << "\n";
    out << "Status: " << wams::stage_status_line(s, lang) << "\n\n";
    for (const auto& paragraph : wams::stage_notice(s, lang)) out << paragraph << "\n\n";
    out << (nl ? "Verloop:\n" : "History:\n");
    for (const auto& e : s.history) out << "  " << e.date << "  " << (nl ? e.nl : e.en) << "\n";
}

int run_stage(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    std::vector<std::string> args = argv;
    wams::Lang lang = wams::Lang::nl;
    if (!wams::cli::take_lang(args, lang, err, "stage")) return wams::cli::kUsage;
    if (!args.empty()) {
        err << "wams-cli stage: unexpected argument " << args.front() << "\n" << kUsageText << "\n";
        return wams::cli::kUsage;
    }
    if (!wams::stage_record_error().empty()) {
        err << "wams-cli stage: " << wams::stage_record_error() << "\n";
        return wams::cli::kInvalidInput;
    }
    for (std::size_t i = 0; i < wams::known_stages().size(); ++i) {
        if (i) out << "\n";
        print_stage(wams::known_stages()[i], lang, out);
    }
    return wams::cli::kOk;
}

} // namespace

WAMS_CLI_COMMAND(stage, "stage", "the encoded rulebook stage and the bill's real status (not in force)", kUsageText, run_stage);
