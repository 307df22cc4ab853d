// engine_input.hpp — shared by `assess`, `explain` and `report`: read FILE|- arguments, validate them with
// wams::load_cases_text (the validation layer), and turn each valid case into typed Facts. Invalid input prints
// every error (JSON path, expected, found) and yields no verdict at all (exit 1).
#pragma once
#include "command.hpp"
#include "fast_json.hpp"
#include "wams/case.hpp"
#include "wams/validate.hpp"

#include <fstream>
#include <ostream>
#include <string>
#include <vector>

namespace wams::cli {

struct EngineCase {                      // one validated case, ready for wams::assess
    std::string id;
    Facts facts;
};

// Reads FILE in one piece (size, then one read); "-" and any file that cannot be read this way go through
// read_input, which also words the error.
inline bool read_whole_input(const std::string& file, std::string& text, std::ostream& err) {
    if (file != "-") {
        std::ifstream in(file, std::ios::binary | std::ios::ate);
        if (in) {
            const std::streamoff size = in.tellg();
            if (size >= 0) {
                text.resize(static_cast<std::size_t>(size));
                in.seekg(0);
                if (in.read(text.data(), size) && in.gcount() == size && in.peek() == std::char_traits<char>::eof())
                    return true;
            }
        }
    }
    return read_input(file, text, err);
}

// Loads every FILE (or "-") in `files`; returns kOk and fills `out`, or prints errors and returns the exit code.
inline int load_engine_cases(const std::vector<std::string>& files, const std::string& command, Lang lang,
                             std::vector<EngineCase>& out, std::ostream& err) {
    for (const auto& file : files) {
        std::string text;
        if (!read_whole_input(file, text, err)) return kUsage;
        // only id and facts are used (no copy of the document); the CLI's faster reader first (batch speed)
        LoadedCases loaded = load_case_facts_text(text, {}, read_json_fast);
        if (!loaded.errors.empty()) {
            err << "wams-cli " << command << ": " << file << ": "
                << (lang == Lang::nl ? "ongeldige invoer, geen oordeel" : "invalid input, no verdict") << "\n"
                << format_errors(loaded.errors, lang);
            return kInvalidInput;
        }
        out.reserve(out.size() + loaded.cases.size());
        for (auto& c : loaded.cases) {
            auto facts = facts_from_json(c.facts);
            if (!facts.ok()) {  // validation passed but the model cannot read it: still no verdict
                err << "wams-cli " << command << ": " << file << ": " << c.id << ": facts" << facts.error().path << ": "
                    << facts.error().message << "\n";
                return kInvalidInput;
            }
            out.push_back(EngineCase{std::move(c.id), std::move(facts).value()});
        }
    }
    return kOk;
}

// Parses "--lang nl|en" from args (removing it); returns false on a bad value.
inline bool take_lang(std::vector<std::string>& args, Lang& lang, std::ostream& err, const std::string& command) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] != "--lang") continue;
        if (i + 1 >= args.size() || (args[i + 1] != "nl" && args[i + 1] != "en")) {
            err << "wams-cli " << command << ": --lang nl|en\n";
            return false;
        }
        lang = args[i + 1] == "en" ? Lang::en : Lang::nl;
        args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(i) + 2);
        return true;
    }
    return true;
}

} // namespace wams::cli
