// vocabulary.cpp — look-ups over the generated vocabulary table (vocabulary_data.cpp, from assets/vocabulary.json).
#include "wams/vocabulary.hpp"

#include <cctype>

namespace wams::vocab {

const Field* find(std::string_view path) {
    for (const Field& f : fields())
        if (f.path == path) return &f;
    return nullptr;
}

std::vector<std::string_view> codes(const Field& f) {
    std::vector<std::string_view> out;
    for (const Value& v : f.values) out.push_back(v.code);
    return out;
}

std::vector<std::string_view> codes(std::string_view path) {
    const Field* f = find(path);
    return f ? codes(*f) : std::vector<std::string_view>{};
}

std::vector<std::string_view> screen_codes(const Field& f) {
    if (f.screen_order.empty()) return codes(f);
    return {f.screen_order.begin(), f.screen_order.end()};
}

const Value* find_value(const Field& f, std::string_view code) {
    for (const Value& v : f.values)
        if (v.code == code) return &v;
    return nullptr;
}

std::string_view text(const Text& t, Lang lang) { return lang == Lang::nl ? t.nl : t.en; }

std::string key_part(std::string_view code) {
    std::string out;
    for (char c : code) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) out += static_cast<char>(std::tolower(u));
        else if (c == '\xC2' || c == '\xA7') { if (c == '\xA7') out += 's'; }  // § (U+00A7, UTF-8 C2 A7)
        else out += '_';
    }
    return out;
}

namespace {
// "/data_items/*/source/type" → "data_items.source.type"
std::string dotted(std::string_view pattern) {
    std::string out;
    std::size_t i = 0;
    while (i < pattern.size()) {
        std::size_t j = pattern.find('/', i + 1);
        if (j == std::string_view::npos) j = pattern.size();
        std::string_view token = pattern.substr(i + 1, j - i - 1);
        if (token != "*") {
            if (!out.empty()) out += '.';
            out += token;
        }
        i = j;
    }
    return out;
}
} // namespace

std::string field_key(std::string_view path) { return "field." + dotted(path); }

std::string option_key(std::string_view path, std::string_view code) {
    return "opt." + dotted(path) + "." + key_part(code);
}

std::vector<Label> labels(Lang lang) {
    std::vector<Label> out;
    for (const Field& f : fields()) {
        out.push_back({field_key(f.path), text(f.label, lang)});
        for (const Value& v : f.values) out.push_back({option_key(f.path, v.code), text(v.label, lang)});
    }
    return out;
}

} // namespace wams::vocab
