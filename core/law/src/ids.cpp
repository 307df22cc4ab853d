// ids.cpp — small helpers for lists of rulebook ids.
#include "wams/ids.hpp"
#include "wams/order.hpp"

#include <algorithm>
#include <cctype>

namespace wams {

bool id_less(std::string_view a, std::string_view b) {
    auto number = [](std::string_view s, std::size_t& end) {
        long n = 0;
        end = 1;
        while (end < s.size() && std::isdigit(static_cast<unsigned char>(s[end]))) n = n * 10 + (s[end++] - '0');
        return end > 1 ? n : -1;
    };
    if (a.empty() || b.empty()) return a < b;
    if (a[0] != b[0]) return a[0] < b[0];
    std::size_t ea = 0, eb = 0;
    const long na = number(a, ea), nb = number(b, eb);
    if (na != nb) return na < nb;
    return a.substr(ea) < b.substr(eb);
}

void add_ids(Ids& to, std::initializer_list<std::string_view> ids) {
    for (auto id : ids)
        if (!has_id(to, id)) to.emplace_back(id);
}

void add_ids(Ids& to, const Ids& ids) {
    for (const auto& id : ids)
        if (!has_id(to, id)) to.push_back(id);
}

bool has_id(const Ids& ids, std::string_view id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

Ids sorted_ids(Ids ids) {
    sort_by(ids, [](const std::string& a, const std::string& b) { return id_less(a, b); });
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace wams
