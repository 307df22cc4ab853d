// word_set.cpp — see word_set.hpp.
#include "word_set.hpp"

#include <cstdint>
#include <cstring>

namespace wams {
namespace {

// Eight bytes at a time, each mixed in by a multiplication (the interview hashes ≈ 200 000 keys of 30–60 bytes per
// question, where FNV-1a's byte loop cost 2 % of its instructions); the length seeds it.
std::uint64_t hash_of(std::string_view w) {
    constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = w.size() * kMul;
    size_t i = 0;
    for (; i + 8 <= w.size(); i += 8) {
        std::uint64_t chunk;
        std::memcpy(&chunk, w.data() + i, 8);
        h = (h ^ chunk) * kMul;
        h ^= h >> 29;
    }
    std::uint64_t tail = 0;
    for (size_t k = 0; i + k < w.size(); ++k) tail |= std::uint64_t(static_cast<unsigned char>(w[i + k])) << (8 * k);
    h = (h ^ tail) * kMul;
    return h ^ (h >> 32);
}

} // namespace

int WordSet::find(std::string_view w) const {
    if (slots_.empty()) return -1;
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash_of(w) & mask;; i = (i + 1) & mask) {
        const int s = slots_[i];
        if (s == 0) return -1;
        if (words_[static_cast<size_t>(s - 1)] == w) return s - 1;
    }
}

std::pair<int, bool> WordSet::insert(std::string_view w) {
    if (const int at = find(w); at >= 0) return {at, false};
    if ((words_.size() + 1) * 2 > slots_.size()) grow();
    words_.emplace_back(w);
    const size_t mask = slots_.size() - 1;
    size_t i = hash_of(w) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = static_cast<int>(words_.size());
    return {static_cast<int>(words_.size()) - 1, true};
}

// A table twice as large (at least 16 slots, at most half full after the next insert), every word placed again.
void WordSet::grow() {
    size_t n = slots_.empty() ? 16 : slots_.size() * 2;
    while ((words_.size() + 1) * 2 > n) n *= 2;
    slots_.assign(n, 0);
    const size_t mask = n - 1;
    for (size_t k = 0; k < words_.size(); ++k) {
        size_t i = hash_of(words_[k]) & mask;
        while (slots_[i] != 0) i = (i + 1) & mask;
        slots_[i] = static_cast<int>(k) + 1;
    }
}

} // namespace wams
