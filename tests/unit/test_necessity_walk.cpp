// RULEBOOK §8 necessity walk (Q1–Q13): the walk's own mechanics and the questions whose rules have no chapter test yet.
// Each rule's decisive and not-cited tests live in its chapter file (test_coordination, test_case_conference,
// test_data_sharing, …; issue 15).
#include <catch2/catch.hpp>

#include "engine_fixtures.hpp"

using namespace wams;

TEST_CASE("Q1 gates: R5 not_allowed, R4/R10/R55 not_this_law with the §2.1 advisory", "[necessity_walk]") {
    Facts f = pub_facts("PUB-01");
    f.data_items[0].purpose = Purpose::opsporing;
    CHECK(first_item(f).verdict == Verdict::not_allowed);
    CHECK(first_item(f).rules == Ids{"R5"});
    f.data_items[0].purpose = Purpose::decision_making;
    const auto a = assess(f);
    CHECK(a.data_items[0].verdict == Verdict::not_this_law);
    CHECK(a.data_items[0].steps.back().question == "Q13");  // recorded whatever the verdict
    bool advisory = false;
    for (const auto& ad : a.advisories) advisory |= ad.code == "ADV_NO_CROSS_DOMAIN_BASIS_ELSEWHERE";
    CHECK(advisory);
}

TEST_CASE("Q2: no Wams investigation → not_this_law citing R1 and the entry rule", "[necessity_walk]") {
    const auto it = first_item(pub_facts("PUB-02"));
    CHECK(it.verdict == Verdict::not_this_law);
    CHECK(it.rules == Ids{"R1", "R18"});
}

TEST_CASE("Q4/R30: exclusion — client route not_allowed, professional route undetermined + A11 (D5)", "[necessity_walk]") {
    Facts f = pub_facts("PUB-08");
    f.data_items[0].in_client_excluded_domain = true;
    const auto it = first_item(f);
    CHECK(it.verdict == Verdict::undetermined);
    CHECK(has_id(it.ambiguities, "A11"));
}

TEST_CASE("Q7/R61 (D21): secrecy presumed from a GGZ holder unless rebutted", "[necessity_walk]") {
    Facts f = pub_facts("PUB-19");
    CHECK(first_item(f).verdict == Verdict::undetermined);
    f.data_items[0].secrecy_regime_rebutted_because = "administrative data only";
    CHECK(first_item(f).verdict == Verdict::allowed_under_conditions);  // only the BSN condition is left
    f.data_items[0].secrecy_regime_rebutted_because = std::nullopt;
    f.data_items[0].explicit_consent = true;
    CHECK(first_item(f).conditions == Ids{"bsn_only_to_ensure_right_person", "within_scope_of_explicit_consent"});
}

TEST_CASE("Q7/A16: a youth-care holder without SKJ registration still falls under R61", "[necessity_walk]") {
    Facts f = pub_facts("PUB-18");
    f.data_items[1].skj_registered = false;
    CHECK(has_id(item_at(f, 1).ambiguities, "A16"));
}

TEST_CASE("Q9/R8 (D16): in the coordination phase not yet asked is a condition, refusal blocks", "[necessity_walk]") {
    Facts g = pub_facts("PUB-03");
    g.data_items[3].in_client_excluded_domain = false;
    g.data_items[3].client_objects = false;
    g.data_items[3].explicit_consent = true;
    auto it = item_at(g, 3);
    CHECK(it.verdict == Verdict::allowed_under_conditions);
    CHECK(has_id(it.conditions, "cooperation_is_voluntary_samenwerking_no_doorzettingsmacht"));
    g.data_items[3].provider_response = ProviderResponse::zwaarwegende_redenen;
    it = item_at(g, 3);
    CHECK(it.verdict == Verdict::not_allowed);
    CHECK(it.rules == Ids{"R8"});
}

TEST_CASE("combine_steps (D1): not_allowed > undetermined > conditions > allowed; verdict_so_far per step", "[necessity_walk]") {
    const auto it = item_at(pub_facts("PUB-03"), 0);  // excluded (block) and R61 unknown (ask)
    CHECK(it.verdict == Verdict::not_allowed);
    CHECK(it.rules == Ids{"R30"});
    for (const auto& s : it.steps)
        if (s.question == "Q4") CHECK(s.verdict_so_far == Verdict::not_allowed);
    CHECK(combine_steps(it.steps).verdict == it.verdict);  // one code path
    CHECK(walk_item(derive_context(pub_facts("PUB-03")), pub_facts("PUB-03").data_items[0]).size() == 13);
}
