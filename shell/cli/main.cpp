// main.cpp — wams-cli: the headless front end over wams::core. Dispatches to self-registered subcommands.
#include "command.hpp"

#include "wams/asset_errors.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace wams::cli {

std::vector<Command>& registry() {
    static std::vector<Command> commands;
    return commands;
}

bool register_command(Command c) {
    registry().push_back(std::move(c));
    return true;
}

bool read_input(const std::string& path, std::string& text, std::ostream& err) {
    if (path == "-") {
        text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        return true;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        err << "wams-cli: kan bestand niet openen / cannot open file: " << path << "\n";
        return false;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    text = ss.str();
    return true;
}

} // namespace wams::cli

namespace {
void print_help(std::ostream& out) {
    auto cmds = wams::cli::registry();
    std::sort(cmds.begin(), cmds.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    out << "wams-cli — Wams Wegwijzer zonder venster / headless Wams Wegwijzer\n\n"
           "Gebruik / usage: wams-cli <subcommand> [args]   (wams-cli <subcommand> --help for details)\n\n";
    for (const auto& c : cmds) out << "  " << c.name << std::string(12 - std::min<size_t>(11, c.name.size()), ' ') << c.summary << "\n";
    out << "\nExit codes: 0 ok, 1 invalid input, 2 wrong usage, 3 embedded data unreadable (a build defect).\n";
}

// An embedded asset a command needs could not be read (asset_errors.hpp, a build defect): say so and stop the moment
// the command first asks for it, before it goes on with empty data (output still buffered is dropped). A command
// pays only for the assets it reads; loading all of them up front cost ≈ 16 ms CPU per call.
void stop_on_unreadable_asset(const wams::AssetLoadError& e) {
    std::fprintf(stderr, "wams-cli: ingebouwde gegevens onleesbaar / embedded data unreadable: %s at \"%s\": %s\n",
                 e.asset.c_str(), e.error.path.c_str(), e.error.message.c_str());
    std::fflush(stderr);
    std::_Exit(wams::cli::kBrokenAssets);
}
} // namespace

int main(int argc, char** argv) {
    using namespace wams::cli;
    std::vector<std::string> args(argv + 1, argv + argc);
    wams::on_asset_error(stop_on_unreadable_asset);
    if (args.empty()) { print_help(std::cerr); return kUsage; }
    if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") { print_help(std::cout); return kOk; }
    for (const auto& c : registry()) {
        if (c.name != args[0]) continue;
        std::vector<std::string> rest(args.begin() + 1, args.end());
        if (std::find(rest.begin(), rest.end(), "--help") != rest.end()) { std::cout << c.usage << "\n"; return kOk; }
        return c.run(rest, std::cout, std::cerr);
    }
    std::cerr << "wams-cli: onbekend subcommando / unknown subcommand: " << args[0] << "\n";
    print_help(std::cerr);
    return kUsage;
}
