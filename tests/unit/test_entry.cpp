// RULEBOOK §3 entry routes (R14–R27), one test per rule or rule pair.
#include <catch2/catch.hpp>

#include "engine_fixtures.hpp"

using namespace wams;

TEST_CASE("R16: a plausible signal starts the investigation; R18: unless the client declines", "[entry]") {
    Facts f = pub_facts("PUB-01");
    CHECK(decide_investigation(f).value == "yes");
    f.entry.client_declines_investigation = true;
    const auto r = decide_investigation(f);
    CHECK(r.value == "no");
    CHECK(has_id(r.rules, "R18"));
    CHECK(r.gate_rules == Ids{"R1", "R18"});
}

TEST_CASE("R17: no signal means the single approach", "[entry]") {
    Facts f = pub_facts("PUB-01");
    f.entry.multiple_problems_plausible = false;
    const auto r = decide_investigation(f);
    CHECK(r.value == "no");
    CHECK(r.rules == Ids{"R14", "R17"});
}

TEST_CASE("R20: a private person cannot request; A10: either domain suffices", "[entry]") {
    Facts f = pub_facts("PUB-04");
    CHECK(requester_eligible(f.entry));
    f.entry.requester->organisation_domain = OrganisationDomain::social;
    CHECK(requester_eligible(f.entry));
    f.entry.requester->kind = RequesterKind::private_person;
    const auto r = decide_investigation(f);
    CHECK(r.value == "no");
    CHECK(r.rules == Ids{"R20"});
    CHECK(has_id(r.advisories, "ADV_OTHER_ROUTES"));
}

TEST_CASE("R21/D18: an unmotivated request is undetermined, not refused", "[entry]") {
    Facts f = pub_facts("PUB-04");
    f.entry.requester->request_motivated = false;
    const auto r = decide_investigation(f);
    CHECK(r.value == "undetermined");
    CHECK(has_id(r.design_choices, "D18"));
}

TEST_CASE("R22: the two readings combine their own elements", "[entry]") {
    Criteria c;
    c.a_person = true;
    c.b_environment = false;
    c.c_coordination_may_help = true;
    CHECK(criteria_met_under(c, CriteriaReading::s2_3) == true);     // (a OR b) AND c
    CHECK(criteria_met_under(c, CriteriaReading::s3_1_1) == false);  // a AND b AND c
    c.b_environment_s311 = true;                                      // reading-specific answer overrides
    CHECK(criteria_met_under(c, CriteriaReading::s3_1_1) == true);
    c.c_coordination_may_help = std::nullopt;
    CHECK(!criteria_met_under(c, CriteriaReading::s2_3).has_value());
}

TEST_CASE("R23: criteria met gives a competence; started only on the college's decision", "[entry]") {
    Facts f = pub_facts("PUB-04");
    CHECK(decide_investigation(f).started);
    f.entry.municipality_decision = std::nullopt;
    const auto r = decide_investigation(f);
    CHECK(r.value == "at_discretion");
    CHECK_FALSE(r.started);
    CHECK(r.gate_rules == Ids{"R1", "R23"});
}

TEST_CASE("R24: criterion (c) failing under both readings gives no", "[entry]") {
    const auto r = decide_investigation(pub_facts("PUB-06"));
    CHECK(r.value == "no");
    CHECK(has_id(r.rules, "R24"));
}

TEST_CASE("R27/D4: a fixed municipal reading settles A1", "[entry]") {
    Facts f = pub_facts("PUB-05");
    CHECK(decide_investigation(f).value == "undetermined");
    f.entry.municipality_criteria_reading = CriteriaReading::s3_1_1;
    auto r = decide_investigation(f);
    CHECK(r.value == "no");
    CHECK(has_id(r.rules, "R27"));
    f.entry.municipality_criteria_reading = CriteriaReading::s2_3;
    r = decide_investigation(f);
    CHECK(r.value == "at_discretion");
    CHECK(r.ambiguities.empty());
}

TEST_CASE("R25/R26: the requester is involved; the client's role in the professional route", "[entry]") {
    Facts f = pub_facts("PUB-08");
    const auto inv = decide_investigation(f);
    CHECK(requesting_professional_involvement(f, inv).value == "yes");
    CHECK(client_role(f, inv).value == "involve_if_possible");
    f.client_involvement_possible = false;
    CHECK(client_role(f, inv).value == "without_client_allowed");
}
