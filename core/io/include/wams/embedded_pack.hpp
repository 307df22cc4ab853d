// embedded_pack.hpp — the embedded data files of core are stored as one LZMA stream per layer (cmake/embed_pack.py,
// docs/perf.md "Embedded data"); the first asset asked for unpacks it once.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace wams {

// The `size` bytes that the raw LZMA1 stream `packed` (5 property bytes, then the stream) unpacks to; an empty string
// when it does not unpack to exactly `size` bytes. Never throws.
std::string unpack_embedded(std::string_view packed, std::size_t size);

} // namespace wams
