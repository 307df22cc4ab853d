// sha256.hpp — SHA-256 (FIPS 180-4) for the dossier record's content hash (§8.5). Small, dependency-free, wasm-safe.
#pragma once
#include <string>
#include <string_view>

namespace wams {

std::string sha256_hex(std::string_view data);  // lowercase hex digest of data, 64 characters

} // namespace wams
