// json_reader.cpp — the parse step of read_json_text (json_reader.hpp).
#include "wams/json_reader.hpp"

#include "wams/validate.hpp"

namespace wams {

std::optional<LoadError> json_text_error(std::string_view text, nlohmann::json& doc) {
    ParsedJson parsed = parse_json_text(text);
    if (!parsed.doc) return LoadError{parsed.errors.front().path, parsed.errors.front().message_en};
    doc = std::move(*parsed.doc);
    return std::nullopt;
}

} // namespace wams
