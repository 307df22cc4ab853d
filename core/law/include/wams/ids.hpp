// ids.hpp — lists of rulebook ids (R1–R67, A1–A25, D1–D25, advisory codes, condition codes) as the engine cites them.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace wams {

using Ids = std::vector<std::string>;  // rulebook ids, kept unique; sorted with sort_ids for output

bool id_less(std::string_view a, std::string_view b);                // "R2" < "R10": letter, then number, then text
void add_ids(Ids& to, std::initializer_list<std::string_view> ids);   // appends each id not yet present
void add_ids(Ids& to, const Ids& ids);                                // appends each id not yet present
bool has_id(const Ids& ids, std::string_view id);                     // whether id is in the list
Ids sorted_ids(Ids ids);                                              // unique ids in rulebook order (id_less)

} // namespace wams
