// order.cpp — see order.hpp.
#include "wams/order.hpp"

#include <utility>

namespace wams {

std::vector<std::size_t> sorted_positions(std::size_t n, PositionLess less) {
    std::vector<std::size_t> a(n);
    for (std::size_t i = 0; i < n; ++i) a[i] = i;
    if (n <= 16) {  // few (most id lists): insertion sort, stable, without the second buffer
        for (std::size_t i = 1; i < n; ++i)
            for (std::size_t j = i; j > 0 && less.less(less.context, a[j], a[j - 1]); --j) std::swap(a[j], a[j - 1]);
        return a;
    }
    std::vector<std::size_t> b(n);
    // Bottom-up merge sort: runs of width 1, 2, 4, … merged from a into b, then the two swapped.
    for (std::size_t width = 1; width < n; width *= 2) {
        for (std::size_t lo = 0; lo < n; lo += 2 * width) {
            const std::size_t mid = lo + width < n ? lo + width : n;
            const std::size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            std::size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) b[k++] = less.less(less.context, a[j], a[i]) ? a[j++] : a[i++];  // stable
            while (i < mid) b[k++] = a[i++];
            while (j < hi) b[k++] = a[j++];
        }
        a.swap(b);
    }
    return a;
}

} // namespace wams
