// order.hpp — sorting without a std::sort per element type (issue 18 §3, docs/perf.md "One sort"). Each std::sort
// with its own comparator was ≈ 1.5 KB of wasm code (introsort, insertion sort, three sorting networks): nine of them
// in the page. sort_by sorts through one compiled merge sort of positions (order.cpp); what each caller adds is a
// small comparison thunk and the in-place permutation.
//
// Every caller sorts by a strict total order (ties only between equal elements: the same id, the same text), so the
// result is the one std::sort gave. The merge sort is stable besides.
#pragma once
#include <cstddef>
#include <utility>
#include <vector>

namespace wams {

// Whether the element at position a goes before the one at position b.
struct PositionLess {
    const void* context;
    bool (*less)(const void* context, std::size_t a, std::size_t b);
};

// The positions 0 … n−1 in sorted order (stable merge sort, O(n log n) comparisons).
std::vector<std::size_t> sorted_positions(std::size_t n, PositionLess less);

// Sorts v by less(const T&, const T&), a strict weak order.
template <class T, class Less>
void sort_by(std::vector<T>& v, Less less) {
    const std::size_t n = v.size();
    if (n < 2) return;
    std::size_t sorted = 1;  // already in order (often: ids added in order): nothing to do
    while (sorted < n && !less(v[sorted], v[sorted - 1])) ++sorted;
    if (sorted == n) return;
    const auto compare = [&](std::size_t a, std::size_t b) { return less(v[a], v[b]); };
    std::vector<std::size_t> from = sorted_positions(
        n, {&compare, [](const void* c, std::size_t a, std::size_t b) {
                return (*static_cast<const decltype(compare)*>(c))(a, b);
            }});
    // Position i receives the element at from[i]: moved cycle by cycle, each done position marked n.
    for (std::size_t i = 0; i < n; ++i) {
        if (from[i] == n) continue;
        T held = std::move(v[i]);
        std::size_t j = i;
        while (from[j] != i) {
            const std::size_t k = from[j];
            v[j] = std::move(v[k]);
            from[j] = n;
            j = k;
        }
        v[j] = std::move(held);
        from[j] = n;
    }
}

// Sorts v by operator<.
template <class T>
void sort_by(std::vector<T>& v) {
    sort_by(v, [](const T& a, const T& b) { return a < b; });
}

} // namespace wams
