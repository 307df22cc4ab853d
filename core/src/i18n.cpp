// i18n.cpp — loads the embedded assets/i18n/{nl,en}.json once, then answers lookups by key.
#include "wams/i18n.hpp"

#include <map>
#include <mutex>
#include <nlohmann/json.hpp>

namespace wams::embedded {
std::string_view asset_nl();  // assets/i18n/nl.json (cmake/Embed.cmake)
std::string_view asset_en();  // assets/i18n/en.json
} // namespace wams::embedded

namespace wams::i18n {
namespace {

using Table = std::map<std::string, std::string, std::less<>>;

// Parses one flat {"key": "text"} object; keys starting with "_" are comments for translators.
Table parse_table(std::string_view json_text) {
    Table table;
    const auto doc = nlohmann::json::parse(json_text.begin(), json_text.end(), nullptr, /*allow_exceptions=*/false);
    if (!doc.is_object()) return table;
    for (const auto& [key, value] : doc.items())
        if (!key.empty() && key.front() != '_' && value.is_string()) table.emplace(key, value.get<std::string>());
    return table;
}

const Table& table_for(Lang lang) {
    static const Table nl = parse_table(embedded::asset_nl());
    static const Table en = parse_table(embedded::asset_en());
    return lang == Lang::nl ? nl : en;
}

} // namespace

const std::string& text(Lang lang, std::string_view key) {
    const auto& table = table_for(lang);
    if (auto it = table.find(key); it != table.end()) return it->second;
    // A missing key shows up visibly instead of crashing; the unit test keeps this from shipping.
    static std::map<std::string, std::string, std::less<>> missing;
    static std::mutex missing_mutex;
    std::lock_guard lock(missing_mutex);
    auto [it, inserted] = missing.try_emplace(std::string(key), "[[" + std::string(key) + "]]");
    return it->second;
}

bool has(Lang lang, std::string_view key) { return table_for(lang).count(key) > 0; }

std::vector<std::string> keys(Lang lang) {
    std::vector<std::string> out;
    for (const auto& [key, value] : table_for(lang)) out.push_back(key);
    return out;
}

std::string_view lang_code(Lang lang) { return lang == Lang::nl ? "nl" : "en"; }

Lang other(Lang lang) { return lang == Lang::nl ? Lang::en : Lang::nl; }

} // namespace wams::i18n
