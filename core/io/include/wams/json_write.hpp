// json_write.hpp — compact JSON output, byte-identical to nlohmann::json::dump() but faster on the documents core
// produces (assessments: many short ASCII strings). Used where thousands of results are written (wams-cli assess).
#pragma once
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace wams {

struct Assessment;

void append_compact_json(const nlohmann::json& j, std::string& out);  // appends exactly what j.dump() would give
std::string compact_json(const nlohmann::json& j);                    // the same, as a new string
void append_json_string(std::string_view s, std::string& out);        // s as a JSON string, exactly as dump() quotes it
void append_assessment_json(const Assessment& a, std::string& out);   // exactly to_json(a).dump(), without building the DOM

} // namespace wams
