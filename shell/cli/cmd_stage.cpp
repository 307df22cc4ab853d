// cmd_stage.cpp — `wams-cli stage`: which rulebook stages are encoded.
#include "command.hpp"
#include "wams/stage.hpp"

#include <ostream>

WAMS_CLI_COMMAND(stage, "stage", "list the encoded rulebook stages",
                 "wams-cli stage\n  Prints one line per encoded rulebook stage: id, date, Dutch name.",
                 [](const std::vector<std::string>& args, std::ostream& out, std::ostream& err) -> int {
                     if (!args.empty()) { err << "wams-cli stage: takes no arguments\n"; return wams::cli::kUsage; }
                     for (const auto& s : wams::known_stages()) out << s.id << "\t" << s.date << "\t" << s.name_nl << "\n";
                     return wams::cli::kOk;
                 });
