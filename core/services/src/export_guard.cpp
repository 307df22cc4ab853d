// export_guard.cpp — scan every string of a document for PII, match the user's "geen persoonsgegeven" marks,
// decide whether an export may happen (export_guard.hpp).
#include "wams/export_guard.hpp"

#include "wams/json_pointer.hpp"
#include "wams/assessment.hpp"
#include "wams/stage.hpp"

#include <algorithm>

namespace wams {
namespace {

using nlohmann::json;

constexpr std::string_view kExemptionsKey = "pii_exemptions";

constexpr std::string_view kStageKey = "stage";

// A top-level "stage" block that is exactly one of core's own stages (stage_json, as the training summary writes
// it) is the app's constant, not user content: its ISO dates would otherwise read as birth dates.
// Anything else under "stage" (another date, an extra field, user text) is scanned like every other value.
bool is_own_stage_block(const json& v) {
    const auto id = v.is_object() ? v.find("id") : v.end();
    if (!v.is_object() || id == v.end() || !id->is_string()) return false;
    const RulebookStage* st = find_stage(id->get_ref<const std::string&>());
    return st != nullptr && v == stage_json(*st);
}

void scan_value(const json& v, const std::string& path, std::vector<FieldFinding>& out, int depth) {
    if (depth > 128) return;  // validated input is at most 64 deep (InputLimits::max_depth)
    if (v.is_string()) {
        for (auto& f : scan_pii(v.get_ref<const std::string&>())) out.push_back({path, std::move(f), false});
    } else if (v.is_object()) {
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (depth == 0 && it.key() == kExemptionsKey) continue;  // the marks themselves are not content
            if (depth == 0 && it.key() == kStageKey && is_own_stage_block(it.value())) continue;
            scan_value(it.value(), path + "/" + pointer_token(it.key()), out, depth + 1);
        }
    } else if (v.is_array()) {
        for (std::size_t i = 0; i < v.size(); ++i) scan_value(v[i], path + "/" + std::to_string(i), out, depth + 1);
    }
}

bool mark_matches(const json& mark, std::string_view path, const PiiFinding& f) {
    if (!mark.is_object()) return false;
    const auto p = mark.find("path"), t = mark.find("text"), c = mark.find("category");
    if (p == mark.end() || t == mark.end() || c == mark.end()) return false;
    if (!p->is_string() || !t->is_string() || !c->is_string()) return false;
    if (p->get_ref<const std::string&>() != path || t->get_ref<const std::string&>() != f.text) return false;
    const std::string& cat = c->get_ref<const std::string&>();
    return cat == to_string(f.category) || cat == category_label(f.category, Lang::nl);  // id, or the Dutch label
}

json mark_for(std::string_view path, const PiiFinding& f) {
    return json{{"path", std::string(path)}, {"text", f.text}, {"category", std::string(to_string(f.category))}};
}

} // namespace

std::vector<FieldFinding> scan_document(const json& doc) {
    std::vector<FieldFinding> out;
    scan_value(doc, "", out, 0);
    for (auto& ff : out) ff.exempted = is_exempted(doc, ff.path, ff.finding);
    return out;
}

bool is_exempted(const json& doc, std::string_view path, const PiiFinding& f) {
    if (!doc.is_object()) return false;
    const auto marks = doc.find(kExemptionsKey);
    if (marks == doc.end() || !marks->is_array()) return false;
    for (const auto& m : *marks)
        if (mark_matches(m, path, f)) return true;
    return false;
}

bool mark_not_personal(json& doc, std::string_view path, const PiiFinding& f) {
    if (!doc.is_object() || is_exempted(doc, path, f)) return false;
    json& marks = doc[std::string(kExemptionsKey)];
    if (!marks.is_array()) marks = json::array();
    marks.push_back(mark_for(path, f));
    return true;
}

json live_exemptions(const json& doc) {
    json out = json::array();
    for (const auto& ff : scan_document(doc)) {
        if (!ff.exempted) continue;
        json m = mark_for(ff.path, ff.finding);
        if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(std::move(m));
    }
    return out;
}

ExportCheck check_export(const json& doc) {
    ExportCheck check;
    for (auto& ff : scan_document(doc)) (ff.exempted ? check.exempted : check.unresolved).push_back(std::move(ff));
    return check;
}

json export_document(const json& doc) {
    json out = doc;
    if (!out.is_object()) return out;
    json live = live_exemptions(doc);
    if (live.empty()) out.erase(std::string(kExemptionsKey));
    else out[std::string(kExemptionsKey)] = std::move(live);
    return out;
}

std::string describe_finding(const FieldFinding& f, Lang lang) {
    const std::string in = lang == Lang::nl ? " in " : " in ";
    return std::string(category_label(f.finding.category, lang)) + " \"" + f.finding.text + "\"" + in +
           (f.path.empty() ? "/" : f.path);
}

} // namespace wams
