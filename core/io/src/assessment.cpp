// assessment.cpp — Assessment → JSON in exactly the shape of EXPECTED (RULEBOOK §0.3), plus "stage".
//
// Index
//   [SECTION] to_json                 the nlohmann DOM (UI, exports, tests)
//   [SECTION] append_assessment_json  the same text written directly (wams-cli assess batch); keys in the DOM's
//                                     sorted order so the bytes equal to_json(a).dump()
#include "wams/assessment.hpp"
#include "wams/json_write.hpp"

namespace wams {
namespace {

using nlohmann::json;

json outcome(const Outcome& o) { return json{{"value", o.value}, {"rules", o.rules}}; }

} // namespace

// [SECTION] to_json -----------------------------------------------------------------------------------------------

json to_json(const WalkStep& s) {
    json j{{"question", s.question},
           {"answer", s.answer},
           {"effect", std::string(to_string(s.effect))},
           {"verdict_so_far", std::string(to_string(s.verdict_so_far))},
           {"rules", sorted_ids(s.rules)},
           {"conditions", s.conditions},
           {"ambiguities", s.ambiguities},
           {"advisories", s.advisories},
           {"design_choices", s.design_choices}};
    if (s.stop_verdict) j["stop_verdict"] = std::string(to_string(*s.stop_verdict));
    return j;
}

json to_json(const Assessment& a) {
    const ProcessWalk& p = a.process;
    json j = json::object();
    json inv{{"value", p.investigation.value}, {"started", p.investigation.started}, {"rules", p.investigation.rules}};
    if (p.investigation.under_s2_3 && p.investigation.under_s3_1_1)
        inv["alternative_readings"] = json{{"§2.3", *p.investigation.under_s2_3}, {"§3.1.1", *p.investigation.under_s3_1_1}};
    j["investigation"] = std::move(inv);
    j["client_role"] = outcome(p.client_role);
    j["requesting_professional_involved"] = outcome(p.requesting_professional_involved);
    json scope{{"excluded_domains", p.scope_limits.excluded_domains}, {"rules", p.scope_limits.rules}};
    if (p.scope_limits.agreed_domains) scope["agreed_domains"] = *p.scope_limits.agreed_domains;
    j["scope_limits"] = std::move(scope);
    json fam = json::array();
    for (const auto& m : p.family_members)
        fam.push_back(json{{"id", m.id}, {"included_as_client", m.included_as_client}, {"rules", m.rules}});
    j["family_members"] = std::move(fam);
    json coord = outcome(p.coordination);
    if (p.coordination.adjacent_part)
        coord["adjacent_part"] = json{{"value", p.coordination.adjacent_part->value},
                                      {"domains", p.coordination.adjacent_part->domains},
                                      {"rules", p.coordination.adjacent_part->rules}};
    j["coordination"] = std::move(coord);
    j["coordinator_appointed"] = outcome(p.coordinator_appointed);
    j["coordination_form"] = outcome(p.coordination_form);
    j["coordination_file"] = outcome(p.coordination_file);
    j["coordination_mode"] = outcome(p.coordination_mode);
    json end = outcome(p.coordination_end);
    if (p.coordination_end.reason) end["reason"] = *p.coordination_end.reason;
    j["coordination_end"] = std::move(end);
    if (p.case_conference) {
        const ConferenceResult& c = *p.case_conference;
        json att = json::array();
        for (const auto& at : c.attendees) att.push_back(json{{"party", at.party}, {"may_attend", at.may_attend}, {"rules", at.rules}});
        j["case_conference"] = json{{"may_be_organised", c.may_be_organised},
                                    {"organiser", c.organiser},
                                    {"rules", c.rules},
                                    {"client_invited", outcome(c.client_invited)},
                                    {"attendees", std::move(att)}};
    } else {
        j["case_conference"] = nullptr;
    }
    json items = json::array();
    for (const auto& it : a.data_items)
        items.push_back(json{{"item_id", it.item_id},
                             {"verdict", std::string(to_string(it.verdict))},
                             {"rules", it.rules},
                             {"conditions", it.conditions},
                             {"ambiguities", it.ambiguities}});
    j["data_items"] = std::move(items);
    json adv = json::array();
    for (const auto& ad : a.advisories) adv.push_back(json{{"code", ad.code}, {"rules", ad.rules}});
    j["advisories"] = std::move(adv);
    j["ambiguity_flags"] = a.ambiguity_flags;
    j["design_choices_applied"] = a.design_choices_applied;
    const RulebookStage& st = a.stage ? *a.stage : default_stage();
    j["stage"] = stage_json(st);
    return j;
}

json stage_json(const RulebookStage& s) { return {{"id", s.id}, {"date", s.date}, {"in_force", s.in_force}, {"as_of", s.as_of}}; }

// [SECTION] append_assessment_json --------------------------------------------------------------------------------
// Every object below lists its keys in byte order (std::map order of nlohmann::json), so the output equals
// to_json(a).dump(); tests/unit/test_json_write.cpp compares both on every public case and on varied cases.

namespace {

struct Writer {
    std::string& out;
    void key(std::string_view k) {  // keys are fixed ASCII names
        out += '"';
        out += k;
        out += "\":";
    }
    void str(std::string_view v) { append_json_string(v, out); }
    void boolean(bool v) { out += v ? "true" : "false"; }
    void strings(const std::vector<std::string>& v) {
        out += '[';
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i) out += ',';
            str(v[i]);
        }
        out += ']';
    }
    void outcome_fields(const Outcome& o) {  // "rules","value" (the tail of every outcome object)
        key("rules");
        strings(o.rules);
        out += ',';
        key("value");
        str(o.value);
    }
    void outcome(const Outcome& o) {
        out += '{';
        outcome_fields(o);
        out += '}';
    }
};

} // namespace

void append_assessment_json(const Assessment& a, std::string& out) {
    Writer w{out};
    const ProcessWalk& p = a.process;
    out += '{';
    w.key("advisories");
    out += '[';
    for (std::size_t i = 0; i < a.advisories.size(); ++i) {
        if (i) out += ',';
        out += '{';
        w.key("code");
        w.str(a.advisories[i].code);
        out += ',';
        w.key("rules");
        w.strings(a.advisories[i].rules);
        out += '}';
    }
    out += "],";
    w.key("ambiguity_flags");
    w.strings(a.ambiguity_flags);
    out += ',';
    w.key("case_conference");
    if (p.case_conference) {
        const ConferenceResult& c = *p.case_conference;
        out += '{';
        w.key("attendees");
        out += '[';
        for (std::size_t i = 0; i < c.attendees.size(); ++i) {
            if (i) out += ',';
            out += '{';
            w.key("may_attend");
            w.boolean(c.attendees[i].may_attend);
            out += ',';
            w.key("party");
            w.str(c.attendees[i].party);
            out += ',';
            w.key("rules");
            w.strings(c.attendees[i].rules);
            out += '}';
        }
        out += "],";
        w.key("client_invited");
        w.outcome(c.client_invited);
        out += ',';
        w.key("may_be_organised");
        w.str(c.may_be_organised);
        out += ',';
        w.key("organiser");
        w.str(c.organiser);
        out += ',';
        w.key("rules");
        w.strings(c.rules);
        out += '}';
    } else {
        out += "null";
    }
    out += ',';
    w.key("client_role");
    w.outcome(p.client_role);
    out += ',';
    w.key("coordination");
    out += '{';
    if (p.coordination.adjacent_part) {
        const AdjacentPart& ap = *p.coordination.adjacent_part;
        w.key("adjacent_part");
        out += '{';
        w.key("domains");
        w.strings(ap.domains);
        out += ',';
        w.key("rules");
        w.strings(ap.rules);
        out += ',';
        w.key("value");
        w.str(ap.value);
        out += "},";
    }
    w.outcome_fields(p.coordination);
    out += "},";
    w.key("coordination_end");
    out += '{';
    if (p.coordination_end.reason) {
        w.key("reason");
        w.str(*p.coordination_end.reason);
        out += ',';
    }
    w.outcome_fields(p.coordination_end);
    out += "},";
    w.key("coordination_file");
    w.outcome(p.coordination_file);
    out += ',';
    w.key("coordination_form");
    w.outcome(p.coordination_form);
    out += ',';
    w.key("coordination_mode");
    w.outcome(p.coordination_mode);
    out += ',';
    w.key("coordinator_appointed");
    w.outcome(p.coordinator_appointed);
    out += ',';
    w.key("data_items");
    out += '[';
    for (std::size_t i = 0; i < a.data_items.size(); ++i) {
        const ItemAssessment& it = a.data_items[i];
        if (i) out += ',';
        out += '{';
        w.key("ambiguities");
        w.strings(it.ambiguities);
        out += ',';
        w.key("conditions");
        w.strings(it.conditions);
        out += ',';
        w.key("item_id");
        w.str(it.item_id);
        out += ',';
        w.key("rules");
        w.strings(it.rules);
        out += ',';
        w.key("verdict");
        w.str(to_string(it.verdict));
        out += '}';
    }
    out += "],";
    w.key("design_choices_applied");
    w.strings(a.design_choices_applied);
    out += ',';
    w.key("family_members");
    out += '[';
    for (std::size_t i = 0; i < p.family_members.size(); ++i) {
        const FamilyMemberResult& m = p.family_members[i];
        if (i) out += ',';
        out += '{';
        w.key("id");
        w.str(m.id);
        out += ',';
        w.key("included_as_client");
        w.str(m.included_as_client);
        out += ',';
        w.key("rules");
        w.strings(m.rules);
        out += '}';
    }
    out += "],";
    w.key("investigation");
    out += '{';
    if (p.investigation.under_s2_3 && p.investigation.under_s3_1_1) {
        w.key("alternative_readings");
        out += '{';
        w.key("§2.3");
        w.str(*p.investigation.under_s2_3);
        out += ',';
        w.key("§3.1.1");
        w.str(*p.investigation.under_s3_1_1);
        out += "},";
    }
    w.key("rules");
    w.strings(p.investigation.rules);
    out += ',';
    w.key("started");
    w.boolean(p.investigation.started);
    out += ',';
    w.key("value");
    w.str(p.investigation.value);
    out += "},";
    w.key("requesting_professional_involved");
    w.outcome(p.requesting_professional_involved);
    out += ',';
    w.key("scope_limits");
    out += '{';
    if (p.scope_limits.agreed_domains) {
        w.key("agreed_domains");
        w.strings(*p.scope_limits.agreed_domains);
        out += ',';
    }
    w.key("excluded_domains");
    w.strings(p.scope_limits.excluded_domains);
    out += ',';
    w.key("rules");
    w.strings(p.scope_limits.rules);
    out += "},";
    const RulebookStage& st = a.stage ? *a.stage : default_stage();
    w.key("stage");
    out += '{';
    w.key("as_of");
    w.str(st.as_of);
    out += ',';
    w.key("date");
    w.str(st.date);
    out += ',';
    w.key("id");
    w.str(st.id);
    out += ',';
    w.key("in_force");
    w.boolean(st.in_force);
    out += "}}";
}

} // namespace wams
