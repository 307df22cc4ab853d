// json_write.cpp — compact JSON output identical to nlohmann::json::dump() (indent -1, ensure_ascii false).
// Fast path: strings of printable ASCII without '"' or '\\' are copied as they are; every other string and every
// floating-point number is written by nlohmann itself, so escaping and number formatting cannot differ.
#include "wams/json_write.hpp"

namespace wams {
namespace {

bool plain_ascii(std::string_view s) {  // nothing nlohmann would escape or validate
    for (unsigned char c : s)
        if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') return false;
    return true;
}

} // namespace

void append_json_string(std::string_view s, std::string& out) {
    if (plain_ascii(s)) {
        out += '"';
        out += s;
        out += '"';
    } else {
        out += nlohmann::json(std::string(s)).dump();
    }
}

void append_compact_json(const nlohmann::json& j, std::string& out) {
    using value_t = nlohmann::json::value_t;
    switch (j.type()) {
    case value_t::object: {
        out += '{';
        bool first = true;
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (!first) out += ',';
            first = false;
            append_json_string(it.key(), out);
            out += ':';
            append_compact_json(it.value(), out);
        }
        out += '}';
        return;
    }
    case value_t::array: {
        out += '[';
        bool first = true;
        for (const auto& v : j) {
            if (!first) out += ',';
            first = false;
            append_compact_json(v, out);
        }
        out += ']';
        return;
    }
    case value_t::string: append_json_string(j.get_ref<const std::string&>(), out); return;
    case value_t::boolean: out += j.get<bool>() ? "true" : "false"; return;
    case value_t::null: out += "null"; return;
    case value_t::number_integer: out += std::to_string(j.get<nlohmann::json::number_integer_t>()); return;
    case value_t::number_unsigned: out += std::to_string(j.get<nlohmann::json::number_unsigned_t>()); return;
    default: out += j.dump(); return;  // floats, binary, discarded: nlohmann's own formatting
    }
}

std::string compact_json(const nlohmann::json& j) {
    std::string out;
    append_compact_json(j, out);
    return out;
}

} // namespace wams
