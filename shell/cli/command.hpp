// command.hpp — wams-cli subcommands register themselves here (one file per subcommand: cmd_<name>.cpp).
#pragma once
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace wams::cli {

// Exit codes shared by every subcommand.
enum Exit : int { kOk = 0, kInvalidInput = 1, kUsage = 2, kBrokenAssets = 3 };  // 3: an embedded asset is unreadable (a build defect)

struct Command {
    std::string name;
    std::string summary;  // one line for `wams-cli --help`
    std::string usage;    // full text for `wams-cli <name> --help`
    std::function<int(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)> run;
};

std::vector<Command>& registry();                       // every registered subcommand
bool register_command(Command c);                       // used by the static registrars below
bool read_input(const std::string& path, std::string& text, std::ostream& err); // FILE or "-" (stdin)

} // namespace wams::cli

#define WAMS_CLI_COMMAND(ident, ...) \
    static const bool ident##_registered = ::wams::cli::register_command(::wams::cli::Command{__VA_ARGS__})
