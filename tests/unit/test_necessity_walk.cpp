// RULEBOOK §8 necessity walk (Q1–Q13) and §7 data-sharing rules (R56–R67): one test per question/rule.
#include <catch2/catch.hpp>

#include "engine_fixtures.hpp"

using namespace wams;

static ItemAssessment walk(const Facts& f, std::size_t i = 0) { return assess(f).data_items.at(i); }

TEST_CASE("Q1 gates: R5 not_allowed, R4/R10/R55 not_this_law with the §2.1 advisory", "[necessity_walk]") {
    Facts f = pub_facts("PUB-01");
    f.data_items[0].purpose = Purpose::opsporing;
    CHECK(walk(f).verdict == Verdict::not_allowed);
    CHECK(walk(f).rules == Ids{"R5"});
    f.data_items[0].purpose = Purpose::decision_making;
    const auto a = assess(f);
    CHECK(a.data_items[0].verdict == Verdict::not_this_law);
    CHECK(a.data_items[0].steps.back().question == "Q13");  // recorded whatever the verdict
    bool advisory = false;
    for (const auto& ad : a.advisories) advisory |= ad.code == "ADV_NO_CROSS_DOMAIN_BASIS_ELSEWHERE";
    CHECK(advisory);
}

TEST_CASE("Q2: no Wams investigation → not_this_law citing R1 and the entry rule", "[necessity_walk]") {
    const auto it = walk(pub_facts("PUB-02"));
    CHECK(it.verdict == Verdict::not_this_law);
    CHECK(it.rules == Ids{"R1", "R18"});
}

TEST_CASE("Q2/R67: data with a request — ineligible, unmotivated, licensed", "[necessity_walk]") {
    Facts f = pub_facts("PUB-04");
    CHECK(walk(f, 1).verdict == Verdict::allowed_under_conditions);
    f.entry.requester->request_motivated = false;
    CHECK(walk(f, 1).verdict == Verdict::undetermined);
    f.entry.requester->involved_with_person = false;
    CHECK(walk(f, 1).verdict == Verdict::not_this_law);
}

TEST_CASE("Q4/R30: exclusion — client route not_allowed, professional route undetermined + A11 (D5)", "[necessity_walk]") {
    Facts f = pub_facts("PUB-08");
    f.data_items[0].in_client_excluded_domain = true;
    const auto it = walk(f);
    CHECK(it.verdict == Verdict::undetermined);
    CHECK(has_id(it.ambiguities, "A11"));
}

TEST_CASE("Q5/R45 (D9): objection — not serious blocks, serious is undetermined", "[necessity_walk]") {
    Facts f = pub_facts("PUB-17");
    CHECK(walk(f).verdict == Verdict::not_allowed);
    f.serious_problems = true;
    CHECK(walk(f).verdict == Verdict::undetermined);
}

TEST_CASE("Q6 (D16): barring-order data in coordination are undetermined + A17", "[necessity_walk]") {
    Facts f = pub_facts("PUB-07");
    f.data_items[1].source.type = SourceType::college_special_register;
    const auto it = walk(f, 1);
    CHECK(it.verdict == Verdict::undetermined);
    CHECK(it.rules == Ids{"R64"});
    CHECK(has_id(it.ambiguities, "A17"));
}

TEST_CASE("Q7/R61 (D21): secrecy presumed from a GGZ holder unless rebutted", "[necessity_walk]") {
    Facts f = pub_facts("PUB-19");
    CHECK(walk(f).verdict == Verdict::undetermined);
    f.data_items[0].secrecy_regime_rebutted_because = "administrative data only";
    CHECK(walk(f).verdict == Verdict::allowed_under_conditions);  // only the BSN condition is left
    f.data_items[0].secrecy_regime_rebutted_because = std::nullopt;
    f.data_items[0].explicit_consent = true;
    CHECK(walk(f).conditions == Ids{"bsn_only_to_ensure_right_person", "within_scope_of_explicit_consent"});
}

TEST_CASE("Q7/A16: a youth-care holder without SKJ registration still falls under R61", "[necessity_walk]") {
    Facts f = pub_facts("PUB-18");
    f.data_items[1].skj_registered = false;
    CHECK(has_id(walk(f, 1).ambiguities, "A16"));
}

TEST_CASE("Q8/R62: Wpg permits → condition; unknown → undetermined", "[necessity_walk]") {
    Facts f = pub_facts("PUB-08");
    CHECK(walk(f).conditions == Ids{"only_as_far_as_Wpg_allows"});
    f.data_items[0].special_law_permits = std::nullopt;
    CHECK(walk(f).verdict == Verdict::undetermined);
}

TEST_CASE("Q9/R60 and R8: refusal blocks in both phases; not yet asked is a condition", "[necessity_walk]") {
    Facts f = pub_facts("PUB-09");
    CHECK(walk(f, 1).rules == Ids{"R60"});
    Facts g = pub_facts("PUB-03");
    g.data_items[3].in_client_excluded_domain = false;
    g.data_items[3].client_objects = false;
    g.data_items[3].explicit_consent = true;
    auto it = walk(g, 3);
    CHECK(it.verdict == Verdict::allowed_under_conditions);
    CHECK(has_id(it.conditions, "cooperation_is_voluntary_samenwerking_no_doorzettingsmacht"));
    g.data_items[3].provider_response = ProviderResponse::zwaarwegende_redenen;
    it = walk(g, 3);
    CHECK(it.verdict == Verdict::not_allowed);
    CHECK(it.rules == Ids{"R8"});
}

TEST_CASE("Q10/R50–R54: conference sharing and reuse", "[necessity_walk]") {
    Facts f = pub_facts("PUB-14");
    CHECK(walk(f, 2).rules == Ids{"R54"});
    f.data_items[2].provider_consents_to_reuse = std::nullopt;
    CHECK(walk(f, 2).verdict == Verdict::undetermined);
    f.data_items[0].conference->zwaarwegende_belangen = true;
    const auto it = walk(f, 0);
    CHECK(it.verdict == Verdict::not_allowed);
    CHECK(has_id(it.ambiguities, "A14"));
}

TEST_CASE("Q11/R63 (D11) and Q12/R66 (D13)", "[necessity_walk]") {
    Facts f = pub_facts("PUB-19");
    f.data_items[1].bsn->user_authorised_for_bsn = true;
    f.data_items[1].bsn->identification_necessary = false;
    CHECK(walk(f, 1).rules == Ids{"R66"});
    f.data_items[3].necessity.assessment = NecessityAssessment::missing;
    CHECK(walk(f, 3).verdict == Verdict::undetermined);
}

TEST_CASE("combine_steps (D1): not_allowed > undetermined > conditions > allowed; verdict_so_far per step", "[necessity_walk]") {
    const auto it = walk(pub_facts("PUB-03"), 0);  // excluded (block) and R61 unknown (ask)
    CHECK(it.verdict == Verdict::not_allowed);
    CHECK(it.rules == Ids{"R30"});
    for (const auto& s : it.steps)
        if (s.question == "Q4") CHECK(s.verdict_so_far == Verdict::not_allowed);
    CHECK(combine_steps(it.steps).verdict == it.verdict);  // one code path
    CHECK(walk_item(derive_context(pub_facts("PUB-03")), pub_facts("PUB-03").data_items[0]).size() == 13);
}
