// fast_json.hpp — wams-cli's faster JSON reader for the 10 000-case batch, a wams::FastJsonReader (validate.hpp).
// CLI only: the web app never links it (CTest fast_json_cli_only).
#pragma once
#include "wams/validate.hpp"

#include <cstddef>
#include <string_view>

namespace wams::cli {

// The whole text as nlohmann SAX events, or false (nothing final) when the text is not clean or not plain enough.
bool read_json_fast(std::string_view text, std::size_t max_depth, nlohmann::json_sax<nlohmann::json>& sax);

} // namespace wams::cli
