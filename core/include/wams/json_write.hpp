// json_write.hpp — compact JSON output, byte-identical to nlohmann::json::dump() but faster on the documents core
// produces (assessments: many short ASCII strings). Used where thousands of results are written (wams-cli assess).
#pragma once
#include <nlohmann/json.hpp>

#include <string>

namespace wams {

void append_compact_json(const nlohmann::json& j, std::string& out);  // appends exactly what j.dump() would give
std::string compact_json(const nlohmann::json& j);                    // the same, as a new string

} // namespace wams
