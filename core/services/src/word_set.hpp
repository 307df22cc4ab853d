// word_set.hpp — a set of strings for services' word lists and look-ups (the PII guard's lexicon and name lists, the
// help desk's index and vocabulary, the interview's interned texts and coverage keys).
//
// Open addressing over one vector of the words in insertion order: a multiplicative hash of eight bytes at a time,
// linear probing, a power-of-two table at most half full. It replaces std::unordered_set and std::unordered_map, so
// the page links no libc++ hash table (bucket growth, __next_prime, std::hash's murmur; docs/perf.md "No hash
// tables"). A word's index is its insertion order and never changes; WordMap keeps a value per word that way.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wams {

class WordSet {
public:
    // Adds `w` when it is not in the set yet; returns its index and whether it was added.
    std::pair<int, bool> insert(std::string_view w);
    // The index of `w`, -1 when it is not in the set.
    int find(std::string_view w) const;
    size_t count(std::string_view w) const { return find(w) >= 0 ? 1 : 0; }
    size_t size() const { return words_.size(); }
    bool empty() const { return words_.empty(); }
    const std::string& operator[](size_t i) const { return words_[i]; }
    // The words in insertion order.
    std::vector<std::string>::const_iterator begin() const { return words_.begin(); }
    std::vector<std::string>::const_iterator end() const { return words_.end(); }

private:
    void grow();
    std::vector<std::string> words_;
    std::vector<int> slots_;  // 0 = empty, else the word's index + 1
};

// A value per word: a WordSet and the values by the words' indices.
template <class V>
class WordMap {
public:
    // The value of `w`, a new (value-initialised) one when `w` had none.
    V& operator[](std::string_view w) {
        const auto [at, added] = keys_.insert(w);
        if (added) values_.emplace_back();
        return values_[static_cast<size_t>(at)];
    }
    // The value of `w`, nullptr when it has none.
    const V* find(std::string_view w) const {
        const int at = keys_.find(w);
        return at < 0 ? nullptr : &values_[static_cast<size_t>(at)];
    }

private:
    WordSet keys_;
    std::vector<V> values_;
};

} // namespace wams
