// expected_match.hpp — compares an assessment (JSON, as wams::to_json(Assessment) or `wams-cli assess` prints it)
// with the EXPECTED block of a scenario file, per the grading guidance of RULEBOOK §0.3:
//   values and verdicts equal; listed rules, conditions, ambiguity ids and advisories present.
// `strict` additionally demands equal lists (no extra rule, condition, flag or advisory): our own bar.
#pragma once
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace wams_test {

using nlohmann::json;

inline json read_json_file(const std::string& path) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return json::parse(ss.str());
}

struct Matcher {
    bool strict = false;
    std::vector<std::string> problems;

    void fail(const std::string& where, const std::string& what) { problems.push_back(where + ": " + what); }

    void same(const std::string& where, const json& expected, const json& actual) {
        if (expected != actual) fail(where, "expected " + expected.dump() + ", got " + actual.dump());
    }
    // Every listed id present; in strict mode the two lists hold the same ids.
    void covers(const std::string& where, const json& expected, const json& actual) {
        if (!actual.is_array()) return fail(where, "missing list, expected " + expected.dump());
        for (const auto& e : expected)
            if (std::find(actual.begin(), actual.end(), e) == actual.end()) fail(where, "missing " + e.dump() + " in " + actual.dump());
        if (strict)
            for (const auto& a : actual)
                if (std::find(expected.begin(), expected.end(), a) == expected.end()) fail(where, "extra " + a.dump());
    }
    void value_rules(const std::string& where, const json& e, const json& a) {
        if (!a.is_object()) return fail(where, "missing");
        same(where + ".value", e.at("value"), a.value("value", json()));
        covers(where + ".rules", e.at("rules"), a.value("rules", json()));
    }

    void match(const json& e, const json& a) {
        value_rules("investigation", e.at("investigation"), a.at("investigation"));
        same("investigation.started", e["investigation"]["started"], a["investigation"].value("started", json()));
        same("investigation.alternative_readings", e["investigation"].value("alternative_readings", json()),
             a["investigation"].value("alternative_readings", json()));
        for (const char* k : {"client_role", "requesting_professional_involved", "coordinator_appointed", "coordination_form",
                              "coordination_file", "coordination_mode"})
            value_rules(k, e.at(k), a.value(k, json()));
        value_rules("coordination", e.at("coordination"), a.at("coordination"));
        same("coordination.adjacent_part", e["coordination"].value("adjacent_part", json()),
             a["coordination"].value("adjacent_part", json()));
        value_rules("coordination_end", e.at("coordination_end"), a.at("coordination_end"));
        same("coordination_end.reason", e["coordination_end"].value("reason", json()), a["coordination_end"].value("reason", json()));
        same("scope_limits.excluded_domains", e["scope_limits"]["excluded_domains"], a["scope_limits"]["excluded_domains"]);
        covers("scope_limits.rules", e["scope_limits"]["rules"], a["scope_limits"]["rules"]);
        same("scope_limits.agreed_domains", e["scope_limits"].value("agreed_domains", json()),
             a["scope_limits"].value("agreed_domains", json()));
        const json& ef = e.at("family_members");
        const json& af = a.at("family_members");
        if (ef.size() != af.size()) fail("family_members", "count differs");
        for (std::size_t i = 0; i < std::min(ef.size(), af.size()); ++i) {
            same("family_members/" + std::to_string(i) + ".id", ef[i]["id"], af[i]["id"]);
            same("family_members/" + std::to_string(i) + ".included_as_client", ef[i]["included_as_client"], af[i]["included_as_client"]);
            covers("family_members/" + std::to_string(i) + ".rules", ef[i]["rules"], af[i]["rules"]);
        }
        const json& ec = e.at("case_conference");
        const json& ac = a.at("case_conference");
        if (ec.is_null() != ac.is_null()) fail("case_conference", "expected " + ec.dump() + ", got " + ac.dump());
        if (!ec.is_null() && !ac.is_null()) {
            same("case_conference.may_be_organised", ec["may_be_organised"], ac["may_be_organised"]);
            same("case_conference.organiser", ec["organiser"], ac["organiser"]);
            covers("case_conference.rules", ec["rules"], ac["rules"]);
            value_rules("case_conference.client_invited", ec["client_invited"], ac["client_invited"]);
            if (ec["attendees"].size() != ac["attendees"].size()) fail("case_conference.attendees", "count differs");
            for (std::size_t i = 0; i < std::min(ec["attendees"].size(), ac["attendees"].size()); ++i) {
                same("attendees/" + std::to_string(i), ec["attendees"][i]["party"], ac["attendees"][i]["party"]);
                same("attendees/" + std::to_string(i) + ".may_attend", ec["attendees"][i]["may_attend"], ac["attendees"][i]["may_attend"]);
                covers("attendees/" + std::to_string(i) + ".rules", ec["attendees"][i]["rules"], ac["attendees"][i]["rules"]);
            }
        }
        const json& ei = e.at("data_items");
        const json& ai = a.at("data_items");
        if (ei.size() != ai.size()) fail("data_items", "count differs");
        for (std::size_t i = 0; i < std::min(ei.size(), ai.size()); ++i) {
            const std::string w = "data_items/" + ei[i]["item_id"].get<std::string>();
            same(w + ".item_id", ei[i]["item_id"], ai[i]["item_id"]);
            same(w + ".verdict", ei[i]["verdict"], ai[i]["verdict"]);
            covers(w + ".rules", ei[i]["rules"], ai[i]["rules"]);
            covers(w + ".conditions", ei[i]["conditions"], ai[i]["conditions"]);
            covers(w + ".ambiguities", ei[i]["ambiguities"], ai[i]["ambiguities"]);
        }
        json ecodes = json::array(), acodes = json::array();
        for (const auto& x : e.at("advisories")) ecodes.push_back(x["code"]);
        for (const auto& x : a.at("advisories")) acodes.push_back(x["code"]);
        covers("advisories", ecodes, acodes);
        for (const auto& x : e.at("advisories"))
            for (const auto& y : a.at("advisories"))
                if (x["code"] == y["code"]) covers("advisories." + x["code"].get<std::string>(), x["rules"], y["rules"]);
        covers("ambiguity_flags", e.at("ambiguity_flags"), a.at("ambiguity_flags"));
        covers("design_choices_applied", e.at("design_choices_applied"), a.at("design_choices_applied"));
    }
};

inline std::vector<std::string> compare_with_expected(const json& expected, const json& actual, bool strict) {
    Matcher m{strict, {}};
    try {
        m.match(expected, actual);
    } catch (const std::exception& ex) {
        m.fail("shape", ex.what());
    }
    return m.problems;
}

} // namespace wams_test
