// json_pointer.cpp — non-throwing RFC 6901 access (json_pointer.hpp).
#include "wams/json_pointer.hpp"

#include "validate_internal.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace wams {

using nlohmann::json;

namespace {

// The unescaped reference tokens of `pointer` ("~1" → "/", "~0" → "~"), or nothing when it is malformed — also when
// it is not well-formed UTF-8: no member of a JSON document can have such a name, and creating one would make the
// document impossible to write.
std::optional<std::vector<std::string>> tokens_of(std::string_view pointer) {
    std::vector<std::string> out;
    if (pointer.empty()) return out;
    if (pointer[0] != '/') return std::nullopt;
    for (std::size_t i = 0; i < pointer.size();) {
        const std::size_t n = validate_internal::utf8_sequence_length(pointer, i);
        if (n == 0) return std::nullopt;
        i += n;
    }
    std::string cur;
    for (std::size_t i = 1; i <= pointer.size(); ++i) {
        if (i == pointer.size() || pointer[i] == '/') {
            out.push_back(std::move(cur));
            cur.clear();
        } else if (pointer[i] == '~') {
            if (i + 1 >= pointer.size() || (pointer[i + 1] != '0' && pointer[i + 1] != '1')) return std::nullopt;
            cur.push_back(pointer[i + 1] == '0' ? '~' : '/');
            ++i;
        } else {
            cur.push_back(pointer[i]);
        }
    }
    return out;
}

// A canonical array index ("0", "12"; not "", "01", "+1", "-", "1e2"), or nothing. Bounded so it cannot overflow.
std::optional<std::size_t> index_of(const std::string& token) {
    if (token.empty() || token.size() > 9) return std::nullopt;
    if (token.size() > 1 && token[0] == '0') return std::nullopt;
    std::size_t n = 0;
    for (char c : token) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + static_cast<std::size_t>(c - '0');
    }
    return n;
}

} // namespace

std::string pointer_token(std::string_view key) {
    std::string out;
    out.reserve(key.size());
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

bool is_pointer(std::string_view pointer) { return tokens_of(pointer).has_value(); }

namespace {
// find_at's walk over one token, held in `key`: one buffer reused for every token, so a pointer without escapes is
// followed without a vector of token copies (the interview looks up thousands of pointers per answer).
const json* step_into(const json* node, const std::string& key) {
    if (node->is_object()) {
        const auto it = node->find(key);
        return it == node->end() ? nullptr : &*it;
    }
    if (node->is_array()) {
        const auto i = index_of(key);
        return !i || *i >= node->size() ? nullptr : &(*node)[*i];
    }
    return nullptr;
}
} // namespace

const json* find_at(const json& doc, std::string_view pointer) {
    if (!pointer.empty() && pointer[0] == '/' && pointer.find('~') == std::string_view::npos &&
        std::all_of(pointer.begin(), pointer.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        const json* node = &doc;
        std::string key;
        for (std::size_t i = 1;;) {
            const std::size_t end = std::min(pointer.find('/', i), pointer.size());
            key.assign(pointer.substr(i, end - i));
            node = step_into(node, key);
            if (!node || end == pointer.size()) return node;
            i = end + 1;
        }
    }
    const auto tokens = tokens_of(pointer);  // escapes or non-ASCII: split and checked
    if (!tokens) return nullptr;
    const json* node = &doc;
    for (const auto& t : *tokens)
        if (!(node = step_into(node, t))) return nullptr;
    return node;
}

bool store_at(json& doc, std::string_view pointer, json value) {
    const auto tokens = tokens_of(pointer);
    if (!tokens) return false;
    // First check the whole path without touching the document, so a refused store changes nothing.
    const json* probe = &doc;
    for (std::size_t k = 0; k < tokens->size() && probe != nullptr; ++k) {
        const std::string& t = (*tokens)[k];
        if (probe->is_null()) break;  // from here on everything is created
        if (probe->is_object()) {
            const auto it = probe->find(t);
            probe = it == probe->end() ? nullptr : &*it;
        } else if (probe->is_array()) {
            const auto i = index_of(t);
            const bool append = t == "-" || (i && *i == probe->size());
            if (!append && (!i || *i > probe->size())) return false;
            if (append) {
                if (k + 1 != tokens->size()) return false;  // a new element is the end of the path ("/a/-/b": refused)
                probe = nullptr;
            } else {
                probe = &(*probe)[*i];
            }
        } else {
            return false;  // through a string, number or boolean
        }
    }
    json* node = &doc;
    for (const auto& t : *tokens) {
        if (node->is_null()) *node = json::object();
        if (node->is_object()) {
            node = &(*node)[t];
        } else {  // an array, checked above
            const auto i = index_of(t);
            if (t == "-" || *i == node->size()) {
                node->push_back(nullptr);
                node = &node->back();
            } else {
                node = &(*node)[*i];
            }
        }
    }
    *node = std::move(value);
    return true;
}

} // namespace wams
