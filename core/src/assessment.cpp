// assessment.cpp — Assessment → JSON in exactly the shape of EXPECTED (RULEBOOK §0.3), plus "stage".
#include "wams/assessment.hpp"

namespace wams {
namespace {

using nlohmann::json;

json outcome(const Outcome& o) { return json{{"value", o.value}, {"rules", o.rules}}; }

} // namespace

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
    j["stage"] = json{{"id", std::string(st.id)}, {"date", std::string(st.date)}};
    return j;
}

} // namespace wams
