// test_order.cpp — wams::sort_by (order.hpp), the one sort every core caller uses, against std::stable_sort: the
// same elements in the same order, for ties too (it is stable), with elements that must be moved, not copied bytewise.
#include "wams/order.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace {

struct Item {
    int key;
    std::string text;  // long enough to live on the heap: a wrong move would show as a lost or doubled text
};

} // namespace

TEST_CASE("sort_by gives std::stable_sort's order, ties included", "[order]") {
    std::mt19937 rng(28);
    for (int round = 0; round < 500; ++round) {
        const std::size_t n = rng() % 70;
        std::vector<Item> v;
        for (std::size_t i = 0; i < n; ++i)
            v.push_back({static_cast<int>(rng() % (round % 2 ? 5 : 1000)),
                         "element number " + std::to_string(i) + " of round " + std::to_string(round)});
        auto expected = v;
        const auto by_key = [](const Item& a, const Item& b) { return a.key < b.key; };
        std::stable_sort(expected.begin(), expected.end(), by_key);
        wams::sort_by(v, by_key);
        REQUIRE(v.size() == expected.size());
        for (std::size_t i = 0; i < n; ++i) {
            INFO("round " << round << ", position " << i);
            REQUIRE(v[i].key == expected[i].key);
            REQUIRE(v[i].text == expected[i].text);
        }
    }
}

TEST_CASE("sort_by without a comparison sorts by operator<", "[order]") {
    std::vector<std::string> v{"R10", "R2", "A1", "R2", "D25", ""};
    wams::sort_by(v);
    CHECK(v == std::vector<std::string>{"", "A1", "D25", "R10", "R2", "R2"});
    std::vector<int> none;
    wams::sort_by(none);
    CHECK(none.empty());
    std::vector<int> one{7};
    wams::sort_by(one);
    CHECK(one == std::vector<int>{7});
}

TEST_CASE("sorted_positions: a permutation in order", "[order]") {
    const std::vector<int> keys{5, 3, 9, 3, 1};
    const auto less = [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; };
    const auto order = wams::sorted_positions(keys.size(), {&less, [](const void* c, std::size_t a, std::size_t b) {
                                                                 return (*static_cast<const decltype(less)*>(c))(a, b);
                                                             }});
    CHECK(order == std::vector<std::size_t>{4, 1, 3, 0, 2});
}
