// i18n.cpp — loads the embedded assets/i18n/{nl,en}.json once, adds the labels of the case vocabulary
// (wams/vocabulary.hpp: field.* and opt.* keys), then answers lookups by key.
#include "wams/i18n.hpp"

#include "wams/asset_errors.hpp"
#include "wams/json_pointer.hpp"
#include "wams/stage.hpp"
#include "wams/vocabulary.hpp"

#include <map>
#include <mutex>
#include <nlohmann/json.hpp>

namespace wams::embedded {
std::string_view asset_nl();  // assets/i18n/nl.json (cmake/Embed.cmake)
std::string_view asset_en();  // assets/i18n/en.json
} // namespace wams::embedded

namespace wams::i18n {
namespace {

// Reads one flat {"key": "text"} object straight into the table (SAX: no DOM, no copies — this runs before the
// first frame); keys starting with "_" are comments for translators. The first thing that is not a text of a flat
// object stops the parse and becomes the error, with its JSON Pointer.
class FlatTableReader : public nlohmann::json_sax<nlohmann::json> {
public:
    explicit FlatTableReader(Table& table) : table_(table) {}
    bool null() override { return not_a_text(); }
    bool boolean(bool) override { return not_a_text(); }
    bool number_integer(number_integer_t) override { return not_a_text(); }
    bool number_unsigned(number_unsigned_t) override { return not_a_text(); }
    bool number_float(number_float_t, const string_t&) override { return not_a_text(); }
    bool binary(binary_t&) override { return not_a_text(); }
    bool string(string_t& value) override {
        if (depth_ != 1) return not_a_text();
        if (!key_.empty() && key_.front() != '_') table_.insert_or_assign(std::move(key_), std::move(value));
        key_.clear();
        return true;
    }
    bool start_object(std::size_t) override { return ++depth_ == 1 || not_a_text(); }
    bool end_object() override { --depth_; return true; }
    bool start_array(std::size_t) override { return not_a_text(); }
    bool end_array() override { return false; }
    bool key(string_t& key) override { key_ = std::move(key); return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
        error = LoadError{"", e.what()};
        return false;
    }
    std::optional<LoadError> error;

private:
    bool not_a_text() {  // a value other than a text, or a root that is not an object
        error = depth_ == 0 ? LoadError{"", "expected an object"} : LoadError{"/" + pointer_token(key_), "expected a string"};
        return false;
    }
    Table& table_;
    std::string key_;
    int depth_ = 0;
};

// Every text is stored with its draft article numbers labelled as the draft's (stage.hpp): "art. 2.3a.4" →
// "art. 2.3a.4 wetsvoorstel (consultatieversie 2020)", so no screen presents a draft article as current law.
Table parse_table(std::string_view json_text, std::string_view asset, Lang lang) {
    Table table = value_or_record(asset, parse_texts(json_text));
    for (auto& label : vocab::labels(lang)) table.insert_or_assign(std::move(label.key), std::string(label.text));
    for (auto& [key, value] : table) value = label_draft_articles(value, lang);
    return table;
}

// Each language is read the first time it is asked for (the start screen needs only Dutch).
const Table& table_for(Lang lang) {
    if (lang == Lang::nl) {
        static const Table nl = parse_table(embedded::asset_nl(), "assets/i18n/nl.json", Lang::nl);
        return nl;
    }
    static const Table en = parse_table(embedded::asset_en(), "assets/i18n/en.json", Lang::en);
    return en;
}

} // namespace

Result<Table> parse_texts(std::string_view json_text) {
    Table table;
    FlatTableReader reader(table);
    if (nlohmann::json::sax_parse(json_text.begin(), json_text.end(), &reader)) return table;
    return reader.error.value_or(LoadError{"", "not a flat object of texts"});
}

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
